#include "SettingsRepository.h"

#include "db/Database.h"

namespace ow::db {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{ }

std::optional<QString> SettingsRepository::value(const QString& key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    return execute(query);
}

} // namespace ow::db
