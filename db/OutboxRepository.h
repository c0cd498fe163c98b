#pragma once

#include <QJsonObject>
#include <QString>

namespace ow::db {

class Database;

// Operations waiting to be pushed to the district, written in the same transaction as the change.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& database);

    [[nodiscard]] bool append(const QString& entity, const QString& entityUuid, const QString& operation,
                              const QJsonObject& payload);
    [[nodiscard]] int pendingCount() const;

private:
    Database& m_database;
};

} // namespace ow::db
