#include "queue/ServiceRatings.h"

#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "queue/QueueTypes.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ow::queue {

namespace {
Q_LOGGING_CATEGORY(lcRatings, "ow.queue.ratings")
}

ServiceRatings::ServiceRatings(db::Database& database)
    : m_database(database)
{ }

bool ServiceRatings::record(const QStringList& caseUuids, const QString& ticketDay, const QString& ticketNumber,
                            int rating, const QString& clerkUuid, const QDateTime& at, QString* errorMessage)
{
    if (!isValidRating(rating)) {
        *errorMessage = tr("A rating is one of the five choices, from very dissatisfied to very satisfied.");
        return false;
    }
    if (caseUuids.isEmpty()) {
        return true;
    }
    db::Transaction transaction(m_database.connection());
    bool ok = transaction.isActive();
    db::OutboxRepository outbox(m_database);
    for (const QString& caseUuid : caseUuids) {
        if (!ok) {
            break;
        }
        const QString uuid = db::newUuid();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO case_ratings (uuid, case_uuid, ticket_day, ticket_number, rating, "
                                     "clerk_uuid, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_uuid, "
                                     "ticket_day, ticket_number) DO UPDATE SET rating = excluded.rating, "
                                     "rated_at = excluded.rated_at"));
        query.addBindValue(uuid);
        query.addBindValue(caseUuid);
        query.addBindValue(ticketDay);
        query.addBindValue(ticketNumber);
        query.addBindValue(rating);
        query.addBindValue(clerkUuid);
        query.addBindValue(db::timestamp(at));
        ok = db::execute(query) &&
            outbox.append(QStringLiteral("case"), caseUuid, QStringLiteral("rating"),
                          {{QStringLiteral("case_uuid"), caseUuid},
                           {QStringLiteral("ticket_day"), ticketDay},
                           {QStringLiteral("ticket_number"), ticketNumber},
                           {QStringLiteral("rating"), rating},
                           {QStringLiteral("clerk_uuid"), clerkUuid},
                           {QStringLiteral("rated_at"), db::timestamp(at)}});
    }
    if (!ok || !transaction.commit()) {
        qCWarning(lcRatings) << "could not record the rating of" << ticketNumber << "on" << caseUuids;
        *errorMessage = tr("The rating could not be saved with the cases in the data file.");
        return false;
    }
    return true;
}

int ServiceRatings::ratingOf(const QString& caseUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rating FROM case_ratings WHERE case_uuid = ? ORDER BY rated_at DESC "
                                 "LIMIT 1"));
    query.addBindValue(caseUuid);
    return db::execute(query) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace ow::queue
