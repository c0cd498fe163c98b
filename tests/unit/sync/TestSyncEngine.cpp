// The sync engine against a fake district served from memory (a QNetworkAccessManager whose replies the test
// writes): what it stores for each answer, how it batches, when it stops; and the worker's backoff.
#include "core/SecretStore.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "db/SyncRepository.h"
#include "sync/DistrictClient.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStatus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A finished HTTP answer with a status and a body; status 0 is a refused connection.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation operation, int status, QByteArray body,
              const QByteArray& location, QObject* parent)
        : QNetworkReply(parent)
        , m_body(std::move(body))
    {
        setRequest(request);
        setOperation(operation);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!location.isEmpty()) {
            setRawHeader("Location", location);
        }
        if (status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
            if (status >= 400) {
                setError(QNetworkReply::ProtocolInvalidOperationError, u"HTTP error"_s);
            }
        } else {
            setError(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                setFinished(true);
                Q_EMIT readyRead();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }

    void abort() override { }
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

struct Answer
{
    Answer(int answerStatus = 200, QJsonObject answerBody = {}, QByteArray answerLocation = {})
        : status(answerStatus)
        , body(std::move(answerBody))
        , location(std::move(answerLocation))
    { }

    int status;
    QJsonObject body;
    QByteArray location;
};

// The district as the test wants it: one handler per call, every call remembered.
class FakeDistrict : public QNetworkAccessManager
{
public:
    using Handler = std::function<Answer(const QString& path, const QJsonObject& body)>;
    Handler handler;
    QStringList paths;
    QList<QJsonObject> bodies;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request, QIODevice* data) override
    {
        const QJsonObject body = data ? QJsonDocument::fromJson(data->readAll()).object() : QJsonObject();
        const QString path = request.url().path().mid(int(qstrlen(ow::sync::protocol::apiPrefix)));
        paths.append(path);
        bodies.append(body);
        const Answer answer = handler(path, body);
        return new FakeReply(request, operation, answer.status,
                             answer.body.isEmpty() ? QByteArray() : QJsonDocument(answer.body).toJson(),
                             answer.location, this);
    }
};

QJsonObject error(const char* code)
{
    return {{u"error"_s, QJsonObject {{u"code"_s, QLatin1StringView(code)}, {u"message"_s, u"test"_s}}}};
}

// Pull and lease answers of a quiet district; push answers come from the test.
Answer quiet(const QString& path)
{
    if (path == u"/pull") {
        return {200, {{u"changes"_s, QJsonArray()}, {u"next_cursor"_s, u"c1"_s}, {u"more"_s, false}}};
    }
    return {404, error("unknown_series")};
}

QJsonObject result(const QString& opId, const QString& status, const QString& reason = {},
                   const QString& firstStatus = {})
{
    QJsonObject json {{u"op_id"_s, opId}, {u"status"_s, status}};
    if (!reason.isEmpty()) {
        json.insert(u"reason"_s, reason);
    }
    if (!firstStatus.isEmpty()) {
        json.insert(u"first_status"_s, firstStatus);
    }
    return json;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersAreStoredPerRecord_data();
    void answersAreStoredPerRecord();
    void pushGoesInOrderInBatches();
    void revokedDeviceStopsTheRun();
    void unreachableDistrictStopsTheRun();
    void redirectIsNotFollowed();
    void stopGivesUpAHangingCall();
    void backoffGrowsWithJitter_data();
    void backoffGrowsWithJitter();
    void statusBarTexts_data();
    void statusBarTexts();

private:
    void appendOps(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
    FakeDistrict m_district;
};

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_district.paths.clear();
    m_district.bodies.clear();
}

void TestSyncEngine::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestSyncEngine::appendOps(int count)
{
    ow::db::OutboxRepository outbox(*m_database);
    for (int i = 0; i < count; ++i) {
        QVERIFY(outbox.append(u"case"_s, QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                              u"state"_s, {{u"number"_s, QStringLiteral("N-%1").arg(i)}}));
    }
}

void TestSyncEngine::answersAreStoredPerRecord_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("firstStatus");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("recordState"); // as SyncRepository::recordState reports it
    QTest::addColumn<int>("problems");
    QTest::newRow("applied") << u"applied"_s << QString() << QString() << u"synced"_s << 0;
    QTest::newRow("duplicate of an applied op") << u"duplicate"_s << u"applied"_s << QString() << u"synced"_s << 0;
    QTest::newRow("rejected") << u"rejected"_s << QString() << u"not_owner"_s << u"rejected"_s << 1;
    QTest::newRow("conflict") << u"conflict"_s << QString() << u"stale_version"_s << u"conflict"_s << 1;
    // The first answer was lost: the duplicate tells what it was, and a rejection stays a rejection.
    QTest::newRow("duplicate of a rejected op")
        << u"duplicate"_s << u"rejected"_s << u"not_found"_s << u"rejected"_s << 1;
    QTest::newRow("retry") << u"retry"_s << QString() << u"blob_missing"_s << u"pending"_s << 0;
}

void TestSyncEngine::answersAreStoredPerRecord()
{
    QFETCH(QString, status);
    QFETCH(QString, firstStatus);
    QFETCH(QString, reason);
    QFETCH(QString, recordState);
    QFETCH(int, problems);
    appendOps(1);
    m_district.handler = [&](const QString& path, const QJsonObject& body) -> Answer {
        if (path != u"/push") {
            return quiet(path);
        }
        const QString opId = body[u"ops"_s][0][u"op_id"_s].toString();
        return {200, {{u"results"_s, QJsonArray {result(opId, status, reason, firstStatus)}}}};
    };
    ow::sync::DistrictClient client(m_district, QUrl(u"http://district.test"_s), "token");
    ow::sync::SyncEngine engine(*m_database, client);
    const ow::sync::SyncSummary summary = engine.runOnce();
    QVERIFY2(summary.completed, qPrintable(summary.message));
    ow::db::SyncRepository repository(*m_database);
    QCOMPARE(repository.recordState(u"case"_s, u"00000000-0000-4000-8000-000000000000"_s), recordState);
    QCOMPARE(repository.problems().size(), problems);
    if (problems > 0) {
        QCOMPARE(repository.problems().constFirst().reason, reason);
    }
    QCOMPARE(summary.everythingAcknowledged(), status != u"retry");
    // Nothing is ever deleted from the outbox.
    QCOMPARE(repository.outboxSize(), 1);
    // One push, and a retried op is not sent again in the same run.
    QCOMPARE(m_district.paths.count(u"/push"_s), 1);
}

void TestSyncEngine::pushGoesInOrderInBatches()
{
    appendOps(7);
    m_district.handler = [](const QString& path, const QJsonObject& body) -> Answer {
        if (path != u"/push") {
            return quiet(path);
        }
        QJsonArray results;
        for (const QJsonValue& op : body[u"ops"_s].toArray()) {
            results.append(result(op[u"op_id"_s].toString(), u"applied"_s));
        }
        return {200, {{u"results"_s, results}}};
    };
    ow::sync::DistrictClient client(m_district, QUrl(u"http://district.test"_s), "token");
    ow::sync::SyncEngine engine(*m_database, client);
    engine.setPushBatchSize(3);
    QList<ow::sync::SyncProgress> progress;
    engine.setProgressHandler([&progress](const ow::sync::SyncProgress& step) { progress.append(step); });
    const ow::sync::SyncSummary summary = engine.runOnce();
    QVERIFY(summary.everythingAcknowledged());
    QCOMPARE(summary.applied, 7);
    QList<qint64> sent;
    QList<qsizetype> batches;
    for (qsizetype i = 0; i < m_district.paths.size(); ++i) {
        if (m_district.paths.at(i) == u"/push") {
            const QJsonArray ops = m_district.bodies.at(i)[u"ops"_s].toArray();
            batches.append(ops.size());
            for (const QJsonValue& op : ops) {
                sent.append(op[u"seq"_s].toInteger());
            }
        }
    }
    QCOMPARE(batches, (QList<qsizetype> {3, 3, 1}));
    QVERIFY(std::is_sorted(sent.begin(), sent.end()));
    QCOMPARE(sent.size(), 7);
    // The progress of the push counts up to the whole backlog.
    const auto last = std::find_if(progress.rbegin(), progress.rend(),
                                   [](const ow::sync::SyncProgress& step) { return step.phase == u"push"; });
    QVERIFY(last != progress.rend());
    QCOMPARE(last->done, 7);
    QCOMPARE(last->total, 7);
}

void TestSyncEngine::revokedDeviceStopsTheRun()
{
    appendOps(2);
    m_district.handler = [](const QString& path, const QJsonObject&) -> Answer {
        return path == u"/push" ? Answer {401, error("unauthorized")} : quiet(path);
    };
    ow::sync::DistrictClient client(m_district, QUrl(u"http://district.test"_s), "token");
    const ow::sync::SyncSummary summary = ow::sync::SyncEngine(*m_database, client).runOnce();
    QVERIFY(!summary.completed);
    QVERIFY(summary.reachable);
    QVERIFY(!summary.authorized);
    QVERIFY2(summary.message.contains(u"Enrol it again"_s), qPrintable(summary.message));
    QCOMPARE(summary.counts.pendingOps, 2);
    QVERIFY(!m_district.paths.contains(u"/pull"_s));
}

void TestSyncEngine::unreachableDistrictStopsTheRun()
{
    appendOps(1);
    m_district.handler = [](const QString&, const QJsonObject&) -> Answer {
        return {0, {}};
    };
    ow::sync::DistrictClient client(m_district, QUrl(u"http://district.test"_s), "token");
    const ow::sync::SyncSummary summary = ow::sync::SyncEngine(*m_database, client).runOnce();
    QVERIFY(!summary.completed);
    QVERIFY(!summary.reachable);
    QVERIFY(!ow::sync::SyncSettings(*m_database).lastSuccess().isValid());
    QCOMPARE(m_district.paths.size(), 1); // it stops at the first call that gets no answer
}

void TestSyncEngine::redirectIsNotFollowed()
{
    appendOps(1);
    m_district.handler = [](const QString& path, const QJsonObject&) -> Answer {
        return path == u"/push" ? Answer {301, {}, "https://elsewhere.test/api/v1/push"} : quiet(path);
    };
    ow::sync::DistrictClient client(m_district, QUrl(u"http://district.test"_s), "token");
    const ow::sync::SyncSummary summary = ow::sync::SyncEngine(*m_database, client).runOnce();
    QVERIFY(!summary.completed);
    QVERIFY2(summary.message.contains(u"https://elsewhere.test/api/v1/push"_s), qPrintable(summary.message));
    QCOMPARE(m_district.paths.count(u"/push"_s), 1); // the token went nowhere else
    QCOMPARE(summary.counts.pendingOps, 1);
}

void TestSyncEngine::stopGivesUpAHangingCall()
{
    // A server that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ow::sync::DistrictLink link;
    link.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    link.deviceId = u"device-1"_s;
    link.enrolledAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ow::sync::SyncSettings(*m_database).setLink(link));
    ow::core::MemorySecretStore secrets;
    QString error;
    QVERIFY(secrets.write(ow::sync::SyncSettings::tokenSecretName(link.deviceId), "token", &error));
    appendOps(1);

    ow::sync::SyncService service(*m_database, secrets);
    QVERIFY2(service.start(&error), qPrintable(error));
    QTRY_VERIFY(silent.hasPendingConnections());
    QElapsedTimer clock;
    clock.start();
    service.stop();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!service.isRunning());
    QVERIFY(!service.isOnline());
}

void TestSyncEngine::backoffGrowsWithJitter_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("lowest");
    QTest::addColumn<int>("highest");
    QTest::newRow("first failure") << 1 << 1000 << 2000;
    QTest::newRow("third failure") << 3 << 4000 << 8000;
    QTest::newRow("capped") << 30 << 150000 << 300000;
}

void TestSyncEngine::backoffGrowsWithJitter()
{
    QFETCH(int, failures);
    QFETCH(int, lowest);
    QFETCH(int, highest);
    const ow::sync::SyncTiming timing; // 2 s first, 5 min at most
    QSet<int> seen;
    for (int i = 0; i < 50; ++i) {
        const int delay = ow::sync::SyncWorker::backoffMs(timing, failures);
        QVERIFY2(delay >= lowest && delay <= highest, qPrintable(QString::number(delay)));
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 1); // jitter: counters that failed together do not come back together
}

void TestSyncEngine::statusBarTexts_data()
{
    QTest::addColumn<bool>("enrolled");
    QTest::addColumn<bool>("online");
    QTest::addColumn<bool>("synced");
    QTest::addColumn<QString>("text");
    QTest::newRow("not enrolled") << false << false << false << u"Offline (not enrolled with the district)"_s;
    QTest::newRow("online, never synced") << true << true << false << u"Online"_s;
    QTest::newRow("offline, never synced") << true << false << false << u"Offline"_s;
    QTest::newRow("online") << true << true << true << u"Online, last sync "_s;
    QTest::newRow("offline") << true << false << true << u"Offline, last sync "_s;
}

void TestSyncEngine::statusBarTexts()
{
    QFETCH(bool, enrolled);
    QFETCH(bool, online);
    QFETCH(bool, synced);
    QFETCH(QString, text);
    ow::sync::SyncSnapshot snapshot;
    snapshot.enrolled = enrolled;
    snapshot.online = online;
    if (synced) {
        snapshot.lastSuccess = QDateTime::currentDateTimeUtc();
    }
    const QString shown = ow::sync::SyncStatus::connectionText(snapshot);
    QVERIFY2(synced ? shown.startsWith(text) : shown == text, qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
