#include "db/AttachmentRepository.h"

#include "db/Database.h"

namespace ow::db {

namespace {

const QString columns = QStringLiteral(
    "uuid, case_uuid, citizen_uuid, kind, sha256, mime_type, size_bytes, page, created_at, material_code");

AttachmentRecord fromRow(const QSqlQuery& query)
{
    AttachmentRecord record;
    record.uuid = query.value(0).toString();
    record.caseUuid = query.value(1).toString();
    record.citizenUuid = query.value(2).toString();
    record.kind = query.value(3).toString();
    record.sha256 = query.value(4).toString();
    record.mimeType = query.value(5).toString();
    record.sizeBytes = query.value(6).toLongLong();
    record.page = query.value(7).toInt();
    record.createdAt = parseTimestamp(query.value(8).toString());
    record.materialCode = query.value(9).toString();
    return record;
}

} // namespace

AttachmentRepository::AttachmentRepository(Database& database)
    : m_database(database)
{ }

bool AttachmentRepository::insert(const AttachmentRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO attachments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    const QVariant none(QMetaType::fromType<QString>());
    for (const QVariant& value : QVariantList {record.uuid, record.caseUuid.isEmpty() ? none : record.caseUuid,
                                               record.citizenUuid.isEmpty() ? none : record.citizenUuid, record.kind,
                                               record.sha256, record.mimeType, record.sizeBytes, record.page,
                                               timestamp(record.createdAt), text(record.materialCode)}) {
        query.addBindValue(value);
    }
    return execute(query);
}

std::optional<AttachmentRecord> AttachmentRepository::byUuid(const QString& uuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE uuid = ?").arg(columns));
    query.addBindValue(uuid);
    return read(query);
}

std::optional<AttachmentRecord> AttachmentRepository::latestOfCase(const QString& caseUuid, const QString& kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, case_uuid, citizen_uuid, kind, sha256, mime_type, size_bytes, page, "
                                 "created_at FROM attachments WHERE case_uuid = ? AND kind = ? "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    query.addBindValue(caseUuid);
    query.addBindValue(kind);
    return read(query);
}

std::optional<AttachmentRecord> AttachmentRepository::read(QSqlQuery& query)
{
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return fromRow(query);
}

QList<AttachmentRecord> AttachmentRepository::forCase(const QString& caseUuid, const QString& kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE case_uuid = ? AND kind = ? "
                                 "ORDER BY material_code, page, created_at, rowid")
                      .arg(columns));
    query.addBindValue(caseUuid);
    query.addBindValue(kind);
    QList<AttachmentRecord> result;
    if (!execute(query)) {
        return result;
    }
    while (query.next()) {
        result.append(fromRow(query));
    }
    return result;
}

int AttachmentRepository::lastPage(const QString& caseUuid, const QString& kind, const QString& materialCode) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT coalesce(max(page), 0) FROM attachments WHERE case_uuid = ? AND kind = ? AND material_code = ?"));
    query.addBindValue(caseUuid);
    query.addBindValue(kind);
    query.addBindValue(text(materialCode));
    return execute(query) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace ow::db
