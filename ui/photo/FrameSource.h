#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <memory>

namespace ow::ui {

// Where live frames come from. A camera feeds its QVideoFrames to deliver(); a test feeds its own through the
// same path, so preview and capture are tested without a device.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;

    // Takes a frame: kept whole for grab(), and passed on for the preview a few times a second at most.
    void deliver(const QVideoFrame& frame);
    // The newest frame at full size; null before the first one.
    [[nodiscard]] QImage grab() const;

Q_SIGNALS:
    void frameReady(const QImage& frame);
    // The source stopped for good (a camera unplugged or taken by another program); the message says what to do.
    void failed(const QString& message);

private:
    QVideoFrame m_newest;
    QElapsedTimer m_sincePreview;
};

// A camera the clerk can choose.
struct CameraChoice
{
    QString id;
    QString description;
};

// The cameras of this PC, and frame sources for them; a test puts a fake in its place.
class CameraProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    [[nodiscard]] virtual QList<CameraChoice> cameras() const = 0;
    // Nothing when the camera is no longer there.
    [[nodiscard]] virtual std::unique_ptr<FrameSource> open(const QString& id) = 0;

Q_SIGNALS:
    void camerasChanged();
};

} // namespace ow::ui
