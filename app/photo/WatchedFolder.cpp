#include "photo/WatchedFolder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QImageReader>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWatchedFolder, "ow.photo.watchedfolder")

namespace ow::photo {

namespace {

const QStringList imageSuffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                   QStringLiteral("bmp"), QStringLiteral("tif"),  QStringLiteral("tiff")};

// A JPEG ends with its EOI marker and a PNG with its IEND chunk; a file without one is still being written.
// Decoders fill a cut-off JPEG with grey instead of failing, so the end is checked here.
bool looksComplete(const QByteArray& bytes)
{
    constexpr int tail = 1024; // some cameras pad after the end marker
    if (bytes.startsWith("\xFF\xD8")) {
        return bytes.right(tail).contains("\xFF\xD9");
    }
    if (bytes.startsWith("\x89PNG")) {
        return bytes.right(tail).contains("IEND");
    }
    return !bytes.isEmpty();
}

QImage decode(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // cameras store portrait pictures as landscape with an orientation tag
    return reader.read();
}

} // namespace

WatchedFolder::WatchedFolder(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_pollTimer(new QTimer(this))
    , m_settleTimer(new QTimer(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchedFolder::scan);
    m_pollTimer->setInterval(fallbackPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &WatchedFolder::scan);
    connect(m_settleTimer, &QTimer::timeout, this, &WatchedFolder::scan);
    setSettleInterval(defaultSettleMs);
}

WatchedFolder::~WatchedFolder() = default;

void WatchedFolder::setSettleInterval(int milliseconds)
{
    m_settleMs = qMax(1, milliseconds);
    // Look a few times per interval, so a file is taken soon after it settled.
    m_settleTimer->setInterval(qMax(20, m_settleMs / 4));
}

bool WatchedFolder::isImageFileName(const QString& fileName)
{
    return imageSuffixes.contains(QFileInfo(fileName).suffix().toLower()) && !fileName.startsWith(u'.');
}

QStringList WatchedFolder::imageNameFilters()
{
    QStringList filters;
    for (const QString& suffix : imageSuffixes) {
        filters << QStringLiteral("*.") + suffix << QStringLiteral("*.") + suffix.toUpper();
    }
    return filters;
}

bool WatchedFolder::start(const QString& path, QString* errorMessage)
{
    stop();
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || !info.isDir() || !info.isReadable()) {
        *errorMessage = path.trimmed().isEmpty()
            ? tr("No document camera folder is set. An administrator sets it on the Settings page.")
            : tr("The document camera folder %1 cannot be read. Check that it exists and the network drive is "
                 "connected.")
                  .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_path = info.absoluteFilePath();
    bool readable = false;
    m_known = listImages(&readable);
    m_pending.clear();
    m_folderLost = false;
    if (!m_watcher->addPath(m_path)) {
        qCInfo(lcWatchedFolder) << "no change notifications for" << m_path << "- looking every" << fallbackPollMs
                                << "ms";
    }
    m_pollTimer->start();
    m_watching = true;
    return true;
}

void WatchedFolder::stop()
{
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    m_pollTimer->stop();
    m_settleTimer->stop();
    m_pending.clear();
    m_known.clear();
    m_watching = false;
}

QHash<QString, WatchedFolder::FileStamp> WatchedFolder::listImages(bool* folderReadable) const
{
    QHash<QString, FileStamp> result;
    const QDir dir(m_path);
    *folderReadable = dir.exists() && dir.isReadable();
    if (!*folderReadable) {
        return result;
    }
    const QFileInfoList entries = dir.entryInfoList(imageNameFilters(), QDir::Files | QDir::Readable);
    for (const QFileInfo& entry : entries) {
        if (isImageFileName(entry.fileName())) {
            result.insert(entry.absoluteFilePath(), {entry.size(), entry.lastModified()});
        }
    }
    return result;
}

void WatchedFolder::scan()
{
    if (!m_watching) {
        return;
    }
    bool readable = false;
    const QHash<QString, FileStamp> files = listImages(&readable);
    if (!readable) {
        if (!m_folderLost) {
            m_folderLost = true;
            Q_EMIT folderProblem(tr("The document camera folder %1 cannot be read any more. Check that the network "
                                    "drive is connected; pictures are taken again once it is back.")
                                     .arg(QDir::toNativeSeparators(m_path)));
        }
        return;
    }
    m_folderLost = false;
    // A folder that was replaced (a drive reconnected) must be watched again.
    if (m_watcher->directories().isEmpty()) {
        m_watcher->addPath(m_path);
    }

    struct Ready
    {
        QString path;
        FileStamp stamp;
        qint64 unchangedMs;
    };
    QList<Ready> ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (!files.contains(it.key())) {
            it = m_pending.erase(it); // written and removed again: a temporary file
        } else {
            ++it;
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const auto known = m_known.constFind(it.key());
        if (known != m_known.cend() && *known == it.value()) {
            continue;
        }
        auto pending = m_pending.find(it.key());
        if (pending == m_pending.end()) {
            Pending fresh {it.value(), {}};
            fresh.unchangedFor.start();
            m_pending.insert(it.key(), fresh);
            continue;
        }
        if (!(pending->stamp == it.value())) {
            pending->stamp = it.value();
            pending->unchangedFor.restart();
            continue;
        }
        if (it.value().size > 0 && pending->unchangedFor.elapsed() >= m_settleMs) {
            ready.append({it.key(), it.value(), pending->unchangedFor.elapsed()});
        }
    }
    std::sort(ready.begin(), ready.end(), [](const Ready& a, const Ready& b) {
        return a.stamp.modified != b.stamp.modified ? a.stamp.modified < b.stamp.modified : a.path < b.path;
    });

    for (const Ready& candidate : std::as_const(ready)) {
        QFile file(candidate.path);
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
        }
        const bool complete = bytes.size() == candidate.stamp.size && looksComplete(bytes);
        const QImage image = complete ? decode(bytes) : QImage();
        if (image.isNull()) {
            // A camera may pause mid-file; only a file that stays unreadable for a while is called damaged.
            if (candidate.unchangedMs < 3 * qint64(m_settleMs)) {
                continue;
            }
            qCWarning(lcWatchedFolder) << "unreadable picture" << candidate.path << file.errorString();
            m_pending.remove(candidate.path);
            m_known.insert(candidate.path, candidate.stamp);
            Q_EMIT imageRejected(candidate.path,
                                 tr("%1 from the document camera is not a picture this program can read (damaged "
                                    "or not finished). Take the picture again.")
                                     .arg(QFileInfo(candidate.path).fileName()));
            continue;
        }
        m_pending.remove(candidate.path);
        m_known.insert(candidate.path, candidate.stamp);
        Q_EMIT imageArrived({candidate.path, bytes, image, candidate.stamp.modified});
        if (!m_watching) {
            return; // a receiver stopped watching
        }
    }

    if (m_pending.isEmpty()) {
        m_settleTimer->stop();
    } else if (!m_settleTimer->isActive()) {
        m_settleTimer->start();
    }
}

} // namespace ow::photo
