#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>

namespace ow::db {
class Database;
}

namespace ow::sync {

class SyncService;

// What the status bar says about the link to the district.
struct SyncSnapshot
{
    bool enrolled = false;
    bool online = false; // the district answered the last run of the engine
    int pendingRecords = 0; // outbox operations waiting
    int pendingBlobs = 0; // photos and scans waiting
    int rejected = 0;
    int conflicts = 0;
    QDateTime lastSuccess;
    int progressDone = 0; // of the run under way, when it reports
    int progressTotal = 0;
    QString lastMessage; // translated: why the last run stopped

    [[nodiscard]] int problems() const { return rejected + conflicts; }
};

// A record the district rejected or that conflicts with its data, as a clerk or supervisor reads it.
struct SyncProblem
{
    qint64 seq = 0;
    QDateTime at; // when the change was made at this counter
    QString record; // translated: what the record is ("Case 330104001-03-20240506-0001")
    QString state; // translated: rejected or conflict
    QString reason; // translated: why, and what to do
    QString technical; // entity, operation, uuid and the district's reason code
};

class SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::SyncStatus)

public:
    // From this many waiting records on, the window shows a progress bar.
    static constexpr int manyRecords = 20;

    explicit SyncStatus(db::Database& database);

    // The running engine, for whether the district answered; none: the counter says offline.
    void attach(const SyncService* service);

    [[nodiscard]] SyncSnapshot snapshot() const;
    [[nodiscard]] static QString connectionText(const SyncSnapshot& snapshot);
    [[nodiscard]] static QString pendingText(const SyncSnapshot& snapshot);
    [[nodiscard]] static QString problemsText(const SyncSnapshot& snapshot);

    // Rejected and conflicting records, oldest first; they stay until a person deals with them.
    [[nodiscard]] QList<SyncProblem> problems() const;
    [[nodiscard]] static QString reasonText(const QString& reason);

    // Translated: whether one record (e.g. entity "case") is waiting, sent, rejected or in conflict.
    [[nodiscard]] QString recordStateText(const QString& entity, const QString& uuid) const;

private:
    db::Database& m_database;
    QPointer<const SyncService> m_service;
};

} // namespace ow::sync
