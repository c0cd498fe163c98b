#include "certificate/NumberService.h"

#include "certificate/SupervisorApproval.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNumbers, "ow.certificate.numbers")

namespace ow::certificate {

namespace {

QJsonObject certificatePayload(const db::NumberedCertificateRecord& certificate)
{
    return {{QStringLiteral("uuid"), certificate.uuid},
            {QStringLiteral("case_uuid"), certificate.caseUuid},
            {QStringLiteral("template_code"), certificate.templateCode},
            {QStringLiteral("serial_number"), certificate.serialNumber},
            {QStringLiteral("block_uuid"), certificate.blockUuid},
            {QStringLiteral("number"), certificate.number},
            {QStringLiteral("state"), certificate.state},
            {QStringLiteral("reason"), certificate.reason},
            {QStringLiteral("version"), certificate.version}};
}

QJsonObject blockPayload(const db::NumberBlockRecord& block)
{
    return {{QStringLiteral("uuid"), block.uuid},
            {QStringLiteral("template_code"), block.templateCode},
            {QStringLiteral("prefix"), block.prefix},
            {QStringLiteral("first"), block.first},
            {QStringLiteral("last"), block.last},
            {QStringLiteral("width"), block.width},
            {QStringLiteral("source"), block.source},
            {QStringLiteral("state"), block.state},
            {QStringLiteral("returned_from"),
             block.returnedFrom ? QJsonValue(*block.returnedFrom) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("version"), block.version}};
}

} // namespace

QJsonObject BlockReport::toJson() const
{
    return {{QStringLiteral("uuid"), block.uuid},
            {QStringLiteral("template"), block.templateCode},
            {QStringLiteral("prefix"), block.prefix},
            {QStringLiteral("first"), block.first},
            {QStringLiteral("last"), block.last},
            {QStringLiteral("first_serial"), firstSerial},
            {QStringLiteral("last_serial"), lastSerial},
            {QStringLiteral("source"), block.source},
            {QStringLiteral("state"), block.state},
            {QStringLiteral("size"), size()},
            {QStringLiteral("used"), used},
            {QStringLiteral("printed"), printed},
            {QStringLiteral("spoiled"), spoiled},
            {QStringLiteral("voided"), voided},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("returned"), returned},
            {QStringLiteral("remaining"), remaining}};
}

NumberService::NumberService(db::Database& database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

QString NumberService::serial(const QString& prefix, qint64 number, int width)
{
    return prefix + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

std::optional<db::NumberBlockRecord> NumberService::addBlock(const QString& templateCode, qint64 first, qint64 last,
                                                             const QString& prefix, int width, const QString& clerkUuid,
                                                             QString* errorMessage)
{
    const QString code = templateCode.trimmed();
    if (code.isEmpty()) {
        *errorMessage = tr("Name the certificate template the numbers are for.");
        return std::nullopt;
    }
    if (first < 0 || last < first) {
        *errorMessage =
            tr("A block runs from a number to a number not smaller than it (got %1 to %2).").arg(first).arg(last);
        return std::nullopt;
    }
    if (width < 0 || width > maxWidth) {
        *errorMessage = tr("The width of a number is 0 to %1 digits.").arg(maxWidth);
        return std::nullopt;
    }
    db::NumberRepository numbers(m_database);
    db::Transaction transaction(m_database.connection());
    if (const auto other = numbers.overlapping(code, first, last)) {
        *errorMessage = tr("Numbers %1 to %2 overlap block %3 to %4 of template %5 (block %6); a number is never "
                           "given twice.")
                            .arg(serial(prefix, first, width), serial(prefix, last, width),
                                 serial(other->prefix, other->first, other->width),
                                 serial(other->prefix, other->last, other->width), code, other->uuid);
        return std::nullopt;
    }
    db::NumberBlockRecord block;
    block.uuid = db::newUuid();
    block.templateCode = code;
    block.prefix = prefix;
    block.first = first;
    block.last = last;
    block.width = width;
    block.nextNumber = first;
    block.createdAt = m_clock();
    const bool stored = transaction.isActive() && numbers.insert(block) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("number_block"), block.uuid, QStringLiteral("add"), blockPayload(block)) &&
        db::AuditRepository(m_database)
            .append(clerkUuid, QStringLiteral("numbers.add_block"), code,
                    {{QStringLiteral("first"), first},
                     {QStringLiteral("last"), last},
                     {QStringLiteral("prefix"), prefix},
                     {QStringLiteral("width"), width}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The number block could not be saved; try again.");
        return std::nullopt;
    }
    return block;
}

std::optional<ReservedNumber> NumberService::reserve(const QString& templateCode, const QString& caseUuid,
                                                     const QString& clerkUuid, QString* errorMessage)
{
    const QDateTime now = m_clock();
    db::NumberRepository numbers(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *errorMessage = tr("The data file is busy; try again.");
        return std::nullopt;
    }
    const auto block = numbers.takeNext(templateCode, now);
    if (!block) {
        *errorMessage = tr("No numbers left for template %1; add a block.").arg(templateCode);
        return std::nullopt;
    }
    db::NumberedCertificateRecord certificate;
    certificate.uuid = db::newUuid();
    certificate.caseUuid = caseUuid;
    certificate.templateCode = templateCode;
    certificate.serialNumber = serial(block->prefix, block->nextNumber, block->width);
    certificate.blockUuid = block->uuid;
    certificate.number = block->nextNumber;
    certificate.state = QStringLiteral("reserved");
    const bool stored = numbers.insert(certificate, now) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("certificate"), certificate.uuid, QStringLiteral("reserve"),
                    certificatePayload(certificate)) &&
        db::AuditRepository(m_database)
            .append(clerkUuid, QStringLiteral("numbers.reserve"), certificate.serialNumber,
                    {{QStringLiteral("template"), templateCode}, {QStringLiteral("case_uuid"), caseUuid}}) &&
        transaction.commit();
    if (!stored) {
        qCWarning(lcNumbers) << "reserving" << certificate.serialNumber << "for case" << caseUuid << "failed";
        *errorMessage = tr("No number could be taken for template %1; the case may be missing. Nothing was printed.")
                            .arg(templateCode);
        return std::nullopt;
    }
    return ReservedNumber {certificate.uuid,         templateCode,       caseUuid,
                           certificate.serialNumber, certificate.number, certificate.blockUuid};
}

std::optional<db::NumberedCertificateRecord>
NumberService::certificateIn(const QString& certificateUuid, const QStringList& states, QString* errorMessage) const
{
    const auto certificate = db::NumberRepository(m_database).certificate(certificateUuid);
    if (!certificate) {
        *errorMessage = tr("There is no such certificate number at this counter.");
        return std::nullopt;
    }
    if (!states.contains(certificate->state)) {
        const QString state = certificate->state;
        const QString name = state == u"reserved" ? tr("reserved")
            : state == u"printed"                 ? tr("printed")
            : state == u"spoiled"                 ? tr("spoiled")
            : state == u"voided"                  ? tr("voided")
                                                  : tr("returned");
        *errorMessage = tr("Number %1 is %2 already; it cannot change like this.").arg(certificate->serialNumber, name);
        return std::nullopt;
    }
    return certificate;
}

bool NumberService::changeState(const db::NumberedCertificateRecord& certificate, const QString& newState,
                                const QString& reason, const QString& clerkUuid, const QString& auditAction,
                                const std::optional<db::PrintLogRecord>& printEntry, QString* errorMessage)
{
    const QDateTime now = m_clock();
    db::NumberRepository numbers(m_database);
    db::NumberedCertificateRecord changed = certificate;
    changed.state = newState;
    changed.reason = reason;
    changed.version += 1;
    db::Transaction transaction(m_database.connection());
    bool stored = transaction.isActive();
    if (stored && newState != certificate.state) {
        stored = numbers.updateState(certificate, newState, reason, now);
    }
    if (stored && printEntry) {
        db::PrintLogRecord entry = *printEntry;
        entry.at = now;
        stored = numbers.insert(entry) &&
            db::OutboxRepository(m_database)
                .append(QStringLiteral("print_log"), entry.uuid, QStringLiteral("add"),
                        {{QStringLiteral("uuid"), entry.uuid},
                         {QStringLiteral("certificate_uuid"), entry.certificateUuid},
                         {QStringLiteral("number"), entry.number},
                         {QStringLiteral("clerk_uuid"), entry.clerkUuid},
                         {QStringLiteral("printer"), entry.printer},
                         {QStringLiteral("at"), db::timestamp(now)},
                         {QStringLiteral("kind"), entry.kind},
                         {QStringLiteral("reason"), entry.reason}});
    }
    if (stored && newState != certificate.state) {
        stored = db::OutboxRepository(m_database)
                     .append(QStringLiteral("certificate"), changed.uuid, newState, certificatePayload(changed));
    }
    stored = stored &&
        db::AuditRepository(m_database)
            .append(clerkUuid, auditAction, certificate.serialNumber,
                    {{QStringLiteral("template"), certificate.templateCode},
                     {QStringLiteral("from"), certificate.state},
                     {QStringLiteral("to"), newState},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("printer"), printEntry ? printEntry->printer : QString()}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage =
            tr("Number %1 changed meanwhile or could not be saved; look it up again.").arg(certificate.serialNumber);
        return false;
    }
    return true;
}

bool NumberService::markPrinted(const QString& certificateUuid, const QString& printerName, const QString& clerkUuid,
                                QString* errorMessage)
{
    const auto certificate = certificateIn(certificateUuid, {QStringLiteral("reserved")}, errorMessage);
    if (!certificate) {
        return false;
    }
    const db::PrintLogRecord entry {db::newUuid(),
                                    certificate->uuid,
                                    certificate->serialNumber,
                                    clerkUuid,
                                    printerName,
                                    {},
                                    QStringLiteral("print"),
                                    {}};
    return changeState(*certificate, QStringLiteral("printed"), {}, clerkUuid, QStringLiteral("numbers.print"), entry,
                       errorMessage);
}

bool NumberService::reprint(const QString& certificateUuid, const QString& printerName, const QString& reason,
                            const auth::Clerk& approver, QString* errorMessage)
{
    if (reason.trimmed().isEmpty()) {
        *errorMessage = tr("Give the reason for the reprint; it is kept with the number.");
        return false;
    }
    if (!SupervisorApproval::mayApprove(approver.role)) {
        *errorMessage = tr("A reprint must be approved by a supervisor or an admin.");
        return false;
    }
    const auto certificate = certificateIn(certificateUuid, {QStringLiteral("printed")}, errorMessage);
    if (!certificate) {
        return false;
    }
    const db::PrintLogRecord entry {db::newUuid(),
                                    certificate->uuid,
                                    certificate->serialNumber,
                                    approver.uuid,
                                    printerName,
                                    {},
                                    QStringLiteral("reprint"),
                                    reason.trimmed()};
    return changeState(*certificate, certificate->state, certificate->reason, approver.uuid,
                       QStringLiteral("numbers.reprint"), entry, errorMessage);
}

bool NumberService::markSpoiled(const QString& certificateUuid, const QString& reason, const QString& clerkUuid,
                                QString* errorMessage)
{
    const auto certificate =
        certificateIn(certificateUuid, {QStringLiteral("reserved"), QStringLiteral("printed")}, errorMessage);
    if (!certificate) {
        return false;
    }
    return changeState(*certificate, QStringLiteral("spoiled"), reason.trimmed(), clerkUuid,
                       QStringLiteral("numbers.spoil"), std::nullopt, errorMessage);
}

bool NumberService::voidNumber(const QString& certificateUuid, const QString& reason, const auth::Clerk& approver,
                               QString* errorMessage)
{
    if (reason.trimmed().isEmpty()) {
        *errorMessage = tr("Give the reason for voiding the number; it is kept with the number.");
        return false;
    }
    if (!SupervisorApproval::mayApprove(approver.role)) {
        *errorMessage = tr("Voiding a number must be approved by a supervisor or an admin.");
        return false;
    }
    const auto certificate =
        certificateIn(certificateUuid, {QStringLiteral("reserved"), QStringLiteral("printed")}, errorMessage);
    if (!certificate) {
        return false;
    }
    return changeState(*certificate, QStringLiteral("voided"), reason.trimmed(), approver.uuid,
                       QStringLiteral("numbers.void"), std::nullopt, errorMessage);
}

std::optional<qint64> NumberService::returnUnused(const QString& templateCode, const QString& clerkUuid,
                                                  QString* errorMessage)
{
    db::Transaction transaction(m_database.connection());
    const auto before =
        transaction.isActive() ? db::NumberRepository(m_database).returnUnused(templateCode, m_clock()) : std::nullopt;
    bool stored = before.has_value();
    qint64 count = 0;
    if (stored) {
        for (db::NumberBlockRecord block : *before) {
            count += block.last - block.nextNumber + 1;
            block.returnedFrom = block.nextNumber;
            block.state = QStringLiteral("returned");
            block.version += 1;
            stored = stored &&
                db::OutboxRepository(m_database)
                    .append(QStringLiteral("number_block"), block.uuid, QStringLiteral("return"), blockPayload(block));
        }
    }
    stored = stored &&
        db::AuditRepository(m_database)
            .append(clerkUuid, QStringLiteral("numbers.return"), templateCode, {{QStringLiteral("numbers"), count}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The numbers of template %1 could not be returned; try again.").arg(templateCode);
        return std::nullopt;
    }
    return count;
}

QList<BlockReport> NumberService::report(const QString& templateCode) const
{
    db::NumberRepository numbers(m_database);
    QList<BlockReport> result;
    for (const db::NumberBlockRecord& block : numbers.blocks(templateCode)) {
        const db::BlockCounts counts = numbers.counts(block.uuid);
        BlockReport report;
        report.block = block;
        report.firstSerial = serial(block.prefix, block.first, block.width);
        report.lastSerial = serial(block.prefix, block.last, block.width);
        report.used = block.nextNumber - block.first;
        report.printed = counts.printed;
        report.spoiled = counts.spoiled;
        report.voided = counts.voided;
        report.reserved = counts.reserved;
        const qint64 unusedReturned = block.returnedFrom ? block.last - *block.returnedFrom + 1 : 0;
        report.returned = counts.returned + unusedReturned;
        report.remaining = block.state == u"returned" ? 0 : block.last - block.nextNumber + 1;
        result.append(report);
    }
    return result;
}

std::optional<db::NumberedCertificateRecord> NumberService::find(const QString& templateCode,
                                                                 const QString& serialNumber) const
{
    return db::NumberRepository(m_database).certificateBySerial(templateCode, serialNumber);
}

QList<db::PrintLogRecord> NumberService::printLog(const QString& certificateUuid) const
{
    return db::NumberRepository(m_database).printLog(certificateUuid);
}

} // namespace ow::certificate
