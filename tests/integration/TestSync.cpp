// The counter's sync client against the real onewindow-district on loopback (DistrictServerProcess), with the
// device token in a real keyring (GNOME Keyring on a private D-Bus session, see with-keyring.sh): enrolment,
// push, blobs, pull, logins online and offline, number leases, onewindow-cli sync and the background engine.
#include "DistrictServerProcess.h"
#include "auth/ClerkService.h"
#include "catalog/CatalogService.h"
#include "certificate/NumberService.h"
#include "core/SecretStore.h"
#include "db/Database.h"
#include "db/NumberRepository.h"
#include "db/OutboxRepository.h"
#include "db/SyncRepository.h"
#include "intake/DistrictFacts.h"
#include "photo/AttachmentStore.h"
#include "supervision/BacklogQuery.h"
#include "supervision/RemoteBacklogSource.h"
#include "sync/DistrictClient.h"
#include "sync/DistrictLogin.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using ow::tests::ProcessRun;

namespace {

const QString hall = u"330104001"_s;
const QString clerkPassword = u"district pass 1"_s;

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// One counter: its own data folder, set up and driven through onewindow-cli.
struct Counter
{
    QTemporaryDir dir;

    ProcessRun cli(const QStringList& arguments,
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OW_CLI_PATH),
                      QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path()} + arguments);
        if (!process.waitForStarted() || !process.waitForFinished(120000)) {
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    [[nodiscard]] bool setUp() const
    {
        return cli({u"hall"_s, u"set"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s, u"--counter"_s, u"3"_s})
                   .exitCode == 0;
    }

    // A senior card case for the test card; its JSON.
    [[nodiscard]] QJsonObject createCase() const
    {
        const ProcessRun run = cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--card"_s,
                                    QStringLiteral(OW_CARDS_DIR "/resident_lower_x.json"), u"--field"_s,
                                    u"current_address=Wensan Road 100, Hangzhou"_s, u"--field"_s,
                                    u"phone=13800138000"_s, u"--date"_s, u"2026-11-23"_s});
        if (run.exitCode != 0) {
            qWarning() << run.err;
        }
        return jsonOf(run.out);
    }

    [[nodiscard]] QString databasePath() const { return dir.filePath(u"onewindow.db"_s); }
};

// The district's own counts (admin stats --json).
QJsonObject stats(const ow::tests::DistrictServerProcess& server)
{
    return jsonOf(server.admin({u"stats"_s, u"--json"_s}).out);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enrollRefusesCodes_data();
    void enrollRefusesCodes();
    void enrollWithoutKeyringSaysSo();
    void pushTwiceDoublesNothing();
    void rejectedAndConflictingRecordsStay();
    void blobResumesAfterACut();
    void pulledRevocationStopsOfflineLogin();
    void loginLockedAtTheDistrictIsLockedHere();
    void offlineLoginExpires_data();
    void offlineLoginExpires();
    void numbersAreLeasedAndRefilled();
    void pullWritesTrustedKeys();
    void caseStatusOfTheHallIsPulled();
    void sharedDataAnswersWhenOnline_data();
    void sharedDataAnswersWhenOnline();
    void unreachableServerExitsSix();
    void statusJsonHasTheCounts();
    void engineResumesWhenTheServerReturns();
    void districtBacklogShowsOtherHalls();
    void auditChainIsIntactAtTheDistrict();
    void tamperedAuditRowIsRejected();
    void catalogFromTheDistrictIsImported();

private:
    // A counter set up and enrolled with the test server.
    [[nodiscard]] std::unique_ptr<Counter> enrolledCounter();
    // The engine of a counter, run once in this process with the token from the keyring.
    ow::sync::SyncSummary syncInProcess(const Counter& counter);

    // The audit-check entry of a counter's device (admin audit-check --json), and that command's exit code.
    QJsonObject auditCheckOf(const Counter& counter, int* exitCode = nullptr);

    std::unique_ptr<ow::tests::DistrictServerProcess> m_server;
};

void TestSync::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    m_server = std::make_unique<ow::tests::DistrictServerProcess>(QStringLiteral(OW_DISTRICT_PATH));
    QVERIFY(m_server->isValid());
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s}).exitCode, 0);
    const ProcessRun clerk = m_server->admin({u"clerk"_s, u"add"_s, u"--login"_s, u"wangfang"_s, u"--name"_s,
                                              u"Wang Fang"_s, u"--role"_s, u"clerk"_s, u"--hall"_s, hall},
                                             clerkPassword.toUtf8());
    QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));
    QCOMPARE(m_server
                 ->admin({u"clerk"_s, u"add"_s, u"--login"_s, u"lina"_s, u"--name"_s, u"Li Na"_s, u"--role"_s,
                          u"supervisor"_s, u"--hall"_s, hall},
                         clerkPassword.toUtf8())
                 .exitCode,
             0);
    const ProcessRun population = m_server->admin({u"load-population"_s, QStringLiteral(OW_POPULATION_FIXTURE)});
    QVERIFY2(population.exitCode == 0, qPrintable(population.err));
    QVERIFY(m_server->start());
}

std::unique_ptr<Counter> TestSync::enrolledCounter()
{
    auto counter = std::make_unique<Counter>();
    if (!counter->dir.isValid() || !counter->setUp()) {
        return nullptr;
    }
    const ProcessRun run =
        counter->cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, m_server->enrollCode(hall)});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return nullptr;
    }
    return counter;
}

ow::sync::SyncSummary TestSync::syncInProcess(const Counter& counter)
{
    ow::db::Database database(counter.databasePath());
    QString error;
    if (!database.open(&error)) {
        qWarning() << error;
        return {};
    }
    const ow::sync::DistrictLink link = ow::sync::SyncSettings(database).link();
    ow::core::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    ow::sync::DistrictClient client(network, link.server,
                                    secrets.read(ow::sync::SyncSettings::tokenSecretName(link.deviceId)).secret);
    ow::sync::SyncEngine engine(database, client);
    return engine.runOnce();
}

void TestSync::enrollRefusesCodes_data()
{
    QTest::addColumn<bool>("useTwice");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown code") << false << u"does not accept the code"_s;
    QTest::newRow("code used already") << true << u"unknown, used already or expired"_s;
}

void TestSync::enrollRefusesCodes()
{
    QFETCH(bool, useTwice);
    QFETCH(QString, message);
    Counter counter;
    QVERIFY(counter.setUp());
    QString code = u"WRNG-CODE"_s;
    if (useTwice) {
        Counter first;
        QVERIFY(first.setUp());
        code = m_server->enrollCode(hall);
        QCOMPARE(first.cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, code}).exitCode, 0);
    }
    const ProcessRun run = counter.cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, code});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(counter.cli({u"sync"_s, u"status"_s}).out.contains(u"Not enrolled"_s));
}

void TestSync::enrollWithoutKeyringSaysSo()
{
    Counter counter;
    QVERIFY(counter.setUp());
    const QString code = m_server->enrollCode(hall);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.remove(u"DISPLAY"_s);
    const ProcessRun run =
        counter.cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, code}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"keyring"_s), qPrintable(run.err));
    QVERIFY(counter.cli({u"sync"_s, u"status"_s}).out.contains(u"Not enrolled"_s));
    // The code was not spent: with a keyring, the same code still enrols the counter.
    QCOMPARE(counter.cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, code}).exitCode, 0);
}

void TestSync::pushTwiceDoublesNothing()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    const QJsonObject taken = counter->createCase();
    QVERIFY(!taken.isEmpty());
    const int casesBefore = stats(*m_server)[u"cases"_s][u"total"_s].toInt();

    const ProcessRun first = counter->cli({u"sync"_s, u"now"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    const QJsonObject summary = jsonOf(first.out);
    QVERIFY(summary[u"applied"_s].toInt() > 0);
    QCOMPARE(summary[u"duplicate"_s].toInt(), 0);
    QCOMPARE(summary[u"pending_ops"_s].toInt(), 0);
    QCOMPARE(summary[u"acknowledged"_s].toBool(), true);
    QCOMPARE(stats(*m_server)[u"cases"_s][u"total"_s].toInt(), casesBefore + 1);

    // The answers were lost on the way back: every op is pending again and goes out a second time.
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery reset(database.connection());
        QVERIFY(reset.exec(u"UPDATE outbox SET state = 'pending'"_s));
    }
    const ProcessRun second = counter->cli({u"sync"_s, u"now"_s});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject again = jsonOf(second.out);
    QCOMPARE(again[u"applied"_s].toInt(), 0);
    QCOMPARE(again[u"duplicate"_s].toInt(), summary[u"applied"_s].toInt());
    QCOMPARE(stats(*m_server)[u"cases"_s][u"total"_s].toInt(), casesBefore + 1);
}

void TestSync::rejectedAndConflictingRecordsStay()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    const QJsonObject taken = counter->createCase();
    QVERIFY(!taken.isEmpty());
    QCOMPARE(counter->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        ow::db::OutboxRepository outbox(database);
        // A state change of a case the district never saw, and a second create of a case it has.
        QVERIFY(outbox.append(u"case"_s, u"00000000-0000-4000-8000-000000000001"_s, u"state"_s,
                              {{u"uuid"_s, u"00000000-0000-4000-8000-000000000001"_s},
                               {u"number"_s, u"330104001-03-20261123-9999"_s},
                               {u"state"_s, u"completed"_s},
                               {u"version"_s, 2}}));
        QSqlQuery create(database.connection());
        QVERIFY(
            create.exec(u"SELECT entity_uuid, payload FROM outbox WHERE entity = 'case' AND operation = 'create'"_s));
        QVERIFY(create.next());
        const QString caseUuid = create.value(0).toString();
        QVERIFY(outbox.append(u"case"_s, caseUuid, u"create"_s,
                              QJsonDocument::fromJson(create.value(1).toString().toUtf8()).object()));
    }
    for (int run = 0; run < 2; ++run) {
        const ProcessRun sync = counter->cli({u"sync"_s, u"now"_s});
        QCOMPARE(sync.exitCode, 7);
        QVERIFY2(sync.err.contains(u"sync problems"_s), qPrintable(sync.err));
        const QJsonArray problems =
            QJsonDocument::fromJson(counter->cli({u"sync"_s, u"problems"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0][u"state"_s].toString(), u"rejected"_s);
        QCOMPARE(problems[0][u"reason"_s].toString(), u"not_found"_s);
        QCOMPARE(problems[1][u"state"_s].toString(), u"conflict"_s);
        QCOMPARE(problems[1][u"reason"_s].toString(), u"already_exists"_s);
        const QJsonObject status = jsonOf(counter->cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
        QCOMPARE(status[u"rejected"_s].toInt(), 1);
        QCOMPARE(status[u"conflicts"_s].toInt(), 1);
        QCOMPARE(status[u"pending_ops"_s].toInt(), 0);
    }
}

void TestSync::blobResumesAfterACut()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    const QJsonObject taken = counter->createCase();
    QVERIFY(!taken.isEmpty());
    QByteArray bytes(2 * 1024 * 1024 + 512 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    const QString hash = ow::photo::AttachmentStore::sha256Hex(bytes);
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery caseRow(database.connection());
        QVERIFY(caseRow.exec(u"SELECT uuid, citizen_uuid FROM cases"_s) && caseRow.next());
        QVERIFY2(ow::photo::AttachmentStore(database).store(bytes, u"scan"_s, u"image/jpeg"_s,
                                                            caseRow.value(0).toString(), caseRow.value(1).toString(), 1,
                                                            &error),
                 qPrintable(error));
        QCOMPARE(ow::db::SyncRepository(database).counts().pendingBlobs, 1);

        // The first mebibyte arrives, then the line is cut.
        const ow::sync::DistrictLink link = ow::sync::SyncSettings(database).link();
        ow::core::KeychainSecretStore secrets;
        QNetworkAccessManager network;
        ow::sync::DistrictClient client(network, link.server,
                                        secrets.read(ow::sync::SyncSettings::tokenSecretName(link.deviceId)).secret);
        QUrlQuery offset;
        offset.addQueryItem(u"offset"_s, u"0"_s);
        const auto part = client.put(u"/blobs/"_s + hash, offset, bytes.left(1024 * 1024),
                                     {{"X-Blob-Size", QByteArray::number(bytes.size())}});
        QVERIFY2(part.ok(), qPrintable(part.detail));
        QCOMPARE(part.json[u"received"_s].toInteger(), 1024 * 1024);
    }

    const ow::sync::SyncSummary summary = syncInProcess(*counter);
    QVERIFY2(summary.everythingAcknowledged(), qPrintable(summary.message));
    QCOMPARE(summary.blobsUploaded, 1);
    // Only what the district did not have went over the wire.
    QCOMPARE(summary.blobBytesSent, bytes.size() - 1024 * 1024);
    QCOMPARE(summary.rejected, 0);
    const QJsonObject blobs = stats(*m_server)[u"blobs"_s].toObject();
    QVERIFY(blobs[u"complete"_s].toInt() >= 1);
    QVERIFY(blobs[u"attachments"_s].toInt() >= 1);
}

void TestSync::pulledRevocationStopsOfflineLogin()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QVERIFY(syncInProcess(*counter).completed);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    // The pull brought the hall's clerk, without a password until the first online login.
    ow::auth::ClerkService clerks(database);
    const QList<ow::auth::Clerk> pulled = clerks.list();
    QVERIFY(std::any_of(pulled.begin(), pulled.end(), [](const ow::auth::Clerk& clerk) {
        return clerk.login == u"wangfang" && clerk.role == ow::auth::Role::Clerk && clerk.active;
    }));
    QCOMPARE(clerks.login(u"wangfang"_s, clerkPassword).status, ow::auth::LoginResult::Status::Rejected);

    ow::core::KeychainSecretStore secrets;
    ow::auth::ClerkService online(database);
    online.setOnlineLogin(ow::sync::districtLogin(database, secrets));
    const auto first = online.login(u"wangfang"_s, clerkPassword);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QCOMPARE(first.clerk->name, u"Wang Fang"_s);
    // Offline (no district to ask), the verifier of that login lets the clerk in.
    QVERIFY(clerks.login(u"wangfang"_s, clerkPassword).ok());

    const ProcessRun revoke = m_server->admin({u"clerk"_s, u"deactivate"_s, u"--login"_s, u"wangfang"_s});
    QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
    QVERIFY(syncInProcess(*counter).completed);
    const auto refused = clerks.login(u"wangfang"_s, clerkPassword);
    QCOMPARE(refused.status, ow::auth::LoginResult::Status::Rejected);
    QVERIFY(refused.message.contains(u"wrong"_s));
    // Online, the district refuses too, and the account stays off.
    QVERIFY(!online.login(u"wangfang"_s, clerkPassword).ok());
}

void TestSync::loginLockedAtTheDistrictIsLockedHere()
{
    const ProcessRun added = m_server->admin({u"clerk"_s, u"add"_s, u"--login"_s, u"zhaolei"_s, u"--name"_s,
                                              u"Zhao Lei"_s, u"--role"_s, u"clerk"_s, u"--hall"_s, hall},
                                             clerkPassword.toUtf8());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    ow::core::KeychainSecretStore secrets;
    // A counter where she logged in online once: it keeps her verifier for offline logins.
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QVERIFY(syncInProcess(*counter).completed);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::auth::ClerkService clerks(database);
    clerks.setOnlineLogin(ow::sync::districtLogin(database, secrets));
    const auto first = clerks.login(u"zhaolei"_s, clerkPassword);
    QVERIFY2(first.ok(), qPrintable(first.message));

    // Five wrong passwords at another counter lock the login at the district...
    {
        const auto other = enrolledCounter();
        QVERIFY(other);
        ow::db::Database otherDatabase(other->databasePath());
        QVERIFY2(otherDatabase.open(&error), qPrintable(error));
        ow::auth::ClerkService guesser(otherDatabase);
        guesser.setOnlineLogin(ow::sync::districtLogin(otherDatabase, secrets));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!guesser.login(u"zhaolei"_s, u"not her password"_s).ok());
        }
    }
    // ...so the right password here is refused too: the counter does not let her in through its own verifier
    // while the district says wait, and says why.
    const auto locked = clerks.login(u"zhaolei"_s, clerkPassword);
    QCOMPARE(locked.status, ow::auth::LoginResult::Status::Locked);
    QVERIFY2(locked.message.contains(u"district server"_s), qPrintable(locked.message));
    QVERIFY(locked.lockedUntil > QDateTime::currentDateTimeUtc().addSecs(10 * 60));
    const QList<ow::auth::Clerk> list = clerks.list();
    QVERIFY2(std::any_of(list.begin(), list.end(),
                         [](const ow::auth::Clerk& clerk) { return clerk.login == u"zhaolei" && clerk.active; }),
             "a lock is not a revocation: the account stays active");
}

void TestSync::offlineLoginExpires_data()
{
    QTest::addColumn<int>("settingDays");
    QTest::addColumn<int>("daysOffline");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("6 of 7 days") << 0 << 6 << true;
    QTest::newRow("8 of 7 days") << 0 << 8 << false;
    QTest::newRow("8 of 10 days") << 10 << 8 << true;
    QTest::newRow("3 of 2 days") << 2 << 3 << false;
}

void TestSync::offlineLoginExpires()
{
    QFETCH(int, settingDays);
    QFETCH(int, daysOffline);
    QFETCH(bool, accepted);
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    if (settingDays > 0) {
        QVERIFY(ow::sync::SyncSettings(database).setOfflineLoginDays(settingDays, &error));
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    ow::core::KeychainSecretStore secrets;
    ow::auth::ClerkService clerks(database, [&now] { return now; });
    clerks.setOnlineLogin(ow::sync::districtLogin(database, secrets));
    QVERIFY(clerks.login(u"lina"_s, clerkPassword).ok());

    // The district is out of reach from here on; the clock moves on.
    clerks.setOnlineLogin([](const QString&, const QString&) { return ow::auth::OnlineLoginAnswer(); });
    now = now.addDays(daysOffline);
    const auto result = clerks.login(u"lina"_s, clerkPassword);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.status, ow::auth::LoginResult::Status::Expired);
        QVERIFY2(result.message.contains(u"connected to the district"_s), qPrintable(result.message));
        // A wrong password says nothing about the expiry.
        QCOMPARE(clerks.login(u"lina"_s, u"wrong password"_s).status, ow::auth::LoginResult::Status::Rejected);
    }
}

void TestSync::numbersAreLeasedAndRefilled()
{
    QCOMPARE(m_server
                 ->admin({u"series"_s, u"add"_s, u"--template"_s, u"cert.senior-card"_s, u"--prefix"_s, u"LN"_s,
                          u"--width"_s, u"8"_s, u"--first"_s, u"1001"_s})
                 .exitCode,
             0);
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    const QJsonObject taken = counter->createCase();
    QVERIFY(!taken.isEmpty());
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY2(ow::sync::SyncSettings(database).setNumberLeasing(3, 10, &error), qPrintable(error));
    }
    auto summary = syncInProcess(*counter);
    QVERIFY2(summary.everythingAcknowledged(), qPrintable(summary.message));
    QCOMPARE(summary.leasedBlocks, 1);

    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    auto blocks = ow::db::NumberRepository(database).blocks(u"cert.senior-card"_s);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0].source, u"district"_s);
    QCOMPARE(blocks[0].prefix, u"LN"_s);
    QCOMPARE(blocks[0].last - blocks[0].first, 9);

    // Above the low-water mark nothing is leased; at it, the next sync refills.
    ow::certificate::NumberService numbers(database);
    QSqlQuery caseRow(database.connection());
    QVERIFY(caseRow.exec(u"SELECT uuid FROM cases"_s) && caseRow.next());
    const QString caseUuid = caseRow.value(0).toString();
    caseRow.finish();
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(numbers.reserve(u"cert.senior-card"_s, caseUuid, {}, &error), qPrintable(error));
    }
    QCOMPARE(syncInProcess(*counter).leasedBlocks, 0);
    QVERIFY2(numbers.reserve(u"cert.senior-card"_s, caseUuid, {}, &error), qPrintable(error));
    summary = syncInProcess(*counter);
    QVERIFY2(summary.everythingAcknowledged(), qPrintable(summary.message));
    QCOMPARE(summary.leasedBlocks, 1);
    blocks = ow::db::NumberRepository(database).blocks(u"cert.senior-card"_s);
    QCOMPARE(blocks.size(), 2);
    QVERIFY(blocks[1].first > blocks[0].last);
    QCOMPARE(summary.rejected + summary.conflicts, 0);
}

void TestSync::pullWritesTrustedKeys()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    // The district's keys, this counter's own among them, arrive in trusted-keys.json.
    QVERIFY(syncInProcess(*counter).completed);
    QFile file(counter->dir.filePath(u"trusted-keys.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray keys = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!keys.isEmpty());
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    const QString ownKey = ow::sync::SyncSettings(database).link().keyId;
    QVERIFY(std::any_of(keys.begin(), keys.end(), [&](const QJsonValue& key) {
        return key[u"key_id"_s].toString() == ownKey && key[u"hall"_s].toString() == hall;
    }));
    // The counter's verifier reads the file as it is written.
    const ProcessRun verify = counter->cli({u"certificate"_s, u"key"_s});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(ownKey));
}

void TestSync::caseStatusOfTheHallIsPulled()
{
    const auto taking = enrolledCounter();
    const auto other = enrolledCounter();
    QVERIFY(taking && other);
    const QJsonObject taken = taking->createCase();
    QVERIFY(!taken.isEmpty());
    const QString uuid = taken[u"uuid"_s].toString();
    QCOMPARE(taking->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    auto stateAtOther = [&]() -> std::optional<QString> {
        if (!syncInProcess(*other).completed) {
            return std::nullopt;
        }
        ow::db::Database database(other->databasePath());
        QString error;
        return database.open(&error) ? ow::db::SyncRepository(database).districtCaseState(uuid) : std::nullopt;
    };
    QCOMPARE(stateAtOther(), std::optional<QString>(u"received"_s));

    // The counter that took the case issues it; the other counter of the hall learns it with its next pull.
    QCOMPARE(taking->cli({u"case"_s, u"set-state"_s, taken[u"number"_s].toString(), u"issued"_s}).exitCode, 0);
    QCOMPARE(taking->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    QCOMPARE(stateAtOther(), std::optional<QString>(u"issued"_s));
}

void TestSync::sharedDataAnswersWhenOnline_data()
{
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<bool>("online");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<int>("hasRecord"); // 1 yes, 0 no, -1 unknown
    QTest::newRow("household of a known citizen") << u"33010619661123017x"_s << true << u"hukou"_s << 1;
    QTest::newRow("allowance of a known citizen") << u"33010619661123017X"_s << true << u"social_assistance"_s << 1;
    QTest::newRow("no disability record") << u"33010619661123017X"_s << true << u"disability_assessment"_s << 0;
    QTest::newRow("citizen unknown to the district") << u"11010519491231002X"_s << true << u"hukou"_s << 0;
    QTest::newRow("offline") << u"33010619661123017X"_s << false << u"hukou"_s << -1;
}

void TestSync::sharedDataAnswersWhenOnline()
{
    QFETCH(QString, idNumber);
    QFETCH(bool, online);
    QFETCH(QString, dataset);
    QFETCH(int, hasRecord);
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    if (!online) {
        QVERIFY(ow::sync::SyncSettings(database).setLink([&] {
            auto link = ow::sync::SyncSettings(database).link();
            link.server = QUrl(u"http://127.0.0.1:9"_s);
            return link;
        }()));
    }
    ow::core::KeychainSecretStore secrets;
    ow::intake::DistrictFacts facts(database, ow::intake::districtSharedLookup(database, secrets, 2000));
    const std::optional<bool> found = facts.hasRecord(dataset, idNumber);
    QCOMPARE(found.has_value(), hasRecord >= 0);
    if (found) {
        QCOMPARE(*found, hasRecord == 1);
    }
    if (hasRecord == 1 && dataset == u"hukou") {
        const auto household = facts.record(dataset, idNumber);
        QVERIFY(household);
        QCOMPARE(household->value(u"hukou_region"_s).toString(), u"330106"_s);
        QVERIFY(!household->value(u"hukou_address"_s).toString().isEmpty());
        QCOMPARE(household->value(u"household_members"_s).toArray().size(), 3);
    }
}

void TestSync::unreachableServerExitsSix()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QVERIFY(!counter->createCase().isEmpty());
    // Port 9 (discard) on loopback: nobody listens.
    const ProcessRun run = counter->cli({u"sync"_s, u"now"_s, u"--server"_s, u"http://127.0.0.1:9"_s});
    QCOMPARE(run.exitCode, 6);
    const QJsonObject summary = jsonOf(run.out);
    QCOMPARE(summary[u"reachable"_s].toBool(), false);
    QCOMPARE(summary[u"server"_s].toString(), u"http://127.0.0.1:9"_s);
    QVERIFY(summary[u"pending_ops"_s].toInt() > 0);
    QVERIFY2(run.err.contains(u"cannot be reached"_s), qPrintable(run.err));
    // The enrolled address is untouched: the next plain run goes through.
    QCOMPARE(counter->cli({u"sync"_s, u"now"_s}).exitCode, 0);
}

void TestSync::statusJsonHasTheCounts()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QJsonObject status = jsonOf(counter->cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
    QCOMPARE(QStringList(status.keys()),
             (QStringList {u"conflicts"_s, u"last_success"_s, u"pending_blobs"_s, u"pending_ops"_s, u"rejected"_s}));
    QVERIFY(status[u"last_success"_s].isNull());
    QVERIFY(!counter->createCase().isEmpty());
    QVERIFY(jsonOf(counter->cli({u"sync"_s, u"status"_s, u"--json"_s}).out)[u"pending_ops"_s].toInt() > 0);
    QCOMPARE(counter->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    status = jsonOf(counter->cli({u"sync"_s, u"status"_s, u"--json"_s}).out);
    QCOMPARE(status[u"pending_ops"_s].toInt(), 0);
    QCOMPARE(status[u"pending_blobs"_s].toInt(), 0);
    const QDateTime last = QDateTime::fromString(status[u"last_success"_s].toString(), Qt::ISODateWithMs);
    QVERIFY(last.isValid());
    QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestSync::engineResumesWhenTheServerReturns()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    m_server->kill();
    // Written while the district is down; after this nothing more is written.
    QVERIFY(!counter->createCase().isEmpty());

    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::core::KeychainSecretStore secrets;
    ow::sync::SyncService service(database, secrets);
    service.setTiming({60 * 1000, 200, 1500});
    QSignalSpy changes(&service, &ow::sync::SyncService::stateChanged);
    QVERIFY2(service.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(service.hasRun(), 20000);
    QVERIFY(!service.isOnline());
    QVERIFY(service.lastSummary().counts.pendingOps > 0);

    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(service.lastSummary().everythingAcknowledged(), 30000);
    QVERIFY(service.isOnline());
    QCOMPARE(ow::db::SyncRepository(database).counts().pendingOps, 0);
    service.stop();
}

void TestSync::districtBacklogShowsOtherHalls()
{
    const QString otherHall = u"330104002"_s;
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, otherHall, u"--name"_s, u"Dongxin"_s}).exitCode, 0);
    Counter other;
    QVERIFY(other.dir.isValid());
    QCOMPARE(other.cli({u"hall"_s, u"set"_s, u"--code"_s, otherHall, u"--name"_s, u"Dongxin"_s, u"--counter"_s, u"5"_s})
                 .exitCode,
             0);
    QCOMPARE(
        other
            .cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, m_server->enrollCode(otherHall)})
            .exitCode,
        0);
    const QJsonObject taken = other.createCase();
    QVERIFY(!taken.isEmpty());
    QCOMPARE(other.cli({u"sync"_s, u"now"_s}).exitCode, 0);

    const auto counter = enrolledCounter();
    QVERIFY(counter);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::core::KeychainSecretStore secrets;
    const auto onlineLogin = ow::sync::districtLogin(database, secrets);
    const QString supervisor = onlineLogin(u"lina"_s, clerkPassword).uuid;
    QCOMPARE(m_server
                 ->admin({u"clerk"_s, u"add"_s, u"--login"_s, u"zhoujie"_s, u"--name"_s, u"Zhou Jie"_s, u"--role"_s,
                          u"clerk"_s, u"--hall"_s, hall},
                         clerkPassword.toUtf8())
                 .exitCode,
             0);
    const QString clerk = onlineLogin(u"zhoujie"_s, clerkPassword).uuid;
    QVERIFY(!supervisor.isEmpty() && !clerk.isEmpty());

    const auto pageFor = [&](const QString& clerkUuid) {
        ow::supervision::BacklogQuery query(database, {});
        ow::supervision::RemoteBacklogSource::addTo(query, database, secrets, clerkUuid);
        return query.page({});
    };
    const ow::supervision::BacklogPage page = pageFor(supervisor);
    QVERIFY2(page.unavailable.isEmpty(), qPrintable(page.unavailable.join(u'\n')));
    const auto it = std::find_if(page.rows.begin(), page.rows.end(), [&](const ow::supervision::BacklogRow& row) {
        return row.record.number == taken[u"number"_s].toString();
    });
    QVERIFY(it != page.rows.end());
    QCOMPARE(it->source, u"district"_s);
    QCOMPARE(it->record.hallCode, otherHall);
    QCOMPARE(it->record.counterNumber, 5);
    QCOMPARE(it->record.itemCode, u"senior-card"_s);
    QVERIFY(it->record.deadline.isValid());
    // The district masks the ID number (the test card is 33010619661123017X).
    QCOMPARE(it->record.citizenIdNumber.left(6), u"330106"_s);
    QVERIFY(!it->record.citizenIdNumber.contains(u"19661123"_s));

    // A plain clerk's login is no proof: the district source says why and the hall's cases still show.
    const ow::supervision::BacklogPage refused = pageFor(clerk);
    QCOMPARE(refused.unavailable.size(), 1);
    QVERIFY2(refused.unavailable.constFirst().contains(u"supervisor"_s), qPrintable(refused.unavailable.join(u'\n')));

    // Offline: the district is named unreachable, quickly.
    QVERIFY(ow::sync::SyncSettings(database).setLink([&] {
        auto link = ow::sync::SyncSettings(database).link();
        link.server = QUrl(u"http://127.0.0.1:9"_s);
        return link;
    }()));
    QElapsedTimer timer;
    timer.start();
    const ow::supervision::BacklogPage offline = pageFor(supervisor);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(offline.unavailable.size(), 1);
    QVERIFY2(offline.unavailable.constFirst().contains(u"not reachable"_s),
             qPrintable(offline.unavailable.join(u'\n')));
}

QJsonObject TestSync::auditCheckOf(const Counter& counter, int* exitCode)
{
    QString deviceId;
    {
        ow::db::Database database(counter.databasePath());
        QString error;
        if (!database.open(&error)) {
            return {};
        }
        deviceId = ow::sync::SyncSettings(database).link().deviceId;
    }
    const ProcessRun run = m_server->admin({u"audit-check"_s, u"--json"_s});
    if (exitCode) {
        *exitCode = run.exitCode;
    }
    const QJsonArray devices = jsonOf(run.out)[u"devices"_s].toArray();
    for (const QJsonValue& device : devices) {
        if (device[u"device_id"_s].toString() == deviceId) {
            return device.toObject();
        }
    }
    return {};
}

void TestSync::auditChainIsIntactAtTheDistrict()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QVERIFY(!counter->createCase().isEmpty());
    QVERIFY(!counter->createCase().isEmpty());
    QCOMPARE(counter->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    const QJsonObject device = auditCheckOf(*counter);
    QCOMPARE(device[u"intact"_s].toBool(), true);
    QVERIFY(device[u"rows"_s].toInt() >= 2);
}

void TestSync::tamperedAuditRowIsRejected()
{
    const auto counter = enrolledCounter();
    QVERIFY(counter);
    QVERIFY(!counter->createCase().isEmpty());
    QCOMPARE(counter->cli({u"sync"_s, u"now"_s}).exitCode, 0);
    QVERIFY(!counter->createCase().isEmpty());
    // Someone edits an audit row waiting to go out, as with the sqlite3 tool: its subject no longer hashes.
    QString tampered;
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery pick(database.connection());
        QVERIFY(pick.exec(u"SELECT seq, entity_uuid, payload FROM outbox WHERE entity = 'audit' AND state = 'pending' "
                          "ORDER BY seq LIMIT 1"_s));
        QVERIFY(pick.next());
        tampered = pick.value(1).toString();
        QJsonObject payload = jsonOf(pick.value(2).toString());
        payload[u"subject"_s] = QString(payload[u"subject"_s].toString() + u"-edited"_s);
        QSqlQuery edit(database.connection());
        edit.prepare(u"UPDATE outbox SET payload = ? WHERE seq = ?"_s);
        edit.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        edit.addBindValue(pick.value(0));
        QVERIFY(edit.exec());
    }
    const ProcessRun sync = counter->cli({u"sync"_s, u"now"_s});
    QVERIFY2(jsonOf(sync.out)[u"rejected"_s].toInt() >= 1, qPrintable(sync.out + sync.err));
    {
        ow::db::Database database(counter->databasePath());
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery state(database.connection());
        state.prepare(u"SELECT state, reason FROM outbox WHERE entity_uuid = ?"_s);
        state.addBindValue(tampered);
        QVERIFY(state.exec() && state.next());
        QCOMPARE(state.value(0).toString(), u"rejected"_s);
        QVERIFY(state.value(1).toString().contains(u"audit_chain_broken"_s));
    }
    int exitCode = 0;
    const QJsonObject device = auditCheckOf(*counter, &exitCode);
    QCOMPARE(exitCode, 1);
    QCOMPARE(device[u"intact"_s].toBool(), false);
    QCOMPARE(device[u"broken_uuid"_s].toString(), tampered);
}

void TestSync::catalogFromTheDistrictIsImported()
{
    QTemporaryDir source;
    QVERIFY(source.isValid());
    const QDir shipped(QStringLiteral(OW_CATALOG_DIR));
    for (const QString& folder : {u"items"_s, u"bundles"_s}) {
        QVERIFY(QDir(source.path()).mkpath(folder));
        for (const QString& name : QDir(shipped.filePath(folder)).entryList({u"*.json"_s}, QDir::Files)) {
            QVERIFY(QFile::copy(shipped.filePath(folder + u'/' + name), source.filePath(folder + u'/' + name)));
        }
    }
    // The district renames one item; every counter shows the new name after its next pull.
    QFile item(source.filePath(u"items/senior-card.json"_s));
    QVERIFY(item.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(item.readAll()).object();
    item.close();
    document[u"name"_s] = u"Senior card (district edition)"_s;
    document[u"revision"_s] = document[u"revision"_s].toInt() + 1;
    QVERIFY(item.open(QIODevice::WriteOnly | QIODevice::Truncate));
    item.write(QJsonDocument(document).toJson());
    item.close();

    const auto counter = enrolledCounter();
    QVERIFY(counter);
    const ProcessRun imported = m_server->admin({u"catalog"_s, u"import"_s, source.path()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(syncInProcess(*counter).completed);
    ow::db::Database database(counter->databasePath());
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    const auto senior = ow::catalog::CatalogService(database).item(u"senior-card"_s);
    QVERIFY(senior);
    QCOMPARE(senior->name, u"Senior card (district edition)"_s);
}

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
