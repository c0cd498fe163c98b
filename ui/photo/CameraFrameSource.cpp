#include "CameraFrameSource.h"

#include <QCamera>
#include <QCameraFormat>
#include <QLoggingCategory>
#include <QVideoSink>

Q_LOGGING_CATEGORY(lcCamera, "ow.ui.camera")

namespace ow::ui {

namespace {

// The largest picture the camera gives at a usable preview rate; a photo needs every pixel it can get.
QCameraFormat bestFormat(const QCameraDevice& device)
{
    constexpr float usableFrameRate = 5;
    QCameraFormat best;
    for (const QCameraFormat& format : device.videoFormats()) {
        const QSize size = format.resolution();
        const qint64 area = qint64(size.width()) * size.height();
        const qint64 bestArea = best.isNull() ? -1 : qint64(best.resolution().width()) * best.resolution().height();
        const bool usable = format.maxFrameRate() >= usableFrameRate;
        const bool bestUsable = !best.isNull() && best.maxFrameRate() >= usableFrameRate;
        if (best.isNull() || (usable && !bestUsable) ||
            (usable == bestUsable &&
             (area > bestArea || (area == bestArea && format.maxFrameRate() > best.maxFrameRate())))) {
            best = format;
        }
    }
    return best;
}

} // namespace

CameraFrameSource::CameraFrameSource(const QCameraDevice& device, QObject* parent)
    : FrameSource(parent)
    , m_device(device)
    , m_devices(new QMediaDevices(this))
    , m_camera(new QCamera(device, this))
    , m_sink(new QVideoSink(this))
{
    const QCameraFormat format = bestFormat(device);
    if (!format.isNull()) {
        m_camera->setCameraFormat(format);
        qCInfo(lcCamera) << "camera" << device.description() << "at" << format.resolution() << "up to"
                         << format.maxFrameRate() << "frames per second";
    }
    m_session.setCamera(m_camera);
    m_session.setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &FrameSource::deliver);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString& text) {
        if (error == QCamera::NoError || m_failed) {
            return;
        }
        qCWarning(lcCamera) << "camera error" << error << text;
        m_failed = true;
        Q_EMIT failed(
            tr("The camera stopped working (%1). Check its cable, then choose it again, or import a file.").arg(text));
    });
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraFrameSource::checkStillConnected);
}

CameraFrameSource::~CameraFrameSource()
{
    m_camera->stop();
}

void CameraFrameSource::start()
{
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_camera->stop();
}

void CameraFrameSource::checkStillConnected()
{
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        if (device.id() == m_device.id()) {
            return;
        }
    }
    if (!m_failed) {
        m_failed = true;
        m_camera->stop();
        qCWarning(lcCamera) << "camera unplugged:" << m_device.description();
        Q_EMIT failed(tr("The camera %1 was disconnected. Plug it in again and choose it, or import a file.")
                          .arg(m_device.description()));
    }
}

SystemCameraProvider::SystemCameraProvider(QObject* parent)
    : CameraProvider(parent)
    , m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraProvider::camerasChanged);
}

QList<CameraChoice> SystemCameraProvider::cameras() const
{
    QList<CameraChoice> result;
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        result.append({QString::fromUtf8(device.id()), device.description()});
    }
    return result;
}

std::unique_ptr<FrameSource> SystemCameraProvider::open(const QString& id)
{
    for (const QCameraDevice& device : QMediaDevices::videoInputs()) {
        if (QString::fromUtf8(device.id()) == id) {
            return std::make_unique<CameraFrameSource>(device);
        }
    }
    return nullptr;
}

} // namespace ow::ui
