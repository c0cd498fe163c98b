// ow-faultproxy: an HTTP/1.1 proxy for fault tests of the sync client. It forwards every request of a client
// connection to the target server and applies one fault to it, chosen from a cyclic schedule by the request's
// running number, so that a test repeats exactly:
//   pass      forward the request and its reply
//   drop      close the client connection at once, nothing forwarded
//   delay:N   wait N ms, then as pass
//   cut:K     forward the request, send only the first K bytes of the reply (at most half of it), then close
//   lose      forward the request, read the server's full reply (it has committed), close without sending it
// Usage: ow-faultproxy --target HOST:PORT [--listen HOST:PORT] [--schedule pass,pass,lose]
// Standard input takes commands, one a line: "schedule <list>" (restarts the count), "only <path prefix>" (the
// schedule applies to those requests alone, the others pass uncounted; "only" alone: to all again), "quit".
// Standard output says "listening on HOST:PORT", then "request N METHOD PATH FAULT" and "reply N STATUS FAULT".
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {

struct Fault
{
    enum class Kind
    {
        Pass,
        Drop,
        Delay,
        Cut,
        Lose
    } kind = Kind::Pass;
    int value = 0;

    [[nodiscard]] QString text() const
    {
        switch (kind) {
        case Kind::Pass:
            return QStringLiteral("pass");
        case Kind::Drop:
            return QStringLiteral("drop");
        case Kind::Delay:
            return QStringLiteral("delay:%1").arg(value);
        case Kind::Cut:
            return QStringLiteral("cut:%1").arg(value);
        case Kind::Lose:
            return QStringLiteral("lose");
        }
        return {};
    }
};

std::optional<QList<Fault>> parseSchedule(const QString& text)
{
    QList<Fault> faults;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u':');
        const QString name = parts.value(0);
        bool ok = true;
        const int value = parts.size() > 1 ? parts.value(1).toInt(&ok) : 0;
        if (!ok || value < 0) {
            return std::nullopt;
        }
        if (name == u"pass") {
            faults.append({Fault::Kind::Pass, 0});
        } else if (name == u"drop") {
            faults.append({Fault::Kind::Drop, 0});
        } else if (name == u"delay") {
            faults.append({Fault::Kind::Delay, value});
        } else if (name == u"cut") {
            faults.append({Fault::Kind::Cut, value});
        } else if (name == u"lose") {
            faults.append({Fault::Kind::Lose, 0});
        } else {
            return std::nullopt;
        }
    }
    if (faults.isEmpty()) {
        faults.append({Fault::Kind::Pass, 0});
    }
    return faults;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The length of the first complete HTTP message in buffer (headers and Content-Length body), or -1.
qsizetype messageLength(const QByteArray& buffer, bool bodyless)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return -1;
    }
    qsizetype length = 0;
    if (!bodyless) {
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                length = line.mid(colon + 1).trimmed().toLongLong();
            }
        }
    }
    const qsizetype total = end + 4 + length;
    return buffer.size() >= total ? total : -1;
}

class Proxy;

// One client connection and its own connection to the server; requests go through one at a time.
class Tunnel : public QObject
{
public:
    Tunnel(Proxy& proxy, QTcpSocket* client, const QString& host, quint16 port);

private:
    void readClient();
    void readServer();
    void forward();
    void close();

    Proxy& m_proxy;
    QTcpSocket* m_client;
    QTcpSocket m_server;
    QByteArray m_fromClient;
    QByteArray m_fromServer;
    QByteArray m_pending; // a request waiting for the server connection or a delay
    bool m_busy = false;
    bool m_due = false; // the pending request may go (its delay is over)
    bool m_head = false;
    int m_number = 0;
    Fault m_fault;
};

class Proxy : public QObject
{
public:
    Proxy(QString host, quint16 port, QList<Fault> schedule)
        : m_host(std::move(host))
        , m_port(port)
        , m_schedule(std::move(schedule))
    {
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
                new Tunnel(*this, socket, m_host, m_port);
            }
        });
    }

    bool listen(const QHostAddress& address, quint16 port) { return m_listener.listen(address, port); }
    [[nodiscard]] quint16 port() const { return m_listener.serverPort(); }

    void setSchedule(QList<Fault> schedule)
    {
        m_schedule = std::move(schedule);
        m_count = 0;
    }

    void setOnly(QString prefix) { m_only = std::move(prefix); }

    // The next request's running number and its fault (a request outside the "only" prefix passes as number 0).
    std::pair<int, Fault> next(const QString& path)
    {
        if (!path.startsWith(m_only)) {
            return {0, Fault {}};
        }
        const int number = ++m_count;
        return {number, m_schedule.at((number - 1) % m_schedule.size())};
    }

private:
    QTcpServer m_listener;
    QString m_host;
    quint16 m_port;
    QList<Fault> m_schedule;
    QString m_only;
    int m_count = 0;
};

Tunnel::Tunnel(Proxy& proxy, QTcpSocket* client, const QString& host, quint16 port)
    : QObject(client)
    , m_proxy(proxy)
    , m_client(client)
{
    connect(m_client, &QTcpSocket::readyRead, this, &Tunnel::readClient);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        m_server.abort();
        m_client->deleteLater();
    });
    connect(&m_server, &QTcpSocket::readyRead, this, &Tunnel::readServer);
    connect(&m_server, &QTcpSocket::connected, this, &Tunnel::forward);
    connect(&m_server, &QTcpSocket::disconnected, this, &Tunnel::close);
    connect(&m_server, &QTcpSocket::errorOccurred, this, [this] {
        if (m_server.state() != QAbstractSocket::ConnectedState) {
            close();
        }
    });
    m_server.connectToHost(host, port);
}

void Tunnel::readClient()
{
    m_fromClient += m_client->readAll();
    if (m_busy) {
        return;
    }
    const qsizetype length = messageLength(m_fromClient, false);
    if (length < 0) {
        return;
    }
    const QByteArray request = m_fromClient.left(length);
    m_fromClient.remove(0, length);
    const QList<QByteArray> line = request.left(request.indexOf('\r')).split(' ');
    m_head = line.value(0) == "HEAD";
    std::tie(m_number, m_fault) = m_proxy.next(QString::fromLatin1(line.value(1)));
    out() << "request " << m_number << ' ' << QString::fromLatin1(line.value(0)) << ' '
          << QString::fromLatin1(line.value(1)) << ' ' << m_fault.text() << Qt::endl;
    if (m_fault.kind == Fault::Kind::Drop) {
        close();
        return;
    }
    m_busy = true;
    m_pending = request;
    m_due = m_fault.kind != Fault::Kind::Delay;
    if (!m_due) {
        QTimer::singleShot(m_fault.value, this, [this] {
            m_due = true;
            forward();
        });
    } else {
        forward();
    }
}

void Tunnel::forward()
{
    if (m_pending.isEmpty() || m_server.state() != QAbstractSocket::ConnectedState) {
        return;
    }
    if (!m_due) {
        return; // the delay timer forwards it
    }
    m_server.write(m_pending);
    m_pending.clear();
}

void Tunnel::readServer()
{
    m_fromServer += m_server.readAll();
    const qsizetype length = messageLength(m_fromServer, m_head);
    if (length < 0 || !m_busy) {
        return;
    }
    const QByteArray reply = m_fromServer.left(length);
    m_fromServer.remove(0, length);
    out() << "reply " << m_number << ' ' << QString::fromLatin1(reply.mid(9, 3)) << ' ' << m_fault.text() << Qt::endl;
    m_busy = false;
    switch (m_fault.kind) {
    case Fault::Kind::Lose:
        close();
        return;
    case Fault::Kind::Cut:
        m_client->write(reply.left(std::min<qsizetype>(m_fault.value, reply.size() / 2)));
        m_client->flush();
        close();
        return;
    default:
        m_client->write(reply);
        break;
    }
    if (!m_fromClient.isEmpty()) {
        readClient();
    }
}

void Tunnel::close()
{
    m_busy = false;
    m_pending.clear();
    m_server.abort();
    m_client->disconnectFromHost();
    if (m_client->state() != QAbstractSocket::UnconnectedState) {
        m_client->abort();
    }
}

std::pair<QString, quint16> hostAndPort(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    return {text.left(colon), static_cast<quint16>(text.mid(colon + 1).toUInt())};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption targetOption(QStringLiteral("target"), QStringLiteral("The server, HOST:PORT."),
                                          QStringLiteral("address"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Where to listen, HOST:PORT."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption scheduleOption(QStringLiteral("schedule"),
                                            QStringLiteral("Faults in turn, e.g. pass,pass,lose."),
                                            QStringLiteral("list"), QStringLiteral("pass"));
    parser.addOptions({targetOption, listenOption, scheduleOption});
    parser.process(application);
    const auto schedule = parseSchedule(parser.value(scheduleOption));
    if (!parser.isSet(targetOption) || !schedule) {
        QTextStream(stderr) << "usage: ow-faultproxy --target HOST:PORT [--listen HOST:PORT] [--schedule LIST]\n";
        return 2;
    }
    const auto [targetHost, targetPort] = hostAndPort(parser.value(targetOption));
    const auto [listenHost, listenPort] = hostAndPort(parser.value(listenOption));
    Proxy proxy(targetHost, targetPort, *schedule);
    if (!proxy.listen(QHostAddress(listenHost), listenPort)) {
        QTextStream(stderr) << "cannot listen on " << parser.value(listenOption) << '\n';
        return 1;
    }
    out() << "listening on " << listenHost << ':' << proxy.port() << Qt::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray lines;
    QObject::connect(&input, &QSocketNotifier::activated, &application, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false); // standard input closed: keep serving
            return;
        }
        lines.append(buffer, got);
        qsizetype end = 0;
        while ((end = lines.indexOf('\n')) >= 0) {
            const QString command = QString::fromUtf8(lines.left(end)).trimmed();
            lines.remove(0, end + 1);
            if (command == u"quit") {
                QCoreApplication::quit();
            } else if (command == u"only" || command.startsWith(u"only ")) {
                proxy.setOnly(command.mid(5));
                out() << "only " << command.mid(5) << Qt::endl;
            } else if (command.startsWith(u"schedule ")) {
                if (const auto faults = parseSchedule(command.mid(9))) {
                    proxy.setSchedule(*faults);
                    out() << "schedule " << command.mid(9) << Qt::endl;
                } else {
                    out() << "bad schedule " << command.mid(9) << Qt::endl;
                }
            }
        }
    });
    return QCoreApplication::exec();
}
