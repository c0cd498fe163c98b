#include "CaptureSources.h"

#include "CameraFrameSource.h"
#include "FrameSource.h"
#include "photo/CaptureSettings.h"
#include "photo/WatchedFolder.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ow::ui {

namespace {
const QString cameraKind = QStringLiteral("camera");
const QString folderKind = QStringLiteral("folder");
constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
} // namespace

CaptureSources::CaptureSources(const QString& watchedFolder, CameraProvider* cameras, QWidget* parent)
    : QWidget(parent)
    , m_watchedFolder(watchedFolder)
    , m_cameras(cameras ? cameras : new SystemCameraProvider(this))
    , m_folder(new photo::WatchedFolder(this))
{
    setObjectName(QStringLiteral("captureSources"));
    m_sourceComboBox = new QComboBox(this);
    m_sourceComboBox->setObjectName(QStringLiteral("sourceComboBox"));
    m_noCameraLabel = new QLabel(tr("No camera found; import a file or use the watched folder."), this);
    m_noCameraLabel->setObjectName(QStringLiteral("noCameraLabel"));
    m_noCameraLabel->setWordWrap(true);
    m_noCameraLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_sourceStatusLabel = new QLabel(this);
    m_sourceStatusLabel->setObjectName(QStringLiteral("sourceStatusLabel"));
    m_sourceStatusLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Source:"), this));
    layout->addWidget(m_sourceComboBox);
    layout->addWidget(m_noCameraLabel);
    layout->addWidget(m_sourceStatusLabel);

    connect(m_sourceComboBox, &QComboBox::activated, this, &CaptureSources::choose);
    connect(m_folder, &photo::WatchedFolder::imageArrived, this, &CaptureSources::folderImage);
    connect(m_folder, &photo::WatchedFolder::imageRejected, this,
            [this](const QString&, const QString& message) { showStatus(message, true); });
    connect(m_folder, &photo::WatchedFolder::folderProblem, this,
            [this](const QString& message) { showStatus(message, true); });
    connect(m_cameras, &CameraProvider::camerasChanged, this, [this] {
        refresh();
        // A camera plugged in while nothing runs is taken at once.
        if (m_kind == Kind::None && !m_cameras->cameras().isEmpty()) {
            m_sourceComboBox->setCurrentIndex(0);
            choose(0);
        }
    });
    refresh();
}

CaptureSources::~CaptureSources()
{
    stop();
}

void CaptureSources::refresh()
{
    const QString kind = m_sourceComboBox->currentData(kindRole).toString();
    const QString id = m_sourceComboBox->currentData(idRole).toString();
    const QSignalBlocker blocker(m_sourceComboBox);
    m_sourceComboBox->clear();
    const QList<CameraChoice> cameras = m_cameras->cameras();
    for (const CameraChoice& camera : cameras) {
        m_sourceComboBox->addItem(camera.description);
        m_sourceComboBox->setItemData(m_sourceComboBox->count() - 1, cameraKind, kindRole);
        m_sourceComboBox->setItemData(m_sourceComboBox->count() - 1, camera.id, idRole);
    }
    m_sourceComboBox->addItem(tr("Watched folder (document camera)"));
    m_sourceComboBox->setItemData(m_sourceComboBox->count() - 1, folderKind, kindRole);
    for (int i = 0; i < m_sourceComboBox->count(); ++i) {
        if (m_sourceComboBox->itemData(i, kindRole).toString() == kind &&
            m_sourceComboBox->itemData(i, idRole).toString() == id) {
            m_sourceComboBox->setCurrentIndex(i);
        }
    }
    m_noCameraLabel->setVisible(cameras.isEmpty());
}

void CaptureSources::startDefault()
{
    const QString saved = photo::CaptureSettings::load(QSettings()).cameraId;
    int first = 0;
    for (int i = 0; i < m_sourceComboBox->count(); ++i) {
        if (m_sourceComboBox->itemData(i, kindRole) == cameraKind &&
            m_sourceComboBox->itemData(i, idRole).toString() == saved) {
            first = i;
        }
    }
    m_sourceComboBox->setCurrentIndex(first);
    choose(first);
}

void CaptureSources::stop()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
        m_source.reset();
    }
    m_folder->stop();
}

QImage CaptureSources::grab() const
{
    return m_source ? m_source->grab() : QImage();
}

void CaptureSources::choose(int index)
{
    stop();
    m_kind = Kind::None;
    const QString kind = m_sourceComboBox->itemData(index, kindRole).toString();
    if (kind == cameraKind) {
        const QString id = m_sourceComboBox->itemData(index, idRole).toString();
        m_source = m_cameras->open(id);
        if (!m_source) {
            failed(tr("This camera is no longer connected. Choose another source or import a file."));
            return;
        }
        connect(m_source.get(), &FrameSource::frameReady, this, &CaptureSources::liveFrame);
        connect(m_source.get(), &FrameSource::failed, this, &CaptureSources::failed);
        m_source->start();
        m_kind = Kind::Camera;
        photo::CaptureSettings settings = photo::CaptureSettings::load(QSettings());
        settings.cameraId = id;
        QSettings store;
        settings.save(store);
        showStatus(tr("Live picture from the camera."), false);
    } else if (kind == folderKind) {
        QString error;
        if (!m_folder->start(m_watchedFolder, &error)) {
            showStatus(error, true);
        } else {
            m_kind = Kind::Folder;
            showStatus(tr("Waiting for the document camera: take the picture with its button. It is taken from %1.")
                           .arg(QDir::toNativeSeparators(m_watchedFolder)),
                       false);
        }
    }
    Q_EMIT kindChanged(m_kind);
}

void CaptureSources::failed(const QString& message)
{
    if (m_source) {
        // The failing source may be inside its own signal: delete it later.
        m_source->disconnect(this);
        m_source.release()->deleteLater();
    }
    m_kind = Kind::None;
    showStatus(message, true);
    refresh();
    Q_EMIT kindChanged(m_kind);
}

void CaptureSources::showStatus(const QString& text, bool problem)
{
    m_sourceStatusLabel->setText(text);
    m_sourceStatusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

QString CaptureSources::statusText() const
{
    return m_sourceStatusLabel->text();
}

} // namespace ow::ui
