#pragma once

// A camera without a device: frames fed by the test go through the same FrameSource path as a real camera's,
// and pictures of a citizen drawn for the photo checks.
#include "photo/FrameSource.h"

#include <QBuffer>
#include <QPainter>
#include <QPointer>
#include <QRandomGenerator>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace ow::tests {

class FakeFrameSource : public ui::FrameSource
{
    Q_OBJECT

public:
    using FrameSource::FrameSource;
    void start() override { running = true; }
    void stop() override { running = false; }
    bool running = false;
};

class FakeCameraProvider : public ui::CameraProvider
{
    Q_OBJECT

public:
    explicit FakeCameraProvider(int count, QObject* parent = nullptr)
        : CameraProvider(parent)
    {
        for (int i = 0; i < count; ++i) {
            m_cameras.append({QStringLiteral("/dev/video%1").arg(i), QStringLiteral("Counter camera %1").arg(i + 1)});
        }
    }

    [[nodiscard]] QList<ui::CameraChoice> cameras() const override { return m_cameras; }
    [[nodiscard]] std::unique_ptr<ui::FrameSource> open(const QString& id) override
    {
        for (const ui::CameraChoice& camera : m_cameras) {
            if (camera.id == id) {
                auto source = std::make_unique<FakeFrameSource>();
                opened = source.get();
                return source;
            }
        }
        return nullptr;
    }

    // The cable is pulled: the camera leaves the list and its source fails, as CameraFrameSource does.
    void unplug()
    {
        m_cameras.clear();
        Q_EMIT camerasChanged();
        if (opened) {
            Q_EMIT opened->failed(QStringLiteral("The camera Counter camera 1 was disconnected."));
        }
    }

    QPointer<FakeFrameSource> opened;

private:
    QList<ui::CameraChoice> m_cameras;
};

// A frame as a camera gives it: BGRA pixels in a QVideoFrame.
inline QVideoFrame videoFrame(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    for (int y = 0; y < argb.height(); ++y) {
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), argb.constScanLine(y),
                    size_t(argb.width()) * 4);
    }
    frame.unmap();
    return frame;
}

// A citizen before a pale blue wall: hair, face, eyes and a dark jacket, with the fine grain of a camera sensor.
// light scales the whole picture (1: a well-lit counter, 0.25: the light is off).
inline QImage portrait(QSize size = QSize(1200, 1500), double light = 1.0)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x9C, 0xC4, 0xE4));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = size.width();
    const double h = size.height();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2B, 0x2F, 0x3A)); // jacket
    painter.drawEllipse(QRectF(w * 0.12, h * 0.68, w * 0.76, h * 0.6));
    painter.setBrush(QColor(0xE8, 0xE8, 0xE8)); // collar
    painter.drawPolygon(
        QPolygonF({QPointF(w * 0.42, h * 0.68), QPointF(w * 0.5, h * 0.8), QPointF(w * 0.58, h * 0.68)}));
    painter.setBrush(QColor(0xE0, 0xB8, 0x98)); // neck and face
    painter.drawRect(QRectF(w * 0.43, h * 0.55, w * 0.14, h * 0.15));
    painter.drawEllipse(QRectF(w * 0.32, h * 0.22, w * 0.36, h * 0.42));
    painter.setBrush(QColor(0x1E, 0x1A, 0x18)); // hair
    painter.drawChord(QRectF(w * 0.3, h * 0.17, w * 0.4, h * 0.3), 0, 180 * 16);
    painter.setBrush(QColor(0x25, 0x20, 0x20)); // eyes
    painter.drawEllipse(QRectF(w * 0.41, h * 0.39, w * 0.05, h * 0.025));
    painter.drawEllipse(QRectF(w * 0.54, h * 0.39, w * 0.05, h * 0.025));
    painter.setPen(QPen(QColor(0x9A, 0x50, 0x48), w * 0.008)); // mouth
    painter.drawArc(QRectF(w * 0.45, h * 0.5, w * 0.1, h * 0.04), 200 * 16, 140 * 16);
    painter.end();
    QRandomGenerator random(11);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grain = int(random.bounded(41)) - 20;
            auto channel = [&](int value) {
                return qBound(0, int((value + grain) * light), 255);
            };
            line[x] = qRgb(channel(qRed(line[x])), channel(qGreen(line[x])), channel(qBlue(line[x])));
        }
    }
    return image;
}

inline QByteArray encoded(const QImage& image, const char* format = "JPEG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 92);
    return bytes;
}

} // namespace ow::tests
