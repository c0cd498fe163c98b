#include "certificate/CertificateIssuer.h"

#include "cases/CaseService.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificatePayload.h"
#include "certificate/CounterKey.h"
#include "certificate/NumberService.h"
#include "certificate/SupervisorApproval.h"
#include "core/CounterSettings.h"
#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "db/SettingsRepository.h"
#include "forms/FormDefinition.h"
#include "idcard/IdNumber.h"
#include "paper/PageComposer.h"
#include "photo/AttachmentStore.h"
#include "photo/TemplatePhotoSpec.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>

Q_LOGGING_CATEGORY(lcIssuer, "ow.certificate.issuer")

namespace ow::certificate {

namespace {

const QString offsetKeyPrefix = QStringLiteral("printer.offset.");
const QString photoKind = QStringLiteral("photo");

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// A form value as a certificate prints it: a choice by its label, a date as YYYY-MM-DD, a number plainly.
QString printedValue(const forms::FieldDefinition* field, const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    const QString text = value.toString();
    if (field && field->kind == forms::FieldKind::Choice) {
        const QString label = field->optionLabel(text);
        return label.isEmpty() ? text : label;
    }
    return text;
}

QImage decodeImage(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read();
}

} // namespace

// ---- calibration ----

PrinterCalibration::PrinterCalibration(db::Database& database)
    : m_database(database)
{ }

PrintOffset PrinterCalibration::offset(const QString& printerName) const
{
    const auto stored = db::SettingsRepository(m_database).value(offsetKeyPrefix + printerName);
    if (!stored) {
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(stored->toUtf8()).object();
    return {json.value(QStringLiteral("x_mm")).toDouble(), json.value(QStringLiteral("y_mm")).toDouble()};
}

bool PrinterCalibration::setOffset(const QString& printerName, const PrintOffset& offset, QString* errorMessage)
{
    if (printerName.trimmed().isEmpty()) {
        *errorMessage = tr("Choose the printer the offsets are for.");
        return false;
    }
    if (qAbs(offset.xMm) > maxOffsetMm || qAbs(offset.yMm) > maxOffsetMm) {
        *errorMessage =
            tr("An offset is at most %1 mm either way; check the card stock's position in the tray.").arg(maxOffsetMm);
        return false;
    }
    const QJsonObject json {{QStringLiteral("x_mm"), offset.xMm}, {QStringLiteral("y_mm"), offset.yMm}};
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() ||
        !db::SettingsRepository(m_database)
             .setValue(offsetKeyPrefix + printerName,
                       QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))) ||
        !db::AuditRepository(m_database)
             .appendSettingsChange(QStringLiteral("printer.offset"),
                                   {{QStringLiteral("printer"), printerName},
                                    {QStringLiteral("x_mm"), offset.xMm},
                                    {QStringLiteral("y_mm"), offset.yMm}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The printer's offsets could not be saved to the data file.");
        return false;
    }
    return true;
}

QPageLayout PrinterCalibration::cardPageLayout(QSizeF sizeMm, const QString& name)
{
    const bool landscape = sizeMm.width() > sizeMm.height();
    const QPageSize pageSize(landscape ? sizeMm.transposed() : sizeMm, QPageSize::Millimeter, name,
                             QPageSize::ExactMatch);
    return QPageLayout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

bool PrinterCalibration::paintTestPage(QPagedPaintDevice* device, QSizeF sizeMm, const PrintOffset& offset,
                                       QList<paper::PaintedText>* painted)
{
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = device->logicalDpiX() / 25.4; // device pixels per millimetre
    painter.scale(unit, unit);
    painter.translate(offset.xMm, offset.yMm);

    QPen pen(Qt::black, 0.2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // The card's edges, drawn half a pen inside so the whole line is on the card.
    painter.drawRect(QRectF(QPointF(0.1, 0.1), sizeMm - QSizeF(0.2, 0.2)));

    const QPointF centre(sizeMm.width() / 2, sizeMm.height() / 2);
    painter.drawLine(QPointF(0, centre.y()), QPointF(sizeMm.width(), centre.y()));
    painter.drawLine(QPointF(centre.x(), 0), QPointF(centre.x(), sizeMm.height()));
    // A mark every millimetre, longer every 5 and 10, so a shift can be read off in millimetres.
    pen.setWidthF(0.1);
    painter.setPen(pen);
    auto markLength = [](int mm) {
        return mm % 10 == 0 ? 2.0 : mm % 5 == 0 ? 1.4 : 0.8;
    };
    for (int mm = 1; mm < int(sizeMm.width() / 2); ++mm) {
        for (int side : {-1, 1}) {
            const qreal x = centre.x() + side * mm;
            const qreal length = markLength(mm);
            painter.drawLine(QPointF(x, centre.y() - length / 2), QPointF(x, centre.y() + length / 2));
        }
    }
    for (int mm = 1; mm < int(sizeMm.height() / 2); ++mm) {
        for (int side : {-1, 1}) {
            const qreal y = centre.y() + side * mm;
            const qreal length = markLength(mm);
            painter.drawLine(QPointF(centre.x() - length / 2, y), QPointF(centre.x() + length / 2, y));
        }
    }
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(2); // millimetres, as the painter is scaled to them
    painter.setFont(font);
    auto drawText = [&](const QRectF& box, Qt::Alignment alignment, const QString& text) {
        painter.drawText(box, int(alignment), text);
        if (painted) {
            painted->append({font, text});
        }
    };
    for (int mm = 10; mm < int(sizeMm.width() / 2); mm += 10) {
        for (int side : {-1, 1}) {
            drawText(QRectF(centre.x() + side * mm - 3, centre.y() + 1.2, 6, 2.5), Qt::AlignCenter,
                     QString::number(mm));
        }
    }
    for (int mm = 10; mm < int(sizeMm.height() / 2); mm += 10) {
        for (int side : {-1, 1}) {
            drawText(QRectF(centre.x() + 1.4, centre.y() + side * mm - 1.25, 6, 2.5), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::number(mm));
        }
    }
    drawText(QRectF(2, 2, sizeMm.width() - 4, 3), Qt::AlignLeft | Qt::AlignVCenter,
             tr("Offset x %1 mm, y %2 mm").arg(offset.xMm, 0, 'f', 1).arg(offset.yMm, 0, 'f', 1));
    return painter.end();
}

// ---- printers ----

PdfCertificatePrinter::PdfCertificatePrinter(QString path, QString calibrationName)
    : m_path(std::move(path))
    , m_calibrationName(std::move(calibrationName))
{ }

QString PdfCertificatePrinter::calibrationName() const
{
    return m_calibrationName.isEmpty() ? name() : m_calibrationName;
}

QString PdfCertificatePrinter::name() const
{
    return QStringLiteral("pdf:") + QFileInfo(m_path).absoluteFilePath();
}

bool PdfCertificatePrinter::printPage(const QString& title, const QPageLayout& layout, const PagePainter& paint,
                                      QString* errorMessage)
{
    bool painted = false;
    const bool written = paper::PageComposer::writePdf(
        m_path, title,
        [&](QPagedPaintDevice* device) {
            device->setPageLayout(layout);
            QList<paper::PaintedText> texts;
            painted = paint(device, &texts);
            return texts;
        },
        errorMessage);
    if (written && !painted) {
        *errorMessage = paper::PageComposer::tr("The document could not be rendered.");
        return false;
    }
    return written;
}

DevicePrinter::DevicePrinter(QPagedPaintDevice* device, QString name)
    : m_device(device)
    , m_name(std::move(name))
{ }

bool DevicePrinter::printPage(const QString& title, const QPageLayout& layout, const PagePainter& paint,
                              QString* errorMessage)
{
    Q_UNUSED(title)
    if (!m_device->setPageLayout(layout)) {
        qCWarning(lcIssuer) << "printer" << m_name << "refused the page layout" << layout;
    }
    if (!paint(m_device, nullptr)) {
        *errorMessage =
            tr("The printer %1 did not print. Check that it is on, has card stock and is not jammed.").arg(m_name);
        return false;
    }
    return true;
}

// ---- issuing ----

QJsonObject IssuedCertificate::toJson() const
{
    return {{QStringLiteral("case"), caseNumber},       {QStringLiteral("certificate_uuid"), certificateUuid},
            {QStringLiteral("template"), templateCode}, {QStringLiteral("name"), templateName},
            {QStringLiteral("number"), serialNumber},   {QStringLiteral("issued"), isoDate(issued)},
            {QStringLiteral("printer"), printer},       {QStringLiteral("payload"), payload}};
}

// Everything an issue needs, gathered and checked before anything is written.
struct CertificateIssuer::Plan
{
    cases::CaseDetail detail;
    catalog::CatalogItem item;
    CertificateTemplate certificateTemplate;
    core::CounterIdentity hall;
    std::optional<CounterKey> key;
    QImage photo;
    QString photoSha256;
    QByteArray newPhotoJpeg; // a photo given with the issue, stored once everything else is checked
    QList<db::NumberedCertificateRecord> staleReservations;
};

CertificateIssuer::CertificateIssuer(db::Database& database, core::SecretStore& secrets, Clock clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

std::optional<CertificateTemplate> CertificateIssuer::templateForItem(const QString& itemCode, QString* errorMessage)
{
    QString error;
    const QList<CertificateTemplate> all = CertificateTemplate::templates(&error);
    for (const CertificateTemplate& candidate : all) {
        if (candidate.itemCodes.contains(itemCode)) {
            return candidate;
        }
    }
    if (!error.isEmpty()) {
        qCWarning(lcIssuer) << "templates:" << error;
    }
    *errorMessage = tr("No certificate template issues the item %1.").arg(itemCode);
    return std::nullopt;
}

photo::PhotoSpec CertificateIssuer::photoSpec(const CertificateTemplate& certificateTemplate)
{
    return photo::TemplatePhotoSpec::forTemplate(certificateTemplate).value_or(photo::PhotoSpec {});
}

std::optional<CounterKey> CertificateIssuer::counterKey(QString* errorMessage) const
{
    // Only an existing key signs: a key made here would not be enrolled, and its certificates would not verify.
    const core::SecretReadResult stored = m_secrets.read(CounterKey::secretName);
    if (stored.status == core::SecretReadResult::Status::Failed) {
        *errorMessage = stored.errorMessage;
        return std::nullopt;
    }
    if (stored.status == core::SecretReadResult::Status::NotFound) {
        *errorMessage = tr("This counter has no signing key in the system keyring, so its certificates could not be "
                           "verified. Ask IT staff to make and enroll one (onewindow-cli certificate key).");
        return std::nullopt;
    }
    return CounterKey::loadOrCreate(m_secrets, errorMessage);
}

std::optional<QByteArray> CertificateIssuer::processPhoto(const QImage& image, const photo::PhotoSpec& spec,
                                                          QString* errorMessage)
{
    const photo::PhotoCheck check = photo::PhotoProcessor::check(image, spec);
    if (!check.ok()) {
        *errorMessage = check.problems.join(u'\n');
        return std::nullopt;
    }
    const QImage cropped =
        photo::PhotoProcessor::crop(image, photo::PhotoProcessor::defaultGuide(image.size(), spec), spec);
    return photo::PhotoProcessor::encodeJpeg(cropped, spec, errorMessage);
}

std::optional<CertificateIssuer::Plan> CertificateIssuer::plan(const QString& caseNumber, bool needKey,
                                                               const std::optional<QImage>& newPhoto,
                                                               QString* errorMessage) const
{
    Plan plan;
    const auto detail = cases::CaseService(m_database).detail(caseNumber);
    if (!detail) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    plan.detail = *detail;
    const QString number = detail->record.number;
    if (detail->kind != cases::CaseKind::Instant) {
        *errorMessage = tr("Case %1 is a promised item; its certificate is issued after the back office approves "
                           "it, not on the spot.")
                            .arg(number);
        return std::nullopt;
    }
    const db::NumberRepository numbers(m_database);
    for (const db::NumberedCertificateRecord& certificate : numbers.certificatesOfCase(detail->record.uuid)) {
        if (certificate.state == u"printed") {
            *errorMessage = tr("Case %1 already has its certificate %2. Reprint or void it instead.")
                                .arg(number, certificate.serialNumber);
            return std::nullopt;
        }
        if (certificate.state == u"reserved") {
            plan.staleReservations.append(certificate);
        }
    }
    // A case issued before keeps its state when its certificate was voided and a new one is printed.
    if (detail->state != cases::CaseState::Received && detail->state != cases::CaseState::Issued) {
        *errorMessage = tr("Case %1 is %2; a certificate is issued to received cases only.")
                            .arg(number, cases::CaseStates::displayName(detail->state));
        return std::nullopt;
    }
    if (detail->waitingForMaterials()) {
        *errorMessage = tr("Case %1 still waits for: %2. Record them as received first.")
                            .arg(number, detail->awaitedMaterials.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const auto item = catalog::CatalogService(m_database).item(detail->record.itemCode);
    if (!item) {
        *errorMessage = tr("The item %1 of case %2 is not in the catalog.").arg(detail->record.itemCode, number);
        return std::nullopt;
    }
    plan.item = *item;
    const auto certificateTemplate = templateForItem(item->code, errorMessage);
    if (!certificateTemplate) {
        return std::nullopt;
    }
    plan.certificateTemplate = *certificateTemplate;
    if (!certificateTemplate->numbering) {
        *errorMessage = tr("The certificate %1 takes its number from the form; it is not issued on the spot.")
                            .arg(certificateTemplate->name);
        return std::nullopt;
    }
    plan.hall = core::CounterSettings(m_database).identity();
    if (!plan.hall.isComplete() || plan.hall.hallName.isEmpty()) {
        *errorMessage = tr("Set this counter's hall and number in Settings first; the certificate names the hall.");
        return std::nullopt;
    }
    qint64 remaining = 0;
    for (const BlockReport& block : NumberService(m_database).report(certificateTemplate->numbering->series)) {
        remaining += block.remaining;
    }
    if (remaining <= 0) {
        *errorMessage = tr("No numbers left for %1 (series %2); an administrator adds a block of numbers first.")
                            .arg(certificateTemplate->name, certificateTemplate->numbering->series);
        return std::nullopt;
    }
    if (certificateTemplate->photoBoxMm && newPhoto) {
        const auto jpeg = processPhoto(*newPhoto, photoSpec(*certificateTemplate), errorMessage);
        if (!jpeg) {
            return std::nullopt;
        }
        plan.newPhotoJpeg = *jpeg;
        plan.photo = decodeImage(*jpeg);
        plan.photoSha256 = photo::AttachmentStore::sha256Hex(*jpeg);
    } else if (certificateTemplate->photoBoxMm) {
        const auto attachment =
            db::AttachmentRepository(m_database).latestOfCase(detail->record.uuid, QStringLiteral("photo"));
        if (!attachment) {
            *errorMessage = tr("Case %1 has no photo yet; take the citizen's photo first.").arg(number);
            return std::nullopt;
        }
        QString error;
        const auto bytes = photo::AttachmentStore(m_database).load(attachment->uuid, &error);
        if (!bytes) {
            *errorMessage = error;
            return std::nullopt;
        }
        plan.photo = decodeImage(*bytes);
        if (plan.photo.isNull()) {
            *errorMessage = tr("The photo of case %1 cannot be read. Take the photo again.").arg(number);
            return std::nullopt;
        }
        plan.photoSha256 = attachment->sha256;
    }
    if (needKey) {
        plan.key = counterKey(errorMessage);
        if (!plan.key) {
            return std::nullopt;
        }
    }
    return plan;
}

bool CertificateIssuer::canIssue(const QString& caseNumber, QString* errorMessage) const
{
    return plan(caseNumber, true, std::nullopt, errorMessage).has_value();
}

std::optional<db::AttachmentRecord> CertificateIssuer::takePhoto(const QString& caseNumber, const QImage& image,
                                                                 const QString& clerkUuid, QString* errorMessage)
{
    const auto record = db::CaseRepository(m_database).byNumber(caseNumber.trimmed());
    if (!record) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    const auto certificateTemplate = templateForItem(record->itemCode, errorMessage);
    if (!certificateTemplate) {
        return std::nullopt;
    }
    const auto jpeg = processPhoto(image, photoSpec(*certificateTemplate), errorMessage);
    if (!jpeg) {
        return std::nullopt;
    }
    auto stored =
        photo::AttachmentStore(m_database)
            .store(*jpeg, photoKind, QStringLiteral("image/jpeg"), record->uuid, record->citizenUuid, 1, errorMessage);
    if (stored) {
        db::Transaction transaction(m_database.connection());
        if (!transaction.isActive() ||
            !db::AuditRepository(m_database)
                 .append(clerkUuid, QStringLiteral("certificate.photo"), record->number,
                         {{QStringLiteral("sha256"), stored->sha256}}) ||
            !transaction.commit()) {
            qCWarning(lcIssuer) << "photo of" << record->number << "stored without its audit row";
        }
    }
    return stored;
}

std::optional<QImage> CertificateIssuer::casePhoto(const QString& caseNumber, QString* errorMessage) const
{
    const auto record = db::CaseRepository(m_database).byNumber(caseNumber.trimmed());
    if (!record) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    const auto attachment = db::AttachmentRepository(m_database).latestOfCase(record->uuid, photoKind);
    if (!attachment) {
        return QImage();
    }
    const auto bytes = photo::AttachmentStore(m_database).load(attachment->uuid, errorMessage);
    if (!bytes) {
        return std::nullopt;
    }
    QImage image = decodeImage(*bytes);
    if (image.isNull()) {
        *errorMessage = tr("The photo of case %1 cannot be read. Take the photo again.").arg(record->number);
        return std::nullopt;
    }
    return image;
}

namespace {

// The texts of a certificate by template source, from the case, its citizen, its form and the hall.
QJsonObject certificateValues(const db::CaseRecord& record, const catalog::CatalogItem& item,
                              const core::CounterIdentity& hall)
{
    QJsonObject values {{QStringLiteral("citizen.name"), record.citizenName},
                        {QStringLiteral("citizen.id_number_masked"), idcard::IdNumber::masked(record.citizenIdNumber)},
                        {QStringLiteral("case.number"), record.number},
                        {QStringLiteral("hall.name"), hall.hallName}};
    QString error;
    const auto form = forms::FormDefinition::fromJson(item.form, &error);
    for (auto it = record.formData.begin(); it != record.formData.end(); ++it) {
        if (it.value().isArray() || it.value().isObject() || it.value().isNull()) {
            continue;
        }
        const forms::FieldDefinition* field = form ? form->field(it.key()) : nullptr;
        values.insert(QStringLiteral("form.") + it.key(), printedValue(field, it.value()));
    }
    return values;
}

// Until the catalog carries a validity per certificate, a certificate is long-term unless its form has a
// valid_to date.
QDate validUntil(const db::CaseRecord& record)
{
    return QDate::fromString(record.formData.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
}

} // namespace

std::optional<CertificateDocument> CertificateIssuer::preview(const QString& caseNumber, QString* errorMessage) const
{
    const auto planned = plan(caseNumber, false, std::nullopt, errorMessage);
    if (!planned) {
        return std::nullopt;
    }
    CertificateData data;
    data.values = certificateValues(planned->detail.record, planned->item, planned->hall);
    const QDate issued = m_clock().toLocalTime().date();
    const QDate until = validUntil(planned->detail.record);
    data.values.insert(QStringLiteral("certificate.issued"), isoDate(issued));
    data.values.insert(QStringLiteral("certificate.valid_to"), until.isValid() ? isoDate(until) : tr("Long-term"));
    data.photo = planned->photo;
    return CertificateDocument(planned->certificateTemplate, data);
}

bool CertificateIssuer::print(const CertificateDocument& document, CertificatePrinter& printer,
                              QString* errorMessage) const
{
    const PrintOffset offset = PrinterCalibration(m_database).offset(printer.calibrationName());
    return printer.printPage(
        document.certificateTemplate().name, document.pageLayout(),
        [&](QPagedPaintDevice* device, QList<paper::PaintedText>* painted) {
            return document.paint(device, offset.toPointF(), painted);
        },
        errorMessage);
}

std::optional<IssuedCertificate> CertificateIssuer::issue(const QString& caseNumber, const QString& clerkUuid,
                                                          CertificatePrinter& printer, QString* errorMessage,
                                                          const std::optional<QImage>& newPhoto)
{
    auto planned = plan(caseNumber, true, newPhoto, errorMessage);
    if (!planned) {
        return std::nullopt;
    }
    const db::CaseRecord& record = planned->detail.record;
    if (!planned->newPhotoJpeg.isEmpty()) {
        const auto stored = photo::AttachmentStore(m_database)
                                .store(planned->newPhotoJpeg, photoKind, QStringLiteral("image/jpeg"), record.uuid,
                                       record.citizenUuid, 1, errorMessage);
        if (!stored) {
            return std::nullopt;
        }
    }
    const CertificateTemplate& certificateTemplate = planned->certificateTemplate;
    NumberService numbers(m_database, m_clock);
    QString error;
    // A number taken by an attempt that never printed (the program stopped) is spent, never printed later.
    for (const db::NumberedCertificateRecord& stale : std::as_const(planned->staleReservations)) {
        if (!numbers.markSpoiled(stale.uuid, tr("Never printed; the next attempt took a new number."), clerkUuid,
                                 &error)) {
            qCWarning(lcIssuer) << "stale reservation" << stale.serialNumber << "not spoiled:" << error;
        }
    }

    const auto reserved = numbers.reserve(certificateTemplate.numbering->series, record.uuid, clerkUuid, errorMessage);
    if (!reserved) {
        return std::nullopt;
    }
    auto spoil = [&](const QString& reason) {
        QString spoilError;
        if (!numbers.markSpoiled(reserved->certificateUuid, reason, clerkUuid, &spoilError)) {
            qCWarning(lcIssuer) << "number" << reserved->serialNumber << "not spoiled:" << spoilError;
        }
    };

    const QDateTime now = m_clock();
    const QDate issued = now.toLocalTime().date();
    CertificateFields fields;
    fields.type = certificateTemplate.code;
    fields.number = reserved->serialNumber;
    fields.holderName = record.citizenName;
    fields.maskedIdNumber = idcard::IdNumber::masked(record.citizenIdNumber);
    fields.issued = issued;
    fields.validUntil = validUntil(record);
    fields.hallCode = planned->hall.hallCode;
    const QString payload = CertificatePayload::sign(fields, *planned->key);

    CertificateData data;
    data.values = certificateValues(record, planned->item, planned->hall);
    data.values.insert(QStringLiteral("certificate.number"), reserved->serialNumber);
    data.values.insert(QStringLiteral("certificate.issued"), isoDate(issued));
    data.values.insert(QStringLiteral("certificate.valid_to"),
                       fields.isLongTerm() ? tr("Long-term") : isoDate(fields.validUntil));
    data.photo = planned->photo;
    data.qrText = payload;

    // What prints is stored before it prints, so a reprint and `certificate payload` give the same.
    db::NumberRepository repository(m_database);
    bool stored = false;
    {
        const auto current = repository.certificate(reserved->certificateUuid);
        db::Transaction transaction(m_database.connection());
        stored = current && transaction.isActive() &&
            repository.setDocument(*current, payload, data.values, planned->photoSha256, now) &&
            db::OutboxRepository(m_database)
                .append(QStringLiteral("certificate"), current->uuid, QStringLiteral("document"),
                        {{QStringLiteral("uuid"), current->uuid},
                         {QStringLiteral("serial_number"), current->serialNumber},
                         {QStringLiteral("payload"), payload},
                         {QStringLiteral("document"), data.values},
                         {QStringLiteral("photo_sha256"), planned->photoSha256}}) &&
            transaction.commit();
    }
    if (!stored) {
        spoil(tr("Not printed: the certificate could not be stored."));
        *errorMessage = tr("The certificate could not be stored in the data file; number %1 is spoiled and nothing "
                           "was printed. Try again.")
                            .arg(reserved->serialNumber);
        return std::nullopt;
    }

    const CertificateDocument document(certificateTemplate, data);
    if (!print(document, printer, &error)) {
        spoil(tr("Print failed: %1").arg(error));
        *errorMessage =
            tr("%1\nNumber %2 is spoiled; the next print takes a new number.").arg(error, reserved->serialNumber);
        return std::nullopt;
    }
    if (!numbers.markPrinted(reserved->certificateUuid, printer.name(), clerkUuid, errorMessage)) {
        return std::nullopt;
    }
    if (planned->detail.state == cases::CaseState::Received &&
        !cases::CaseService(m_database, m_clock)
             .transition(record.number, cases::CaseState::Issued, clerkUuid, tr("Certificate %1").arg(fields.number),
                         errorMessage)) {
        return std::nullopt;
    }
    return IssuedCertificate {record.number,
                              reserved->certificateUuid,
                              certificateTemplate.code,
                              certificateTemplate.name,
                              reserved->serialNumber,
                              payload,
                              printer.name(),
                              issued};
}

std::optional<db::NumberedCertificateRecord> CertificateIssuer::printedCertificate(const QString& caseNumber,
                                                                                   QString* errorMessage) const
{
    const auto record = db::CaseRepository(m_database).byNumber(caseNumber.trimmed());
    if (!record) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    const QList<db::NumberedCertificateRecord> all = db::NumberRepository(m_database).certificatesOfCase(record->uuid);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->state == u"printed") {
            return *it;
        }
    }
    *errorMessage = tr("Case %1 has no printed certificate.").arg(record->number);
    return std::nullopt;
}

std::optional<CertificateDocument> CertificateIssuer::document(const db::NumberedCertificateRecord& certificate,
                                                               QString* errorMessage) const
{
    QString error;
    std::optional<CertificateTemplate> certificateTemplate;
    for (const CertificateTemplate& candidate : CertificateTemplate::templates(&error)) {
        // Numbers are taken per series; a template code is accepted too.
        if ((candidate.numbering && candidate.numbering->series == certificate.templateCode) ||
            candidate.code == certificate.templateCode) {
            certificateTemplate = candidate;
        }
    }
    if (!certificateTemplate) {
        *errorMessage = tr("The template of certificate %1 is not installed.").arg(certificate.serialNumber);
        return std::nullopt;
    }
    if (certificate.payload.isEmpty()) {
        *errorMessage =
            tr("Certificate %1 was printed before certificates kept what they print; it cannot be printed again.")
                .arg(certificate.serialNumber);
        return std::nullopt;
    }
    CertificateData data;
    data.values = certificate.document;
    data.qrText = certificate.payload;
    if (!certificate.photoSha256.isEmpty()) {
        const photo::AttachmentStore store(m_database);
        QFile file(store.blobPath(certificate.photoSha256));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (bytes.isEmpty() || photo::AttachmentStore::sha256Hex(bytes) != certificate.photoSha256) {
            *errorMessage = tr("The photo file of certificate %1 is missing or damaged (%2); it is never replaced by "
                               "another photo. Restore the data folder's blobs from the backup.")
                                .arg(certificate.serialNumber, certificate.photoSha256.left(12));
            return std::nullopt;
        }
        data.photo = decodeImage(bytes);
    }
    return CertificateDocument(*certificateTemplate, data);
}

bool CertificateIssuer::render(const QString& caseNumber, const QString& clerkUuid, CertificatePrinter& printer,
                               QString* errorMessage)
{
    const auto certificate = printedCertificate(caseNumber, errorMessage);
    const auto document = certificate ? this->document(*certificate, errorMessage) : std::nullopt;
    if (!document || !print(*document, printer, errorMessage)) {
        return false;
    }
    // A copy of a personal document: who made it is audited (PIPL), but it is no reprint and takes no number.
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() ||
        !db::AuditRepository(m_database)
             .append(clerkUuid, QStringLiteral("certificate.render"), certificate->serialNumber,
                     {{QStringLiteral("template"), certificate->templateCode},
                      {QStringLiteral("printer"), printer.name()}}) ||
        !transaction.commit()) {
        qCWarning(lcIssuer) << "rendering" << certificate->serialNumber << "was not audited";
    }
    return true;
}

bool CertificateIssuer::reprint(const QString& caseNumber, const QString& reason, const auth::Clerk& approver,
                                CertificatePrinter& printer, QString* errorMessage)
{
    if (reason.trimmed().isEmpty()) {
        *errorMessage = NumberService::tr("Give the reason for the reprint; it is kept with the number.");
        return false;
    }
    if (!SupervisorApproval::mayApprove(approver.role)) {
        *errorMessage = NumberService::tr("A reprint must be approved by a supervisor or an admin.");
        return false;
    }
    const auto certificate = printedCertificate(caseNumber, errorMessage);
    const auto document = certificate ? this->document(*certificate, errorMessage) : std::nullopt;
    if (!document) {
        return false;
    }
    if (!print(*document, printer, errorMessage)) {
        return false;
    }
    return NumberService(m_database, m_clock)
        .reprint(certificate->uuid, printer.name(), reason, approver, errorMessage);
}

bool CertificateIssuer::voidCertificate(const QString& caseNumber, const QString& reason, const auth::Clerk& approver,
                                        QString* errorMessage)
{
    const auto certificate = printedCertificate(caseNumber, errorMessage);
    if (!certificate) {
        return false;
    }
    return NumberService(m_database, m_clock).voidNumber(certificate->uuid, reason, approver, errorMessage);
}

} // namespace ow::certificate
