#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QStringList>

#include <optional>

namespace ow::photo {

// What a certificate wants of a photo: its size in pixels and the most bytes its JPEG may take.
struct PhotoSpec
{
    QSize pixels {358, 441}; // one inch (25 x 35 mm) at 360 dpi
    int maxBytes = 40 * 1024;
};

// Why a photo is not good enough, in words for the clerk; empty when it is.
struct PhotoCheck
{
    QStringList problems;
    double meanLuminance = 0; // 0-255
    double sharpness = 0; // variance of the Laplacian of the reduced grey image

    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Checks, crops and encodes photos taken at the counter or imported from a document camera.
class PhotoProcessor
{
    Q_DECLARE_TR_FUNCTIONS(ow::photo::PhotoProcessor)

public:
    static constexpr double darkBelow = 60;
    static constexpr double brightAbove = 205;
    static constexpr double blurredBelow = 100;

    [[nodiscard]] static PhotoCheck check(const QImage& image, const PhotoSpec& spec);
    // The largest rectangle with the spec's aspect ratio centred in the image: the guide frame's start.
    [[nodiscard]] static QRect defaultGuide(const QSize& image, const PhotoSpec& spec);
    // The guide's part of the image, scaled to the spec's pixels.
    [[nodiscard]] static QImage crop(const QImage& image, const QRect& guide, const PhotoSpec& spec);
    // The best JPEG quality that fits the spec's byte budget; nothing when even a low quality does not fit.
    [[nodiscard]] static std::optional<QByteArray> encodeJpeg(const QImage& image, const PhotoSpec& spec,
                                                              QString* errorMessage);
};

} // namespace ow::photo
