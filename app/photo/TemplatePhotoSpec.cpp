#include "photo/TemplatePhotoSpec.h"

#include "certificate/CertificateTemplate.h"

#include <cmath>

namespace ow::photo {

PhotoSpec TemplatePhotoSpec::forBoxMm(const QSizeF& boxMm, int maxBytes)
{
    constexpr double mmPerInch = 25.4;
    PhotoSpec spec;
    spec.pixels = QSize(int(std::lround(boxMm.width() / mmPerInch * dotsPerInch)),
                        int(std::lround(boxMm.height() / mmPerInch * dotsPerInch)));
    spec.maxBytes = maxBytes;
    return spec;
}

std::optional<PhotoSpec> TemplatePhotoSpec::forTemplate(const certificate::CertificateTemplate& certificate)
{
    if (!certificate.photoBoxMm || certificate.photoBoxMm->isEmpty()) {
        return std::nullopt;
    }
    return forBoxMm(certificate.photoBoxMm->size());
}

} // namespace ow::photo
