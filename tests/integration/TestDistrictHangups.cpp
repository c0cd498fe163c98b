// onewindow-district while clients hang up mid-request: hundreds of connections send a request and abort at a
// random moment (before it is read, while a worker runs it, as the reply is written). The server once wrote the
// reply through the deleted socket and crashed; it must stay up and go on answering.
#include "DistrictServerProcess.h"
#include "PostgresDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString hall = u"330104001"_s;

struct Answer
{
    int status = 0;
    QJsonObject json;
};

Answer call(QNetworkAccessManager& network, const QString& url, const QByteArray& verb, const QByteArray& body = {},
            const QByteArray& token = {})
{
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", QByteArray("Bearer " + token));
    }
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000)) {
        reply->abort();
    }
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

QByteArray enrollBody(const QString& code, int counter)
{
    return QJsonDocument(QJsonObject {{u"code"_s, code},
                                      {u"counter"_s, counter},
                                      {u"device_name"_s, u"hangup-%1"_s.arg(counter)},
                                      {u"public_key"_s, QString::fromLatin1(QByteArray(32, char(counter)).toBase64())}})
        .toJson(QJsonDocument::Compact);
}

QByteArray rawRequest(const QByteArray& verb, const QByteArray& path, const QByteArray& token, const QByteArray& body)
{
    QByteArray text = verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty()) {
        text += "Authorization: Bearer " + token + "\r\n";
    }
    return text + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestDistrictHangups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesClientsHangingUpMidRequest();
};

void TestDistrictHangups::survivesClientsHangingUpMidRequest()
{
    const QString database = ow::tests::freshPostgresDatabase();
    QVERIFY(database.isEmpty() != ow::tests::postgresRequested());
    ow::tests::DistrictServerProcess server(QStringLiteral(OW_DISTRICT_PATH), database);
    QVERIFY(server.isValid());
    QCOMPARE(server.admin({u"hall"_s, u"add"_s, u"--code"_s, hall, u"--name"_s, u"Hall"_s}).exitCode, 0);
    const ow::tests::ProcessRun made = server.admin({u"enroll-code"_s, u"--hall"_s, hall, u"--count"_s, u"41"_s});
    QCOMPARE(made.exitCode, 0);
    const QStringList codes = made.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 41);
    QVERIFY(server.start());

    QNetworkAccessManager network;
    const Answer enrolled = call(network, server.url() + u"/api/v1/enroll"_s, "POST", enrollBody(codes.at(0), 1));
    QCOMPARE(enrolled.status, 200);
    const QByteArray token = enrolled.json.value(u"token"_s).toString().toLatin1();
    QVERIFY(!token.isEmpty());

    // Every kind of request that a worker answers: pulls and pushes with good and bad tokens, enrolls, logins.
    const QByteArray push = QJsonDocument(QJsonObject {{u"ops"_s, QJsonArray {}}}).toJson(QJsonDocument::Compact);
    const QByteArray login = R"({"login":"nobody","password":"wrong"})";
    QList<QByteArray> requests {rawRequest("GET", "/api/v1/pull?limit=200", token, {}),
                                rawRequest("GET", "/api/v1/pull?limit=200", "unknown-token", {}),
                                rawRequest("POST", "/api/v1/push", token, push),
                                rawRequest("GET", "/api/v1/backlog", token, {}),
                                rawRequest("POST", "/api/v1/clerks/login", "unknown-token", login)};
    for (int i = 1; i < codes.size(); ++i) {
        requests.append(rawRequest("POST", "/api/v1/enroll", {}, enrollBody(codes.at(i), i + 1)));
    }

    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    for (int wave = 0; wave < 8; ++wave) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int hungUp = 0;
        int refused = 0;
        for (int i = 0; i < 150; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket* raw = socket.get();
            const QByteArray request = requests.at(QRandomGenerator::global()->bounded(requests.size()));
            connect(raw, &QTcpSocket::connected, raw, [raw, request, &hungUp] {
                raw->write(request);
                // Hang up at once or a little later, when a worker may be busy with the request.
                QTimer::singleShot(QRandomGenerator::global()->bounded(25), raw, [raw, &hungUp] {
                    raw->abort();
                    ++hungUp;
                });
            });
            // A dead server refuses the connection: counted, so the check below says what happened.
            connect(raw, &QTcpSocket::errorOccurred, raw, [raw, &refused] {
                if (raw->state() != QAbstractSocket::ConnectedState && raw->bytesToWrite() == 0 &&
                    raw->property("counted").isNull()) {
                    raw->setProperty("counted", true);
                    ++refused;
                }
            });
            raw->connectToHost(QStringLiteral("127.0.0.1"), server.port());
            sockets.push_back(std::move(socket));
        }
        QTRY_VERIFY_WITH_TIMEOUT(hungUp + refused >= 150 || server.process()->state() != QProcess::Running, 10000);
        QVERIFY2(server.process()->state() == QProcess::Running,
                 qPrintable(u"the server died in wave %1 (exit status %2, code %3)"_s.arg(wave)
                                .arg(server.process()->exitStatus())
                                .arg(server.process()->exitCode())));
        QTRY_COMPARE_WITH_TIMEOUT(hungUp, 150, 10000);
        sent += hungUp;
    }
    QCOMPARE(sent, 8 * 150);

    // Still serving: the abandoned replies went nowhere and real requests get theirs.
    const Answer health = call(network, server.url() + u"/api/v1/health"_s, "GET");
    QCOMPARE(health.status, 200);
    const Answer pull = call(network, server.url() + u"/api/v1/pull?limit=10"_s, "GET", {}, token);
    QCOMPARE(pull.status, 200);
    QVERIFY(pull.json.contains(u"next_cursor"_s));
    QCOMPARE(server.process()->state(), QProcess::Running);
    qInfo() << sent << "requests abandoned in" << clock.elapsed() << "ms";
}

QTEST_GUILESS_MAIN(TestDistrictHangups)
#include "TestDistrictHangups.moc"
