#include "photo/ScanBatch.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace ow::photo {

namespace {

QByteArray jpegOf(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

QImage ScanBatch::thumbnailOf(const QImage& image)
{
    return image.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

bool ScanBatch::add(ScanPage page, QString* errorMessage)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].bytes == page.bytes) {
            *errorMessage = tr("This picture is already page %1 of the list.").arg(i + 1);
            return false;
        }
    }
    m_pages.append(std::move(page));
    return true;
}

bool ScanBatch::addImage(const QImage& image, QString* errorMessage)
{
    if (image.isNull()) {
        *errorMessage = tr("The camera gave no picture. Try again.");
        return false;
    }
    ScanPage page {jpegOf(image, cameraJpegQuality), QStringLiteral("image/jpeg"), QString(), thumbnailOf(image)};
    if (page.bytes.isEmpty()) {
        *errorMessage = tr("The page could not be kept as a picture.");
        return false;
    }
    return add(std::move(page), errorMessage);
}

bool ScanBatch::addBytes(const QByteArray& bytes, const QString& origin, QString* errorMessage)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QImage image = reader.read();
    if (image.isNull()) {
        *errorMessage = tr("%1 is not a picture this program can read.").arg(origin);
        return false;
    }
    ScanPage page;
    page.origin = origin;
    page.thumbnail = thumbnailOf(image);
    if (format == "jpeg" || format == "jpg") {
        page.bytes = bytes;
        page.mimeType = QStringLiteral("image/jpeg");
    } else if (format == "png") {
        page.bytes = bytes;
        page.mimeType = QStringLiteral("image/png");
    } else {
        // BMP and TIFF are large and not every viewer at the back office shows TIFF.
        page.bytes = jpegOf(image, cameraJpegQuality);
        page.mimeType = QStringLiteral("image/jpeg");
    }
    return add(std::move(page), errorMessage);
}

bool ScanBatch::addFile(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return addBytes(file.readAll(), QFileInfo(path).fileName(), errorMessage);
}

bool ScanBatch::remove(int index)
{
    if (index < 0 || index >= m_pages.size()) {
        return false;
    }
    m_pages.removeAt(index);
    return true;
}

bool ScanBatch::move(int from, int to)
{
    if (from < 0 || from >= m_pages.size() || to < 0 || to >= m_pages.size()) {
        return false;
    }
    m_pages.move(from, to);
    return true;
}

void ScanBatch::dropFirst(int count)
{
    m_pages.remove(0, qBound(0, count, size()));
}

} // namespace ow::photo
