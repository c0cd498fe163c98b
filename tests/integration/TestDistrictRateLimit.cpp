// Guessing enrollment codes and clerk passwords at the real onewindow-district: wrong codes from one address and
// wrong passwords for one login are answered 429 with Retry-After once over the limit, and the count is kept in
// the database (it survives a restart). Requests go out over sockets bound to 127.0.0.1 or 127.0.0.2, two client
// addresses on loopback.
#include "DistrictServerProcess.h"
#include "PostgresDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

const QString hall = u"330104001"_s;
const QString here = u"127.0.0.1"_s;
const QString elsewhere = u"127.0.0.2"_s;

struct Answer
{
    int status = 0;
    QByteArray retryAfter;
    QJsonObject json;

    [[nodiscard]] QString code() const { return json[u"error"_s][u"code"_s].toString(); }
    [[nodiscard]] QString message() const { return json[u"error"_s][u"message"_s].toString(); }
};

// One HTTP/1.1 request from the given local address, read to the end (Connection: close).
Answer call(quint16 port, const QString& from, const QByteArray& verb, const QByteArray& path, const QJsonObject& body,
            const QByteArray& token = {}, const QByteArray& extraHeaders = {})
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(from))) {
        qWarning() << "cannot bind" << from << socket.errorString();
        return {};
    }
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000)) {
        return {};
    }
    const QByteArray content = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray request = verb + ' ' + path +
        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n" + extraHeaders;
    if (!token.isEmpty()) {
        request += "Authorization: Bearer " + token + "\r\n";
    }
    socket.write(request + "Content-Length: " + QByteArray::number(content.size()) + "\r\n\r\n" + content);
    // Read the head, then as many body bytes as Content-Length says (the server keeps the connection open).
    QByteArray reply;
    Answer answer;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (socket.waitForReadyRead(20000)) {
        reply += socket.readAll();
        headEnd = reply.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            continue;
        }
        const QList<QByteArray> lines = reply.left(headEnd).split('\n');
        answer.status = lines.constFirst().split(' ').value(1).toInt();
        for (const QByteArray& line : lines) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("retry-after:")) {
                answer.retryAfter = line.mid(12).trimmed();
            } else if (lower.startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (length >= 0 && reply.size() - headEnd - 4 >= length) {
            break;
        }
    }
    if (headEnd < 0) {
        return answer;
    }
    answer.json = QJsonDocument::fromJson(reply.mid(headEnd + 4)).object();
    return answer;
}

QJsonObject enrollBody(const QString& code)
{
    return {{u"code"_s, code},
            {u"counter"_s, 3},
            {u"device_name"_s, u"counter-3"_s},
            {u"public_key"_s, QString::fromLatin1(QByteArray(32, 'k').toBase64())}};
}

QJsonObject stats(const ow::tests::DistrictServerProcess& server)
{
    return QJsonDocument::fromJson(server.admin({u"stats"_s, u"--json"_s}).out.toUtf8()).object();
}

} // namespace

class TestDistrictRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wrongEnrollCodesBlockTheAddress();
    void wrongPasswordsLockTheLogin();
    void trustedProxyCountsTheCitizensAddress();

private:
    std::unique_ptr<ow::tests::DistrictServerProcess> m_server;
};

void TestDistrictRateLimit::init()
{
    const QString database = ow::tests::freshPostgresDatabase();
    QVERIFY(database.isEmpty() != ow::tests::postgresRequested());
    m_server = std::make_unique<ow::tests::DistrictServerProcess>(QStringLiteral(OW_DISTRICT_PATH), database);
    QVERIFY(m_server->isValid());
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, hall, u"--name"_s, u"Hall"_s}).exitCode, 0);
}

void TestDistrictRateLimit::wrongEnrollCodesBlockTheAddress()
{
    const QString code = m_server->enrollCode(hall);
    QVERIFY(!code.isEmpty());
    QVERIFY(m_server->start());
    const quint16 port = m_server->port();
    const QJsonObject before = stats(*m_server);

    for (int i = 0; i < 10; ++i) {
        const Answer wrong =
            call(port, here, "POST", "/api/v1/enroll", enrollBody(u"WRNG-%1"_s.arg(i, 4, 10, QLatin1Char('0'))));
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.code(), u"bad_code"_s);
    }
    const Answer eleventh = call(port, here, "POST", "/api/v1/enroll", enrollBody(u"WRNG-0011"_s));
    QCOMPARE(eleventh.status, 429);
    QCOMPARE(eleventh.code(), u"too_many_attempts"_s);
    QCOMPARE(eleventh.message(), u"address_blocked"_s);
    QVERIFY2(eleventh.retryAfter.toInt() > 800 && eleventh.retryAfter.toInt() <= 900, eleventh.retryAfter.constData());
    QCOMPARE(eleventh.json[u"retry_after"_s].toInt(), eleventh.retryAfter.toInt());
    // The right code does not help the blocked address, nor does a proxy header the server was not told to trust.
    QCOMPARE(call(port, here, "POST", "/api/v1/enroll", enrollBody(code)).status, 429);
    QCOMPARE(call(port, here, "POST", "/api/v1/enroll", enrollBody(code), {}, "X-Real-IP: 10.1.2.3\r\n").status, 429);
    QCOMPARE(stats(*m_server), before);

    // The block is kept in the database: it outlasts a restart.
    m_server->kill();
    QVERIFY(m_server->start());
    QCOMPARE(call(m_server->port(), here, "POST", "/api/v1/enroll", enrollBody(code)).status, 429);

    const Answer enrolled = call(m_server->port(), elsewhere, "POST", "/api/v1/enroll", enrollBody(code));
    QCOMPARE(enrolled.status, 200);
    QVERIFY(!enrolled.json[u"token"_s].toString().isEmpty());
    QCOMPARE(stats(*m_server)[u"devices"_s][u"active"_s].toInt(), before[u"devices"_s][u"active"_s].toInt() + 1);
}

void TestDistrictRateLimit::trustedProxyCountsTheCitizensAddress()
{
    // Behind nginx every request comes from the proxy; with --trust-proxy the limit counts X-Real-IP, so one
    // guessing client does not block the other counters behind the same proxy.
    const QString code = m_server->enrollCode(hall);
    m_server->setServeArguments({u"--trust-proxy"_s});
    QVERIFY(m_server->start());
    const quint16 port = m_server->port();
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(call(port, here, "POST", "/api/v1/enroll", enrollBody(u"WRNG-%1"_s.arg(i, 4, 10, QLatin1Char('0'))),
                      {}, "X-Real-IP: 10.1.2.3\r\n")
                     .status,
                 403);
    }
    const Answer blocked = call(port, here, "POST", "/api/v1/enroll", enrollBody(code), {}, "X-Real-IP: 10.1.2.3\r\n");
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.message(), u"address_blocked"_s);
    // Another client of the same proxy enrols with the right code.
    QCOMPARE(call(port, here, "POST", "/api/v1/enroll", enrollBody(code), {}, "X-Real-IP: 10.1.2.4\r\n").status, 200);
}

void TestDistrictRateLimit::wrongPasswordsLockTheLogin()
{
    QCOMPARE(m_server
                 ->admin({u"clerk"_s, u"add"_s, u"--login"_s, u"wangfang"_s, u"--name"_s, u"Wang Fang"_s, u"--role"_s,
                          u"clerk"_s, u"--hall"_s, hall},
                         "correct horse")
                 .exitCode,
             0);
    const QString code = m_server->enrollCode(hall);
    QVERIFY(m_server->start());
    const quint16 port = m_server->port();
    const Answer enrolled = call(port, elsewhere, "POST", "/api/v1/enroll", enrollBody(code));
    QCOMPARE(enrolled.status, 200);
    const QByteArray token = enrolled.json[u"token"_s].toString().toLatin1();
    const auto login = [&](const QString& name, const QString& password) {
        return call(port, here, "POST", "/api/v1/clerks/login", {{u"login"_s, name}, {u"password"_s, password}}, token);
    };
    QCOMPARE(login(u"wangfang"_s, u"correct horse"_s).status, 200);
    const QJsonObject before = stats(*m_server);

    for (int i = 1; i <= 4; ++i) {
        const Answer wrong = login(u"wangfang"_s, u"wrong horse %1"_s.arg(i));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.message(), u"wrong_login_or_password"_s);
    }
    const Answer fifth = login(u"wangfang"_s, u"wrong horse 5"_s);
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.code(), u"too_many_attempts"_s);
    QCOMPARE(fifth.message(), u"login_locked"_s);
    QVERIFY2(fifth.retryAfter.toInt() > 800 && fifth.retryAfter.toInt() <= 900, fifth.retryAfter.constData());
    // Locked: even the right password is not checked until the lock runs out.
    const Answer right = login(u"wangfang"_s, u"correct horse"_s);
    QCOMPARE(right.status, 429);
    QCOMPARE(right.message(), u"login_locked"_s);

    // Another login from the same address still gets its answer until the address has failed 10 times.
    for (int i = 6; i <= 10; ++i) {
        QCOMPARE(login(u"lisi%1"_s.arg(i), u"guess"_s).status, 401);
    }
    const Answer blocked = login(u"zhaoliu"_s, u"guess"_s);
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.message(), u"address_blocked"_s);
    QCOMPARE(stats(*m_server), before);
}

QTEST_GUILESS_MAIN(TestDistrictRateLimit)
#include "TestDistrictRateLimit.moc"
