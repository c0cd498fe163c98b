#include "PhotoCaptureDialog.h"

#include "CaptureSources.h"
#include "PhotoView.h"
#include "photo/WatchedFolder.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

constexpr int resultPreviewWidth = 150;

QString problemStyle(bool problem)
{
    return problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;");
}

} // namespace

std::optional<QByteArray> PhotoCaptureDialog::capture(QWidget* parent, const photo::PhotoSpec& spec,
                                                      const QString& watchedFolder)
{
    PhotoCaptureDialog dialog(spec, watchedFolder, nullptr, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.jpeg();
}

PhotoCaptureDialog::PhotoCaptureDialog(const photo::PhotoSpec& spec, const QString& watchedFolder,
                                       CameraProvider* cameras, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
{
    setObjectName(QStringLiteral("photoCaptureDialog"));
    setWindowTitle(tr("Take the photo"));

    m_view = new PhotoView(this);
    m_view->setObjectName(QStringLiteral("photoView"));
    auto* guideHint = new QLabel(
        tr("Drag the frame or its corners to fit the head; the arrow keys move it, + and - resize it."), this);
    guideHint->setObjectName(QStringLiteral("guideHintLabel"));
    guideHint->setWordWrap(true);
    m_guideHintLabel = guideHint;

    m_sources = new CaptureSources(watchedFolder, cameras, this);
    m_importFileButton = new QPushButton(tr("&Import file..."), this);
    m_importFileButton->setObjectName(QStringLiteral("importFileButton"));
    m_importFileButton->setAutoDefault(false);

    m_resultPreviewLabel = new QLabel(this);
    m_resultPreviewLabel->setObjectName(QStringLiteral("resultPreviewLabel"));
    m_resultPreviewLabel->setFixedSize(
        resultPreviewWidth, resultPreviewWidth * qMax(1, m_spec.pixels.height()) / qMax(1, m_spec.pixels.width()));
    m_resultPreviewLabel->setAlignment(Qt::AlignCenter);
    m_resultPreviewLabel->setFrameShape(QFrame::StyledPanel);
    m_checkResultLabel = new QLabel(this);
    m_checkResultLabel->setObjectName(QStringLiteral("checkResultLabel"));
    m_checkResultLabel->setWordWrap(true);
    m_checkResultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_useAnywayCheckBox = new QCheckBox(tr("Use this photo anyway"), this);
    m_useAnywayCheckBox->setObjectName(QStringLiteral("useAnywayCheckBox"));
    auto* specLabel = new QLabel(tr("Certificate photo: %1 x %2 pixels, at most %3 KB.")
                                     .arg(m_spec.pixels.width())
                                     .arg(m_spec.pixels.height())
                                     .arg(m_spec.maxBytes / 1024),
                                 this);
    specLabel->setObjectName(QStringLiteral("specLabel"));
    specLabel->setWordWrap(true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    m_captureButton = new QPushButton(tr("&Capture"), this);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_retakeButton = new QPushButton(tr("&Retake"), this);
    m_retakeButton->setObjectName(QStringLiteral("retakeButton"));
    m_acceptButton = new QPushButton(tr("&Use photo"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);

    auto* side = new QVBoxLayout;
    side->addWidget(m_sources);
    side->addWidget(m_importFileButton);
    side->addSpacing(12);
    side->addWidget(new QLabel(tr("Result:"), this));
    side->addWidget(m_resultPreviewLabel, 0, Qt::AlignHCenter);
    side->addWidget(specLabel);
    side->addWidget(m_checkResultLabel);
    side->addWidget(m_useAnywayCheckBox);
    side->addStretch(1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(300);

    auto* viewColumn = new QVBoxLayout;
    viewColumn->addWidget(m_view, 1);
    viewColumn->addWidget(guideHint);
    auto* body = new QHBoxLayout;
    body->addLayout(viewColumn, 1);
    body->addWidget(sideWidget);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_captureButton);
    buttons->addWidget(m_retakeButton);
    buttons->addWidget(m_messageLabel, 1);
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    resize(1000, 660);

    auto* recheckTimer = new QTimer(this);
    recheckTimer->setSingleShot(true);
    recheckTimer->setInterval(120); // dragging the guide: check once it rests
    connect(recheckTimer, &QTimer::timeout, this, &PhotoCaptureDialog::recheck);
    connect(m_view, &PhotoView::guideChanged, recheckTimer, qOverload<>(&QTimer::start));
    connect(m_view, &PhotoView::guideChanged, this, [this] { m_acceptButton->setEnabled(false); });
    connect(m_useAnywayCheckBox, &QCheckBox::toggled, this, [this] { setMode(m_mode); });
    connect(m_captureButton, &QPushButton::clicked, this, &PhotoCaptureDialog::captureFrame);
    connect(m_retakeButton, &QPushButton::clicked, this, &PhotoCaptureDialog::retake);
    connect(m_acceptButton, &QPushButton::clicked, this, &PhotoCaptureDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &PhotoCaptureDialog::reject);
    connect(m_importFileButton, &QPushButton::clicked, this, [this] {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a photo"), start,
                                         tr("Pictures (%1)").arg(photo::WatchedFolder::imageNameFilters().join(u' ')));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_sources, &CaptureSources::kindChanged, this, &PhotoCaptureDialog::sourceChanged);
    connect(m_sources, &CaptureSources::folderImage, this, &PhotoCaptureDialog::folderImage);
    connect(m_sources, &CaptureSources::liveFrame, this, [this](const QImage& frame) {
        if (m_mode == Mode::Live) {
            m_view->setImage(frame);
        }
    });
    m_sources->startDefault();
}

PhotoCaptureDialog::~PhotoCaptureDialog()
{
    m_sources->stop();
}

void PhotoCaptureDialog::sourceChanged()
{
    switch (m_sources->kind()) {
    case CaptureSources::Kind::None:
        m_sourceMode = Mode::Idle;
        break;
    case CaptureSources::Kind::Camera:
        m_sourceMode = Mode::Live;
        break;
    case CaptureSources::Kind::Folder:
        m_sourceMode = Mode::Waiting;
        break;
    }
    // A camera that fails leaves a captured picture alone; choosing a source starts over.
    if (m_mode == Mode::Still && m_sourceMode == Mode::Idle) {
        return;
    }
    m_jpeg.reset();
    m_view->clearGuide();
    m_view->setImage(QImage());
    setMode(m_sourceMode);
}

void PhotoCaptureDialog::folderImage(const photo::WatchedImage& image)
{
    // The document camera's button pressed again retakes; a camera capture or an imported file stays.
    if (m_sourceMode != Mode::Waiting || (m_mode == Mode::Still && !m_stillFromFolder)) {
        return;
    }
    takeStill(image.image, QFileInfo(image.path).fileName());
    m_stillFromFolder = true;
}

void PhotoCaptureDialog::captureFrame()
{
    if (m_mode != Mode::Live) {
        return;
    }
    const QImage frame = m_sources->grab();
    if (frame.isNull()) {
        m_sources->showStatus(tr("The camera has not given a picture yet. Wait a moment and capture again."), true);
        return;
    }
    takeStill(frame, QString());
}

bool PhotoCaptureDialog::importFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_sources->showStatus(
            tr("%1 is not a picture this program can read. Choose a JPEG or PNG file.").arg(QFileInfo(path).fileName()),
            true);
        return false;
    }
    takeStill(image, QFileInfo(path).fileName());
    return true;
}

void PhotoCaptureDialog::takeStill(const QImage& image, const QString& origin)
{
    m_still = image;
    m_stillFromFolder = false;
    m_jpeg.reset();
    m_useAnywayCheckBox->setChecked(false);
    m_view->setImage(image);
    m_view->setGuide(photo::PhotoProcessor::defaultGuide(image.size(), m_spec),
                     double(m_spec.pixels.width()) / qMax(1, m_spec.pixels.height()));
    m_sources->showStatus(origin.isEmpty()
                              ? tr("Picture taken. Fit the frame to the head, then use the photo or retake it.")
                              : tr("Picture from %1. Fit the frame to the head, then use the photo.").arg(origin),
                          false);
    m_messageLabel->clear();
    m_mode = Mode::Still;
    recheck();
    m_view->setFocus();
}

void PhotoCaptureDialog::retake()
{
    m_jpeg.reset();
    m_still = QImage();
    m_view->clearGuide();
    m_view->setImage(QImage());
    m_resultPreviewLabel->clear();
    m_checkResultLabel->clear();
    m_messageLabel->clear();
    setMode(m_sourceMode);
}

void PhotoCaptureDialog::recheck()
{
    if (m_mode != Mode::Still) {
        return;
    }
    const QRect guide = m_view->guide();
    m_check = photo::PhotoProcessor::check(m_still.copy(guide), m_spec);
    const QImage cropped = photo::PhotoProcessor::crop(m_still, guide, m_spec);
    m_resultPreviewLabel->setPixmap(QPixmap::fromImage(
        cropped.scaled(m_resultPreviewLabel->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    if (m_check.ok()) {
        m_checkResultLabel->setText(tr("The photo passes the checks: size, light and sharpness."));
        m_checkResultLabel->setStyleSheet(problemStyle(false));
    } else {
        QStringList lines;
        for (const QString& problem : std::as_const(m_check.problems)) {
            lines << QStringLiteral("\u2022 ") + problem; // a bullet
        }
        m_checkResultLabel->setText(lines.join(u'\n'));
        m_checkResultLabel->setStyleSheet(problemStyle(true));
    }
    setMode(Mode::Still);
}

void PhotoCaptureDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool still = mode == Mode::Still;
    m_captureButton->setEnabled(mode == Mode::Live);
    m_retakeButton->setEnabled(still);
    m_guideHintLabel->setVisible(still);
    m_useAnywayCheckBox->setVisible(still && !m_check.ok());
    m_acceptButton->setEnabled(still && (m_check.ok() || m_useAnywayCheckBox->isChecked()));
    m_captureButton->setDefault(mode == Mode::Live);
    m_acceptButton->setDefault(still);
    if (!still) {
        m_resultPreviewLabel->clear();
        m_checkResultLabel->clear();
        m_useAnywayCheckBox->setVisible(false);
    }
    switch (mode) {
    case Mode::Idle:
        m_view->setPlaceholderText(tr("Choose a camera or the watched folder, or import a file."));
        break;
    case Mode::Live:
        m_view->setPlaceholderText(tr("Starting the camera..."));
        break;
    case Mode::Waiting:
        m_view->setPlaceholderText(tr("Waiting for a picture from the document camera."));
        break;
    case Mode::Still:
        break;
    }
}

void PhotoCaptureDialog::accept()
{
    if (m_mode != Mode::Still || !m_acceptButton->isEnabled()) {
        return;
    }
    QString error;
    const auto jpeg = photo::PhotoProcessor::encodeJpeg(photo::PhotoProcessor::crop(m_still, m_view->guide(), m_spec),
                                                        m_spec, &error);
    if (!jpeg) {
        m_messageLabel->setText(error);
        m_messageLabel->setStyleSheet(problemStyle(true));
        return;
    }
    m_jpeg = jpeg;
    m_sources->stop();
    QDialog::accept();
}

} // namespace ow::ui
