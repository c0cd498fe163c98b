#include "sync/SyncStatus.h"

#include "db/SettingsRepository.h"
#include "db/SyncRepository.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QLocale>

namespace ow::sync {

SyncStatus::SyncStatus(db::Database& database)
    : m_database(database)
{ }

SyncSnapshot SyncStatus::snapshot() const
{
    SyncSnapshot snapshot;
    snapshot.enrolled = db::SettingsRepository(m_database).value(QStringLiteral("sync.server_url")).has_value();
    const db::SyncCounts counts = db::SyncRepository(m_database).counts();
    snapshot.pendingRecords = counts.pendingOps;
    snapshot.pendingBlobs = counts.pendingBlobs;
    snapshot.rejected = std::max(0, counts.rejected);
    snapshot.conflicts = std::max(0, counts.conflicts);
    snapshot.lastSuccess = SyncSettings(m_database).lastSuccess();
    if (m_service) {
        snapshot.online = m_service->isOnline();
        snapshot.progressDone = m_service->progress().done;
        snapshot.progressTotal = m_service->progress().total;
        snapshot.lastMessage = m_service->lastSummary().message;
    }
    return snapshot;
}

QString SyncStatus::connectionText(const SyncSnapshot& snapshot)
{
    if (!snapshot.enrolled) {
        return tr("Offline (not enrolled with the district)");
    }
    if (!snapshot.lastSuccess.isValid()) {
        return snapshot.online ? tr("Online") : tr("Offline");
    }
    const QString when = QLocale().toString(snapshot.lastSuccess.toLocalTime(), QLocale::ShortFormat);
    return snapshot.online ? tr("Online, last sync %1").arg(when) : tr("Offline, last sync %1").arg(when);
}

QString SyncStatus::pendingText(const SyncSnapshot& snapshot)
{
    if (snapshot.pendingRecords < 0) {
        return tr("Sync queue unreadable");
    }
    if (snapshot.pendingBlobs > 0) {
        return tr("Waiting to sync: %1, photos: %2").arg(snapshot.pendingRecords).arg(snapshot.pendingBlobs);
    }
    return tr("Waiting to sync: %1").arg(snapshot.pendingRecords);
}

QString SyncStatus::problemsText(const SyncSnapshot& snapshot)
{
    return tr("Sync problems: %1").arg(snapshot.problems());
}

} // namespace ow::sync
