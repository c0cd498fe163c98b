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

void SyncStatus::attach(const SyncService* service)
{
    m_service = service;
}

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

QList<SyncProblem> SyncStatus::problems() const
{
    QList<SyncProblem> problems;
    for (const db::OutboxRow& row : db::SyncRepository(m_database).problems()) {
        SyncProblem problem;
        problem.seq = row.seq;
        problem.at = row.createdAt;
        const QString number = row.payload.value(QStringLiteral("number")).toString();
        const QString serial = row.payload.value(QStringLiteral("serial_number")).toString();
        if (row.entity == u"case") {
            problem.record = tr("Case %1").arg(number.isEmpty() ? row.entityUuid : number);
        } else if (row.entity == u"citizen") {
            problem.record = tr("Citizen record %1").arg(row.payload.value(QStringLiteral("name")).toString());
        } else if (row.entity == u"certificate") {
            problem.record = tr("Certificate %1").arg(serial.isEmpty() ? row.entityUuid : serial);
        } else if (row.entity == u"attachment") {
            problem.record = tr("Photo or scan %1").arg(row.entityUuid);
        } else if (row.entity == u"material") {
            problem.record = tr("Material of a case (%1)").arg(row.entityUuid);
        } else {
            problem.record = tr("Record %1 %2").arg(row.entity, row.entityUuid);
        }
        problem.state = row.state == u"conflict" ? tr("Conflict") : tr("Rejected");
        problem.reason = reasonText(row.reason);
        problem.technical =
            QStringLiteral("%1 %2 %3 %4 (op %5)").arg(row.entity, row.operation, row.entityUuid, row.reason, row.opId);
        problems.append(problem);
    }
    return problems;
}

QString SyncStatus::reasonText(const QString& reason)
{
    if (reason == u"stale_version") {
        return tr("Someone else changed this record at the district first. A supervisor decides which version "
                  "is right.");
    }
    if (reason == u"already_exists") {
        return tr("The district already has a record with this identity. A supervisor checks which one is right.");
    }
    if (reason == u"not_owner") {
        return tr("The record belongs to another hall; only that hall can change it.");
    }
    if (reason == u"not_found") {
        return tr("The district does not know the record this change refers to.");
    }
    if (reason == u"invalid_payload" || reason == u"unknown_entity" || reason == u"unknown_operation") {
        return tr("The district cannot read this change (%1). Call IT support; the record stays on this counter.")
            .arg(reason);
    }
    return reason.isEmpty() ? tr("No reason given.") : reason;
}

QString SyncStatus::recordStateText(const QString& entity, const QString& uuid) const
{
    const QString state = db::SyncRepository(m_database).recordState(entity, uuid);
    if (state == u"pending") {
        return tr("waiting to be sent to the district");
    }
    if (state == u"synced") {
        return tr("sent to the district");
    }
    if (state == u"rejected") {
        return tr("rejected by the district; see the sync problems");
    }
    if (state == u"conflict") {
        return tr("conflict at the district; see the sync problems");
    }
    return tr("kept on this counter only");
}

} // namespace ow::sync
