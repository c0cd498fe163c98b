#pragma once

#include "db/SyncRepository.h"
#include "sync/DistrictClient.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace ow::db {
class Database;
}

namespace ow::sync {

// How far a run is, for a progress bar when many records wait.
struct SyncProgress
{
    QString phase; // blobs, push, pull, numbers
    int done = 0;
    int total = 0;
};

// What one run of the engine did and what is left.
struct SyncSummary
{
    bool reachable = true; // the district answered
    bool authorized = true; // the district knows this counter's token
    bool completed = false; // push, pull and leases went through to the end
    QString message; // translated; why the run stopped, when it did

    int pushed = 0; // operations sent with a final answer
    int applied = 0;
    int duplicates = 0;
    int rejected = 0;
    int conflicts = 0;
    int retries = 0;
    int blobsUploaded = 0;
    qint64 blobBytesSent = 0;
    int pulled = 0;
    int leasedBlocks = 0;

    db::SyncCounts counts; // after the run
    QDateTime lastSuccess;

    // Every operation and photo is at the district with a final answer.
    [[nodiscard]] bool everythingAcknowledged() const
    {
        return completed && counts.pendingOps == 0 && counts.pendingBlobs == 0;
    }
    [[nodiscard]] QJsonObject toJson() const;
};

// One full sync with the district, run on the calling thread with that thread's database connection:
// photos first (content-addressed, resumable), then the outbox in order, then the pull by cursor, then
// number leases below the low-water mark. Every step can stop at any point and resume on the next run.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::SyncEngine)

public:
    using Clock = std::function<QDateTime()>;
    using ProgressHandler = std::function<void(const SyncProgress&)>;

    // The stream name of the single district cursor in sync_cursors.
    static const QString cursorName;

    SyncEngine(db::Database& database, DistrictClient& client, Clock clock = {});

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // Where trusted-keys.json lives (the counter's data folder); empty: next to the data file.
    void setDataDir(const QString& dataDir) { m_dataDir = dataDir; }
    // For tests: push in smaller batches than the protocol allows.
    void setPushBatchSize(int ops) { m_batchSize = ops; }

    [[nodiscard]] SyncSummary runOnce();

    // The parts of a run; each returns false when the run must stop (summary says why).
    [[nodiscard]] bool uploadBlobs(SyncSummary& summary);
    [[nodiscard]] bool push(SyncSummary& summary);
    [[nodiscard]] bool pull(SyncSummary& summary);
    [[nodiscard]] bool leaseNumbers(SyncSummary& summary);

private:
    enum class BlobResult
    {
        Complete,
        Failed, // this blob cannot go now (local file missing or damaged); the others may
        Stop // the district is out of reach or refuses the counter
    };
    [[nodiscard]] BlobResult uploadBlob(db::BlobUpload& blob, SyncSummary& summary);
    [[nodiscard]] bool stopOn(const DistrictReply& reply, SyncSummary& summary);
    [[nodiscard]] bool applyChanges(const QList<protocol::PullChange>& changes, QString* errorMessage);
    // A calendar year, certificate template or appointment: stored, or refused (logged and kept as a sync
    // problem, the old record stays). False only when the data file fails.
    [[nodiscard]] bool applyMasterData(const protocol::PullChange& change, QString* errorMessage);
    [[nodiscard]] QString dataDir() const;
    void report(const QString& phase, int done, int total) const;

    db::Database& m_database;
    DistrictClient& m_client;
    Clock m_clock;
    ProgressHandler m_progress;
    QString m_dataDir;
    int m_batchSize;
};

} // namespace ow::sync
