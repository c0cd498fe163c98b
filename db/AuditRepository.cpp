#include "AuditRepository.h"

#include "db/AuditHash.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QJsonDocument>

namespace ow::db {

namespace {

AuditRecord recordFrom(const QSqlQuery& query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    record.at = query.value(2).toString();
    record.clerkUuid = query.value(3).toString();
    record.action = query.value(4).toString();
    record.subject = query.value(5).toString();
    record.detail = query.value(6).toString();
    record.prevHash = query.value(7).toString();
    record.hash = query.value(8).toString();
    return record;
}

} // namespace

QJsonObject AuditRecord::toJson() const
{
    return {{QStringLiteral("seq"), seq},       {QStringLiteral("uuid"), uuid},
            {QStringLiteral("at"), at},         {QStringLiteral("clerk_uuid"), clerkUuid},
            {QStringLiteral("action"), action}, {QStringLiteral("subject"), subject},
            {QStringLiteral("detail"), detail}, {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("hash"), hash}};
}

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{ }

QString AuditRepository::rowHash(const AuditRecord& record, const QString& prevHash)
{
    return audithash::rowHash({record.uuid, record.at, record.clerkUuid, record.action, record.subject, record.detail},
                              prevHash);
}

bool AuditRepository::append(const QString& clerkUuid, const QString& action, const QString& subject,
                             const QJsonObject& detail)
{
    QSqlDatabase connection = m_database.connection();
    // A savepoint keeps reading the chain's end and appending to it one step, also when a caller forgot its
    // transaction; inside the caller's BEGIN IMMEDIATE it simply nests.
    QSqlQuery savepoint(connection);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT audit_append"))) {
        return false;
    }
    auto finish = [&connection](bool ok) {
        QSqlQuery end(connection);
        if (!ok) {
            (void)end.exec(QStringLiteral("ROLLBACK TO audit_append"));
        }
        return end.exec(QStringLiteral("RELEASE audit_append")) && ok;
    };

    QSqlQuery last(connection);
    last.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!execute(last)) {
        return finish(false);
    }
    const QString prevHash = last.next() ? last.value(0).toString() : QString(genesisHash);

    AuditRecord record;
    record.uuid = newUuid();
    record.at = timestamp(QDateTime::currentDateTimeUtc());
    record.clerkUuid = clerkUuid;
    record.action = action;
    record.subject = subject;
    record.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    record.prevHash = prevHash;
    record.hash = rowHash(record, prevHash);

    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (uuid, at, clerk_uuid, action, subject, detail, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.uuid);
    query.addBindValue(record.at);
    query.addBindValue(clerkUuid.isEmpty() ? QVariant() : QVariant(clerkUuid));
    query.addBindValue(action);
    query.addBindValue(text(subject));
    query.addBindValue(record.detail);
    query.addBindValue(record.prevHash);
    query.addBindValue(record.hash);
    if (!execute(query)) {
        return finish(false);
    }
    record.seq = query.lastInsertId().toLongLong();
    OutboxRepository outbox(m_database);
    return finish(outbox.append(QStringLiteral("audit"), record.uuid, QStringLiteral("append"), record.toJson()));
}

bool AuditRepository::appendSettingsChange(const QString& subject, const QJsonObject& values)
{
    const QString action = QStringLiteral("settings.change");
    QSqlQuery last(m_database.connection());
    last.prepare(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = ? AND subject = ? ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(action);
    last.addBindValue(subject);
    if (!execute(last)) {
        return false;
    }
    // Saving a page unchanged is not a change: the log keeps what was set, not every press of Save.
    if (last.next() && QJsonDocument::fromJson(last.value(0).toString().toUtf8()).object() == values) {
        return true;
    }
    last.finish();
    return append({}, action, subject, values);
}

int AuditRepository::count(const QString& action) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!execute(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QList<AuditRecord> AuditRepository::rows(qint64 after, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT seq, uuid, at, coalesce(clerk_uuid, ''), action, subject, detail, prev_hash, "
                                 "hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(after);
    query.addBindValue(limit);
    QList<AuditRecord> records;
    if (!execute(query)) {
        return records;
    }
    while (query.next()) {
        records.append(recordFrom(query));
    }
    return records;
}

} // namespace ow::db
