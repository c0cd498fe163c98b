#include "db/CalendarRepository.h"

#include "db/Database.h"

namespace ow::db {

CalendarRepository::CalendarRepository(Database& database)
    : m_database(database)
{ }

bool CalendarRepository::storeYear(int year, const QByteArray& document)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO calendar_years (year, document, imported_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (year) DO UPDATE SET document = excluded.document, "
                                 "imported_at = excluded.imported_at"));
    query.addBindValue(year);
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    return execute(query);
}

QList<QByteArray> CalendarRepository::documents() const
{
    QList<QByteArray> documents;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT document FROM calendar_years ORDER BY year"));
    if (execute(query)) {
        while (query.next()) {
            documents.append(query.value(0).toString().toUtf8());
        }
    }
    return documents;
}

} // namespace ow::db
