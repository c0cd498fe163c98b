// ow-loadgen: many simulated counters against onewindow-district, in one process, each an asynchronous state
// machine (enroll, then push a few ops and pull, again and again) over its own HTTP connection.
// Usage: ow-loadgen --server URL --codes FILE --counters N [--seconds S] [--ops K] [--think MS] [--drop P]
//        [--json FILE]
// --drop P: besides its own requests, each counter sends a pull and hangs up before the reply for P% of them
// (clients that disconnect mid-request, which once crashed the server).
// FILE holds one enrollment code a line (onewindow-district admin enroll-code --hall C --count N).
// Prints requests per second and p50/p99 latency of pushes, pulls and all requests, as text and as JSON.
#include "db/AuditHash.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

struct Latencies
{
    std::vector<double> milliseconds;
    int errors = 0;

    [[nodiscard]] double percentile(double p) const
    {
        if (milliseconds.empty()) {
            return 0;
        }
        std::vector<double> sorted = milliseconds;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted.at(std::min(index, sorted.size() - 1));
    }

    [[nodiscard]] QJsonObject toJson(double seconds) const
    {
        return {{QStringLiteral("requests"), static_cast<qint64>(milliseconds.size())},
                {QStringLiteral("errors"), errors},
                {QStringLiteral("per_second"), seconds > 0 ? static_cast<double>(milliseconds.size()) / seconds : 0},
                {QStringLiteral("p50_ms"), percentile(0.5)},
                {QStringLiteral("p99_ms"), percentile(0.99)}};
    }
};

struct Settings
{
    QUrl server;
    int opsPerPush = 4;
    int thinkMs = 0;
    int dropPercent = 0;
};

class Load;

// One simulated counter.
class Counter : public QObject
{
public:
    Counter(Load& load, QNetworkAccessManager& network, QNetworkAccessManager& dropNetwork, int number, QString code)
        : m_load(load)
        , m_network(network)
        , m_dropNetwork(dropNetwork)
        , m_number(number)
        , m_code(std::move(code))
    { }

    void enroll();
    void startLoop();
    [[nodiscard]] bool enrolled() const { return !m_token.isEmpty(); }

private:
    void push();
    void pull();
    void next(bool pushNext);
    QNetworkReply* send(const QByteArray& verb, const QString& path, const QByteArray& body = {});
    void maybeDrop();

    Load& m_load;
    QNetworkAccessManager& m_network;
    QNetworkAccessManager& m_dropNetwork; // its own connections: an abort closes the connection it ran on
    int m_number;
    QString m_code;
    QByteArray m_token;
    QString m_cursor;
    QString m_hall;
    int m_cases = 0;
    qint64 m_auditSeq = 0;
    QString m_auditHead = QString(ow::db::audithash::genesis); // the district checks each counter's chain
};

class Load : public QObject
{
public:
    Load(Settings settings, const QStringList& codes, int counters)
        : m_settings(std::move(settings))
    {
        // QNetworkAccessManager opens at most 6 connections to one server: one manager per 6 counters.
        for (int i = 0; i < counters; ++i) {
            if (i % 6 == 0) {
                m_networks.push_back(std::make_unique<QNetworkAccessManager>());
                m_dropNetworks.push_back(std::make_unique<QNetworkAccessManager>());
            }
            m_counters.push_back(
                std::make_unique<Counter>(*this, *m_networks.back(), *m_dropNetworks.back(), i + 1, codes.at(i)));
        }
    }

    [[nodiscard]] const Settings& settings() const { return m_settings; }
    [[nodiscard]] bool running() const { return m_running; }

    // Enrolls every counter, at most 32 at a time; then calls done.
    void enrollAll(std::function<void()> done)
    {
        m_afterEnroll = std::move(done);
        m_nextEnroll = 0;
        for (int i = 0; i < 32; ++i) {
            enrollNext();
        }
    }

    void enrolledOne(bool ok)
    {
        ++m_enrollDone;
        if (!ok) {
            ++m_enrollErrors;
        }
        if (m_enrollDone == static_cast<int>(m_counters.size())) {
            m_afterEnroll();
        } else {
            enrollNext();
        }
    }

    void run(int seconds, std::function<void()> done)
    {
        m_running = true;
        m_clock.start();
        for (const auto& counter : m_counters) {
            if (counter->enrolled()) {
                counter->startLoop();
            }
        }
        QTimer::singleShot(seconds * 1000, this, [this, done = std::move(done)] {
            m_running = false;
            m_seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
            done();
        });
    }

    void record(bool push, double milliseconds, bool ok)
    {
        if (!m_running) {
            return;
        }
        Latencies& latencies = push ? m_push : m_pull;
        if (ok) {
            latencies.milliseconds.push_back(milliseconds);
        } else {
            ++latencies.errors;
        }
    }
    void countOps(int applied) { m_applied += m_running ? applied : 0; }
    void countDropped() { ++m_dropped; }

    [[nodiscard]] QJsonObject report() const
    {
        Latencies all = m_push;
        all.milliseconds.insert(all.milliseconds.end(), m_pull.milliseconds.begin(), m_pull.milliseconds.end());
        all.errors += m_pull.errors;
        return {{QStringLiteral("counters"), static_cast<int>(m_counters.size())},
                {QStringLiteral("enroll_errors"), m_enrollErrors},
                {QStringLiteral("seconds"), m_seconds},
                {QStringLiteral("ops_applied"), m_applied},
                {QStringLiteral("dropped"), m_dropped},
                {QStringLiteral("push"), m_push.toJson(m_seconds)},
                {QStringLiteral("pull"), m_pull.toJson(m_seconds)},
                {QStringLiteral("all"), all.toJson(m_seconds)}};
    }

private:
    void enrollNext()
    {
        if (m_nextEnroll < static_cast<int>(m_counters.size())) {
            m_counters.at(static_cast<size_t>(m_nextEnroll++))->enroll();
        }
    }

    Settings m_settings;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_dropNetworks;
    std::vector<std::unique_ptr<Counter>> m_counters;
    std::function<void()> m_afterEnroll;
    int m_nextEnroll = 0;
    int m_enrollDone = 0;
    int m_enrollErrors = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
    double m_seconds = 0;
    qint64 m_applied = 0;
    qint64 m_dropped = 0;
    Latencies m_push;
    Latencies m_pull;
};

QNetworkReply* Counter::send(const QByteArray& verb, const QString& path, const QByteArray& body)
{
    QUrl url = m_load.settings().server;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path() + QStringLiteral("/api/v1") + path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));
    }
    maybeDrop();
    return m_network.sendCustomRequest(request, verb, body);
}

void Counter::maybeDrop()
{
    if (QRandomGenerator::global()->bounded(100) >= m_load.settings().dropPercent) {
        return;
    }
    QUrl url = m_load.settings().server;
    url.setPath(url.path() + QStringLiteral("/api/v1/pull"));
    url.setQuery(QStringLiteral("limit=200"));
    QNetworkRequest request(url);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));
    }
    QNetworkReply* reply = m_dropNetwork.get(request);
    // Hang up at a random moment: before the request is read, while a worker runs it, or as the reply comes.
    QTimer::singleShot(QRandomGenerator::global()->bounded(30), reply, [this, reply] {
        if (reply->isRunning()) {
            m_load.countDropped();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void Counter::enroll()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    const QJsonObject body {{QStringLiteral("code"), m_code},
                            {QStringLiteral("counter"), m_number % 99 + 1},
                            {QStringLiteral("device_name"), QStringLiteral("load-%1").arg(m_number)},
                            {QStringLiteral("public_key"), QString::fromLatin1(key.toBase64())}};
    QNetworkReply* reply = send("POST", QStringLiteral("/enroll"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        m_token = answer.value(QStringLiteral("token")).toString().toLatin1();
        m_hall = answer.value(QStringLiteral("hall")).toObject().value(QStringLiteral("code")).toString();
        if (m_token.isEmpty()) {
            QTextStream(stderr) << "enroll " << m_number << " failed: " << reply->errorString() << '\n';
        }
        m_load.enrolledOne(!m_token.isEmpty());
    });
}

void Counter::startLoop()
{
    // Spread the first requests over 100 ms so the counters do not all start in step.
    QTimer::singleShot(QRandomGenerator::global()->bounded(100), this, &Counter::push);
}

void Counter::next(bool pushNext)
{
    if (!m_load.running()) {
        return;
    }
    const auto step = pushNext ? &Counter::push : &Counter::pull;
    QTimer::singleShot(m_load.settings().thinkMs, this, step);
}

void Counter::push()
{
    // A citizen and a case for them, then the case moves on; audit rows fill the batch up.
    QJsonArray ops;
    const QString citizen = uuid();
    const QString caseUuid = uuid();
    const QString number = QStringLiteral("%1-%2-LOAD-%3").arg(m_hall).arg(m_number).arg(++m_cases);
    auto op = [&](const QString& entity, const QString& entityUuid, const QString& operation,
                  const QJsonObject& payload) {
        ops.append(QJsonObject {{QStringLiteral("op_id"), uuid()},
                                {QStringLiteral("seq"), ops.size() + 1},
                                {QStringLiteral("entity"), entity},
                                {QStringLiteral("entity_uuid"), entityUuid},
                                {QStringLiteral("operation"), operation},
                                {QStringLiteral("payload"), payload},
                                {QStringLiteral("created_at"), now()}});
    };
    op(QStringLiteral("citizen"), citizen, QStringLiteral("create"),
       {{QStringLiteral("uuid"), citizen},
        {QStringLiteral("id_number"), QStringLiteral("33010619661123%1").arg(m_cases % 10000, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("version"), 1}});
    op(QStringLiteral("case"), caseUuid, QStringLiteral("create"),
       {{QStringLiteral("uuid"), caseUuid},
        {QStringLiteral("number"), number},
        {QStringLiteral("citizen_uuid"), citizen},
        {QStringLiteral("state"), QStringLiteral("received")},
        {QStringLiteral("version"), 1}});
    if (m_load.settings().opsPerPush > 2) {
        op(QStringLiteral("case"), caseUuid, QStringLiteral("state"),
           {{QStringLiteral("uuid"), caseUuid},
            {QStringLiteral("number"), number},
            {QStringLiteral("state"), QStringLiteral("in_review")},
            {QStringLiteral("version"), 2}});
    }
    while (ops.size() < m_load.settings().opsPerPush) {
        ow::db::audithash::Fields row;
        row.uuid = uuid();
        row.at = now();
        row.action = QStringLiteral("case.accept");
        row.subject = number;
        row.detail = QStringLiteral("{}");
        const QString hash = ow::db::audithash::rowHash(row, m_auditHead);
        op(QStringLiteral("audit"), row.uuid, QStringLiteral("append"),
           {{QStringLiteral("seq"), ++m_auditSeq},
            {QStringLiteral("uuid"), row.uuid},
            {QStringLiteral("at"), row.at},
            {QStringLiteral("clerk_uuid"), row.clerkUuid},
            {QStringLiteral("action"), row.action},
            {QStringLiteral("subject"), row.subject},
            {QStringLiteral("detail"), row.detail},
            {QStringLiteral("prev_hash"), m_auditHead},
            {QStringLiteral("hash"), hash}});
        m_auditHead = hash;
    }
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply =
        send("POST", QStringLiteral("/push"),
             QJsonDocument(QJsonObject {{QStringLiteral("ops"), ops}}).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock] {
        reply->deleteLater();
        const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const QJsonArray results =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray();
        int applied = 0;
        for (const QJsonValue& result : results) {
            applied += result[QStringLiteral("status")].toString() == u"applied" ? 1 : 0;
        }
        const bool ok = reply->error() == QNetworkReply::NoError && applied == results.size() && applied > 0;
        m_load.record(true, elapsed, ok);
        m_load.countOps(applied);
        next(false);
    });
}

void Counter::pull()
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = send("GET",
                                QStringLiteral("/pull?limit=200") +
                                    (m_cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + m_cursor));
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock] {
        reply->deleteLater();
        const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok = reply->error() == QNetworkReply::NoError && answer.contains(QStringLiteral("next_cursor"));
        if (ok) {
            m_cursor =
                QString::fromLatin1(QUrl::toPercentEncoding(answer.value(QStringLiteral("next_cursor")).toString()));
        }
        m_load.record(false, elapsed, ok);
        // Pull on while the server has more; else push again.
        next(!(ok && answer.value(QStringLiteral("more")).toBool()));
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("The district, http://host:port."),
                                          QStringLiteral("url"));
    const QCommandLineOption codesOption(QStringLiteral("codes"), QStringLiteral("Enrollment codes, one a line."),
                                         QStringLiteral("file"));
    const QCommandLineOption countersOption(QStringLiteral("counters"), QStringLiteral("Simulated counters."),
                                            QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to load."),
                                           QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption opsOption(QStringLiteral("ops"), QStringLiteral("Ops per push."), QStringLiteral("k"),
                                       QStringLiteral("4"));
    const QCommandLineOption thinkOption(QStringLiteral("think"), QStringLiteral("Pause between requests, ms."),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption dropOption(QStringLiteral("drop"),
                                        QStringLiteral("Extra pulls abandoned mid-request, % of requests."),
                                        QStringLiteral("percent"), QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the report as JSON here."),
                                        QStringLiteral("file"));
    parser.addOptions(
        {serverOption, codesOption, countersOption, secondsOption, opsOption, thinkOption, dropOption, jsonOption});
    parser.process(application);

    QTextStream err(stderr);
    QFile codesFile(parser.value(codesOption));
    if (!parser.isSet(serverOption) || !codesFile.open(QIODevice::ReadOnly)) {
        err << "usage: ow-loadgen --server URL --codes FILE --counters N [--seconds S] [--ops K] [--think MS] "
               "[--drop P] [--json FILE]\n";
        return 2;
    }
    const QStringList codes = QString::fromUtf8(codesFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const int counters = parser.value(countersOption).toInt();
    if (counters < 1 || counters > codes.size()) {
        err << "need " << counters << " codes, " << codes.size() << " given\n";
        return 2;
    }
    Settings settings {QUrl(parser.value(serverOption)), std::clamp(parser.value(opsOption).toInt(), 2, 500),
                       std::max(0, parser.value(thinkOption).toInt()),
                       std::clamp(parser.value(dropOption).toInt(), 0, 100)};
    Load load(settings, codes, counters);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    int exitCode = 0;
    load.enrollAll([&] {
        load.run(seconds, [&] {
            const QJsonObject report = load.report();
            QTextStream out(stdout);
            out << QStringLiteral("%1 counters, %2 s: %3 requests/s, %4 ops applied\n")
                       .arg(counters)
                       .arg(report[u"seconds"].toDouble(), 0, 'f', 1)
                       .arg(report[u"all"][u"per_second"].toDouble(), 0, 'f', 0)
                       .arg(report[u"ops_applied"].toInteger());
            for (const QString& kind : {QStringLiteral("push"), QStringLiteral("pull"), QStringLiteral("all")}) {
                const QJsonObject part = report[kind].toObject();
                out << QStringLiteral("  %1: %2 requests, %3/s, p50 %4 ms, p99 %5 ms, %6 errors\n")
                           .arg(kind)
                           .arg(part[u"requests"].toInteger())
                           .arg(part[u"per_second"].toDouble(), 0, 'f', 0)
                           .arg(part[u"p50_ms"].toDouble(), 0, 'f', 1)
                           .arg(part[u"p99_ms"].toDouble(), 0, 'f', 1)
                           .arg(part[u"errors"].toInt());
            }
            out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
            if (parser.isSet(jsonOption)) {
                QFile file(parser.value(jsonOption));
                if (file.open(QIODevice::WriteOnly)) {
                    file.write(QJsonDocument(report).toJson());
                }
            }
            exitCode = report[u"enroll_errors"].toInt() > 0 || report[u"all"][u"errors"].toInt() > 0 ? 1 : 0;
            QCoreApplication::exit(exitCode);
        });
    });
    return QCoreApplication::exec();
}
