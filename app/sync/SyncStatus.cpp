#include "sync/SyncStatus.h"

#include "db/OutboxRepository.h"
#include "db/SettingsRepository.h"

namespace ow::sync {

SyncStatus::SyncStatus(db::Database& database)
    : m_database(database)
{ }

SyncSnapshot SyncStatus::snapshot() const
{
    SyncSnapshot snapshot;
    snapshot.enrolled = db::SettingsRepository(m_database).value(QStringLiteral("sync.server_url")).has_value();
    // Until the sync engine runs, a counter is never online; it says so rather than pretend.
    snapshot.online = false;
    snapshot.pendingRecords = db::OutboxRepository(m_database).pendingCount();
    return snapshot;
}

QString SyncStatus::connectionText(const SyncSnapshot& snapshot)
{
    if (!snapshot.enrolled) {
        return tr("Offline (not enrolled with the district)");
    }
    return snapshot.online ? tr("Online") : tr("Offline");
}

QString SyncStatus::pendingText(const SyncSnapshot& snapshot)
{
    if (snapshot.pendingRecords < 0) {
        return tr("Sync queue unreadable");
    }
    return tr("Waiting to sync: %1").arg(snapshot.pendingRecords);
}

} // namespace ow::sync
