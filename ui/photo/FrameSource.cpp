#include "FrameSource.h"

namespace ow::ui {

namespace {
// Converting a document camera's 8-megapixel frame costs tens of milliseconds: a dozen previews a second is enough.
constexpr int previewIntervalMs = 80;
} // namespace

void FrameSource::deliver(const QVideoFrame& frame)
{
    if (!frame.isValid()) {
        return;
    }
    m_newest = frame;
    if (m_sincePreview.isValid() && m_sincePreview.elapsed() < previewIntervalMs) {
        return;
    }
    m_sincePreview.start();
    const QImage image = frame.toImage();
    if (!image.isNull()) {
        Q_EMIT frameReady(image);
    }
}

QImage FrameSource::grab() const
{
    return m_newest.isValid() ? m_newest.toImage() : QImage();
}

} // namespace ow::ui
