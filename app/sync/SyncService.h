#pragma once

#include "sync/SyncEngine.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace ow::core {
class SecretStore;
}
namespace ow::db {
class Database;
}

namespace ow::sync {

// How often the engine runs: right after a change, on a poll interval when all is quiet, and with exponential
// backoff and jitter after a failure (so a hall full of counters does not return to the server in step).
struct SyncTiming
{
    int pollMs = 60 * 1000;
    int firstBackoffMs = 2 * 1000;
    int maxBackoffMs = 5 * 60 * 1000;
};

// Runs the SyncEngine on its own thread (with that thread's database connection and network manager).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(db::Database& database, QUrl server, QByteArray token, QString dataDir, SyncTiming timing);
    ~SyncWorker() override;

    // The delay before the next try after `failures` failed runs in a row, jitter included.
    [[nodiscard]] static int backoffMs(const SyncTiming& timing, int failures);

public Q_SLOTS:
    void begin();
    void runNow();

Q_SIGNALS:
    void progressed(const ow::sync::SyncProgress& progress);
    void finished(const ow::sync::SyncSummary& summary);

private:
    void schedule(int milliseconds);

    db::Database& m_database;
    QUrl m_server;
    QByteArray m_token;
    QString m_dataDir;
    SyncTiming m_timing;
    int m_failures = 0;
    int m_stuckRuns = 0;
    bool m_running = false;
    bool m_again = false;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
};

// The counter's link to the district as the window sees it: starts the background engine when the counter is
// enrolled, tells whether the district answered last time, and lets a clerk ask for a sync now.
class SyncService : public QObject
{
    Q_OBJECT

public:
    SyncService(db::Database& database, core::SecretStore& secrets, QObject* parent = nullptr);
    ~SyncService() override;

    void setTiming(const SyncTiming& timing) { m_timing = timing; }
    void setDataDir(const QString& dataDir) { m_dataDir = dataDir; }

    // Starts the engine if the counter is enrolled and its token is in the keychain; false and a message if not.
    [[nodiscard]] bool start(QString* errorMessage);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // Runs soon (now, or right after the run under way).
    void syncNow();

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] bool hasRun() const { return m_lastRun.isValid(); }
    [[nodiscard]] const SyncSummary& lastSummary() const { return m_lastSummary; }
    [[nodiscard]] const SyncProgress& progress() const { return m_progress; }

Q_SIGNALS:
    void stateChanged();

private:
    db::Database& m_database;
    core::SecretStore& m_secrets;
    SyncTiming m_timing;
    QString m_dataDir;
    QThread* m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    bool m_online = false;
    QDateTime m_lastRun;
    SyncSummary m_lastSummary;
    SyncProgress m_progress;
};

} // namespace ow::sync
