#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow::db {
class Database;
}

namespace ow::sync {

// What the status bar says about the link to the district.
struct SyncSnapshot
{
    bool enrolled = false;
    bool online = false;
    int pendingRecords = 0;
    QDateTime lastSuccess;
};

class SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::SyncStatus)

public:
    explicit SyncStatus(db::Database& database);

    [[nodiscard]] SyncSnapshot snapshot() const;
    [[nodiscard]] static QString connectionText(const SyncSnapshot& snapshot);
    [[nodiscard]] static QString pendingText(const SyncSnapshot& snapshot);

private:
    db::Database& m_database;
};

} // namespace ow::sync
