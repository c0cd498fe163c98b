#include "photo/CaptureSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ow::photo {

namespace {
const QString folderKey = QStringLiteral("capture/watchedFolder");
const QString cameraKey = QStringLiteral("capture/camera");
} // namespace

CaptureSettings CaptureSettings::load(const QSettings& settings)
{
    CaptureSettings result;
    result.watchedFolder = settings.value(folderKey).toString();
    result.cameraId = settings.value(cameraKey).toString();
    return result;
}

void CaptureSettings::save(QSettings& settings) const
{
    settings.setValue(folderKey, watchedFolder);
    settings.setValue(cameraKey, cameraId);
}

QString CaptureSettings::folderProblem(const QString& path)
{
    if (path.trimmed().isEmpty()) {
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return tr("The document camera folder %1 does not exist. Check the path, or that the network drive is "
                  "connected.")
            .arg(QDir::toNativeSeparators(path));
    }
    if (!info.isDir() || !info.isReadable()) {
        return tr("%1 is not a folder this program can read.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace ow::photo
