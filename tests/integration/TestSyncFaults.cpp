// A counter's day of offline work reaches the district through faults, each op exactly once: requests dropped,
// delayed, replies cut in the middle or lost after the server committed (ow-faultproxy), the client killed -9
// mid-push, the server killed -9 mid-push and restarted on the same database. Run on SQLite and on PostgreSQL
// (OW_DISTRICT_DATABASE), the device token in a private keyring (with-keyring.sh).
#include "DistrictServerProcess.h"
#include "PostgresDatabase.h"
#include "certificate/NumberService.h"
#include "db/Database.h"
#include "photo/AttachmentStore.h"
#include "sync/SyncSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using ow::tests::ProcessRun;

namespace {

const QString hall = u"330104001"_s;
const QString certificateTemplate = u"cert.senior-card"_s;
const QStringList cards {u"resident_lower_x.json"_s};

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// ow-faultproxy in front of the server; its standard output tells which requests went through.
class FaultProxy
{
public:
    [[nodiscard]] bool start(quint16 targetPort)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(OW_FAULTPROXY_PATH),
                        {u"--target"_s, QStringLiteral("127.0.0.1:%1").arg(targetPort)});
        if (!m_process.waitForStarted()) {
            return false;
        }
        static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
        for (int i = 0; i < 50 && m_port == 0; ++i) {
            m_process.waitForReadyRead(200);
            m_log += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto match = listening.match(m_log);
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
            }
        }
        return m_port != 0;
    }
    ~FaultProxy()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // The next requests (those under the path prefix only) take these faults in turn (e.g. "pass,lose"); the
    // count starts again.
    bool setSchedule(const QString& schedule, const QString& only = {})
    {
        m_process.write(QByteArray("only " + only.toUtf8() + '\n'));
        if (!waitFor(u"only "_s + only, 5000)) {
            return false;
        }
        m_process.write(QByteArray("schedule " + schedule.toUtf8() + '\n'));
        return waitFor(u"schedule "_s + schedule, 5000);
    }

    // Waits until the proxy printed a line containing text since the last mark.
    bool waitFor(const QString& text, int milliseconds)
    {
        QDeadlineTimer deadline(milliseconds);
        while (!deadline.hasExpired()) {
            if (m_log.indexOf(text, m_mark) >= 0) {
                m_mark = m_log.indexOf(text, m_mark) + text.size();
                return true;
            }
            m_process.waitForReadyRead(50);
            m_log += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        return false;
    }

    void mark()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardOutput());
        m_mark = m_log.size();
    }
    [[nodiscard]] const QString& log() const { return m_log; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
    qsizetype m_mark = 0;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dayOfWorkOffline();
    void faultsOnTheLine_data();
    void faultsOnTheLine();
    void clientKilledMidPush_data();
    void clientKilledMidPush();
    void serverKilledMidPush();
    void quietRunDeliversEverything();
    void opThatAlwaysFailsIsRejected();

private:
    ProcessRun cli(const QStringList& arguments, int timeout = 120000) const;
    // Cases for the cards in turn; every third gets a scanned page, every second a certificate number.
    void work(int cases);
    ProcessRun syncThroughProxy() const { return cli({u"sync"_s, u"now"_s, u"--server"_s, m_proxy.url()}); }

    std::unique_ptr<ow::tests::DistrictServerProcess> m_server;
    FaultProxy m_proxy;
    QTemporaryDir m_counter;
    int m_made = 0;
};

void TestSyncFaults::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    const QString database = ow::tests::freshPostgresDatabase();
    QVERIFY(database.isEmpty() != ow::tests::postgresRequested());
    m_server = std::make_unique<ow::tests::DistrictServerProcess>(QStringLiteral(OW_DISTRICT_PATH), database);
    QVERIFY(m_server->isValid() && m_counter.isValid());
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s}).exitCode, 0);
    QCOMPARE(m_server
                 ->admin({u"series"_s, u"add"_s, u"--template"_s, certificateTemplate, u"--prefix"_s, u"LN"_s,
                          u"--width"_s, u"8"_s, u"--first"_s, u"1001"_s})
                 .exitCode,
             0);
    QVERIFY(m_server->start());
    QVERIFY(m_proxy.start(m_server->port()));
}

ProcessRun TestSyncFaults::cli(const QStringList& arguments, int timeout) const
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_counter.path()} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(timeout)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestSyncFaults::work(int cases)
{
    for (int i = 0; i < cases; ++i, ++m_made) {
        const ProcessRun made =
            cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--card"_s,
                 QStringLiteral(OW_CARDS_DIR "/") + cards.at(m_made % cards.size()), u"--field"_s,
                 u"current_address=Wensan Road %1, Hangzhou"_s.arg(m_made), u"--field"_s, u"phone=13800138000"_s,
                 // The card's holder turns 60 that day (the senior card's rule); pinned so the test does not age.
                 u"--date"_s, u"2026-11-23"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject taken = jsonOf(made.out);
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery row(database.connection());
        QVERIFY(row.prepare(u"SELECT citizen_uuid FROM cases WHERE uuid = ?"_s));
        row.addBindValue(taken[u"uuid"_s].toString());
        QVERIFY(row.exec() && row.next());
        const QString citizenUuid = row.value(0).toString();
        row.finish();
        if (m_made % 3 == 0) {
            QByteArray bytes(96 * 1024 + m_made, Qt::Uninitialized);
            QRandomGenerator generator(static_cast<quint32>(m_made));
            generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            QVERIFY2(ow::photo::AttachmentStore(database).store(bytes, u"scan"_s, u"image/jpeg"_s,
                                                                taken[u"uuid"_s].toString(), citizenUuid, 1, &error),
                     qPrintable(error));
        }
        if (m_made % 2 == 0) {
            ow::certificate::NumberService numbers(database);
            const auto number = numbers.reserve(certificateTemplate, taken[u"uuid"_s].toString(), {}, &error);
            QVERIFY2(number, qPrintable(error));
            // Most print; some prints fail and spend their number.
            if (m_made % 8 == 0) {
                QVERIFY2(numbers.markSpoiled(number->certificateUuid, u"paper jam"_s, {}, &error), qPrintable(error));
            } else {
                QVERIFY2(numbers.markPrinted(number->certificateUuid, u"Counter printer"_s, {}, &error),
                         qPrintable(error));
            }
        }
    }
}

void TestSyncFaults::dayOfWorkOffline()
{
    QVERIFY(cli({u"hall"_s, u"set"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s, u"--counter"_s, u"3"_s})
                .exitCode == 0);
    const ProcessRun enroll =
        cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, m_server->enrollCode(hall)});
    QVERIFY2(enroll.exitCode == 0, qPrintable(enroll.err));
    {
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY2(ow::sync::SyncSettings(database).setNumberLeasing(5, 200, &error), qPrintable(error));
    }
    // In the morning the counter leases its numbers; then the line is down all day.
    QCOMPARE(cli({u"sync"_s, u"now"_s}).exitCode, 0);
    work(qEnvironmentVariableIntValue("OW_FAULT_CASES") > 0 ? qEnvironmentVariableIntValue("OW_FAULT_CASES") : 200);
    const QJsonObject status = jsonOf(cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
    QVERIFY(status[u"pending_ops"_s].toInt() > 100);
    QVERIFY(status[u"pending_blobs"_s].toInt() > 5);
}

void TestSyncFaults::faultsOnTheLine_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("only");
    QTest::newRow("every request dropped") << u"drop"_s << QString();
    QTest::newRow("every second request dropped") << u"pass,drop"_s << QString();
    QTest::newRow("every reply cut after 40 bytes") << u"cut:40"_s << QString();
    QTest::newRow("every third reply cut") << u"pass,pass,cut:200"_s << QString();
    QTest::newRow("every reply lost after the commit") << u"lose"_s << QString();
    QTest::newRow("every second reply lost") << u"pass,lose"_s << QString();
    QTest::newRow("slow line") << u"delay:200,pass"_s << QString();
    QTest::newRow("every push reply lost") << u"lose"_s << u"/api/v1/push"_s;
    QTest::newRow("every second push reply cut") << u"pass,cut:100"_s << u"/api/v1/push"_s;
    QTest::newRow("every blob chunk's reply lost") << u"lose"_s << u"/api/v1/blobs"_s;
}

void TestSyncFaults::faultsOnTheLine()
{
    QFETCH(QString, schedule);
    QFETCH(QString, only);
    QVERIFY(m_proxy.setSchedule(schedule, only));
    work(3);
    const ProcessRun run = syncThroughProxy();
    // Whatever the client made of it, it said so and stopped by itself.
    QVERIFY2(run.exitCode >= 0, qPrintable(run.err));
    QVERIFY2(run.exitCode == 0 || !run.err.isEmpty(), qPrintable(run.out));
    const ProcessRun check = cli({u"db"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
}

void TestSyncFaults::clientKilledMidPush_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("killAt");
    QTest::newRow("before the server sees the push") << u"delay:3000"_s << u"POST /api/v1/push"_s;
    QTest::newRow("after the server committed") << u"lose"_s << u"reply"_s;
}

void TestSyncFaults::clientKilledMidPush()
{
    QFETCH(QString, schedule);
    QFETCH(QString, killAt);
    work(3);
    {
        // Everything goes out again, so the push is big and the kill lands in the middle of it.
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery reset(database.connection());
        QVERIFY(reset.exec(u"UPDATE outbox SET state = 'pending', acknowledged_at = NULL"_s));
    }
    QVERIFY(m_proxy.setSchedule(u"pass"_s));
    m_proxy.mark();
    QVERIFY(m_proxy.setSchedule(schedule, u"/api/v1/push"_s));
    QProcess client;
    client.start(
        QStringLiteral(OW_CLI_PATH),
        {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_counter.path(), u"sync"_s, u"now"_s, u"--server"_s, m_proxy.url()});
    QVERIFY(client.waitForStarted());
    QVERIFY2(m_proxy.waitFor(u"POST /api/v1/push"_s, 60000), qPrintable(m_proxy.log()));
    if (killAt == u"reply") {
        QVERIFY2(m_proxy.waitFor(u"reply"_s, 60000), qPrintable(m_proxy.log()));
    }
    client.kill();
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);
    const ProcessRun check = cli({u"db"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));
}

void TestSyncFaults::serverKilledMidPush()
{
    work(3);
    {
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery reset(database.connection());
        QVERIFY(reset.exec(u"UPDATE outbox SET state = 'pending', acknowledged_at = NULL"_s));
    }
    // Each op takes the server 5 ms (its test hook), so the kill lands inside the push's ops.
    m_server->kill();
    qputenv("OW_DISTRICT_TEST_OP_DELAY_MS", "5");
    const bool started = m_server->start();
    qunsetenv("OW_DISTRICT_TEST_OP_DELAY_MS");
    QVERIFY(started);
    QVERIFY(m_proxy.setSchedule(u"pass"_s));
    m_proxy.mark();
    QProcess client;
    client.start(
        QStringLiteral(OW_CLI_PATH),
        {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_counter.path(), u"sync"_s, u"now"_s, u"--server"_s, m_proxy.url()});
    QVERIFY(client.waitForStarted());
    QVERIFY2(m_proxy.waitFor(u"POST /api/v1/push"_s, 60000), qPrintable(m_proxy.log()));
    QTest::qWait(300);
    m_server->kill();
    QVERIFY(client.waitForFinished(120000));
    QVERIFY(client.exitStatus() == QProcess::NormalExit);
    QVERIFY2(client.exitCode() != 0, "the client noticed the server went away");
    QVERIFY(m_server->start());
}

void TestSyncFaults::quietRunDeliversEverything()
{
    QVERIFY(m_proxy.setSchedule(u"pass"_s));
    QJsonObject status;
    for (int run = 0; run < 5; ++run) {
        const ProcessRun sync = syncThroughProxy();
        status = jsonOf(cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
        if (sync.exitCode == 0 && status[u"pending_ops"_s].toInt() == 0 && status[u"pending_blobs"_s].toInt() == 0) {
            break;
        }
    }
    QCOMPARE(status[u"pending_ops"_s].toInt(), 0);
    QCOMPARE(status[u"pending_blobs"_s].toInt(), 0);
    QCOMPARE(status[u"rejected"_s].toInt(), 0);
    QCOMPARE(status[u"conflicts"_s].toInt(), 0);

    ow::db::Database counter(m_counter.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(counter.open(&error), qPrintable(error));
    QSqlQuery integrity(counter.connection());
    QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    integrity.finish();

    const QSqlDatabase server = ow::tests::openServerDatabase(m_server->database(), u"district"_s);
    QVERIFY(server.isOpen());
    auto column = [](const QSqlDatabase& db, const QString& sql) {
        QStringList values;
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning() << sql;
        }
        while (query.next()) {
            values.append(query.value(0).toString());
        }
        return values;
    };

    // Every op of the counter is on the server exactly once (op_id is its key there), and nothing more.
    const QStringList clientOps = column(counter.connection(), u"SELECT op_id FROM outbox ORDER BY op_id"_s);
    const QStringList serverOps = column(server, u"SELECT op_id FROM applied_ops ORDER BY op_id"_s);
    QVERIFY(clientOps.size() > 100);
    QCOMPARE(serverOps, clientOps);
    QCOMPARE(column(server, u"SELECT count(*) FROM applied_ops WHERE status <> 'applied'"_s), QStringList {u"0"_s});
    for (const QString& table : {u"cases"_s, u"citizens"_s, u"attachments"_s, u"certificates"_s}) {
        QCOMPARE(column(server, u"SELECT uuid FROM %1 ORDER BY uuid"_s.arg(table)),
                 column(counter.connection(), u"SELECT uuid FROM %1 ORDER BY uuid"_s.arg(table)));
    }

    // Every blob the attachments name is complete on the server and its bytes hash to its name.
    const QStringList hashes = column(server, u"SELECT DISTINCT sha256 FROM attachments"_s);
    QVERIFY(hashes.size() > 5);
    for (const QString& hash : hashes) {
        QFile file(m_server->blobsPath() + u"/objects/"_s + hash.left(2) + u'/' + hash);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                 hash);
    }
    QCOMPARE(column(server, u"SELECT count(*) FROM blobs WHERE complete = 0"_s), QStringList {u"0"_s});

    // Certificate numbers: unique per series on the server, the same states as at the counter, and every number
    // of the counter's blocks accounted.
    QCOMPARE(column(server,
                    u"SELECT template_code, serial_number FROM certificates GROUP BY template_code, "
                    u"serial_number HAVING count(*) > 1"_s),
             QStringList());
    QCOMPARE(column(server, u"SELECT serial_number || ' ' || state FROM certificates ORDER BY serial_number"_s),
             column(counter.connection(),
                    u"SELECT serial_number || ' ' || state FROM certificates ORDER BY serial_number"_s));
    const QJsonArray blocks =
        QJsonDocument::fromJson(cli({u"numbers"_s, u"report"_s, u"--json"_s}).out.toUtf8()).array();
    QVERIFY(!blocks.isEmpty());
    for (const QJsonValue& block : blocks) {
        qint64 accounted = 0;
        for (const QString& part :
             {u"printed"_s, u"spoiled"_s, u"voided"_s, u"reserved"_s, u"returned"_s, u"remaining"_s}) {
            accounted += block[part].toInteger();
        }
        QCOMPARE(accounted, block[u"size"_s].toInteger());
    }
    QCOMPARE(column(server, u"SELECT count(*) FROM certificates WHERE state IN ('printed', 'spoiled')"_s),
             QStringList {QString::number(
                 std::accumulate(blocks.begin(), blocks.end(), qint64(0), [](qint64 sum, const QJsonValue& block) {
                     return sum + block[u"printed"_s].toInteger() + block[u"spoiled"_s].toInteger();
                 }))});
    // The district's own counts say the same.
    const QJsonObject stats = jsonOf(m_server->admin({u"stats"_s, u"--json"_s}).out);
    QCOMPARE(stats[u"cases"_s][u"total"_s].toInt(), m_made);
}

void TestSyncFaults::opThatAlwaysFailsIsRejected()
{
    work(1);
    QString failing;
    {
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery op(database.connection());
        QVERIFY(op.exec(u"SELECT op_id FROM outbox WHERE state = 'pending' AND entity = 'audit' "
                        u"ORDER BY seq DESC LIMIT 1"_s) &&
                op.next());
        failing = op.value(0).toString();
    }
    // The server fails on this one op as on a database error, every time (its test hook).
    m_server->kill();
    qputenv("OW_DISTRICT_TEST_FAILING_OP", failing.toUtf8());
    const bool started = m_server->start();
    qunsetenv("OW_DISTRICT_TEST_FAILING_OP");
    QVERIFY(started);

    // server_busy keeps the op pending for a few pushes, then the server gives up on it for good.
    int pushes = 0;
    QJsonArray problems;
    while (problems.isEmpty() && pushes < 10) {
        ++pushes;
        cli({u"sync"_s, u"now"_s});
        problems = QJsonDocument::fromJson(cli({u"sync"_s, u"problems"_s, u"--json"_s}).out.toUtf8()).array();
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0][u"state"_s].toString(), u"rejected"_s);
    QCOMPARE(problems[0][u"reason"_s].toString(), u"server_error"_s);
    QVERIFY2(pushes >= 5, qPrintable(QString::number(pushes)));
    const QJsonObject status = jsonOf(cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
    QCOMPARE(status[u"pending_ops"_s].toInt(), 0);
    QCOMPARE(status[u"rejected"_s].toInt(), 1);
    m_server->kill();
    QVERIFY(m_server->start());
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
