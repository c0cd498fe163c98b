#pragma once

#include "db/AuditHash.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::db {

class Database;

// One row of the audit log as stored.
struct AuditRecord
{
    qint64 seq = 0;
    QString uuid;
    QString at;
    QString clerkUuid;
    QString action;
    QString subject;
    QString detail; // compact JSON, exactly as stored and hashed
    QString prevHash;
    QString hash;

    [[nodiscard]] QJsonObject toJson() const;
};

// The local audit log: who did what, when. Rows are append-only and hash-chained: each row's hash is SHA-256
// over the previous row's hash and the row's canonical form, so an edited, deleted or reordered row breaks the
// chain at that row. Each row is also queued for the district, which checks the chain's continuity per counter.
class AuditRepository
{
public:
    // The prev_hash of the first row.
    static constexpr QLatin1StringView genesisHash = audithash::genesis;

    explicit AuditRepository(Database& database);

    // Appends a row chained to the last one. Call it inside the db::Transaction of the change it records,
    // so the row, its chain link and its outbox row commit together with the change.
    [[nodiscard]] bool append(const QString& clerkUuid, const QString& action, const QString& subject,
                              const QJsonObject& detail = {});
    // A change of the counter's settings ("settings.change"): what subject was set to. Inside the change's
    // transaction, like append. Values equal to the last ones recorded for subject add no row.
    [[nodiscard]] bool appendSettingsChange(const QString& subject, const QJsonObject& values);
    [[nodiscard]] int count(const QString& action) const;

    // Rows in chain order from seq 'after' on (exclusive), at most limit of them.
    [[nodiscard]] QList<AuditRecord> rows(qint64 after, int limit) const;

    // SHA-256 (lower-case hex) over prevHash and the row's canonical form: each field as its UTF-8 byte length,
    // a colon, the bytes and a newline, so no two different rows share a canonical form.
    [[nodiscard]] static QString rowHash(const AuditRecord& record, const QString& prevHash);

private:
    Database& m_database;
};

} // namespace ow::db
