#pragma once

#include "photo/PhotoProcessor.h"

#include <QSizeF>

#include <optional>

namespace ow::certificate {
class CertificateTemplate;
}

namespace ow::photo {

// The photo a certificate template asks for: its photo box at the resolution of ID photos.
class TemplatePhotoSpec
{
public:
    // 358 x 441 pixels for a 26 x 32 mm ID photo: the resolution photo studios and ID offices use.
    static constexpr double dotsPerInch = 350;
    static constexpr int defaultMaxBytes = 40 * 1024;

    [[nodiscard]] static PhotoSpec forBoxMm(const QSizeF& boxMm, int maxBytes = defaultMaxBytes);
    // Nothing when the template prints no photo.
    [[nodiscard]] static std::optional<PhotoSpec> forTemplate(const certificate::CertificateTemplate& certificate);
};

} // namespace ow::photo
