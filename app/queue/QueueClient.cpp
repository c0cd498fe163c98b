#include "queue/QueueClient.h"

#include "queue/QueueProtocol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcQueueClient, "ow.queue.client")

namespace ow::queue {

namespace {

constexpr int sweepIntervalMs = 100;
constexpr qint64 pingAfterMs = 5000;
constexpr qint64 deadAfterMs = 15000;

} // namespace

Ticket QueueReply::ticket() const
{
    return Ticket::fromJson(data.value(QStringLiteral("ticket")).toObject());
}

QueueClient::QueueClient(QObject* parent)
    : QObject(parent)
    , m_retryTimer(new QTimer(this))
    , m_sweepTimer(new QTimer(this))
{
    m_clock.start();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &QueueClient::connectSocket);
    m_sweepTimer->setInterval(sweepIntervalMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &QueueClient::sweep);
}

void QueueClient::replaceSocket()
{
    // A fresh socket per attempt: a late signal of an old connection can never touch the new one.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &QueueClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &QueueClient::onDisconnected);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // A refused or failed connection may end without a disconnected signal.
                if (m_socket->state() == QAbstractSocket::UnconnectedState) {
                    onDisconnected();
                }
            });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &QueueClient::onMessage);
    connect(m_socket, &QWebSocket::pong, this, [this](quint64, const QByteArray&) { m_lastHeard = m_clock.elapsed(); });
}

QueueClient::~QueueClient()
{
    m_wanted = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void QueueClient::setUrl(const QUrl& url)
{
    m_url = url;
}

void QueueClient::setKey(const QByteArray& key)
{
    m_key = key;
}

void QueueClient::setRole(const QString& role, int counter)
{
    m_role = role;
    m_counter = counter;
}

void QueueClient::setEventsWanted(bool wanted)
{
    m_events = wanted ? QStringList {QStringLiteral("called"), QStringLiteral("ticket"), QStringLiteral("status")}
                      : QStringList();
}

void QueueClient::setEvents(const QStringList& types)
{
    m_events = types;
}

void QueueClient::setRequestTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void QueueClient::setAutoReconnect(bool enabled)
{
    m_autoReconnect = enabled;
}

void QueueClient::setRetryDelays(int firstMilliseconds, int maxMilliseconds)
{
    m_firstRetryMs = firstMilliseconds;
    m_maxRetryMs = maxMilliseconds;
    m_retryMs = firstMilliseconds;
}

void QueueClient::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void QueueClient::open()
{
    m_wanted = true;
    m_keyRefused = false;
    m_retryMs = m_firstRetryMs;
    m_sweepTimer->start();
    if (m_state == State::Disconnected) {
        connectSocket();
    }
}

void QueueClient::close()
{
    m_wanted = false;
    m_retryTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    failAll(QStringLiteral("disconnected"), tr("The connection to the hall host was closed."));
    setState(State::Disconnected);
}

void QueueClient::connectSocket()
{
    if (!m_wanted || m_state != State::Disconnected) {
        return;
    }
    setState(State::Connecting);
    replaceSocket();
    m_socket->open(m_url);
}

void QueueClient::onConnected()
{
    m_lastHeard = m_clock.elapsed();
    setState(State::Authenticating);
}

void QueueClient::onDisconnected()
{
    if (m_state == State::Disconnected) {
        return;
    }
    QString reason = m_socket->closeReason();
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCode(protocol::closeWrongKey)) {
        m_keyRefused = true;
        m_lastError = reason.isEmpty() ? tr("The hall host refused the hall key.") : reason;
        Q_EMIT authenticationFailed(m_lastError);
    } else if (!m_keyRefused) {
        m_lastError = tr("The hall host at %1 cannot be reached: %2")
                          .arg(m_url.toDisplayString(), reason.isEmpty() ? m_socket->errorString() : reason);
    }
    qCInfo(lcQueueClient) << "disconnected from" << m_url << m_lastError;
    failAll(QStringLiteral("disconnected"), m_lastError);
    setState(State::Disconnected);
    Q_EMIT disconnected(m_lastError);
    scheduleReconnect();
}

void QueueClient::scheduleReconnect()
{
    if (!m_wanted || !m_autoReconnect || m_keyRefused) {
        return;
    }
    m_retryTimer->start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, m_maxRetryMs);
}

void QueueClient::onMessage(const QString& text)
{
    m_lastHeard = m_clock.elapsed();
    const QJsonObject message = protocol::decode(text);
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == u"hello") {
        m_hostNonce = message.value(QStringLiteral("nonce")).toString().toLatin1();
        m_clientNonce = protocol::newNonce();
        m_authId = m_nextId++;
        m_socket->sendTextMessage(
            protocol::encode({{QStringLiteral("type"), QStringLiteral("auth")},
                              {QStringLiteral("id"), static_cast<qint64>(m_authId)},
                              {QStringLiteral("role"), m_role},
                              {QStringLiteral("counter"), m_counter},
                              {QStringLiteral("events"), QJsonArray::fromStringList(m_events)},
                              {QStringLiteral("nonce"), QString::fromLatin1(m_clientNonce)},
                              {QStringLiteral("proof"),
                               QString::fromLatin1(protocol::clientProof(m_key, m_hostNonce, m_clientNonce))}}));
        return;
    }
    if (type == u"reply") {
        const auto id = static_cast<quint64>(message.value(QStringLiteral("id")).toInteger());
        if (m_state == State::Authenticating && id == m_authId) {
            const QByteArray proof = message.value(QStringLiteral("proof")).toString().toLatin1();
            if (!message.value(QStringLiteral("ok")).toBool() ||
                !protocol::sameProof(proof, protocol::hostProof(m_key, m_hostNonce, m_clientNonce))) {
                // Someone answers at the host's address without the hall key: never talk to it.
                m_keyRefused = true;
                m_lastError = tr("The program at %1 is not this hall's host: it does not know the hall key.")
                                  .arg(m_url.toDisplayString());
                Q_EMIT authenticationFailed(m_lastError);
                m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, m_lastError);
                return;
            }
            m_retryMs = m_firstRetryMs;
            m_lastError.clear();
            m_status = HallStatus::fromJson(message.value(QStringLiteral("status")).toObject());
            setState(State::Ready);
            Q_EMIT ready();
            Q_EMIT statusChanged(m_status);
            return;
        }
        QueueReply reply;
        reply.ok = message.value(QStringLiteral("ok")).toBool();
        reply.error = message.value(QStringLiteral("error")).toString();
        reply.code = message.value(QStringLiteral("code")).toString();
        reply.data = message;
        complete(id, reply);
        return;
    }
    if (type == u"called") {
        Q_EMIT called(CallEvent::fromJson(message.value(QStringLiteral("call")).toObject()),
                      Ticket::fromJson(message.value(QStringLiteral("ticket")).toObject()));
    } else if (type == u"ticket") {
        Q_EMIT ticketIssued(Ticket::fromJson(message.value(QStringLiteral("ticket")).toObject()));
    } else if (type == u"status") {
        m_status = HallStatus::fromJson(message.value(QStringLiteral("status")).toObject());
        Q_EMIT statusChanged(m_status);
    }
}

quint64 QueueClient::send(const QString& type, const QJsonObject& params, QObject* context, Callback callback)
{
    if (m_state != State::Ready) {
        QueueReply reply;
        reply.code = QStringLiteral("disconnected");
        reply.error = m_lastError.isEmpty() ? tr("There is no connection to the hall host.") : m_lastError;
        if (callback) {
            callback(reply);
        }
        return 0;
    }
    const quint64 id = m_nextId++;
    QJsonObject message = params;
    message.insert(QStringLiteral("type"), type);
    message.insert(QStringLiteral("id"), static_cast<qint64>(id));
    if (!message.contains(QStringLiteral("counter")) && m_counter > 0) {
        message.insert(QStringLiteral("counter"), m_counter);
    }
    m_pending.insert(id, {context, context != nullptr, std::move(callback), m_clock.elapsed() + m_timeoutMs});
    m_socket->sendTextMessage(protocol::encode(message));
    return id;
}

void QueueClient::complete(quint64 id, const QueueReply& reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return;
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    if (pending.hasContext && !pending.context) {
        return;
    }
    if (pending.callback) {
        pending.callback(reply);
    }
}

void QueueClient::failAll(const QString& code, const QString& message)
{
    const QList<quint64> ids = m_pending.keys();
    for (const quint64 id : ids) {
        complete(id, {false, message, code, {}});
    }
}

void QueueClient::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value().deadline <= now) {
            expired.append(it.key());
        }
    }
    for (const quint64 id : std::as_const(expired)) {
        complete(id, {false, tr("The hall host did not answer in time."), QStringLiteral("timeout"), {}});
    }
    // A host that vanished without closing (a pulled cable) is noticed by its silence.
    if (m_state == State::Ready || m_state == State::Authenticating) {
        if (now - m_lastHeard > deadAfterMs) {
            qCInfo(lcQueueClient) << "the hall host went silent";
            m_socket->abort();
        } else if (now - m_lastHeard > pingAfterMs && now - m_lastPing > pingAfterMs) {
            m_lastPing = now;
            m_socket->ping();
        }
    }
}

void QueueClient::issueTicket(const TicketRequest& request, QObject* context, Callback callback)
{
    send(QStringLiteral("ticket"), request.toJson(), context, std::move(callback));
}

void QueueClient::callNext(const QStringList& categories, const QString& clerk, QObject* context, Callback callback)
{
    QJsonObject params {{QStringLiteral("clerk"), clerk}};
    if (!categories.isEmpty()) {
        params.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    }
    send(QStringLiteral("call"), params, context, std::move(callback));
}

void QueueClient::recall(QObject* context, Callback callback)
{
    send(QStringLiteral("recall"), {}, context, std::move(callback));
}

void QueueClient::noShow(QObject* context, Callback callback)
{
    send(QStringLiteral("noshow"), {}, context, std::move(callback));
}

void QueueClient::transferToCategory(const QString& category, QObject* context, Callback callback)
{
    send(QStringLiteral("transfer"), {{QStringLiteral("to_category"), category}}, context, std::move(callback));
}

void QueueClient::transferToCounter(int counter, QObject* context, Callback callback)
{
    send(QStringLiteral("transfer"), {{QStringLiteral("to_counter"), counter}}, context, std::move(callback));
}

void QueueClient::finish(const QStringList& caseUuids, int rating, QObject* context, Callback callback)
{
    send(QStringLiteral("finish"),
         {{QStringLiteral("case_uuids"), QJsonArray::fromStringList(caseUuids)}, {QStringLiteral("rating"), rating}},
         context, std::move(callback));
}

void QueueClient::annotate(const QString& number, const QStringList& caseUuids, int rating, QObject* context,
                           Callback callback)
{
    send(QStringLiteral("annotate"),
         {{QStringLiteral("number"), number},
          {QStringLiteral("case_uuids"), QJsonArray::fromStringList(caseUuids)},
          {QStringLiteral("rating"), rating}},
         context, std::move(callback));
}

void QueueClient::setPaused(bool paused, QObject* context, Callback callback)
{
    send(paused ? QStringLiteral("pause") : QStringLiteral("resume"), {}, context, std::move(callback));
}

void QueueClient::requestStatus(QObject* context, Callback callback)
{
    send(QStringLiteral("status"), {}, context, std::move(callback));
}

void QueueClient::requestStatistics(const QDate& from, const QDate& to, QObject* context, Callback callback)
{
    send(QStringLiteral("stats"),
         {{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)}},
         context, std::move(callback));
}

void QueueClient::putAppointments(const QList<Appointment>& appointments, QObject* context, Callback callback)
{
    send(QStringLiteral("appointments"), {{QStringLiteral("appointments"), Appointment::toJsonArray(appointments)}},
         context, std::move(callback));
}

namespace {

QJsonObject citizenKey(const QString& idNumber, const QString& bookingCode)
{
    return idNumber.isEmpty() ? QJsonObject {{QStringLiteral("booking_code"), bookingCode}}
                              : QJsonObject {{QStringLiteral("id_number"), idNumber}};
}

} // namespace

void QueueClient::findAppointment(const QString& idNumber, const QString& bookingCode, QObject* context,
                                  Callback callback)
{
    send(QStringLiteral("appointment"), citizenKey(idNumber, bookingCode), context, std::move(callback));
}

void QueueClient::checkIn(const QString& idNumber, const QString& bookingCode, QObject* context, Callback callback)
{
    send(QStringLiteral("checkin"), citizenKey(idNumber, bookingCode), context, std::move(callback));
}

bool QueueClient::waitUntilReady(int timeoutMs, QString* errorMessage)
{
    if (isReady()) {
        return true;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QueueClient::ready, &loop, &QEventLoop::quit);
    connect(this, &QueueClient::authenticationFailed, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (m_state == State::Disconnected && !m_retryTimer->isActive()) {
        open();
    }
    if (!isReady() && !m_keyRefused) {
        loop.exec();
    }
    if (!isReady()) {
        *errorMessage = m_lastError.isEmpty()
            ? tr("The hall host at %1 did not answer in time.").arg(m_url.toDisplayString())
            : m_lastError;
        return false;
    }
    return true;
}

QueueReply QueueClient::sendAndWait(const QString& type, const QJsonObject& params)
{
    QueueReply result;
    bool done = false;
    QEventLoop loop;
    send(type, params, &loop, [&](const QueueReply& reply) {
        result = reply;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

} // namespace ow::queue
