#include "supervision/RemoteBacklogSource.h"

#include "catalog/CatalogService.h"
#include "core/SecretStore.h"
#include "sync/DistrictClient.h"
#include "sync/Protocol.h"
#include "sync/SyncSettings.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRemoteBacklog, "ow.supervision.remotebacklog")

namespace ow::supervision {

namespace protocol = ow::sync::protocol;

RemoteBacklogSource::RemoteBacklogSource(db::Database& database, core::SecretStore& secrets, QString supervisorUuid,
                                         int timeoutMs)
    : m_database(database)
    , m_secrets(secrets)
    , m_supervisorUuid(std::move(supervisorUuid))
    , m_timeoutMs(timeoutMs)
{ }

bool RemoteBacklogSource::addTo(BacklogQuery& query, db::Database& database, core::SecretStore& secrets,
                                const QString& supervisorUuid)
{
    if (!sync::SyncSettings(database).link().isEnrolled()) {
        return false;
    }
    query.addSource(std::make_unique<RemoteBacklogSource>(database, secrets, supervisorUuid));
    return true;
}

std::optional<QList<db::BacklogRecord>> RemoteBacklogSource::fetch(const db::BacklogCriteria& criteria,
                                                                   const std::optional<BacklogCursor>& after, int limit,
                                                                   QString* unavailable) const
{
    const sync::DistrictLink link = sync::SyncSettings(m_database).link();
    const core::SecretReadResult token = m_secrets.read(sync::SyncSettings::tokenSecretName(link.deviceId));
    if (!link.isEnrolled() || token.status != core::SecretReadResult::Status::Found) {
        *unavailable = tr("District server: this counter has no district access; only this hall's cases are shown.");
        return std::nullopt;
    }
    QUrlQuery query;
    const auto add = [&query](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            query.addQueryItem(QLatin1StringView(name), value);
        }
    };
    add("item", criteria.itemCode);
    add("state", criteria.state);
    add("worked_by", criteria.clerkUuid);
    add("hall", criteria.hallCode);
    add("counter", criteria.counterNumber > 0 ? QString::number(criteria.counterNumber) : QString());
    add("deadline_from", criteria.deadlineFrom.isValid() ? criteria.deadlineFrom.toString(Qt::ISODate) : QString());
    add("deadline_to", criteria.deadlineTo.isValid() ? criteria.deadlineTo.toString(Qt::ISODate) : QString());
    add("awaiting_materials", criteria.awaitingMaterials ? QStringLiteral("1") : QString());
    add("delivery_pending", criteria.deliveryPending ? QStringLiteral("1") : QString());
    if (after) {
        query.addQueryItem(QStringLiteral("after"), QString(after->deadline + u'/' + after->number));
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, protocol::maxBacklogLimit)));

    QNetworkAccessManager network;
    sync::DistrictClient client(network, link.server, token.secret);
    client.setTimeout(m_timeoutMs);
    const sync::DistrictReply reply = client.get(QStringLiteral("/backlog"), query,
                                                 {{QByteArray(protocol::clerkHeader), m_supervisorUuid.toLatin1()}});
    if (!reply.ok()) {
        qCInfo(lcRemoteBacklog) << "district backlog not available:" << reply.httpStatus << reply.errorCode
                                << reply.detail;
        *unavailable = reply.errorCode == QLatin1StringView(protocol::error::notSupervisor)
            ? tr("District server: log in online at this counter as a supervisor to see the other halls' cases.")
            : tr("District server: not reachable now; only this hall's cases are shown.");
        return std::nullopt;
    }
    QString error;
    const auto page = protocol::BacklogReply::fromJson(reply.json, &error);
    if (!page) {
        qCWarning(lcRemoteBacklog) << "district backlog reply not understood:" << error;
        *unavailable = tr("District server: its answer was not understood; only this hall's cases are shown.");
        return std::nullopt;
    }
    const catalog::CatalogService catalog(m_database);
    QList<db::BacklogRecord> records;
    for (const protocol::BacklogCase& row : page->cases) {
        db::BacklogRecord record;
        record.uuid = row.uuid;
        record.number = row.number;
        record.itemCode = row.itemCode;
        const auto item = catalog.item(row.itemCode);
        record.itemName = item ? item->name : row.itemCode;
        record.kind = row.kind;
        record.state = row.state;
        record.hallCode = row.hallCode;
        record.counterNumber = row.counterNumber;
        record.clerkUuid = row.clerkUuid;
        record.clerkName = row.clerkName;
        record.citizenUuid = row.citizenUuid;
        record.citizenName = row.citizenName;
        record.citizenIdNumber = row.maskedIdNumber;
        record.channel = row.channel;
        record.acceptedAt = protocol::timestampFromText(row.acceptedAt);
        record.deadline = QDate::fromString(row.deadline, Qt::ISODate);
        record.awaitedMaterials = row.awaitedMaterials;
        record.version = static_cast<int>(row.version);
        records.append(record);
    }
    return records;
}

int RemoteBacklogSource::count(const db::BacklogCriteria& criteria) const
{
    (void)criteria;
    return 0;
}

} // namespace ow::supervision
