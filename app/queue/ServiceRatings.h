#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ow::db {
class Database;
}

namespace ow::queue {

// The citizen's rating of a served ticket, recorded on each case accepted for it (and synced to the district).
class ServiceRatings
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::ServiceRatings)

public:
    explicit ServiceRatings(db::Database& database);

    // One row and one outbox operation per case, in one transaction; rating 1 (very dissatisfied) .. 5.
    [[nodiscard]] bool record(const QStringList& caseUuids, const QString& ticketDay, const QString& ticketNumber,
                              int rating, const QString& clerkUuid, const QDateTime& at, QString* errorMessage);
    // The latest rating of a case, 0 when it has none.
    [[nodiscard]] int ratingOf(const QString& caseUuid) const;

private:
    db::Database& m_database;
};

} // namespace ow::queue
