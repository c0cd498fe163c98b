#include "AuditRepository.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace ow::db {

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{ }

bool AuditRepository::append(const QString& clerkUuid, const QString& action, const QString& subject,
                             const QJsonObject& detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (uuid, at, clerk_uuid, action, subject, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(newUuid());
    query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(clerkUuid.isEmpty() ? QVariant() : QVariant(clerkUuid));
    query.addBindValue(action);
    query.addBindValue(subject);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return execute(query);
}

int AuditRepository::count(const QString& action) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!execute(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace ow::db
