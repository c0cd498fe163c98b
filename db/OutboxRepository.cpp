#include "OutboxRepository.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace ow::db {

OutboxRepository::OutboxRepository(Database& database)
    : m_database(database)
{ }

bool OutboxRepository::append(const QString& entity, const QString& entityUuid, const QString& operation,
                              const QJsonObject& payload)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, entity_uuid, operation, payload, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(newUuid());
    query.addBindValue(entity);
    query.addBindValue(entityUuid);
    query.addBindValue(operation);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    return execute(query);
}

int OutboxRepository::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!execute(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace ow::db
