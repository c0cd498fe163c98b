#include "db/AttachmentRepository.h"

#include "db/Database.h"

namespace ow::db {

AttachmentRepository::AttachmentRepository(Database& database)
    : m_database(database)
{ }

bool AttachmentRepository::insert(const AttachmentRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO attachments (uuid, case_uuid, citizen_uuid, kind, sha256, mime_type, "
                                 "size_bytes, page, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none(QMetaType::fromType<QString>());
    for (const QVariant& value :
         QVariantList {record.uuid, record.caseUuid.isEmpty() ? none : record.caseUuid,
                       record.citizenUuid.isEmpty() ? none : record.citizenUuid, record.kind, record.sha256,
                       record.mimeType, record.sizeBytes, record.page, timestamp(record.createdAt)}) {
        query.addBindValue(value);
    }
    return execute(query);
}

std::optional<AttachmentRecord> AttachmentRepository::byUuid(const QString& uuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, case_uuid, citizen_uuid, kind, sha256, mime_type, size_bytes, page, "
                                 "created_at FROM attachments WHERE uuid = ?"));
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
    return AttachmentRecord {
        query.value(0).toString(),   query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
        query.value(6).toLongLong(), query.value(7).toInt(),    parseTimestamp(query.value(8).toString())};
}

} // namespace ow::db
