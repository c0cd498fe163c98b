#include "sync/SyncService.h"

#include "core/SecretStore.h"
#include "db/Database.h"
#include "sync/DistrictClient.h"
#include "sync/SyncSettings.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace ow::sync {

SyncWorker::SyncWorker(db::Database& database, QUrl server, QByteArray token, QString dataDir, SyncTiming timing)
    : m_database(database)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_dataDir(std::move(dataDir))
    , m_timing(timing)
{ }

SyncWorker::~SyncWorker()
{
    // Deleted on the worker thread as it ends: its database connection goes with it.
    m_database.releaseThreadConnection();
}

int SyncWorker::backoffMs(const SyncTiming& timing, int failures)
{
    qint64 delay = timing.firstBackoffMs;
    for (int i = 1; i < failures && delay < timing.maxBackoffMs; ++i) {
        delay *= 2;
    }
    delay = std::min<qint64>(delay, timing.maxBackoffMs);
    // Half fixed, half random: never sooner than half the step, never in step with the other counters.
    const qint64 half = delay / 2;
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1));
}

void SyncWorker::begin()
{
    // Made here, so the network manager and its sockets live on this thread.
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runNow);
    schedule(0);
}

void SyncWorker::schedule(int milliseconds)
{
    m_timer->start(milliseconds);
}

void SyncWorker::runNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_timer->stop();
    DistrictClient client(*m_network, m_server, m_token);
    SyncEngine engine(m_database, client);
    engine.setDataDir(m_dataDir);
    engine.setProgressHandler([this](const SyncProgress& progress) { Q_EMIT progressed(progress); });
    const SyncSummary summary = engine.runOnce();
    m_running = false;
    Q_EMIT finished(summary);

    if (summary.completed) {
        m_failures = 0;
        // Written while the run was going: go again at once. Waiting on retries or a blob the district refused:
        // back off as after a failure, so a stuck record does not keep the server busy.
        const bool written = m_again || summary.counts.pendingOps > summary.retries;
        const bool stuck = summary.retries > 0 || summary.counts.pendingBlobs > 0;
        if (written) {
            schedule(0);
        } else if (stuck) {
            schedule(backoffMs(m_timing, ++m_stuckRuns));
        } else {
            m_stuckRuns = 0;
            schedule(m_timing.pollMs);
        }
    } else {
        ++m_failures;
        const int delay = backoffMs(m_timing, m_failures);
        qCInfo(lcSync) << "sync run failed" << m_failures << "times in a row; next try in" << delay
                       << "ms:" << summary.message;
        schedule(delay);
    }
    m_again = false;
}

SyncService::SyncService(db::Database& database, core::SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{
    qRegisterMetaType<ow::sync::SyncSummary>();
    qRegisterMetaType<ow::sync::SyncProgress>();
}

SyncService::~SyncService()
{
    stop();
}

bool SyncService::start(QString* errorMessage)
{
    if (m_thread) {
        return true;
    }
    const DistrictLink link = SyncSettings(m_database).link();
    if (!link.isEnrolled()) {
        *errorMessage = tr("This counter is not enrolled with a district server.");
        return false;
    }
    // Read on this thread: the keychain may ask the desktop session, which the worker thread should not do.
    const core::SecretReadResult token = m_secrets.read(SyncSettings::tokenSecretName(link.deviceId));
    if (token.status != core::SecretReadResult::Status::Found) {
        *errorMessage = token.status == core::SecretReadResult::Status::NotFound
            ? tr("The district access token of this counter is missing from the system keyring. Enrol the counter "
                 "again.")
            : token.errorMessage;
        return false;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    auto* worker = new SyncWorker(m_database, link.server, token.secret, m_dataDir, m_timing);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::begin);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::progressed, this, [this](const SyncProgress& progress) {
        m_progress = progress;
        Q_EMIT stateChanged();
    });
    connect(worker, &SyncWorker::finished, this, [this](const SyncSummary& summary) {
        m_lastSummary = summary;
        m_lastRun = QDateTime::currentDateTimeUtc();
        m_online = summary.reachable && summary.authorized;
        m_progress = {};
        Q_EMIT stateChanged();
    });
    m_thread->start();
    return true;
}

void SyncService::stop()
{
    if (!m_thread) {
        return;
    }
    // A run under way gives up its HTTP call at once; what it stored so far stays, the rest waits for next time.
    if (m_worker) {
        // Its last report may still be queued; it must not mark a stopped engine online.
        disconnect(m_worker, nullptr, this, nullptr);
    }
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_online = false;
}

void SyncService::syncNow()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::runNow, Qt::QueuedConnection);
    }
}

} // namespace ow::sync
