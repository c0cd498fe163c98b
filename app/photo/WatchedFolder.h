#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcWatchedFolder)

namespace ow::photo {

// A picture a document camera dropped into the watched folder, read whole.
struct WatchedImage
{
    QString path;
    QByteArray bytes;
    QImage image;
    QDateTime modified;
};

// Takes the pictures a document camera writes into a folder. A file is taken once its size stopped changing
// (cameras and network drives write slowly), only picture files are looked at, and files are only read:
// the camera's files are never moved or deleted. Files already there when watching starts are left alone,
// so an earlier citizen's picture is never taken for this one.
class WatchedFolder : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultSettleMs = 800;
    // inotify does not see changes on network drives, where many document cameras write: look anyway.
    static constexpr int fallbackPollMs = 2000;

    explicit WatchedFolder(QObject* parent = nullptr);
    ~WatchedFolder() override;

    [[nodiscard]] bool start(const QString& path, QString* errorMessage);
    void stop();
    [[nodiscard]] bool isWatching() const { return m_watching; }
    [[nodiscard]] QString path() const { return m_path; }

    // How long a file's size and time must stay the same before it is read.
    void setSettleInterval(int milliseconds);

    [[nodiscard]] static bool isImageFileName(const QString& fileName);
    [[nodiscard]] static QStringList imageNameFilters();

Q_SIGNALS:
    // Several pictures that settle together arrive oldest first, so the last one is the newest.
    void imageArrived(const ow::photo::WatchedImage& image);
    // A picture file that cannot be read; the message names the file.
    void imageRejected(const QString& filePath, const QString& message);
    void folderProblem(const QString& message);

private:
    struct FileStamp
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const FileStamp&) const = default;
    };
    struct Pending
    {
        FileStamp stamp;
        QElapsedTimer unchangedFor;
    };

    void scan();
    [[nodiscard]] QHash<QString, FileStamp> listImages(bool* folderReadable) const;

    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTimer* m_settleTimer = nullptr;
    QString m_path;
    bool m_watching = false;
    bool m_folderLost = false;
    int m_settleMs = defaultSettleMs;
    QHash<QString, FileStamp> m_known; // there at the start, taken, or rejected: left alone while unchanged
    QHash<QString, Pending> m_pending; // new or changed, waiting to settle
};

} // namespace ow::photo
