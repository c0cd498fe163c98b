#include "IssueDialog.h"

#include "SupervisorDialog.h"
#include "cases/CaseService.h"
#include "certificate/CertificateIssuer.h"
#include "core/Services.h"
#include "idcard/IdNumber.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

const QSize photoPreviewSize(150, 184);

} // namespace

IssueDialog::IssueDialog(core::Services& services, const auth::Clerk& clerk, core::SecretStore& secrets,
                         QString caseNumber, QString printToFolder, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_clerk(clerk)
    , m_caseNumber(std::move(caseNumber))
    , m_printToFolder(std::move(printToFolder))
    , m_photoSource(&IssueDialog::importPhotoFile)
    , m_issuer(std::make_unique<certificate::CertificateIssuer>(services.database, secrets))
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue certificate for case %1").arg(m_caseNumber));

    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("issueCaseLabel"));
    m_caseLabel->setWordWrap(true);
    m_caseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_photoLabel = new QLabel(this);
    m_photoLabel->setObjectName(QStringLiteral("photoLabel"));
    m_photoLabel->setFixedSize(photoPreviewSize);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setFrameShape(QFrame::Box);
    m_photoLabel->setWordWrap(true);
    m_takePhotoButton = new QPushButton(tr("Take &photo..."), this);
    m_takePhotoButton->setObjectName(QStringLiteral("takePhotoButton"));
    connect(m_takePhotoButton, &QPushButton::clicked, this, &IssueDialog::takePhoto);

    m_printerComboBox = new QComboBox(this);
    m_printerComboBox->setObjectName(QStringLiteral("printerComboBox"));
    if (!m_printToFolder.isEmpty()) {
        m_printerComboBox->addItem(tr("PDF files in %1").arg(QDir::toNativeSeparators(m_printToFolder)));
    } else {
        const QString preferred = QPrinterInfo::defaultPrinterName();
        for (const QString& name : QPrinterInfo::availablePrinterNames()) {
            m_printerComboBox->addItem(name, name);
        }
        m_printerComboBox->setCurrentIndex(qMax(0, m_printerComboBox->findData(preferred)));
    }
    m_printButton = new QPushButton(tr("P&rint"), this);
    m_printButton->setObjectName(QStringLiteral("printCertificateButton"));
    m_printButton->setDefault(true);
    connect(m_printButton, &QPushButton::clicked, this, &IssueDialog::print);
    m_reprintButton = new QPushButton(tr("Re&print..."), this);
    m_reprintButton->setObjectName(QStringLiteral("reprintCertificateButton"));
    connect(m_reprintButton, &QPushButton::clicked, this, &IssueDialog::reprint);
    m_voidButton = new QPushButton(tr("&Void..."), this);
    m_voidButton->setObjectName(QStringLiteral("voidCertificateButton"));
    connect(m_voidButton, &QPushButton::clicked, this, &IssueDialog::voidCertificate);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("issueMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setMinimumWidth(260);

    m_previewWidget = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_previewWidget->setObjectName(QStringLiteral("certificatePreviewWidget"));
    m_previewWidget->setMinimumSize(520, 360);
    connect(m_previewWidget, &QPrintPreviewWidget::paintRequested, this, &IssueDialog::paintPreview);

    auto* closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(m_caseLabel);
    auto* photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoLabel);
    photoRow->addWidget(m_takePhotoButton, 0, Qt::AlignBottom);
    photoRow->addStretch();
    side->addLayout(photoRow);
    auto* printerForm = new QFormLayout;
    printerForm->addRow(tr("Printer:"), m_printerComboBox);
    side->addLayout(printerForm);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_printButton);
    actions->addWidget(m_reprintButton);
    actions->addWidget(m_voidButton);
    side->addLayout(actions);
    side->addWidget(m_messageLabel);
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_previewWidget, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(closeButtons);
    refresh();
}

IssueDialog::~IssueDialog() = default;

void IssueDialog::setPhotoSource(PhotoSource source)
{
    m_photoSource = source ? std::move(source) : PhotoSource(&IssueDialog::importPhotoFile);
}

std::optional<QByteArray> IssueDialog::importPhotoFile(QWidget* parent, const photo::PhotoSpec& /*spec*/)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import the citizen's photo"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (path.isEmpty()) {
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    return file.readAll();
}

void IssueDialog::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

void IssueDialog::refresh()
{
    const auto detail = cases::CaseService(m_services.database).detail(m_caseNumber);
    const db::CaseRecord* record = detail ? &detail->record : nullptr;
    if (record) {
        m_caseLabel->setText(tr("Case %1\n%2\n%3 (%4)")
                                 .arg(record->number, record->itemName, record->citizenName,
                                      idcard::IdNumber::masked(record->citizenIdNumber)));
    }
    QString error;
    const auto photo = m_issuer->casePhoto(m_caseNumber, &error);
    if (!photo) {
        m_photoLabel->setPixmap({});
        m_photoLabel->setText(error);
    } else if (photo->isNull()) {
        m_photoLabel->setPixmap({});
        m_photoLabel->setText(tr("No photo yet"));
    } else {
        m_photoLabel->setPixmap(
            QPixmap::fromImage(photo->scaled(photoPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }

    QString printedError;
    const auto printed = m_issuer->printedCertificate(m_caseNumber, &printedError);
    m_document.reset();
    if (printed) {
        m_document = m_issuer->document(*printed, &error);
        showMessage(m_document ? tr("Certificate %1 is printed.").arg(printed->serialNumber) : error, !m_document);
    } else {
        m_document = m_issuer->preview(m_caseNumber, &error);
        if (m_document) {
            showMessage(tr("Check the preview, then print. The number is taken when it prints."), false);
        } else {
            showMessage(error, true);
        }
    }
    const bool issued = printed.has_value();
    const bool canPrint = m_printerComboBox->count() > 0;
    m_takePhotoButton->setEnabled(!issued);
    m_printButton->setEnabled(!issued && m_document.has_value() && canPrint);
    m_reprintButton->setEnabled(issued && m_document.has_value() && canPrint);
    m_voidButton->setEnabled(issued);
    if (!canPrint && !issued) {
        showMessage(tr("No printer is installed on this PC."), true);
    }
    if (m_document) {
        m_previewPrinter->setPageLayout(m_document->pageLayout());
    }
    m_previewWidget->updatePreview();
}

void IssueDialog::paintPreview(QPrinter* printer)
{
    if (m_document) {
        printer->setPageLayout(m_document->pageLayout());
        (void)m_document->paint(printer, {});
    }
}

void IssueDialog::takePhoto()
{
    // The capture's guide frame follows the photo box of the case's certificate.
    photo::PhotoSpec spec;
    QString ignored;
    if (const auto detail = cases::CaseService(m_services.database).detail(m_caseNumber)) {
        if (const auto found = certificate::CertificateIssuer::templateForItem(detail->record.itemCode, &ignored)) {
            spec = certificate::CertificateIssuer::photoSpec(*found);
        }
    }
    const std::optional<QByteArray> bytes = m_photoSource(this, spec);
    if (!bytes) {
        return;
    }
    QBuffer buffer;
    buffer.setData(*bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        showMessage(tr("That file is not a picture. Choose a JPEG or PNG photo."), true);
        return;
    }
    QString error;
    if (!m_issuer->takePhoto(m_caseNumber, image, m_clerk.uuid, &error)) {
        showMessage(error, true);
        return;
    }
    refresh();
}

std::unique_ptr<certificate::CertificatePrinter> IssueDialog::choosePrinter(std::unique_ptr<QPrinter>& device,
                                                                            const QString& fileStem)
{
    if (!m_printToFolder.isEmpty()) {
        if (!QDir().mkpath(m_printToFolder)) {
            showMessage(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_printToFolder)), true);
            return nullptr;
        }
        m_lastFile = QDir(m_printToFolder).filePath(fileStem + QStringLiteral(".pdf"));
        // The folder stands for the printer, so its calibration in Settings applies.
        return std::make_unique<certificate::PdfCertificatePrinter>(m_lastFile, m_printToFolder);
    }
    const QString name = m_printerComboBox->currentData().toString();
    device = std::make_unique<QPrinter>(QPrinter::HighResolution);
    device->setPrinterName(name);
    device->setDocName(fileStem);
    return std::make_unique<certificate::DevicePrinter>(device.get(), name);
}

void IssueDialog::print()
{
    std::unique_ptr<QPrinter> device;
    const auto printer = choosePrinter(device, tr("Certificate %1").arg(m_caseNumber));
    if (!printer) {
        return;
    }
    QString error;
    const auto issued = m_issuer->issue(m_caseNumber, m_clerk.uuid, *printer, &error);
    refresh();
    if (!issued) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Certificate %1 printed. Hand it to the citizen.").arg(issued->serialNumber), false);
    Q_EMIT caseChanged(m_caseNumber);
}

void IssueDialog::reprint()
{
    SupervisorDialog approval(m_services.clerks, tr("Reprint certificate"),
                              tr("A reprint prints the same certificate on the same number again. A supervisor "
                                 "approves it; the reason is kept with the number."),
                              this);
    if (approval.exec() != QDialog::Accepted || !approval.approver()) {
        return;
    }
    std::unique_ptr<QPrinter> device;
    const auto printer = choosePrinter(device, tr("Certificate %1 reprint").arg(m_caseNumber));
    if (!printer) {
        return;
    }
    QString error;
    if (!m_issuer->reprint(m_caseNumber, approval.reason(), *approval.approver(), *printer, &error)) {
        showMessage(error, true);
        return;
    }
    refresh();
    showMessage(tr("The certificate was printed again."), false);
}

void IssueDialog::voidCertificate()
{
    SupervisorDialog approval(m_services.clerks, tr("Void certificate"),
                              tr("Voiding makes the printed certificate's number invalid for good. Take the card "
                                 "back from the citizen. A supervisor approves it; the reason is kept."),
                              this);
    if (approval.exec() != QDialog::Accepted || !approval.approver()) {
        return;
    }
    QString error;
    if (!m_issuer->voidCertificate(m_caseNumber, approval.reason(), *approval.approver(), &error)) {
        showMessage(error, true);
        return;
    }
    refresh();
    showMessage(tr("The certificate's number is void; a new certificate can be printed."), false);
    Q_EMIT caseChanged(m_caseNumber);
}

} // namespace ow::ui
