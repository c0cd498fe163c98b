#pragma once

#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>

namespace ow::db {
class Database;
}

namespace ow::calendar {

// The calendar in force at this counter: the shipped years, replaced year by year by imported ones.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(ow::calendar::CalendarService)

public:
    explicit CalendarService(db::Database& database);

    [[nodiscard]] CalendarLoadResult load() const;
    // Checks the file whole, then stores each of its years; nothing is stored when any year is wrong.
    [[nodiscard]] std::optional<QList<int>> importFile(const QString& path, QString* errorMessage);
    // Checks a document of one year or a list of years as importFile does; the reason when it is refused.
    [[nodiscard]] static bool check(const QByteArray& document, QString* errorMessage);
    // Checks the document, then stores each of its years with an audit row naming origin, inside the caller's
    // open transaction (the sync's pull); nothing is stored when any year is wrong.
    [[nodiscard]] std::optional<QList<int>> importDocument(const QByteArray& document, const QString& origin,
                                                           QString* errorMessage);

private:
    db::Database& m_database;
};

} // namespace ow::calendar
