#pragma once

#include <QByteArray>
#include <QList>

namespace ow::db {

class Database;

// Working-day calendar years imported after shipping, one JSON document per year.
class CalendarRepository
{
public:
    explicit CalendarRepository(Database& database);

    [[nodiscard]] bool storeYear(int year, const QByteArray& document);
    [[nodiscard]] QList<QByteArray> documents() const;

private:
    Database& m_database;
};

} // namespace ow::db
