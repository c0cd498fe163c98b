#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {

class Database;

// One outbox row with what the district answered to it so far.
struct OutboxRow
{
    qint64 seq = 0;
    QString opId;
    QString entity;
    QString entityUuid;
    QString operation;
    QJsonObject payload;
    QDateTime createdAt;
    QString state; // pending, applied, duplicate, rejected, conflict
    QString reason; // the district's reason for a rejection, conflict or retry
    QString lastError; // technical: why the last attempt did not get an answer
    int attempts = 0;
    std::optional<qint64> serverVersion;
    QDateTime acknowledgedAt;
};

// What is waiting for, or stuck at, the district.
struct SyncCounts
{
    int pendingOps = -1;
    int pendingBlobs = -1;
    int rejected = -1;
    int conflicts = -1;

    [[nodiscard]] bool readable() const { return pendingOps >= 0 && pendingBlobs >= 0 && rejected >= 0; }
};

// A photo or scan the district should have: its hash, size and how much of it the district confirmed.
struct BlobUpload
{
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    QString state = QStringLiteral("pending"); // pending, complete, failed
    QString lastError;
};

// A clerk account as the district sends it (stream clerks).
struct DistrictClerkRecord
{
    QString uuid;
    QString login;
    QString name;
    QString role;
    bool active = true;
};

// When a clerk's password was last confirmed by the district, and where the account came from.
struct ClerkOnlineState
{
    QString source = QStringLiteral("local"); // local, district
    QDateTime onlineVerifiedAt;
};

// The counter's sync bookkeeping: the outbox as the engine reads and acknowledges it, pull cursors, blob
// uploads, clerk accounts and case status from the district.
class SyncRepository
{
public:
    explicit SyncRepository(Database& database);

    // Pending outbox rows in push order (seq), at most limit of them.
    [[nodiscard]] QList<OutboxRow> pending(int limit) const;
    // A final answer: applied, duplicate, rejected or conflict. The row stays in the outbox.
    [[nodiscard]] bool acknowledge(qint64 seq, const QString& state, const QString& reason,
                                   std::optional<qint64> serverVersion, const QDateTime& at);
    // Not applied (retry, or no usable answer): the row stays pending and remembers why.
    [[nodiscard]] bool recordAttempt(qint64 seq, const QString& reason, const QString& error, const QDateTime& at);
    // Rejected and conflicting rows, oldest first, then master data this counter refused (entity = the stream,
    // state "refused", seq 0): a person has to look at them.
    [[nodiscard]] QList<OutboxRow> problems() const;
    // A pulled master-data record (calendar year, certificate template) this counter refused; the old one stays.
    [[nodiscard]] bool recordRefusal(const QString& stream, const QString& uuid, qint64 version, const QString& reason,
                                     const QDateTime& at);
    // A newer version of the record was accepted: its refusal is no longer a problem.
    [[nodiscard]] bool clearRefusal(const QString& stream, const QString& uuid);
    [[nodiscard]] SyncCounts counts() const;
    // The sync state of one record: pending, synced, rejected, conflict, or empty when it never had an outbox row.
    [[nodiscard]] QString recordState(const QString& entity, const QString& entityUuid) const;
    // How many operations the outbox holds in all (every state), for tests and reports.
    [[nodiscard]] int outboxSize() const;

    [[nodiscard]] std::optional<QString> cursor(const QString& stream) const;
    [[nodiscard]] bool setCursor(const QString& stream, const QString& cursor, const QDateTime& at);

    // Photos and scans of this counter not yet complete at the district, in the order they were taken.
    [[nodiscard]] QList<BlobUpload> blobsToUpload() const;
    [[nodiscard]] bool storeBlob(const BlobUpload& blob, const QDateTime& at);

    // Inserts or updates a district clerk by uuid (or by login, for an account made here before enrolment).
    // A new account gets no password verifier: the clerk logs in online once at this counter first.
    [[nodiscard]] bool applyClerk(const DistrictClerkRecord& clerk, const QDateTime& at);
    [[nodiscard]] std::optional<ClerkOnlineState> clerkOnlineState(const QString& clerkUuid) const;
    // After the district accepted the clerk's password: the account as the district has it, a fresh local
    // verifier and the time. Returns the local uuid of the account.
    [[nodiscard]] std::optional<QString> storeOnlineLogin(const DistrictClerkRecord& clerk, const QString& verifier,
                                                          const QDateTime& at);
    [[nodiscard]] bool deactivateClerk(const QString& login, const QDateTime& at);

    // A case of the hall as the district reports it; a local case with an older version and no pending change
    // takes the district's state.
    [[nodiscard]] bool applyCaseStatus(const QString& uuid, const QString& number, const QString& state, qint64 version,
                                       const QString& hallCode, const QString& updatedAt);
    [[nodiscard]] std::optional<QString> districtCaseState(const QString& uuid) const;

private:
    [[nodiscard]] std::optional<QString> upsertClerk(const DistrictClerkRecord& clerk, const QDateTime& at);

    Database& m_database;
};

} // namespace ow::db
