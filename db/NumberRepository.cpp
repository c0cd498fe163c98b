#include "db/NumberRepository.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace ow::db {

namespace {

const QString blockColumns = QStringLiteral("uuid, template_code, prefix, first, last, width, next_number, "
                                            "returned_from, source, state, created_at, version");
const QString certificateColumns =
    QStringLiteral("uuid, case_uuid, template_code, serial_number, block_uuid, number, state, reason, version, "
                   "payload, document, photo_sha256, issued_at, updated_at");

NumberBlockRecord readBlock(const QSqlQuery& query)
{
    NumberBlockRecord block;
    block.uuid = query.value(0).toString();
    block.templateCode = query.value(1).toString();
    block.prefix = query.value(2).toString();
    block.first = query.value(3).toLongLong();
    block.last = query.value(4).toLongLong();
    block.width = query.value(5).toInt();
    block.nextNumber = query.value(6).toLongLong();
    if (!query.value(7).isNull()) {
        block.returnedFrom = query.value(7).toLongLong();
    }
    block.source = query.value(8).toString();
    block.state = query.value(9).toString();
    block.createdAt = parseTimestamp(query.value(10).toString());
    block.version = query.value(11).toInt();
    return block;
}

NumberedCertificateRecord readCertificate(const QSqlQuery& query)
{
    NumberedCertificateRecord certificate;
    certificate.uuid = query.value(0).toString();
    certificate.caseUuid = query.value(1).toString();
    certificate.templateCode = query.value(2).toString();
    certificate.serialNumber = query.value(3).toString();
    certificate.blockUuid = query.value(4).toString();
    certificate.number = query.value(5).toLongLong();
    certificate.state = query.value(6).toString();
    certificate.reason = query.value(7).toString();
    certificate.version = query.value(8).toInt();
    certificate.payload = query.value(9).toString();
    certificate.document = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    certificate.photoSha256 = query.value(11).toString();
    if (!query.value(12).isNull()) {
        certificate.issuedAt = parseTimestamp(query.value(12).toString());
    }
    certificate.updatedAt = parseTimestamp(query.value(13).toString());
    return certificate;
}

} // namespace

NumberRepository::NumberRepository(Database& database)
    : m_database(database)
{ }

bool NumberRepository::insert(const NumberBlockRecord& block)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO number_blocks (uuid, template_code, prefix, first, last, width, "
                                 "next_number, source, state, created_at, updated_at, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(block.uuid);
    query.addBindValue(block.templateCode);
    query.addBindValue(text(block.prefix));
    query.addBindValue(block.first);
    query.addBindValue(block.last);
    query.addBindValue(block.width);
    query.addBindValue(block.nextNumber);
    query.addBindValue(block.source);
    query.addBindValue(block.state);
    query.addBindValue(timestamp(block.createdAt));
    query.addBindValue(timestamp(block.createdAt));
    query.addBindValue(block.version);
    return execute(query);
}

std::optional<NumberBlockRecord> NumberRepository::overlapping(const QString& templateCode, qint64 first,
                                                               qint64 last) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + blockColumns +
                  QStringLiteral(" FROM number_blocks WHERE template_code = ? AND first <= ? AND last >= ? "
                                 "ORDER BY first LIMIT 1"));
    query.addBindValue(templateCode);
    query.addBindValue(last);
    query.addBindValue(first);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return readBlock(query);
}

std::optional<NumberBlockRecord> NumberRepository::takeNext(const QString& templateCode, const QDateTime& at)
{
    // A write first, so the transaction holds the write lock before it reads the number it hands out.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE number_blocks SET next_number = next_number + 1, "
        "state = CASE WHEN next_number + 1 > last THEN 'exhausted' ELSE state END, "
        "version = version + 1, updated_at = ? "
        "WHERE uuid = (SELECT uuid FROM number_blocks WHERE template_code = ? AND state = 'active' "
        "AND next_number <= last ORDER BY first LIMIT 1) "
        "RETURNING uuid, template_code, prefix, first, last, width, next_number - 1, returned_from, source, "
        "state, created_at, version - 1"));
    query.addBindValue(timestamp(at));
    query.addBindValue(templateCode);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    NumberBlockRecord block = readBlock(query);
    query.finish();
    return block;
}

std::optional<QList<NumberBlockRecord>> NumberRepository::returnUnused(const QString& templateCode, const QDateTime& at)
{
    QList<NumberBlockRecord> before;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT ") + blockColumns +
                      QStringLiteral(" FROM number_blocks WHERE template_code = ? AND state = 'active' "
                                     "ORDER BY first"));
        query.addBindValue(templateCode);
        if (!execute(query)) {
            return std::nullopt;
        }
        while (query.next()) {
            before.append(readBlock(query));
        }
    }
    for (const NumberBlockRecord& block : std::as_const(before)) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE number_blocks SET state = 'returned', returned_from = next_number, "
                                     "version = version + 1, updated_at = ? WHERE uuid = ? AND version = ?"));
        query.addBindValue(timestamp(at));
        query.addBindValue(block.uuid);
        query.addBindValue(block.version);
        if (!execute(query) || query.numRowsAffected() != 1) {
            return std::nullopt;
        }
    }
    return before;
}

QList<NumberBlockRecord> NumberRepository::blocks(const QString& templateCode) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + blockColumns +
                  QStringLiteral(" FROM number_blocks WHERE ? = '' OR template_code = ? ORDER BY template_code, "
                                 "first"));
    query.addBindValue(text(templateCode));
    query.addBindValue(text(templateCode));
    QList<NumberBlockRecord> result;
    if (execute(query)) {
        while (query.next()) {
            result.append(readBlock(query));
        }
    }
    return result;
}

BlockCounts NumberRepository::counts(const QString& blockUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM certificates WHERE block_uuid = ? GROUP BY state"));
    query.addBindValue(blockUuid);
    BlockCounts counts;
    if (!execute(query)) {
        return counts;
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (state == u"reserved") {
            counts.reserved = count;
        } else if (state == u"printed") {
            counts.printed = count;
        } else if (state == u"spoiled") {
            counts.spoiled = count;
        } else if (state == u"voided") {
            counts.voided = count;
        } else if (state == u"returned") {
            counts.returned = count;
        }
    }
    return counts;
}

bool NumberRepository::insert(const NumberedCertificateRecord& certificate, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO certificates (uuid, case_uuid, template_code, serial_number, "
                                 "block_uuid, number, state, reason, version, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(certificate.uuid);
    query.addBindValue(certificate.caseUuid);
    query.addBindValue(certificate.templateCode);
    query.addBindValue(certificate.serialNumber);
    query.addBindValue(certificate.blockUuid);
    query.addBindValue(certificate.number);
    query.addBindValue(certificate.state);
    query.addBindValue(text(certificate.reason));
    query.addBindValue(certificate.version);
    query.addBindValue(timestamp(at));
    return execute(query);
}

bool NumberRepository::updateState(const NumberedCertificateRecord& certificate, const QString& newState,
                                   const QString& reason, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE certificates SET state = ?, reason = ?, "
                                 "issued_at = CASE WHEN ? = 'printed' THEN ? ELSE issued_at END, "
                                 "version = version + 1, updated_at = ? WHERE uuid = ? AND version = ?"));
    query.addBindValue(newState);
    query.addBindValue(text(reason));
    query.addBindValue(newState);
    query.addBindValue(timestamp(at));
    query.addBindValue(timestamp(at));
    query.addBindValue(certificate.uuid);
    query.addBindValue(certificate.version);
    return execute(query) && query.numRowsAffected() == 1;
}

std::optional<NumberedCertificateRecord> NumberRepository::certificate(const QString& uuid) const
{
    return selectCertificate(QStringLiteral("uuid = ?"), {uuid});
}

std::optional<NumberedCertificateRecord> NumberRepository::certificateBySerial(const QString& templateCode,
                                                                               const QString& serialNumber) const
{
    return selectCertificate(QStringLiteral("template_code = ? AND serial_number = ?"), {templateCode, serialNumber});
}

QList<NumberedCertificateRecord> NumberRepository::certificatesOfCase(const QString& caseUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + certificateColumns +
                  QStringLiteral(" FROM certificates WHERE case_uuid = ? ORDER BY rowid"));
    query.addBindValue(caseUuid);
    QList<NumberedCertificateRecord> result;
    if (execute(query)) {
        while (query.next()) {
            result.append(readCertificate(query));
        }
    }
    return result;
}

bool NumberRepository::setDocument(const NumberedCertificateRecord& certificate, const QString& payload,
                                   const QJsonObject& document, const QString& photoSha256, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE certificates SET payload = ?, document = ?, photo_sha256 = ?, "
                                 "version = version + 1, updated_at = ? "
                                 "WHERE uuid = ? AND version = ? AND state = 'reserved'"));
    query.addBindValue(text(payload));
    query.addBindValue(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    query.addBindValue(photoSha256.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(photoSha256));
    query.addBindValue(timestamp(at));
    query.addBindValue(certificate.uuid);
    query.addBindValue(certificate.version);
    return execute(query) && query.numRowsAffected() == 1;
}

std::optional<NumberedCertificateRecord> NumberRepository::selectCertificate(const QString& where,
                                                                             const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + certificateColumns + QStringLiteral(" FROM certificates WHERE ") + where);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return readCertificate(query);
}

bool NumberRepository::insert(const PrintLogRecord& entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO print_log (uuid, certificate_uuid, number, clerk_uuid, printer, at, "
                                 "kind, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.uuid);
    query.addBindValue(entry.certificateUuid);
    query.addBindValue(entry.number);
    query.addBindValue(text(entry.clerkUuid));
    query.addBindValue(text(entry.printer));
    query.addBindValue(timestamp(entry.at));
    query.addBindValue(entry.kind);
    query.addBindValue(text(entry.reason));
    return execute(query);
}

QList<PrintLogRecord> NumberRepository::printLog(const QString& certificateUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, certificate_uuid, number, clerk_uuid, printer, at, kind, reason "
                                 "FROM print_log WHERE certificate_uuid = ? ORDER BY at, rowid"));
    query.addBindValue(certificateUuid);
    QList<PrintLogRecord> result;
    if (execute(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(),
                           parseTimestamp(query.value(5).toString()), query.value(6).toString(),
                           query.value(7).toString()});
        }
    }
    return result;
}

} // namespace ow::db
