#include "SettingsPage.h"

#include "certificate/CertificateIssuer.h"
#include "core/Language.h"
#include "core/Services.h"
#include "db/Database.h"
#include "photo/CaptureSettings.h"
#include "queue/CounterQueueSettings.h"
#include "sync/DistrictSettingsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QSerialPortInfo>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {

SettingsPage::SettingsPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_canEdit(auth::Roles::allows(clerk.role, auth::Permission::ChangeCounterSettings))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* counterGroup = new QGroupBox(tr("This counter"), this);
    m_hallCodeLineEdit = new QLineEdit(counterGroup);
    m_hallCodeLineEdit->setObjectName(QStringLiteral("hallCodeLineEdit"));
    m_hallCodeLineEdit->setMaxLength(12);
    m_hallNameLineEdit = new QLineEdit(counterGroup);
    m_hallNameLineEdit->setObjectName(QStringLiteral("hallNameLineEdit"));
    m_counterSpinBox = new QSpinBox(counterGroup);
    m_counterSpinBox->setObjectName(QStringLiteral("counterSpinBox"));
    m_counterSpinBox->setRange(1, 999);
    m_idleLockSpinBox = new QSpinBox(counterGroup);
    m_idleLockSpinBox->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleLockSpinBox->setRange(0, core::CounterSettings::maxIdleLockMinutes);
    m_idleLockSpinBox->setSuffix(tr(" min"));
    m_idleLockSpinBox->setSpecialValueText(tr("Off"));
    auto* counterForm = new QFormLayout(counterGroup);
    counterForm->addRow(tr("Hall code:"), m_hallCodeLineEdit);
    counterForm->addRow(tr("Hall name:"), m_hallNameLineEdit);
    m_hallAddressLineEdit = new QLineEdit(counterGroup);
    m_hallAddressLineEdit->setObjectName(QStringLiteral("hallAddressLineEdit"));
    m_hallPhoneLineEdit = new QLineEdit(counterGroup);
    m_hallPhoneLineEdit->setObjectName(QStringLiteral("hallPhoneLineEdit"));
    m_hallHoursLineEdit = new QLineEdit(counterGroup);
    m_hallHoursLineEdit->setObjectName(QStringLiteral("hallHoursLineEdit"));
    counterForm->addRow(tr("Hall address (printed on paper):"), m_hallAddressLineEdit);
    counterForm->addRow(tr("Hall phone:"), m_hallPhoneLineEdit);
    counterForm->addRow(tr("Opening hours:"), m_hallHoursLineEdit);
    counterForm->addRow(tr("Counter number:"), m_counterSpinBox);
    counterForm->addRow(tr("Lock the window after no input for:"), m_idleLockSpinBox);
    if (!m_canEdit) {
        auto* note = new QLabel(tr("Only an administrator can change these."), counterGroup);
        note->setObjectName(QStringLiteral("readOnlyNoteLabel"));
        counterForm->addRow(note);
        for (QWidget* field : {static_cast<QWidget*>(m_hallCodeLineEdit), static_cast<QWidget*>(m_hallNameLineEdit),
                               static_cast<QWidget*>(m_hallAddressLineEdit), static_cast<QWidget*>(m_hallPhoneLineEdit),
                               static_cast<QWidget*>(m_hallHoursLineEdit), static_cast<QWidget*>(m_counterSpinBox),
                               static_cast<QWidget*>(m_idleLockSpinBox)}) {
            field->setEnabled(false);
        }
    }

    auto* pcGroup = new QGroupBox(tr("This PC"), this);
    m_languageComboBox = new QComboBox(pcGroup);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(QStringLiteral("\u4E2D\u6587"), QStringLiteral("zh_CN")); // the language's own name
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* pcForm = new QFormLayout(pcGroup);
    pcForm->addRow(tr("Language (after the next start):"), m_languageComboBox);

    auto* dataGroup = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(dataGroup);
    auto* pathLabel = new QLabel(QDir::toNativeSeparators(services.database.path()), dataGroup);
    pathLabel->setObjectName(QStringLiteral("dataFileLabel"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataForm->addRow(tr("Data file:"), pathLabel);
    auto* schemaLabel = new QLabel(QString::number(services.database.schemaVersion()), dataGroup);
    schemaLabel->setObjectName(QStringLiteral("schemaVersionLabel"));
    dataForm->addRow(tr("Schema version:"), schemaLabel);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    QWidget* readerGroup = buildReaderGroup();
    QWidget* captureGroup = buildCaptureGroup();
    QWidget* calibrationGroup = buildCalibrationGroup();
    QWidget* queueGroup = buildQueueGroup();
    m_districtWidget = new DistrictSettingsWidget(services, clerk, this);
    // Enrolment takes the hall's code and name from the district.
    connect(m_districtWidget, &DistrictSettingsWidget::enrolled, this, [this] {
        reload();
        Q_EMIT counterChanged();
    });
    for (QWidget* group :
         {static_cast<QWidget*>(counterGroup), readerGroup, captureGroup, calibrationGroup, queueGroup,
          static_cast<QWidget*>(pcGroup), static_cast<QWidget*>(m_districtWidget), static_cast<QWidget*>(dataGroup)}) {
        group->setMaximumWidth(760);
    }
    // The groups scroll, so the page also fits the 768-pixel-high screens many counters have.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(counterGroup);
    layout->addWidget(readerGroup);
    layout->addWidget(captureGroup);
    layout->addWidget(calibrationGroup);
    layout->addWidget(queueGroup);
    layout->addWidget(pcGroup);
    layout->addWidget(m_districtWidget);
    layout->addWidget(dataGroup);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveButton);
    buttonRow->addWidget(m_messageLabel, 1);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttonRow);
    reload();
}

QWidget* SettingsPage::buildCalibrationGroup()
{
    auto* group = new QGroupBox(tr("Card printer calibration"), this);
    group->setObjectName(QStringLiteral("calibrationGroupBox"));
    auto* help = new QLabel(tr("Pre-printed card stock: move the whole certificate until the test card's frame "
                               "meets the card's edges. Right and down are positive."),
                            group);
    help->setWordWrap(true);
    m_calibrationPrinterComboBox = new QComboBox(group);
    m_calibrationPrinterComboBox->setObjectName(QStringLiteral("calibrationPrinterComboBox"));
    m_calibrationPrinterComboBox->setEditable(true);
    m_calibrationPrinterComboBox->addItems(QPrinterInfo::availablePrinterNames());
    connect(m_calibrationPrinterComboBox, &QComboBox::currentTextChanged, this, &SettingsPage::loadOffsets);
    auto spinBox = [group](const QString& name) {
        auto* spin = new QDoubleSpinBox(group);
        spin->setObjectName(name);
        spin->setRange(-certificate::PrinterCalibration::maxOffsetMm, certificate::PrinterCalibration::maxOffsetMm);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" mm"));
        return spin;
    };
    m_offsetXSpinBox = spinBox(QStringLiteral("offsetXSpinBox"));
    m_offsetYSpinBox = spinBox(QStringLiteral("offsetYSpinBox"));
    m_saveOffsetsButton = new QPushButton(tr("Save &offsets"), group);
    m_saveOffsetsButton->setObjectName(QStringLiteral("saveOffsetsButton"));
    connect(m_saveOffsetsButton, &QPushButton::clicked, this, &SettingsPage::saveOffsets);
    m_testPrintButton = new QPushButton(tr("&Test print"), group);
    m_testPrintButton->setObjectName(QStringLiteral("testPrintButton"));
    connect(m_testPrintButton, &QPushButton::clicked, this, &SettingsPage::testPrint);
    m_calibrationMessageLabel = new QLabel(group);
    m_calibrationMessageLabel->setObjectName(QStringLiteral("calibrationMessageLabel"));
    m_calibrationMessageLabel->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveOffsetsButton);
    buttons->addWidget(m_testPrintButton);
    buttons->addStretch();
    auto* form = new QFormLayout(group);
    form->addRow(help);
    form->addRow(tr("Printer:"), m_calibrationPrinterComboBox);
    form->addRow(tr("Move right by:"), m_offsetXSpinBox);
    form->addRow(tr("Move down by:"), m_offsetYSpinBox);
    form->addRow(buttons);
    form->addRow(m_calibrationMessageLabel);
    for (QWidget* field : {static_cast<QWidget*>(m_calibrationPrinterComboBox), static_cast<QWidget*>(m_offsetXSpinBox),
                           static_cast<QWidget*>(m_offsetYSpinBox), static_cast<QWidget*>(m_saveOffsetsButton)}) {
        field->setEnabled(m_canEdit);
    }
    loadOffsets();
    return group;
}

void SettingsPage::setPrintToFolder(const QString& folder)
{
    m_printToFolder = folder;
    if (!folder.isEmpty() && m_calibrationPrinterComboBox->findText(folder) < 0) {
        // The folder stands for the printer, so offsets can be tried without one.
        m_calibrationPrinterComboBox->insertItem(0, folder);
        m_calibrationPrinterComboBox->setCurrentIndex(0);
    }
}

void SettingsPage::showCalibrationMessage(const QString& text, bool problem)
{
    m_calibrationMessageLabel->setText(text);
    m_calibrationMessageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void SettingsPage::loadOffsets()
{
    const certificate::PrintOffset offset =
        certificate::PrinterCalibration(m_services.database).offset(m_calibrationPrinterComboBox->currentText());
    m_offsetXSpinBox->setValue(offset.xMm);
    m_offsetYSpinBox->setValue(offset.yMm);
}

void SettingsPage::saveOffsets()
{
    QString error;
    const QString printer = m_calibrationPrinterComboBox->currentText().trimmed();
    if (!certificate::PrinterCalibration(m_services.database)
             .setOffset(printer, {m_offsetXSpinBox->value(), m_offsetYSpinBox->value()}, &error)) {
        showCalibrationMessage(error, true);
        return;
    }
    showCalibrationMessage(tr("Offsets saved for %1; certificates on it move with them.").arg(printer), false);
}

void SettingsPage::testPrint()
{
    // The test card has the size of the certificates: the CR80 card of every shipped template.
    const QSizeF cardMm(86, 54);
    const certificate::PrintOffset offset {m_offsetXSpinBox->value(), m_offsetYSpinBox->value()};
    const QPageLayout layout = certificate::PrinterCalibration::cardPageLayout(cardMm, tr("Calibration card"));
    auto paint = [&](QPagedPaintDevice* device, QList<paper::PaintedText>* painted) {
        return certificate::PrinterCalibration::paintTestPage(device, cardMm, offset, painted);
    };
    QString error;
    bool printed = false;
    if (!m_printToFolder.isEmpty()) {
        m_lastTestPrint = QDir(m_printToFolder).filePath(QStringLiteral("calibration.pdf"));
        printed = QDir().mkpath(m_printToFolder) &&
            certificate::PdfCertificatePrinter(m_lastTestPrint)
                .printPage(tr("Calibration card"), layout, paint, &error);
    } else {
        const QString name = m_calibrationPrinterComboBox->currentText().trimmed();
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(name);
        printed = certificate::DevicePrinter(&printer, name).printPage(tr("Calibration card"), layout, paint, &error);
    }
    if (!printed) {
        showCalibrationMessage(error.isEmpty() ? tr("The test card could not be printed.") : error, true);
        return;
    }
    showCalibrationMessage(
        tr("Test card printed with x %1 mm, y %2 mm.").arg(offset.xMm, 0, 'f', 1).arg(offset.yMm, 0, 'f', 1), false);
}

QWidget* SettingsPage::buildReaderGroup()
{
    auto* group = new QGroupBox(tr("Card reader of this PC"), this);
    m_readerBackendComboBox = new QComboBox(group);
    m_readerBackendComboBox->setObjectName(QStringLiteral("readerBackendComboBox"));
    m_readerBackendComboBox->addItem(tr("Serial reader (SAM protocol)"),
                                     static_cast<int>(idcard::ReaderSettings::Backend::SerialSam));
    m_readerBackendComboBox->addItem(tr("Vendor library (sdtapi)"),
                                     static_cast<int>(idcard::ReaderSettings::Backend::VendorLibrary));
    m_readerBackendComboBox->addItem(tr("No reader"), static_cast<int>(idcard::ReaderSettings::Backend::None));
    m_readerPortComboBox = new QComboBox(group);
    m_readerPortComboBox->setObjectName(QStringLiteral("readerPortComboBox"));
    m_readerPortComboBox->setEditable(true);
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts()) {
        m_readerPortComboBox->addItem(port.systemLocation());
    }
    m_readerBaudComboBox = new QComboBox(group);
    m_readerBaudComboBox->setObjectName(QStringLiteral("readerBaudComboBox"));
    m_readerBaudComboBox->addItem(tr("Detect"), 0);
    for (int baud : {115200, 57600, 38400, 19200, 9600}) {
        m_readerBaudComboBox->addItem(QString::number(baud), baud);
    }
    m_readFingerprintCheckBox = new QCheckBox(tr("Read the fingerprint data too"), group);
    m_readFingerprintCheckBox->setObjectName(QStringLiteral("readFingerprintCheckBox"));
    m_photoDecoderLineEdit = new QLineEdit(group);
    m_photoDecoderLineEdit->setObjectName(QStringLiteral("photoDecoderLineEdit"));
    m_photoDecoderLineEdit->setPlaceholderText(tr("the usual library names"));
    m_photoDecoderStyleComboBox = new QComboBox(group);
    m_photoDecoderStyleComboBox->setObjectName(QStringLiteral("photoDecoderStyleComboBox"));
    m_photoDecoderStyleComboBox->addItem(tr("Whichever it exports"), static_cast<int>(idcard::WltDecoder::Style::Auto));
    m_photoDecoderStyleComboBox->addItem(QStringLiteral("unpack (libwlt2bmp)"),
                                         static_cast<int>(idcard::WltDecoder::Style::Unpack));
    m_photoDecoderStyleComboBox->addItem(QStringLiteral("GetBmp (WltRS)"),
                                         static_cast<int>(idcard::WltDecoder::Style::GetBmp));
    m_vendorLibraryLineEdit = new QLineEdit(group);
    m_vendorLibraryLineEdit->setObjectName(QStringLiteral("vendorLibraryLineEdit"));
    m_vendorPortSpinBox = new QSpinBox(group);
    m_vendorPortSpinBox->setObjectName(QStringLiteral("vendorPortSpinBox"));
    m_vendorPortSpinBox->setRange(1, 9999);

    auto* form = new QFormLayout(group);
    form->addRow(tr("Reader:"), m_readerBackendComboBox);
    form->addRow(tr("Serial port:"), m_readerPortComboBox);
    form->addRow(tr("Speed (baud):"), m_readerBaudComboBox);
    form->addRow(QString(), m_readFingerprintCheckBox);
    form->addRow(tr("Vendor library:"), m_vendorLibraryLineEdit);
    form->addRow(tr("Vendor port number:"), m_vendorPortSpinBox);
    form->addRow(tr("Photo decoder library:"), m_photoDecoderLineEdit);
    form->addRow(tr("Photo decoder entry point:"), m_photoDecoderStyleComboBox);
    if (!m_canEdit) {
        group->setEnabled(false);
    }
    return group;
}

QWidget* SettingsPage::buildQueueGroup()
{
    auto* group = new QGroupBox(tr("Hall queue"), this);
    group->setObjectName(QStringLiteral("queueGroupBox"));
    m_queueHostLineEdit = new QLineEdit(group);
    m_queueHostLineEdit->setObjectName(QStringLiteral("queueHostLineEdit"));
    m_queueHostLineEdit->setPlaceholderText(tr("none, e.g. ws://192.168.1.10:7700"));
    m_queueCategoriesLineEdit = new QLineEdit(group);
    m_queueCategoriesLineEdit->setObjectName(QStringLiteral("queueCategoriesLineEdit"));
    m_queueCategoriesLineEdit->setPlaceholderText(tr("every category, or letters like A, B"));
    // The key is never shown back: an empty field keeps the one in the keychain.
    m_queueKeyLineEdit = new QLineEdit(group);
    m_queueKeyLineEdit->setObjectName(QStringLiteral("queueKeyLineEdit"));
    m_queueKeyLineEdit->setEchoMode(QLineEdit::Password);
    m_queueKeyLineEdit->setPlaceholderText(tr("unchanged"));
    m_voiceVolumeSpinBox = new QSpinBox(group);
    m_voiceVolumeSpinBox->setObjectName(QStringLiteral("voiceVolumeSpinBox"));
    m_voiceVolumeSpinBox->setRange(0, 100);
    m_voiceVolumeSpinBox->setSuffix(QStringLiteral(" %"));
    m_voiceRepeatsSpinBox = new QSpinBox(group);
    m_voiceRepeatsSpinBox->setObjectName(QStringLiteral("voiceRepeatsSpinBox"));
    m_voiceRepeatsSpinBox->setRange(1, queue::CounterQueueSettings::maxRepeats);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Hall queue host:"), m_queueHostLineEdit);
    form->addRow(tr("Categories this counter serves:"), m_queueCategoriesLineEdit);
    form->addRow(tr("Hall key:"), m_queueKeyLineEdit);
    form->addRow(tr("Voice volume (hall display):"), m_voiceVolumeSpinBox);
    form->addRow(tr("Each call is said (times):"), m_voiceRepeatsSpinBox);
    form->addRow(new QLabel(tr("Changes to the host take effect at the next login."), group));
    group->setEnabled(m_canEdit);
    return group;
}

bool SettingsPage::saveQueue(QString* errorMessage)
{
    queue::CounterQueueSettings queueSettings(m_services.database, *m_services.secrets);
    if (!queueSettings.setHost(m_queueHostLineEdit->text(), m_queueCategoriesLineEdit->text(), errorMessage) ||
        !queueSettings.setAnnouncement(m_voiceVolumeSpinBox->value(), m_voiceRepeatsSpinBox->value(), errorMessage)) {
        return false;
    }
    if (!m_queueKeyLineEdit->text().isEmpty()) {
        if (!queueSettings.setKey(m_queueKeyLineEdit->text().toUtf8(), errorMessage)) {
            return false;
        }
        m_queueKeyLineEdit->clear();
    }
    return true;
}

QWidget* SettingsPage::buildCaptureGroup()
{
    auto* group = new QGroupBox(tr("Document camera of this PC"), this);
    m_watchedFolderLineEdit = new QLineEdit(group);
    m_watchedFolderLineEdit->setObjectName(QStringLiteral("watchedFolderLineEdit"));
    m_watchedFolderLineEdit->setPlaceholderText(tr("none: photos and scans come from a camera or a file"));
    auto* browseButton = new QPushButton(tr("Browse..."), group);
    browseButton->setObjectName(QStringLiteral("watchedFolderBrowseButton"));
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder the document camera saves to"),
                                                                 m_watchedFolderLineEdit->text());
        if (!folder.isEmpty()) {
            m_watchedFolderLineEdit->setText(QDir::toNativeSeparators(folder));
        }
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_watchedFolderLineEdit, 1);
    row->addWidget(browseButton);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Folder it saves pictures to:"), row);
    group->setEnabled(m_canEdit);
    return group;
}

idcard::ReaderSettings SettingsPage::readerFromFields() const
{
    idcard::ReaderSettings reader;
    reader.backend = static_cast<idcard::ReaderSettings::Backend>(m_readerBackendComboBox->currentData().toInt());
    reader.port = m_readerPortComboBox->currentText().trimmed();
    reader.baud = m_readerBaudComboBox->currentData().toInt();
    reader.readFingerprint = m_readFingerprintCheckBox->isChecked();
    reader.decoderPath = m_photoDecoderLineEdit->text().trimmed();
    reader.decoderStyle = static_cast<idcard::WltDecoder::Style>(m_photoDecoderStyleComboBox->currentData().toInt());
    reader.vendorLibrary = m_vendorLibraryLineEdit->text().trimmed();
    reader.vendorPort = m_vendorPortSpinBox->value();
    return reader;
}

void SettingsPage::reload()
{
    const idcard::ReaderSettings reader = idcard::ReaderSettings::load(QSettings());
    m_readerBackendComboBox->setCurrentIndex(m_readerBackendComboBox->findData(static_cast<int>(reader.backend)));
    m_readerPortComboBox->setCurrentText(reader.port);
    m_readerBaudComboBox->setCurrentIndex(qMax(0, m_readerBaudComboBox->findData(reader.baud)));
    m_readFingerprintCheckBox->setChecked(reader.readFingerprint);
    m_photoDecoderLineEdit->setText(reader.decoderPath);
    m_photoDecoderStyleComboBox->setCurrentIndex(
        m_photoDecoderStyleComboBox->findData(static_cast<int>(reader.decoderStyle)));
    m_vendorLibraryLineEdit->setText(reader.vendorLibrary);
    m_vendorPortSpinBox->setValue(reader.vendorPort);
    m_watchedFolderLineEdit->setText(QDir::toNativeSeparators(photo::CaptureSettings::load(QSettings()).watchedFolder));

    const core::CounterIdentity identity = m_services.settings.identity();
    m_hallCodeLineEdit->setText(identity.hallCode);
    m_hallNameLineEdit->setText(identity.hallName);
    const core::HallContactDetails contact = m_services.settings.contact();
    m_hallAddressLineEdit->setText(contact.address);
    m_hallPhoneLineEdit->setText(contact.phone);
    m_hallHoursLineEdit->setText(contact.openingHours);
    m_counterSpinBox->setValue(identity.counterNumber > 0 ? identity.counterNumber : 1);
    m_idleLockSpinBox->setValue(m_services.settings.idleLockMinutes());
    const QString language = QSettings().value(QStringLiteral("language"), core::defaultLanguage()).toString();
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(language)));
    const queue::CounterQueueSettings queueSettings(m_services.database, *m_services.secrets);
    m_queueHostLineEdit->setText(queueSettings.hostUrl().toString());
    m_queueCategoriesLineEdit->setText(queueSettings.categories().join(QStringLiteral(", ")));
    m_voiceVolumeSpinBox->setValue(queueSettings.volumePercent());
    m_voiceRepeatsSpinBox->setValue(queueSettings.repeats());
}

void SettingsPage::save()
{
    QSettings().setValue(QStringLiteral("language"), m_languageComboBox->currentData().toString());
    if (m_canEdit) {
        core::CounterIdentity identity;
        identity.hallCode = m_hallCodeLineEdit->text().trimmed();
        identity.hallName = m_hallNameLineEdit->text();
        identity.counterNumber = m_counterSpinBox->value();
        QString error;
        const idcard::ReaderSettings reader = readerFromFields();
        if (reader.backend == idcard::ReaderSettings::Backend::SerialSam && reader.port.isEmpty()) {
            error = tr("Choose the serial port of the card reader, or choose No reader.");
        }
        photo::CaptureSettings capture = photo::CaptureSettings::load(QSettings());
        capture.watchedFolder = QDir::fromNativeSeparators(m_watchedFolderLineEdit->text().trimmed());
        if (error.isEmpty()) {
            error = photo::CaptureSettings::folderProblem(capture.watchedFolder);
        }
        const core::HallContactDetails contact {m_hallAddressLineEdit->text(), m_hallPhoneLineEdit->text(),
                                                m_hallHoursLineEdit->text()};
        // The hall queue goes first: its address is the field most often typed wrong, and a refused one
        // must leave every other setting as it was.
        if (!error.isEmpty() || !saveQueue(&error) || !m_services.settings.setIdentity(identity, &error) ||
            !m_services.settings.setContact(contact, &error) ||
            !m_services.settings.setIdleLockMinutes(m_idleLockSpinBox->value(), &error) ||
            !m_districtWidget->save(&error)) {
            m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_messageLabel->setText(error);
            return;
        }
        QSettings settings;
        reader.save(settings);
        capture.save(settings);
        Q_EMIT counterChanged();
        Q_EMIT idleLockChanged(m_idleLockSpinBox->value());
        Q_EMIT readerChanged(reader);
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Saved."));
}

} // namespace ow::ui
