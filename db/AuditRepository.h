#pragma once

#include <QJsonObject>
#include <QString>

namespace ow::db {

class Database;

// The local audit log: who did what, when. Rows are append-only.
class AuditRepository
{
public:
    explicit AuditRepository(Database& database);

    [[nodiscard]] bool append(const QString& clerkUuid, const QString& action, const QString& subject,
                              const QJsonObject& detail = {});
    [[nodiscard]] int count(const QString& action) const;

private:
    Database& m_database;
};

} // namespace ow::db
