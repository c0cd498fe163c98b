#pragma once

#include "FrameSource.h"

#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>

class QCamera;
class QVideoSink;

namespace ow::ui {

// Frames from a camera or document camera through Qt Multimedia, at the camera's largest picture size.
class CameraFrameSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraFrameSource(const QCameraDevice& device, QObject* parent = nullptr);
    ~CameraFrameSource() override;

    void start() override;
    void stop() override;

private:
    void checkStillConnected();

    QCameraDevice m_device;
    QMediaDevices* m_devices = nullptr;
    QCamera* m_camera = nullptr;
    QVideoSink* m_sink = nullptr;
    QMediaCaptureSession m_session;
    bool m_failed = false;
};

// The cameras Qt Multimedia finds on this PC.
class SystemCameraProvider : public CameraProvider
{
    Q_OBJECT

public:
    explicit SystemCameraProvider(QObject* parent = nullptr);

    [[nodiscard]] QList<CameraChoice> cameras() const override;
    [[nodiscard]] std::unique_ptr<FrameSource> open(const QString& id) override;

private:
    QMediaDevices* m_devices = nullptr;
};

} // namespace ow::ui
