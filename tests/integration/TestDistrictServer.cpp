// onewindow-district as real processes on loopback ports, spoken to over real HTTP. The same executable runs
// once on SQLite and once on a throwaway PostgreSQL cluster (OW_DISTRICT_DATABASE, see CMakeLists.txt).
#include "db/AuditHash.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <memory>

namespace protocol = ow::sync::protocol;
using namespace Qt::StringLiterals;

namespace {

const QString hall = QStringLiteral("330104001");
const QString otherHall = QStringLiteral("330104002");

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 contentLength = -1;
};

struct CommandResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Reply finish(QNetworkReply* reply)
{
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error();
    if (reply->hasRawHeader("Content-Length")) {
        result.contentLength = reply->rawHeader("Content-Length").toLongLong();
    }
    reply->deleteLater();
    return result;
}

} // namespace

class TestDistrictServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void adminCommands();
    void adminRefusesBadInput_data();
    void adminRefusesBadInput();
    void enrollsOnceWithOneCode();
    void concurrentEnrollsWithOneCode();
    void refusesMissingAndRevokedTokens();
    void clerkLogin();
    void pushIsIdempotent();
    void oldBaseVersionIsAConflict();
    void unknownEntityIsRejected();
    void blobUploadResumesAndVerifies();
    void attachmentWaitsForItsBlob();
    void pullSeesEveryChangeOnceUnderConcurrentPushes();
    void leasesNeverOverlapAcrossDevices();
    void sharedDataWithLowerCaseX();
    void killedMidPushAppliesOpsOnce();
    void districtBacklogNeedsASupervisor();
    void districtBacklogPagesEveryHall();
    void auditChainIsCheckedPerDevice();
    void catalogImportWritesTheStream();

private:
    // A fresh database (a SQLite file, or a new PostgreSQL database in the test cluster).
    QString freshDatabase();
    CommandResult admin(const QStringList& arguments, const QByteArray& input = {});
    void startServer(const QStringList& environment = {});
    void stopServer(bool kill = false);
    QNetworkReply* send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                        const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply call(const QByteArray& verb, const QString& path, const QJsonObject& body = {}, const QString& token = {});
    Reply wait(QNetworkReply* reply);
    QString enrollCode(const QString& hallCode);
    // Enrolls a counter of the hall, returns its token.
    QString enroll(const QString& hallCode = hall, QString* deviceId = nullptr);
    QJsonObject stats();

    QString m_serverPath = QStringLiteral(OW_DISTRICT_PATH);
    QString m_pgBaseUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

void TestDistrictServer::initTestCase()
{
    const QString database = qEnvironmentVariable("OW_DISTRICT_DATABASE", QStringLiteral("sqlite"));
    if (database.startsWith(QLatin1StringView("pg-url-file:"))) {
        QFile file(database.mid(12));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_pgBaseUrl = QString::fromUtf8(file.readAll()).trimmed();
        QVERIFY(!m_pgBaseUrl.isEmpty());
    }
}

void TestDistrictServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = freshDatabase();
    QVERIFY(!m_database.isEmpty());
    QCOMPARE(admin({QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("--code"), hall,
                    QStringLiteral("--name"), QStringLiteral("Luojiazhuang")})
                 .exitCode,
             0);
    QCOMPARE(admin({QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("--code"), otherHall,
                    QStringLiteral("--name"), QStringLiteral("Dongxin")})
                 .exitCode,
             0);
    startServer();
}

void TestDistrictServer::cleanup()
{
    stopServer();
}

QString TestDistrictServer::freshDatabase()
{
    if (m_pgBaseUrl.isEmpty()) {
        return QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("district.sqlite"));
    }
    const QUrl url(m_pgBaseUrl);
    const QString name = QStringLiteral("ow_test_") + newUuid().remove(u'-').left(16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            qWarning() << db.lastError().text();
            return {};
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            qWarning() << query.lastError().text();
            return {};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QUrl database = url;
    database.setPath(u'/' + name);
    return database.toString();
}

CommandResult TestDistrictServer::admin(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(m_serverPath,
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_database,
                               QStringLiteral("admin")} +
                      arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestDistrictServer::startServer(const QStringList& environment)
{
    m_server = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    }
    m_server->setProcessEnvironment(env);
    m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server->start(m_serverPath,
                    {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_database,
                     QStringLiteral("--blobs"), m_dir->filePath(QStringLiteral("blobs")), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")});
    QVERIFY(m_server->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->canReadLine() || m_server->state() != QProcess::Running, 30000);
    const QString line = QString::fromUtf8(m_server->readLine());
    const qsizetype at = line.lastIndexOf(QLatin1StringView("127.0.0.1:"));
    QVERIFY2(at > 0, qPrintable(line));
    m_port = static_cast<quint16>(line.mid(at + 10).section(u'/', 0, 0).toInt());
    QVERIFY(m_port > 0);
}

void TestDistrictServer::stopServer(bool kill)
{
    if (!m_server) {
        return;
    }
    if (kill) {
        ::kill(static_cast<pid_t>(m_server->processId()), SIGKILL);
    } else {
        m_server->terminate();
    }
    m_server->waitForFinished(10000);
    m_server.reset();
}

QNetworkReply* TestDistrictServer::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                                        const QString& token, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    // A custom "HEAD" would wait for the Content-Length bytes of body; head() knows there is none.
    return verb == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, verb, body);
}

Reply TestDistrictServer::wait(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // A hung server fails the test instead of hanging it.
        QTimer::singleShot(60000, reply, &QNetworkReply::abort);
        loop.exec();
    }
    return finish(reply);
}

Reply TestDistrictServer::call(const QByteArray& verb, const QString& path, const QJsonObject& body,
                               const QString& token)
{
    const QByteArray bytes = verb == "GET" || verb == "HEAD" ? QByteArray() : QJsonDocument(body).toJson();
    return wait(send(verb, path, bytes, token));
}

QString TestDistrictServer::enrollCode(const QString& hallCode)
{
    const CommandResult result = admin({QStringLiteral("enroll-code"), QStringLiteral("--hall"), hallCode});
    return result.exitCode == 0 ? result.out.trimmed() : QString();
}

QString TestDistrictServer::enroll(const QString& hallCode, QString* deviceId)
{
    const QString code = enrollCode(hallCode);
    protocol::EnrollRequest request {code, 3, QStringLiteral("counter-3"), QByteArray(32, 'k')};
    request.publicKey[0] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    request.publicKey[1] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const Reply reply = call("POST", QStringLiteral("/enroll"), request.toJson());
    QString message;
    const auto enrolled = protocol::EnrollReply::fromJson(reply.json, &message);
    if (reply.status != 200 || !enrolled) {
        qWarning() << reply.status << reply.body << message;
        return {};
    }
    if (deviceId) {
        *deviceId = enrolled->deviceId;
    }
    return enrolled->token;
}

QJsonObject TestDistrictServer::stats()
{
    const CommandResult result = admin({QStringLiteral("stats"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

namespace {

protocol::Op caseCreate(const QString& uuid, const QString& number, const QString& hallCode = hall)
{
    return {newUuid(),
            1,
            QStringLiteral("case"),
            uuid,
            QStringLiteral("create"),
            {{QStringLiteral("uuid"), uuid},
             {QStringLiteral("number"), number},
             {QStringLiteral("hall_code"), hallCode},
             {QStringLiteral("citizen_uuid"), newUuid()},
             {QStringLiteral("state"), QStringLiteral("received")},
             {QStringLiteral("version"), 1}},
            QDateTime::currentDateTimeUtc()};
}

protocol::Op caseState(const QString& uuid, const QString& state, qint64 version)
{
    return {newUuid(),
            2,
            QStringLiteral("case"),
            uuid,
            QStringLiteral("state"),
            {{QStringLiteral("uuid"), uuid}, {QStringLiteral("state"), state}, {QStringLiteral("version"), version}},
            QDateTime::currentDateTimeUtc()};
}

QJsonObject pushBody(const QList<protocol::Op>& ops)
{
    return protocol::PushRequest {ops}.toJson();
}

QList<protocol::OpResult> results(const Reply& reply)
{
    QString message;
    const auto parsed = protocol::PushReply::fromJson(reply.json, &message);
    return parsed ? parsed->results : QList<protocol::OpResult> {};
}

} // namespace

void TestDistrictServer::adminCommands()
{
    const QString code = enrollCode(hall);
    QCOMPARE(code.size(), 9);
    const CommandResult clerk =
        admin({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("wangfang"),
               QStringLiteral("--name"), QStringLiteral("Wang Fang"), QStringLiteral("--role"), QStringLiteral("clerk"),
               QStringLiteral("--hall"), hall},
              "correct horse\n");
    QCOMPARE(clerk.exitCode, 0);
    QVERIFY2(clerk.out.contains(QStringLiteral("wangfang")), qPrintable(clerk.out));
    QCOMPARE(admin({QStringLiteral("series"), QStringLiteral("add"), QStringLiteral("--template"),
                    QStringLiteral("cert.senior-card"), QStringLiteral("--prefix"), QStringLiteral("LN"),
                    QStringLiteral("--width"), QStringLiteral("8")})
                 .exitCode,
             0);
    const QJsonObject counts = stats();
    QCOMPARE(counts.value(QStringLiteral("halls")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("clerks")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("devices")).toObject().value(QStringLiteral("active")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("numbers")).toObject().value(QStringLiteral("series")).toInt(), 1);
    QVERIFY(counts.contains(QStringLiteral("cases")));
    QVERIFY(counts.contains(QStringLiteral("applied_ops")));
    QVERIFY(counts.contains(QStringLiteral("blobs")));
}

void TestDistrictServer::adminRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown command") << QStringList {QStringLiteral("hall"), QStringLiteral("paint")} << QByteArray()
                                     << 2 << QStringLiteral("Unknown admin command");
    QTest::newRow("hall without name") << QStringList {QStringLiteral("hall"), QStringLiteral("add"),
                                                       QStringLiteral("--code"), QStringLiteral("X1")}
                                       << QByteArray() << 2 << QStringLiteral("Give --name");
    QTest::newRow("hall code with a space")
        << QStringList {QStringLiteral("hall"),     QStringLiteral("add"),    QStringLiteral("--code"),
                        QStringLiteral("bad code"), QStringLiteral("--name"), QStringLiteral("N")}
        << QByteArray() << 2 << QStringLiteral("A hall code");
    QTest::newRow("hall twice") << QStringList {QStringLiteral("hall"),   QStringLiteral("add"),
                                                QStringLiteral("--code"), hall,
                                                QStringLiteral("--name"), QStringLiteral("Again")}
                                << QByteArray() << 1 << QStringLiteral("exists already");
    QTest::newRow("code for an unknown hall")
        << QStringList {QStringLiteral("enroll-code"), QStringLiteral("--hall"), QStringLiteral("999")} << QByteArray()
        << 1 << QStringLiteral("There is no hall 999");
    QTest::newRow("short password") << QStringList {QStringLiteral("clerk"),   QStringLiteral("add"),
                                                    QStringLiteral("--login"), QStringLiteral("chen"),
                                                    QStringLiteral("--name"),  QStringLiteral("Chen"),
                                                    QStringLiteral("--role"),  QStringLiteral("clerk"),
                                                    QStringLiteral("--hall"),  hall}
                                    << QByteArray("short") << 2 << QStringLiteral("at least 8 characters");
    QTest::newRow("unknown role") << QStringList {QStringLiteral("clerk"),   QStringLiteral("add"),
                                                  QStringLiteral("--login"), QStringLiteral("chen"),
                                                  QStringLiteral("--name"),  QStringLiteral("Chen"),
                                                  QStringLiteral("--role"),  QStringLiteral("boss"),
                                                  QStringLiteral("--hall"),  hall}
                                  << QByteArray("long enough") << 2 << QStringLiteral("The role must be");
    QTest::newRow("clerk of an unknown hall")
        << QStringList {QStringLiteral("clerk"),  QStringLiteral("add"),    QStringLiteral("--login"),
                        QStringLiteral("chen"),   QStringLiteral("--name"), QStringLiteral("Chen"),
                        QStringLiteral("--role"), QStringLiteral("clerk"),  QStringLiteral("--hall"),
                        QStringLiteral("999")}
        << QByteArray("long enough") << 1 << QStringLiteral("There is no hall 999");
    QTest::newRow("missing population file")
        << QStringList {QStringLiteral("load-population"), QStringLiteral("/nonexistent/population.json")}
        << QByteArray() << 1 << QStringLiteral("cannot be read");
}

void TestDistrictServer::adminRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QJsonObject before = stats();
    const CommandResult result = admin(arguments, input);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(stats(), before);
}

void TestDistrictServer::enrollsOnceWithOneCode()
{
    const QString code = enrollCode(hall);
    protocol::EnrollRequest request {code.toLower(), 3, QStringLiteral("counter-3"), QByteArray(32, 'a')};
    const Reply first = call("POST", QStringLiteral("/enroll"), request.toJson());
    QCOMPARE(first.status, 200);
    QString message;
    const auto enrolled = protocol::EnrollReply::fromJson(first.json, &message);
    QVERIFY2(enrolled, qPrintable(message));
    QCOMPARE(enrolled->hallCode, hall);
    QCOMPARE(enrolled->hallName, QStringLiteral("Luojiazhuang"));
    QCOMPARE(
        enrolled->keyId,
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(32, 'a'), QCryptographicHash::Sha256).left(8).toHex()));
    QCOMPARE(QByteArray::fromBase64(enrolled->token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);

    const Reply again = call("POST", QStringLiteral("/enroll"), request.toJson());
    QCOMPARE(again.status, 403);
    QCOMPARE(again.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("bad_code"));
    request.code = QStringLiteral("ABCD-EFGH");
    QCOMPARE(call("POST", QStringLiteral("/enroll"), request.toJson()).status, 403);
    request.publicKey = QByteArray(5, 'x');
    QCOMPARE(call("POST", QStringLiteral("/enroll"), request.toJson()).status, 400);

    // The key became a trusted key, pulled by every hall.
    const Reply pulled = call("GET", QStringLiteral("/pull"), {}, enrolled->token);
    QCOMPARE(pulled.status, 200);
    const auto changes = protocol::PullReply::fromJson(pulled.json, &message);
    QVERIFY(changes);
    QCOMPARE(changes->changes.size(), 1);
    QCOMPARE(changes->changes.constFirst().stream, QStringLiteral("trusted_keys"));
    QCOMPARE(changes->changes.constFirst().uuid, enrolled->keyId);
}

void TestDistrictServer::concurrentEnrollsWithOneCode()
{
    for (int round = 0; round < 3; ++round) {
        const QString code = enrollCode(hall);
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 6; ++i) {
            protocol::EnrollRequest request {code, i + 1, QStringLiteral("counter"), QByteArray(32, char('a' + i))};
            replies.append(send("POST", QStringLiteral("/enroll"), QJsonDocument(request.toJson()).toJson()));
        }
        int enrolled = 0;
        int refused = 0;
        for (QNetworkReply* reply : std::as_const(replies)) {
            const int status = wait(reply).status;
            enrolled += status == 200 ? 1 : 0;
            refused += status == 403 ? 1 : 0;
        }
        QCOMPARE(enrolled, 1);
        QCOMPARE(refused, 5);
    }
    QCOMPARE(stats().value(QStringLiteral("devices")).toObject().value(QStringLiteral("active")).toInt(), 3);
}

void TestDistrictServer::refusesMissingAndRevokedTokens()
{
    QString deviceId;
    const QString token = enroll(hall, &deviceId);
    QVERIFY(!token.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/pull")).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/pull"), {}, QStringLiteral("not-a-token")).status, 401);
    QCOMPARE(call("POST", QStringLiteral("/push"), pushBody({})).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/pull"), {}, token).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);

    QCOMPARE(admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--id"), deviceId}).exitCode, 0);
    const Reply revoked = call("GET", QStringLiteral("/pull"), {}, token);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("unauthorized"));

    // The revoked counter's key is withdrawn from the other counters.
    const QString other = enroll(hall);
    QString message;
    const auto pulled = protocol::PullReply::fromJson(call("GET", QStringLiteral("/pull"), {}, other).json, &message);
    QVERIFY(pulled);
    bool withdrawn = false;
    for (const protocol::PullChange& change : pulled->changes) {
        withdrawn = withdrawn ||
            (change.stream == u"trusted_keys" && change.data.value(QStringLiteral("device_id")) == deviceId &&
             !change.data.value(QStringLiteral("active")).toBool());
    }
    QVERIFY(withdrawn);
}

void TestDistrictServer::clerkLogin()
{
    QCOMPARE(admin({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("--login"),
                    QStringLiteral("wangfang"), QStringLiteral("--name"), QStringLiteral("Wang Fang"),
                    QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--hall"), hall},
                   "correct horse")
                 .exitCode,
             0);
    const QString token = enroll(hall);
    const QString otherToken = enroll(otherHall);
    const auto login = [&](const QString& password, const QString& device) {
        return call("POST", QStringLiteral("/clerks/login"),
                    {{QStringLiteral("login"), QStringLiteral("wangfang")}, {QStringLiteral("password"), password}},
                    device);
    };
    const Reply ok = login(QStringLiteral("correct horse"), token);
    QCOMPARE(ok.status, 200);
    QString message;
    const auto clerk = protocol::ClerkInfo::fromJson(ok.json.value(QStringLiteral("clerk")).toObject(), &message);
    QVERIFY(clerk);
    QCOMPARE(clerk->role, QStringLiteral("supervisor"));
    QCOMPARE(clerk->hall, hall);
    QVERIFY(!ok.body.contains("argon2"));
    const auto reason = [](const Reply& reply) {
        return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    };
    QCOMPARE(login(QStringLiteral("wrong horse"), token).status, 401);
    QCOMPARE(reason(login(QStringLiteral("wrong horse"), token)), QStringLiteral("wrong_login_or_password"));
    QCOMPARE(reason(login(QStringLiteral("correct horse"), otherToken)), QStringLiteral("other_hall"));
    QCOMPARE(admin({QStringLiteral("clerk"), QStringLiteral("deactivate"), QStringLiteral("--login"),
                    QStringLiteral("wangfang")})
                 .exitCode,
             0);
    QCOMPARE(reason(login(QStringLiteral("correct horse"), token)), QStringLiteral("inactive"));

    // The clerks stream of the hall has the clerk twice, the second time inactive; the other hall sees neither.
    const auto pulled = protocol::PullReply::fromJson(call("GET", QStringLiteral("/pull"), {}, token).json, &message);
    QVERIFY(pulled);
    QList<bool> states;
    for (const protocol::PullChange& change : pulled->changes) {
        if (change.stream == u"clerks") {
            states.append(change.data.value(QStringLiteral("active")).toBool());
            QVERIFY(!change.data.contains(QStringLiteral("password_hash")));
        }
    }
    QCOMPARE(states, (QList<bool> {true, false}));
    const auto other =
        protocol::PullReply::fromJson(call("GET", QStringLiteral("/pull"), {}, otherToken).json, &message);
    QVERIFY(other);
    for (const protocol::PullChange& change : other->changes) {
        QVERIFY(change.stream != u"clerks");
    }
}

void TestDistrictServer::pushIsIdempotent()
{
    const QString token = enroll();
    const protocol::Op op = caseCreate(newUuid(), QStringLiteral("330104001-03-20240506-0001"));
    const Reply first = call("POST", QStringLiteral("/push"), pushBody({op}), token);
    QCOMPARE(first.status, 200);
    const auto firstResults = results(first);
    QCOMPARE(firstResults.size(), 1);
    QCOMPARE(firstResults.constFirst().status, protocol::OpStatus::Applied);
    QCOMPARE(firstResults.constFirst().serverVersion, std::optional<qint64>(1));

    const Reply second = call("POST", QStringLiteral("/push"), pushBody({op, op}), token);
    const auto secondResults = results(second);
    QCOMPARE(secondResults.size(), 2);
    for (const protocol::OpResult& result : secondResults) {
        QCOMPARE(result.status, protocol::OpStatus::Duplicate);
        QCOMPARE(result.firstStatus, std::optional<protocol::OpStatus>(protocol::OpStatus::Applied));
        QCOMPARE(result.serverVersion, firstResults.constFirst().serverVersion);
        QCOMPARE(result.opId, op.opId);
    }
    const QJsonObject counts = stats();
    QCOMPARE(counts.value(QStringLiteral("applied_ops")).toObject().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("cases")).toObject().value(QStringLiteral("total")).toInt(), 1);
}

void TestDistrictServer::oldBaseVersionIsAConflict()
{
    const QString token = enroll();
    const QString uuid = newUuid();
    const auto pushed =
        results(call("POST", QStringLiteral("/push"),
                     pushBody({caseCreate(uuid, QStringLiteral("N-1")), caseState(uuid, QStringLiteral("in_review"), 2),
                               caseState(uuid, QStringLiteral("rejected"), 2)}),
                     token));
    QCOMPARE(pushed.size(), 3);
    QCOMPARE(pushed.at(0).status, protocol::OpStatus::Applied);
    QCOMPARE(pushed.at(1).status, protocol::OpStatus::Applied);
    QCOMPARE(pushed.at(1).serverVersion, std::optional<qint64>(2));
    // Made from version 1 while the server has 2: never last-writer-wins.
    QCOMPARE(pushed.at(2).status, protocol::OpStatus::Conflict);
    QCOMPARE(pushed.at(2).reason, QStringLiteral("stale_version"));
    QCOMPARE(pushed.at(2).serverVersion, std::optional<qint64>(2));
    const QJsonObject byState =
        stats().value(QStringLiteral("cases")).toObject().value(QStringLiteral("by_state")).toObject();
    QCOMPARE(byState, (QJsonObject {{QStringLiteral("in_review"), 1}}));

    // Another hall's counter cannot change the case.
    const QString other = enroll(otherHall);
    const auto foreign =
        results(call("POST", QStringLiteral("/push"), pushBody({caseState(uuid, QStringLiteral("closed"), 3)}), other));
    QCOMPARE(foreign.constFirst().status, protocol::OpStatus::Rejected);
    QCOMPARE(foreign.constFirst().reason, QStringLiteral("not_owner"));
}

void TestDistrictServer::unknownEntityIsRejected()
{
    const QString token = enroll();
    protocol::Op unknown = caseCreate(newUuid(), QStringLiteral("N-2"));
    unknown.entity = QStringLiteral("spaceship");
    protocol::Op badOperation = caseCreate(newUuid(), QStringLiteral("N-3"));
    badOperation.operation = QStringLiteral("explode");
    const auto pushed = results(call("POST", QStringLiteral("/push"), pushBody({unknown, badOperation}), token));
    QCOMPARE(pushed.size(), 2);
    QCOMPARE(pushed.at(0).status, protocol::OpStatus::Rejected);
    QCOMPARE(pushed.at(0).reason, QStringLiteral("unknown_entity"));
    QCOMPARE(pushed.at(1).status, protocol::OpStatus::Rejected);
    QCOMPARE(pushed.at(1).reason, QStringLiteral("unknown_operation"));
    // Rejections are final and recorded: pushed again, they are duplicates.
    const auto again = results(call("POST", QStringLiteral("/push"), pushBody({unknown}), token));
    QCOMPARE(again.constFirst().status, protocol::OpStatus::Duplicate);
    QCOMPARE(again.constFirst().firstStatus, std::optional<protocol::OpStatus>(protocol::OpStatus::Rejected));
    // A request that is not a push is refused whole.
    QCOMPARE(call("POST", QStringLiteral("/push"), {{QStringLiteral("ops"), 3}}, token).status, 400);
    QList<protocol::Op> tooMany;
    for (int i = 0; i < protocol::maxOpsPerPush + 1; ++i) {
        tooMany.append(caseCreate(newUuid(), QStringLiteral("N")));
    }
    QCOMPARE(call("POST", QStringLiteral("/push"), pushBody(tooMany), token).status, 413);
    QCOMPARE(stats().value(QStringLiteral("cases")).toObject().value(QStringLiteral("total")).toInt(), 0);
}

void TestDistrictServer::blobUploadResumesAndVerifies()
{
    const QString token = enroll();
    QByteArray blob(2 * 1024 * 1024 + 12345, Qt::Uninitialized);
    for (qsizetype i = 0; i < blob.size(); ++i) {
        blob[i] = static_cast<char>((i * 7919) % 251);
    }
    const QString name = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
    const QByteArray size = QByteArray::number(blob.size());
    const auto put = [&](qint64 offset, const QByteArray& chunk, const QString& blobName) {
        return wait(send("PUT", QStringLiteral("/blobs/%1?offset=%2").arg(blobName).arg(offset), chunk, token,
                         {{"X-Blob-Size", size}, {"Content-Type", "application/octet-stream"}}));
    };
    const qint64 chunk = protocol::maxBlobChunkBytes;
    QCOMPARE(call("HEAD", QStringLiteral("/blobs/") + name, {}, token).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/blobs/%1/status").arg(name), {}, token).status, 404);

    Reply first = put(0, blob.left(chunk), name);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("received")).toInteger(), chunk);
    QCOMPARE(first.json.value(QStringLiteral("complete")).toBool(), false);
    // The link broke; the counter asks where to go on, and a chunk at the wrong offset is refused.
    const Reply status = call("GET", QStringLiteral("/blobs/%1/status").arg(name), {}, token);
    QCOMPARE(status.json.value(QStringLiteral("received")).toInteger(), chunk);
    QCOMPARE(status.json.value(QStringLiteral("size")).toInteger(), blob.size());
    const Reply wrong = put(0, blob.left(chunk), name);
    QCOMPARE(wrong.status, 409);
    QCOMPARE(wrong.json.value(QStringLiteral("received")).toInteger(), chunk);
    QCOMPARE(call("HEAD", QStringLiteral("/blobs/") + name, {}, token).status, 404);
    // A server restart in between loses nothing that was acknowledged.
    stopServer();
    startServer();
    QCOMPARE(put(chunk, blob.mid(chunk, chunk), name).status, 200);
    const Reply last = put(2 * chunk, blob.mid(2 * chunk), name);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value(QStringLiteral("complete")).toBool(), true);
    const Reply head = call("HEAD", QStringLiteral("/blobs/") + name, {}, token);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.contentLength, blob.size());
    QFile stored(m_dir->filePath(QStringLiteral("blobs/objects/%1/%2").arg(name.left(2), name)));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), blob);
    QCOMPARE(call("HEAD", QStringLiteral("/blobs/") + name).status, 401);

    // Bytes that do not hash to the name are thrown away.
    QByteArray forged = blob;
    forged[100] = 'X';
    QCOMPARE(put(0, forged.left(chunk), QString(64, u'a')).status, 200);
    QCOMPARE(put(chunk, forged.mid(chunk, chunk), QString(64, u'a')).status, 200);
    const Reply mismatch = put(2 * chunk, forged.mid(2 * chunk), QString(64, u'a'));
    QCOMPARE(mismatch.status, 422);
    QCOMPARE(mismatch.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("hash_mismatch"));
    QCOMPARE(call("GET", QStringLiteral("/blobs/%1/status").arg(QString(64, u'a')), {}, token).status, 404);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("blobs/partial/%1.part").arg(QString(64, u'a')))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("blobs/objects/aa/%1").arg(QString(64, u'a')))));
    const QJsonObject blobs = stats().value(QStringLiteral("blobs")).toObject();
    QCOMPARE(blobs.value(QStringLiteral("complete")).toInt(), 1);
    QCOMPARE(blobs.value(QStringLiteral("partial")).toInt(), 0);
}

void TestDistrictServer::attachmentWaitsForItsBlob()
{
    const QString token = enroll();
    const QByteArray photo("a small photo");
    const QString name = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    const QString uuid = newUuid();
    const protocol::Op attachment {newUuid(),
                                   5,
                                   QStringLiteral("attachment"),
                                   uuid,
                                   QStringLiteral("create"),
                                   {{QStringLiteral("uuid"), uuid},
                                    {QStringLiteral("sha256"), name},
                                    {QStringLiteral("kind"), QStringLiteral("photo")},
                                    {QStringLiteral("case_uuid"), newUuid()},
                                    {QStringLiteral("citizen_uuid"), newUuid()}},
                                   QDateTime::currentDateTimeUtc()};
    const auto early = results(call("POST", QStringLiteral("/push"), pushBody({attachment}), token));
    QCOMPARE(early.constFirst().status, protocol::OpStatus::Retry);
    QCOMPARE(early.constFirst().reason, QStringLiteral("blob_missing"));
    QVERIFY(!protocol::isFinal(early.constFirst().status));
    QCOMPARE(wait(send("PUT", QStringLiteral("/blobs/%1?offset=0").arg(name), photo, token,
                       {{"X-Blob-Size", QByteArray::number(photo.size())}}))
                 .status,
             200);
    const auto later = results(call("POST", QStringLiteral("/push"), pushBody({attachment}), token));
    QCOMPARE(later.constFirst().status, protocol::OpStatus::Applied);
    QCOMPARE(stats().value(QStringLiteral("blobs")).toObject().value(QStringLiteral("attachments")).toInt(), 1);
}

void TestDistrictServer::pullSeesEveryChangeOnceUnderConcurrentPushes()
{
    const QString token = enroll();
    const QString reader = enroll();
    constexpr int pushes = 12;
    constexpr int casesPerPush = 15;
    QSet<QString> expected;
    QList<QNetworkReply*> inFlight;
    for (int p = 0; p < pushes; ++p) {
        QList<protocol::Op> ops;
        for (int c = 0; c < casesPerPush; ++c) {
            const QString uuid = newUuid();
            expected.insert(uuid);
            ops.append(caseCreate(uuid, QStringLiteral("N-%1-%2").arg(p).arg(c)));
        }
        inFlight.append(send("POST", QStringLiteral("/push"), QJsonDocument(pushBody(ops)).toJson(), token));
    }
    // Pull in small pages while the pushes run, then until nothing is left.
    QString cursor;
    QList<QString> seen;
    const auto pullPage = [&] {
        const Reply reply =
            call("GET", QStringLiteral("/pull?limit=7&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                 {}, reader);
        QString message;
        const auto page = protocol::PullReply::fromJson(reply.json, &message);
        if (reply.status != 200 || !page) {
            return false;
        }
        for (const protocol::PullChange& change : page->changes) {
            if (change.stream == u"case_status") {
                seen.append(change.uuid);
            }
        }
        cursor = page->nextCursor;
        return page->more;
    };
    int pagesDuringPushes = 0;
    const auto allFinished = [&] {
        return std::all_of(inFlight.begin(), inFlight.end(), [](QNetworkReply* r) { return r->isFinished(); });
    };
    while (!allFinished()) {
        pullPage();
        ++pagesDuringPushes;
        QCoreApplication::processEvents();
    }
    for (QNetworkReply* reply : std::as_const(inFlight)) {
        const auto pushed = results(wait(reply));
        QCOMPARE(pushed.size(), casesPerPush);
        for (const protocol::OpResult& result : pushed) {
            QCOMPARE(result.status, protocol::OpStatus::Applied);
        }
    }
    while (pullPage()) { }
    QVERIFY(pagesDuringPushes > 0);
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), expected);
    // The last cursor has nothing more.
    pullPage();
    QCOMPARE(seen.size(), expected.size());
    QCOMPARE(call("GET", QStringLiteral("/pull?cursor=garbage"), {}, reader).status, 400);
}

void TestDistrictServer::leasesNeverOverlapAcrossDevices()
{
    QCOMPARE(admin({QStringLiteral("series"), QStringLiteral("add"), QStringLiteral("--template"),
                    QStringLiteral("cert.senior-card"), QStringLiteral("--prefix"), QStringLiteral("LN"),
                    QStringLiteral("--width"), QStringLiteral("8"), QStringLiteral("--first"), QStringLiteral("1001")})
                 .exitCode,
             0);
    const QStringList tokens {enroll(), enroll(), enroll(otherHall)};
    QList<QNetworkReply*> inFlight;
    for (int i = 0; i < 30; ++i) {
        const protocol::LeaseRequest request {QStringLiteral("cert.senior-card"), 10 + i};
        inFlight.append(send("POST", QStringLiteral("/numbers/lease"), QJsonDocument(request.toJson()).toJson(),
                             tokens.at(i % tokens.size())));
    }
    QList<std::pair<qint64, qint64>> ranges;
    qint64 total = 0;
    for (QNetworkReply* reply : std::as_const(inFlight)) {
        const Reply leased = wait(reply);
        QCOMPARE(leased.status, 200);
        QString message;
        const auto lease = protocol::Lease::fromJson(leased.json, &message);
        QVERIFY2(lease, qPrintable(message));
        QCOMPARE(lease->prefix, QStringLiteral("LN"));
        QCOMPARE(lease->width, 8);
        ranges.append({lease->first, lease->last});
        total += lease->last - lease->first + 1;
    }
    std::sort(ranges.begin(), ranges.end());
    QCOMPARE(ranges.constFirst().first, 1001);
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        QCOMPARE(ranges.at(i).first, ranges.at(i - 1).second + 1);
    }
    QCOMPARE(ranges.constLast().second, 1001 + total - 1);
    const Reply unknown = call("POST", QStringLiteral("/numbers/lease"),
                               protocol::LeaseRequest {QStringLiteral("cert.nothing"), 5}.toJson(), tokens.at(0));
    QCOMPARE(unknown.status, 404);
}

void TestDistrictServer::sharedDataWithLowerCaseX()
{
    const CommandResult loaded = admin({QStringLiteral("load-population"), QStringLiteral(OW_POPULATION_FIXTURE)});
    QCOMPARE(loaded.exitCode, 0);
    const QString token = enroll();
    const Reply found = call("GET", QStringLiteral("/citizens/33010619661123017x/shared"), {}, token);
    QCOMPARE(found.status, 200);
    QVERIFY(found.json.value(QStringLiteral("household")).isObject());
    // The demo card's holder: his household head is he himself.
    QCOMPARE(
        found.json.value(QStringLiteral("household")).toObject().value(QStringLiteral("head_id_number")).toString(),
        QStringLiteral("33010619661123017X"));
    QCOMPARE(call("GET", QStringLiteral("/citizens/33010619661123017X/shared"), {}, token).json, found.json);
    QCOMPARE(call("GET", QStringLiteral("/citizens/110101199003070011/shared"), {}, token).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/citizens/33010619661123017x/shared")).status, 401);
    QVERIFY(stats().value(QStringLiteral("population")).toInt() >= 3);
}

void TestDistrictServer::killedMidPushAppliesOpsOnce()
{
    const QString token = enroll();
    stopServer();
    startServer({QStringLiteral("OW_DISTRICT_TEST_OP_DELAY_MS=15")});
    QList<protocol::Op> ops;
    for (int i = 0; i < 120; ++i) {
        ops.append(caseCreate(newUuid(), QStringLiteral("K-%1").arg(i)));
    }
    QNetworkReply* cut = send("POST", QStringLiteral("/push"), QJsonDocument(pushBody(ops)).toJson(), token);
    // Let some ops commit, then kill the server without warning.
    QTRY_VERIFY_WITH_TIMEOUT(
        stats().value(QStringLiteral("applied_ops")).toObject().value(QStringLiteral("total")).toInt() >= 5, 20000);
    stopServer(true);
    const Reply broken = wait(cut);
    QVERIFY(broken.error != QNetworkReply::NoError);
    const int appliedBefore =
        stats().value(QStringLiteral("applied_ops")).toObject().value(QStringLiteral("total")).toInt();
    QVERIFY(appliedBefore > 0);
    QVERIFY(appliedBefore < ops.size());

    startServer();
    const auto pushed = results(call("POST", QStringLiteral("/push"), pushBody(ops), token));
    QCOMPARE(pushed.size(), ops.size());
    int duplicates = 0;
    for (const protocol::OpResult& result : pushed) {
        QVERIFY(result.status == protocol::OpStatus::Applied || result.status == protocol::OpStatus::Duplicate);
        duplicates += result.status == protocol::OpStatus::Duplicate ? 1 : 0;
    }
    QCOMPARE(duplicates, appliedBefore);
    const QJsonObject counts = stats();
    QCOMPARE(counts.value(QStringLiteral("applied_ops")).toObject().value(QStringLiteral("total")).toInt(), ops.size());
    QCOMPARE(counts.value(QStringLiteral("cases")).toObject().value(QStringLiteral("total")).toInt(), ops.size());
}

namespace {

protocol::Op citizenCreate(const QString& uuid, const QString& idNumber, const QString& name)
{
    return {newUuid(),
            1,
            QStringLiteral("citizen"),
            uuid,
            QStringLiteral("create"),
            {{QStringLiteral("uuid"), uuid},
             {QStringLiteral("id_number"), idNumber},
             {QStringLiteral("name"), name},
             {QStringLiteral("version"), 1}},
            QDateTime::currentDateTimeUtc()};
}

// A case as the counter's intake pushes it, with the fields the backlog lists.
protocol::Op backlogCase(const QString& uuid, const QString& number, const QString& hallCode,
                         const QString& citizenUuid, const QString& deadline, const QString& state,
                         const QStringList& missing = {})
{
    protocol::Op op = caseCreate(uuid, number, hallCode);
    QJsonArray materials;
    for (const QString& code : missing) {
        materials.append(QJsonObject {{QStringLiteral("material"), code}, {QStringLiteral("status"), u"missing"_s}});
    }
    materials.append(QJsonObject {{QStringLiteral("material"), u"hukou"_s}, {QStringLiteral("status"), u"provided"_s}});
    op.payload.insert(QStringLiteral("citizen_uuid"), citizenUuid);
    op.payload.insert(QStringLiteral("item_code"), QStringLiteral("senior-card"));
    op.payload.insert(QStringLiteral("kind"), QStringLiteral("promised"));
    op.payload.insert(QStringLiteral("counter_number"), 3);
    op.payload.insert(QStringLiteral("channel"), QStringLiteral("pickup"));
    op.payload.insert(QStringLiteral("deadline"), deadline);
    op.payload.insert(QStringLiteral("state"), state);
    op.payload.insert(QStringLiteral("materials"), materials);
    return op;
}

protocol::Op auditAppend(qint64 seq, const QString& subject, const QString& prevHash, QString* hash,
                         const QString& hashedSubject = {})
{
    const QString uuid = newUuid();
    const QString at = QStringLiteral("2026-11-23T08:00:%1.000Z").arg(seq, 2, 10, QLatin1Char('0'));
    ow::db::audithash::Fields fields {uuid,
                                      at,
                                      QString(),
                                      QStringLiteral("case.accept"),
                                      hashedSubject.isEmpty() ? subject : hashedSubject,
                                      QStringLiteral("{}")};
    *hash = ow::db::audithash::rowHash(fields, prevHash);
    return {newUuid(),
            seq,
            QStringLiteral("audit"),
            uuid,
            QStringLiteral("append"),
            {{QStringLiteral("seq"), seq},
             {QStringLiteral("uuid"), uuid},
             {QStringLiteral("at"), at},
             {QStringLiteral("clerk_uuid"), QString()},
             {QStringLiteral("action"), QStringLiteral("case.accept")},
             {QStringLiteral("subject"), subject},
             {QStringLiteral("detail"), QStringLiteral("{}")},
             {QStringLiteral("prev_hash"), prevHash},
             {QStringLiteral("hash"), *hash}},
            QDateTime::currentDateTimeUtc()};
}

} // namespace

void TestDistrictServer::districtBacklogNeedsASupervisor()
{
    for (const auto& [login, role] : {std::pair {u"wangfang"_s, u"supervisor"_s}, std::pair {u"lihua"_s, u"clerk"_s}}) {
        QCOMPARE(
            admin({u"clerk"_s, u"add"_s, u"--login"_s, login, u"--name"_s, login, u"--role"_s, role, u"--hall"_s, hall},
                  "correct horse")
                .exitCode,
            0);
    }
    const QString token = enroll(hall);
    const QString otherDevice = enroll(hall);
    const auto login = [&](const QString& name, const QString& device) {
        const Reply reply =
            call("POST", QStringLiteral("/clerks/login"),
                 {{QStringLiteral("login"), name}, {QStringLiteral("password"), u"correct horse"_s}}, device);
        return reply.json.value(QStringLiteral("clerk")).toObject().value(QStringLiteral("uuid")).toString();
    };
    const auto backlog = [&](const QString& clerkUuid, const QString& device) {
        return wait(send("GET", QStringLiteral("/backlog"), {}, device,
                         {{QByteArray(protocol::clerkHeader), clerkUuid.toLatin1()}}));
    };
    const QString supervisor = login(u"wangfang"_s, otherDevice);
    const QString clerk = login(u"lihua"_s, token);
    QVERIFY(!supervisor.isEmpty());
    QVERIFY(!clerk.isEmpty());
    const auto code = [](const Reply& reply) {
        return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    };
    // No clerk named, a plain clerk, a supervisor who logged in on another device: all refused.
    QCOMPARE(call("GET", QStringLiteral("/backlog"), {}, token).status, 403);
    QCOMPARE(code(backlog(clerk, token)), QString::fromLatin1(protocol::error::notSupervisor));
    QCOMPARE(backlog(supervisor, token).status, 403);
    QCOMPARE(backlog(supervisor, otherDevice).status, 200);
    QCOMPARE(login(u"wangfang"_s, token), supervisor);
    QCOMPARE(backlog(supervisor, token).status, 200);
    // A deactivated supervisor's earlier login proves nothing any more.
    QCOMPARE(admin({u"clerk"_s, u"deactivate"_s, u"--login"_s, u"wangfang"_s}).exitCode, 0);
    QCOMPARE(backlog(supervisor, token).status, 403);
    QCOMPARE(call("GET", QStringLiteral("/backlog")).status, 401);
}

void TestDistrictServer::districtBacklogPagesEveryHall()
{
    QCOMPARE(admin({u"clerk"_s, u"add"_s, u"--login"_s, u"wangfang"_s, u"--name"_s, u"Wang Fang"_s, u"--role"_s,
                    u"supervisor"_s, u"--hall"_s, hall},
                   "correct horse")
                 .exitCode,
             0);
    const QString token = enroll(hall);
    const QString otherToken = enroll(otherHall);
    const QString supervisor =
        call("POST", QStringLiteral("/clerks/login"),
             {{QStringLiteral("login"), u"wangfang"_s}, {QStringLiteral("password"), u"correct horse"_s}}, token)
            .json.value(QStringLiteral("clerk"))
            .toObject()
            .value(QStringLiteral("uuid"))
            .toString();
    const QString citizen = newUuid();
    const QString otherCitizen = newUuid();
    const QString otherCase = newUuid();
    QList<protocol::OpResult> pushed =
        results(call("POST", QStringLiteral("/push"),
                     pushBody({citizenCreate(citizen, u"11010519491231002X"_s, u"Zhang San"_s),
                               backlogCase(newUuid(), u"A-1"_s, hall, citizen, u"2026-12-01"_s, u"received"_s),
                               backlogCase(newUuid(), u"A-2"_s, hall, citizen, u"2026-11-20"_s, u"collected"_s)}),
                     token));
    pushed += results(
        call("POST", QStringLiteral("/push"),
             pushBody({citizenCreate(otherCitizen, u"330106196611230171"_s, u"Li Si"_s),
                       backlogCase(otherCase, u"B-1"_s, otherHall, otherCitizen, u"2026-11-25"_s, u"received"_s,
                                   {u"photo"_s, u"income"_s}),
                       backlogCase(newUuid(), u"B-2"_s, otherHall, otherCitizen, u"2026-12-10"_s, u"approved"_s)}),
             otherToken));
    QCOMPARE(pushed.size(), 6);
    for (const protocol::OpResult& result : pushed) {
        QCOMPARE(result.status, protocol::OpStatus::Applied);
    }
    // The other hall's counter receives one of the missing materials.
    const protocol::Op received {newUuid(),
                                 9,
                                 QStringLiteral("material"),
                                 newUuid(),
                                 QStringLiteral("received"),
                                 {{QStringLiteral("case_uuid"), otherCase},
                                  {QStringLiteral("material"), u"income"_s},
                                  {QStringLiteral("received_at"), u"2026-11-23T09:00:00.000Z"_s}},
                                 QDateTime::currentDateTimeUtc()};
    QCOMPARE(results(call("POST", QStringLiteral("/push"), pushBody({received}), otherToken)).constFirst().status,
             protocol::OpStatus::Applied);

    const auto page = [&](const QString& query) {
        const Reply reply = wait(send("GET", QString(QStringLiteral("/backlog") + query), {}, token,
                                      {{QByteArray(protocol::clerkHeader), supervisor.toLatin1()}}));
        QString message;
        auto parsed = protocol::BacklogReply::fromJson(reply.json, &message);
        if (reply.status != 200 || !parsed) {
            qWarning() << reply.status << reply.body << message;
            return protocol::BacklogReply {};
        }
        return *parsed;
    };
    const auto numbers = [](const protocol::BacklogReply& reply) {
        QStringList result;
        for (const protocol::BacklogCase& row : reply.cases) {
            result << row.number;
        }
        return result;
    };
    // Open cases of both halls by deadline; the collected one is not open.
    const protocol::BacklogReply all = page({});
    QCOMPARE(numbers(all), (QStringList {u"B-1"_s, u"A-1"_s, u"B-2"_s}));
    QVERIFY(!all.more);
    const protocol::BacklogCase& first = all.cases.constFirst();
    QCOMPARE(first.hallCode, otherHall);
    QCOMPARE(first.deadline, u"2026-11-25"_s);
    QCOMPARE(first.itemCode, u"senior-card"_s);
    QCOMPARE(first.counterNumber, 3);
    QCOMPARE(first.citizenName, u"Li Si"_s);
    QCOMPARE(first.awaitedMaterials, QStringList {u"photo"_s});
    QVERIFY(!first.maskedIdNumber.isEmpty());
    QVERIFY(!all.toJson().isEmpty());
    QVERIFY(first.maskedIdNumber.startsWith(u"330106"_s));
    QVERIFY(first.maskedIdNumber != u"330106196611230171"_s);
    QVERIFY(first.maskedIdNumber.endsWith(u"0171"_s));

    // Keyset pages of one row each walk the same order.
    QStringList walked;
    QString after;
    for (int i = 0; i < 5; ++i) {
        const protocol::BacklogReply one =
            page(QStringLiteral("?limit=1") + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        walked += numbers(one);
        if (!one.more) {
            break;
        }
        after = QString::fromLatin1(
            QUrl::toPercentEncoding(QString(one.cases.constLast().deadline + u'/' + one.cases.constLast().number)));
    }
    QCOMPARE(walked, numbers(all));

    QCOMPARE(numbers(page(QStringLiteral("?hall=") + hall)), QStringList {u"A-1"_s});
    QCOMPARE(numbers(page(QStringLiteral("?awaiting_materials=1"))), QStringList {u"B-1"_s});
    QCOMPARE(numbers(page(QStringLiteral("?deadline_from=2026-11-26&deadline_to=2026-12-05"))), QStringList {u"A-1"_s});
    QCOMPARE(numbers(page(QStringLiteral("?state=approved"))), QStringList {u"B-2"_s});
}

void TestDistrictServer::auditChainIsCheckedPerDevice()
{
    QString deviceId;
    QString otherDeviceId;
    const QString token = enroll(hall, &deviceId);
    const QString otherToken = enroll(otherHall, &otherDeviceId);
    QString hash1;
    QString hash2;
    QString hash3;
    QString otherHash;
    const protocol::Op row1 = auditAppend(1, u"A-1"_s, QString(ow::db::audithash::genesis), &hash1);
    const protocol::Op row2 = auditAppend(2, u"A-2"_s, hash1, &hash2);
    const auto statuses = [](const QList<protocol::OpResult>& list) {
        QStringList result;
        for (const protocol::OpResult& r : list) {
            result << protocol::statusCode(r.status) + (r.reason.isEmpty() ? QString() : u':' + r.reason);
        }
        return result;
    };
    QCOMPARE(statuses(results(call("POST", QStringLiteral("/push"), pushBody({row1, row2}), token))),
             (QStringList {u"applied"_s, u"applied"_s}));
    // Each device has its own chain, starting at the genesis hash.
    QCOMPARE(statuses(results(call(
                 "POST", QStringLiteral("/push"),
                 pushBody({auditAppend(1, u"B-1"_s, QString(ow::db::audithash::genesis), &otherHash)}), otherToken))),
             QStringList {u"applied"_s});
    CommandResult check = admin({u"audit-check"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("intact  ") + deviceId), qPrintable(check.out));

    // A row edited after it was hashed (its subject no longer matches its hash) breaks the chain at that row.
    const protocol::Op tampered = auditAppend(3, u"A-3 edited"_s, hash2, &hash3, u"A-3"_s);
    QString hash4;
    const protocol::Op row4 = auditAppend(4, u"A-4"_s, hash3, &hash4);
    QCOMPARE(statuses(results(call("POST", QStringLiteral("/push"), pushBody({tampered, row4}), token))),
             (QStringList {u"rejected:audit_chain_broken"_s, u"applied"_s}));
    // A row that skips the chain's end is a break too.
    QString skipped;
    QCOMPARE(statuses(results(call("POST", QStringLiteral("/push"),
                                   pushBody({auditAppend(2, u"B-2"_s, hash1, &skipped)}), otherToken))),
             QStringList {u"rejected:audit_chain_broken"_s});
    check = admin({u"audit-check"_s});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("BROKEN  ") + deviceId), qPrintable(check.out));
    QVERIFY2(check.out.contains(tampered.entityUuid), qPrintable(check.out));
    const CommandResult json = admin({u"audit-check"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("broken")).toInt(), 2);
    for (const QJsonValue& value : report.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = value.toObject();
        if (device.value(QStringLiteral("device_id")).toString() == deviceId) {
            QCOMPARE(device.value(QStringLiteral("intact")).toBool(), false);
            QCOMPARE(device.value(QStringLiteral("broken_seq")).toInt(), 3);
            QCOMPARE(device.value(QStringLiteral("rows")).toInt(), 3);
        }
    }
}

void TestDistrictServer::catalogImportWritesTheStream()
{
    const QString token = enroll(hall);
    const CommandResult bad = admin({u"catalog"_s, u"import"_s, m_dir->path()});
    QCOMPARE(bad.exitCode, 1);
    const CommandResult imported = admin({u"catalog"_s, u"import"_s, QStringLiteral(OW_CATALOG_DIR)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(u"version 1"_s));
    QCOMPARE(admin({u"catalog"_s, u"import"_s, QStringLiteral(OW_CATALOG_DIR)}).exitCode, 0);
    QString message;
    const auto pulled = protocol::PullReply::fromJson(call("GET", QStringLiteral("/pull"), {}, token).json, &message);
    QVERIFY(pulled);
    QList<qint64> versions;
    for (const protocol::PullChange& change : pulled->changes) {
        if (change.stream == QLatin1StringView(protocol::stream::catalog)) {
            versions << change.version;
            const QJsonObject files = change.data.value(QStringLiteral("files")).toObject();
            QVERIFY(files.contains(u"items/senior-card.json"_s));
            QVERIFY(files.contains(u"bundles/senior-onething.json"_s));
        }
    }
    QCOMPARE(versions, (QList<qint64> {1, 2}));
}

QTEST_GUILESS_MAIN(TestDistrictServer)
#include "TestDistrictServer.moc"
