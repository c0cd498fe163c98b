#include "SyncRepository.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ow::db {

namespace {

const QString outboxColumns = QStringLiteral("seq, op_id, entity, entity_uuid, operation, payload, created_at, state, "
                                             "reason, last_error, attempts, server_version, acknowledged_at");

OutboxRow readOutbox(const QSqlQuery& query)
{
    OutboxRow row;
    row.seq = query.value(0).toLongLong();
    row.opId = query.value(1).toString();
    row.entity = query.value(2).toString();
    row.entityUuid = query.value(3).toString();
    row.operation = query.value(4).toString();
    row.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    row.createdAt = parseTimestamp(query.value(6).toString());
    row.state = query.value(7).toString();
    row.reason = query.value(8).toString();
    row.lastError = query.value(9).toString();
    row.attempts = query.value(10).toInt();
    if (!query.value(11).isNull()) {
        row.serverVersion = query.value(11).toLongLong();
    }
    row.acknowledgedAt = parseTimestamp(query.value(12).toString());
    return row;
}

int countOf(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    if (!execute(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

SyncRepository::SyncRepository(Database& database)
    : m_database(database)
{ }

QList<OutboxRow> SyncRepository::pending(int limit) const
{
    QList<OutboxRow> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?").arg(outboxColumns));
    query.addBindValue(limit);
    if (execute(query)) {
        while (query.next()) {
            rows.append(readOutbox(query));
        }
    }
    return rows;
}

bool SyncRepository::acknowledge(qint64 seq, const QString& state, const QString& reason,
                                 std::optional<qint64> serverVersion, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, reason = ?, server_version = ?, attempts = attempts + 1, "
                       "last_error = '', last_attempt_at = ?, acknowledged_at = ? WHERE seq = ?"));
    query.addBindValue(state);
    query.addBindValue(text(reason));
    query.addBindValue(serverVersion ? QVariant(*serverVersion) : QVariant());
    query.addBindValue(timestamp(at));
    query.addBindValue(timestamp(at));
    query.addBindValue(seq);
    return execute(query) && query.numRowsAffected() == 1;
}

bool SyncRepository::recordAttempt(qint64 seq, const QString& reason, const QString& error, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET reason = ?, last_error = ?, attempts = attempts + 1, "
                                 "last_attempt_at = ? WHERE seq = ? AND state = 'pending'"));
    query.addBindValue(text(reason));
    query.addBindValue(text(error));
    query.addBindValue(timestamp(at));
    query.addBindValue(seq);
    return execute(query);
}

QList<OutboxRow> SyncRepository::problems() const
{
    QList<OutboxRow> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('rejected', 'conflict') ORDER BY seq")
                      .arg(outboxColumns));
    if (execute(query)) {
        while (query.next()) {
            rows.append(readOutbox(query));
        }
    }
    QSqlQuery refusals(m_database.connection());
    refusals.prepare(
        QStringLiteral("SELECT stream, uuid, version, reason, refused_at FROM district_refusals ORDER BY refused_at"));
    if (execute(refusals)) {
        while (refusals.next()) {
            OutboxRow row;
            row.entity = refusals.value(0).toString();
            row.entityUuid = refusals.value(1).toString();
            row.operation = QStringLiteral("pull");
            row.serverVersion = refusals.value(2).toLongLong();
            row.reason = refusals.value(3).toString();
            row.createdAt = parseTimestamp(refusals.value(4).toString());
            row.state = QStringLiteral("refused");
            rows.append(row);
        }
    }
    return rows;
}

bool SyncRepository::recordRefusal(const QString& stream, const QString& uuid, qint64 version, const QString& reason,
                                   const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO district_refusals (stream, uuid, version, reason, refused_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (stream, uuid) DO UPDATE SET "
                       "version = excluded.version, reason = excluded.reason, refused_at = excluded.refused_at"));
    query.addBindValue(stream);
    query.addBindValue(uuid);
    query.addBindValue(version);
    query.addBindValue(text(reason));
    query.addBindValue(timestamp(at));
    return execute(query);
}

bool SyncRepository::clearRefusal(const QString& stream, const QString& uuid)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM district_refusals WHERE stream = ? AND uuid = ?"));
    query.addBindValue(stream);
    query.addBindValue(uuid);
    return execute(query);
}

SyncCounts SyncRepository::counts() const
{
    SyncCounts counts;
    counts.pendingOps = countOf(m_database, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    // Refused master data counts as rejected: the supervisor sees it with the rest of the sync problems.
    counts.rejected = countOf(m_database,
                              QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE state = 'rejected') + "
                                             "(SELECT count(*) FROM district_refusals)"));
    counts.conflicts = countOf(m_database, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'conflict'"));
    counts.pendingBlobs = countOf(m_database,
                                  QStringLiteral("SELECT count(DISTINCT a.sha256) FROM attachments a "
                                                 "LEFT JOIN blob_uploads b ON b.sha256 = a.sha256 "
                                                 "WHERE b.state IS NULL OR b.state <> 'complete'"));
    return counts;
}

QString SyncRepository::recordState(const QString& entity, const QString& entityUuid) const
{
    QSqlQuery query(m_database.connection());
    // The worst state among the record's operations: a stuck one outweighs later ones that went through.
    query.prepare(QStringLiteral("SELECT max(CASE state WHEN 'rejected' THEN 4 WHEN 'conflict' THEN 3 "
                                 "WHEN 'pending' THEN 2 ELSE 1 END), count(*) FROM outbox "
                                 "WHERE entity = ? AND entity_uuid = ?"));
    query.addBindValue(entity);
    query.addBindValue(entityUuid);
    if (!execute(query) || !query.next() || query.value(1).toInt() == 0) {
        return {};
    }
    switch (query.value(0).toInt()) {
    case 4:
        return QStringLiteral("rejected");
    case 3:
        return QStringLiteral("conflict");
    case 2:
        return QStringLiteral("pending");
    default:
        return QStringLiteral("synced");
    }
}

int SyncRepository::outboxSize() const
{
    return countOf(m_database, QStringLiteral("SELECT count(*) FROM outbox"));
}

std::optional<QString> SyncRepository::cursor(const QString& stream) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE stream = ?"));
    query.addBindValue(stream);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

bool SyncRepository::setCursor(const QString& stream, const QString& cursor, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(stream);
    query.addBindValue(text(cursor));
    query.addBindValue(timestamp(at));
    return execute(query);
}

QList<BlobUpload> SyncRepository::blobsToUpload() const
{
    QList<BlobUpload> blobs;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.sha256, max(a.size_bytes), coalesce(b.received, 0), "
                                 "coalesce(b.state, 'pending'), coalesce(b.last_error, '') FROM attachments a "
                                 "LEFT JOIN blob_uploads b ON b.sha256 = a.sha256 "
                                 "WHERE b.state IS NULL OR b.state <> 'complete' "
                                 "GROUP BY a.sha256 ORDER BY min(a.created_at), a.sha256"));
    if (execute(query)) {
        while (query.next()) {
            blobs.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                          query.value(3).toString(), query.value(4).toString()});
        }
    }
    return blobs;
}

bool SyncRepository::storeBlob(const BlobUpload& blob, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO blob_uploads (sha256, size_bytes, received, state, last_error, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET "
                                 "size_bytes = excluded.size_bytes, received = excluded.received, "
                                 "state = excluded.state, last_error = excluded.last_error, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(blob.sha256);
    query.addBindValue(blob.size);
    query.addBindValue(blob.received);
    query.addBindValue(blob.state);
    query.addBindValue(text(blob.lastError));
    query.addBindValue(timestamp(at));
    return execute(query);
}

bool SyncRepository::applyClerk(const DistrictClerkRecord& clerk, const QDateTime& at)
{
    return upsertClerk(clerk, at).has_value();
}

std::optional<QString> SyncRepository::upsertClerk(const DistrictClerkRecord& clerk, const QDateTime& at)
{
    QSqlQuery find(m_database.connection());
    find.prepare(QStringLiteral("SELECT uuid FROM clerks WHERE uuid = ? OR login = ? ORDER BY uuid = ? DESC LIMIT 1"));
    find.addBindValue(clerk.uuid);
    find.addBindValue(clerk.login);
    find.addBindValue(clerk.uuid);
    if (!execute(find)) {
        return std::nullopt;
    }
    const QString now = timestamp(at);
    QString localUuid = clerk.uuid;
    QSqlQuery write(m_database.connection());
    if (find.next()) {
        localUuid = find.value(0).toString();
        // An account made here before enrolment keeps its local uuid, which its cases refer to.
        write.prepare(
            QStringLiteral("UPDATE clerks SET login = ?, name = ?, role = ?, active = ?, source = 'district', "
                           "updated_at = ? WHERE uuid = ?"));
        write.addBindValue(clerk.login);
        write.addBindValue(clerk.name);
        write.addBindValue(clerk.role);
        write.addBindValue(clerk.active ? 1 : 0);
        write.addBindValue(now);
        write.addBindValue(localUuid);
    } else {
        write.prepare(QStringLiteral("INSERT INTO clerks (uuid, login, name, role, password_verifier, active, "
                                     "password_changed_at, created_at, updated_at, source) "
                                     "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, 'district')"));
        write.addBindValue(clerk.uuid);
        write.addBindValue(clerk.login);
        write.addBindValue(clerk.name);
        write.addBindValue(clerk.role);
        write.addBindValue(clerk.active ? 1 : 0);
        write.addBindValue(now);
        write.addBindValue(now);
        write.addBindValue(now);
    }
    find.finish();
    if (!execute(write)) {
        return std::nullopt;
    }
    return localUuid;
}

std::optional<ClerkOnlineState> SyncRepository::clerkOnlineState(const QString& clerkUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT source, online_verified_at FROM clerks WHERE uuid = ?"));
    query.addBindValue(clerkUuid);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return ClerkOnlineState {query.value(0).toString(), parseTimestamp(query.value(1).toString())};
}

std::optional<QString> SyncRepository::storeOnlineLogin(const DistrictClerkRecord& clerk, const QString& verifier,
                                                        const QDateTime& at)
{
    const auto localUuid = upsertClerk(clerk, at);
    if (!localUuid) {
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE clerks SET password_verifier = ?, password_changed_at = ?, "
                                 "online_verified_at = ?, updated_at = ? WHERE uuid = ?"));
    const QString now = timestamp(at);
    query.addBindValue(verifier);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(*localUuid);
    if (!execute(query) || query.numRowsAffected() != 1) {
        return std::nullopt;
    }
    return localUuid;
}

bool SyncRepository::deactivateClerk(const QString& login, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE clerks SET active = 0, updated_at = ? WHERE login = ?"));
    query.addBindValue(timestamp(at));
    query.addBindValue(login);
    return execute(query);
}

bool SyncRepository::applyCaseStatus(const QString& uuid, const QString& number, const QString& state, qint64 version,
                                     const QString& hallCode, const QString& updatedAt)
{
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral("INSERT INTO district_case_status (uuid, number, state, version, hall_code, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                                 "number = excluded.number, state = excluded.state, version = excluded.version, "
                                 "hall_code = excluded.hall_code, updated_at = excluded.updated_at "
                                 "WHERE excluded.version >= district_case_status.version"));
    store.addBindValue(uuid);
    store.addBindValue(text(number));
    store.addBindValue(text(state));
    store.addBindValue(version);
    store.addBindValue(text(hallCode));
    store.addBindValue(text(updatedAt));
    if (!execute(store)) {
        return false;
    }
    // The back office moved a case on: this counter shows it, unless the counter has its own change on the way
    // (that one meets the district's version as a conflict, for a person to resolve).
    QSqlQuery local(m_database.connection());
    local.prepare(
        QStringLiteral("UPDATE cases SET state = ?, version = ?, updated_at = ? WHERE uuid = ? AND version < ? "
                       "AND NOT EXISTS (SELECT 1 FROM outbox WHERE entity = 'case' AND entity_uuid = ? "
                       "AND state = 'pending')"));
    local.addBindValue(state);
    local.addBindValue(version);
    local.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    local.addBindValue(uuid);
    local.addBindValue(version);
    local.addBindValue(uuid);
    return state.isEmpty() || execute(local);
}

std::optional<QString> SyncRepository::districtCaseState(const QString& uuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state FROM district_case_status WHERE uuid = ?"));
    query.addBindValue(uuid);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

} // namespace ow::db
