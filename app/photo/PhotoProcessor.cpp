#include "photo/PhotoProcessor.h"

#include <QBuffer>

#include <cmath>

namespace ow::photo {

namespace {

// The checks look at a reduced grey copy: fast on a 12-megapixel camera frame, and blur shows at any size.
constexpr int analysisWidth = 320;

} // namespace

PhotoCheck PhotoProcessor::check(const QImage& image, const PhotoSpec& spec)
{
    PhotoCheck result;
    if (image.isNull()) {
        result.problems << tr("There is no picture: the file is not an image, or the camera gave none.");
        return result;
    }
    if (image.width() < spec.pixels.width() || image.height() < spec.pixels.height()) {
        result.problems << tr("The photo is too small (%1 x %2 pixels; at least %3 x %4 are needed). Take it closer "
                              "or with the camera's full resolution.")
                               .arg(image.width())
                               .arg(image.height())
                               .arg(spec.pixels.width())
                               .arg(spec.pixels.height());
    }
    const QImage grey = image.scaledToWidth(qMin(analysisWidth, image.width()), Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += line[x];
        }
    }
    const double pixels = double(grey.width()) * grey.height();
    result.meanLuminance = pixels > 0 ? sum / pixels : 0;

    // Variance of the Laplacian: low when edges are soft (out of focus or moved).
    double lapSum = 0;
    double lapSquares = 0;
    int count = 0;
    for (int y = 1; y + 1 < grey.height(); ++y) {
        const uchar* above = grey.constScanLine(y - 1);
        const uchar* line = grey.constScanLine(y);
        const uchar* below = grey.constScanLine(y + 1);
        for (int x = 1; x + 1 < grey.width(); ++x) {
            const double laplacian = above[x] + below[x] + line[x - 1] + line[x + 1] - 4.0 * line[x];
            lapSum += laplacian;
            lapSquares += laplacian * laplacian;
            ++count;
        }
    }
    if (count > 0) {
        const double mean = lapSum / count;
        result.sharpness = lapSquares / count - mean * mean;
    }
    if (result.meanLuminance < darkBelow) {
        result.problems << tr("The photo is too dark. Turn on the counter light or move the citizen towards it.");
    } else if (result.meanLuminance > brightAbove) {
        result.problems << tr("The photo is too bright. Avoid direct light and the white wall behind the citizen.");
    }
    if (result.sharpness < blurredBelow) {
        result.problems << tr("The photo is blurred. Hold the camera still and let it focus, then take it again.");
    }
    return result;
}

QRect PhotoProcessor::defaultGuide(const QSize& image, const PhotoSpec& spec)
{
    if (image.isEmpty() || spec.pixels.isEmpty()) {
        return {};
    }
    QSize guide = spec.pixels.scaled(image, Qt::KeepAspectRatio);
    return {QPoint((image.width() - guide.width()) / 2, (image.height() - guide.height()) / 2), guide};
}

QImage PhotoProcessor::crop(const QImage& image, const QRect& guide, const PhotoSpec& spec)
{
    const QRect inside = guide.intersected(image.rect());
    if (inside.isEmpty()) {
        return {};
    }
    return image.copy(inside).scaled(spec.pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

std::optional<QByteArray> PhotoProcessor::encodeJpeg(const QImage& image, const PhotoSpec& spec, QString* errorMessage)
{
    if (image.isNull()) {
        *errorMessage = tr("There is no picture to save.");
        return std::nullopt;
    }
    auto encode = [&image](int quality) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", quality);
        return bytes;
    };
    // The highest quality within the budget, found by halving the range of qualities.
    int low = 30;
    int high = 95;
    std::optional<QByteArray> best;
    while (low <= high) {
        const int quality = (low + high) / 2;
        QByteArray bytes = encode(quality);
        if (!bytes.isEmpty() && bytes.size() <= spec.maxBytes) {
            best = std::move(bytes);
            low = quality + 1;
        } else {
            high = quality - 1;
        }
    }
    if (!best) {
        *errorMessage =
            tr("The photo does not fit in %1 KB even at low quality; crop it closer.").arg(spec.maxBytes / 1024);
    }
    return best;
}

} // namespace ow::photo
