#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace ow::photo {
class WatchedFolder;
struct WatchedImage;
} // namespace ow::photo

namespace ow::ui {

class CameraProvider;
class FrameSource;

// The choice of where pictures come from (each camera, or the document camera's watched folder), running the
// chosen one and saying in words what it does or why it cannot. Shared by the photo and the scan dialogs.
class CaptureSources : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        None, // nothing runs: no source chosen, or it failed
        Camera,
        Folder
    };

    // cameras: null for the cameras of this PC.
    CaptureSources(const QString& watchedFolder, CameraProvider* cameras, QWidget* parent = nullptr);
    ~CaptureSources() override;

    // Starts the camera used last, else the first camera, else the watched folder.
    void startDefault();
    void stop();
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] FrameSource* frameSource() const { return m_source.get(); }
    // The newest camera frame at full size; null without one.
    [[nodiscard]] QImage grab() const;
    void showStatus(const QString& text, bool problem);
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void kindChanged(ow::ui::CaptureSources::Kind kind);
    void liveFrame(const QImage& frame);
    void folderImage(const ow::photo::WatchedImage& image);

private:
    void refresh();
    void choose(int index);
    void failed(const QString& message);

    QString m_watchedFolder;
    QPointer<CameraProvider> m_cameras;
    std::unique_ptr<FrameSource> m_source;
    photo::WatchedFolder* m_folder = nullptr;
    Kind m_kind = Kind::None;
    QComboBox* m_sourceComboBox = nullptr;
    QLabel* m_noCameraLabel = nullptr;
    QLabel* m_sourceStatusLabel = nullptr;
};

} // namespace ow::ui
