#include "queue/QueueHost.h"

#include "queue/QueueProtocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ow::queue {

namespace {

constexpr int authTimeoutMs = 10000;
constexpr quint64 maxMessageBytes = 4 * 1024 * 1024;

QStringList stringList(const QJsonValue& value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.toString().isEmpty()) {
            result.append(item.toString());
        }
    }
    return result;
}

// Category codes are capital letters; a counter may send them in either case.
QStringList categoryCodes(const QJsonValue& value)
{
    QStringList codes = stringList(value);
    for (QString& code : codes) {
        code = code.toUpper();
    }
    return codes;
}

QJsonObject resultBody(const QueueResult& result, bool withIdNumber)
{
    QJsonObject body = result.extra;
    body.insert(QStringLiteral("ok"), result.ok);
    if (result.ok) {
        if (result.ticket.isValid()) {
            body.insert(QStringLiteral("ticket"), result.ticket.toJson(withIdNumber));
        }
    } else {
        body.insert(QStringLiteral("error"), result.error);
        body.insert(QStringLiteral("code"), result.code);
    }
    return body;
}

QJsonObject failure(const QString& message, const QString& code)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}, {QStringLiteral("code"), code}};
}

} // namespace

QueueHost::QueueHost(QueueStore& store, QByteArray key, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_key(std::move(key))
    , m_server(new QWebSocketServer(QStringLiteral("onewindow-hall"), QWebSocketServer::NonSecureMode, this))
    , m_statusTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_batchTimer(new QTimer(this))
{
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(200);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        broadcast({{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("status"), status().toJson()}});
    });
    // Requests that arrive together are answered after one commit: one disk flush for many counters.
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &QueueHost::processInbox);
    connect(m_server, &QWebSocketServer::newConnection, this, &QueueHost::onNewConnection);
}

QueueHost::~QueueHost()
{
    close();
}

bool QueueHost::listen(const QHostAddress& address, quint16 port, QString* errorMessage)
{
    if (!m_server->listen(address, port)) {
        *errorMessage = tr("The hall host cannot listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_server->errorString());
        return false;
    }
    qCInfo(lcQueue) << "hall host listening on" << m_server->serverUrl();
    return true;
}

void QueueHost::close()
{
    m_server->close();
    // Closing a socket can remove its client from m_clients at once, so close from a copy.
    QList<QPointer<QWebSocket>> sockets;
    for (const auto& client : m_clients) {
        sockets.append(client->socket);
    }
    for (const QPointer<QWebSocket>& socket : std::as_const(sockets)) {
        if (socket) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The hall host is shutting down."));
        }
    }
}

quint16 QueueHost::port() const
{
    return m_server->serverPort();
}

QUrl QueueHost::url() const
{
    return m_server->serverUrl();
}

int QueueHost::clientCount() const
{
    return static_cast<int>(
        std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto& client) { return client->authenticated; }));
}

void QueueHost::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void QueueHost::setStatusInterval(int milliseconds)
{
    m_statusTimer->setInterval(milliseconds);
}

QDateTime QueueHost::now() const
{
    return m_clock();
}

HallStatus QueueHost::status() const
{
    HallStatus status = m_store.status(now().toLocalTime().date());
    for (const auto& client : m_clients) {
        if (!client->authenticated || client->role != u"counter" || client->counter <= 0) {
            continue;
        }
        auto it = std::find_if(status.counters.begin(), status.counters.end(),
                               [&](const CounterState& c) { return c.number == client->counter; });
        if (it == status.counters.end()) {
            CounterState counter;
            counter.number = client->counter;
            it = status.counters.insert(status.counters.end(), counter);
        }
        it->online = true;
    }
    std::sort(status.counters.begin(), status.counters.end(),
              [](const CounterState& a, const CounterState& b) { return a.number < b.number; });
    return status;
}

void QueueHost::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // A hand-over of a long outage is the largest message; anything much bigger is not ours.
        socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);
        auto client = std::make_unique<Client>();
        client->socket = socket;
        client->nonce = protocol::newNonce();
        client->authTimer = new QTimer(socket);
        client->authTimer->setSingleShot(true);
        connect(client->authTimer, &QTimer::timeout, socket, [socket] {
            socket->close(QWebSocketProtocol::CloseCode(protocol::closeAuthTimeout),
                          tr("The hall key was not shown in time."));
        });
        client->authTimer->start(authTimeoutMs);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        socket->sendTextMessage(protocol::encode({{QStringLiteral("type"), QStringLiteral("hello")},
                                                  {QStringLiteral("version"), protocol::version},
                                                  {QStringLiteral("nonce"), QString::fromLatin1(client->nonce)}}));
        m_clients.push_back(std::move(client));
    }
}

void QueueHost::onDisconnected(QWebSocket* socket)
{
    const auto it =
        std::find_if(m_clients.begin(), m_clients.end(), [&](const auto& client) { return client->socket == socket; });
    if (it != m_clients.end()) {
        const bool counter = (*it)->authenticated && (*it)->role == u"counter";
        m_clients.erase(it);
        if (counter) {
            scheduleStatus();
        }
    }
    socket->deleteLater();
}

void QueueHost::onMessage(QWebSocket* socket, const QString& text)
{
    const auto it =
        std::find_if(m_clients.begin(), m_clients.end(), [&](const auto& client) { return client->socket == socket; });
    if (it == m_clients.end()) {
        return;
    }
    Client& client = **it;
    if (!client.authenticated) {
        authenticate(client, protocol::decode(text));
        return;
    }
    m_inbox.append({socket, text});
    if (!m_batchTimer->isActive()) {
        m_batchTimer->start();
    }
}

void QueueHost::processInbox()
{
    const QList<Message> inbox = std::exchange(m_inbox, {});
    if (inbox.isEmpty()) {
        return;
    }
    QElapsedTimer timing;
    timing.start();
    m_inBatch = m_store.beginBatch();
    QList<Message> replies;
    for (const Message& request : inbox) {
        const auto it = std::find_if(m_clients.begin(), m_clients.end(), [&](const auto& client) {
            return request.socket && client->socket == request.socket;
        });
        if (it == m_clients.end()) {
            continue; // the client left; its request is not carried out
        }
        const QJsonObject message = protocol::decode(request.text);
        QJsonObject body = handle(**it, message);
        body.insert(QStringLiteral("type"), QStringLiteral("reply"));
        body.insert(QStringLiteral("id"), message.value(QStringLiteral("id")));
        replies.append({request.socket, protocol::encode(body)});
    }
    const qint64 handled = timing.elapsed();
    const bool committed = !m_inBatch || m_store.commitBatch();
    m_inBatch = false;
    const QList<Message> events = std::exchange(m_outbox, {});
    if (!committed) {
        // Nothing of the batch is on disk: every request of it failed, and no event tells otherwise.
        const QueueResult failed = QueueResult::failure(
            tr("The hall host could not write to its queue file. Ask IT support to check the hall PC's disk."),
            QStringLiteral("store"));
        for (const Message& request : inbox) {
            const QJsonObject message = protocol::decode(request.text);
            send(request.socket,
                 protocol::encode({{QStringLiteral("type"), QStringLiteral("reply")},
                                   {QStringLiteral("id"), message.value(QStringLiteral("id"))},
                                   {QStringLiteral("ok"), false},
                                   {QStringLiteral("error"), failed.error},
                                   {QStringLiteral("code"), failed.code}}));
        }
        return;
    }
    // Events first: the display shows a call no later than the counter learns of it.
    for (const Message& event : events) {
        send(event.socket, event.text);
    }
    for (const Message& reply : std::as_const(replies)) {
        send(reply.socket, reply.text);
    }
    qCDebug(lcQueue) << "batch of" << inbox.size() << "requests:" << handled << "ms to handle," << timing.elapsed()
                     << "ms with the commit";
}

void QueueHost::send(QWebSocket* socket, const QString& text)
{
    if (socket) {
        socket->sendTextMessage(text);
    }
}

void QueueHost::authenticate(Client& client, const QJsonObject& message)
{
    const QByteArray clientNonce = message.value(QStringLiteral("nonce")).toString().toLatin1();
    const QByteArray proof = message.value(QStringLiteral("proof")).toString().toLatin1();
    if (message.value(QStringLiteral("type")).toString() != u"auth" || clientNonce.size() < 16 ||
        !protocol::sameProof(proof, protocol::clientProof(m_key, client.nonce, clientNonce))) {
        const QString reason = tr("The hall key is wrong; check the key set on this counter.");
        qCWarning(lcQueue) << "refused a client with a wrong hall key from" << client.socket->peerAddress();
        Q_EMIT clientRefused(reason);
        client.socket->close(QWebSocketProtocol::CloseCode(protocol::closeWrongKey), reason);
        return;
    }
    client.authTimer->stop();
    client.authenticated = true;
    client.role = message.value(QStringLiteral("role")).toString();
    client.counter = message.value(QStringLiteral("counter")).toInt();
    // events: true (the default) for all of them, false for none, or a list such as ["called", "status"].
    const QJsonValue events = message.value(QStringLiteral("events"));
    if (events.isArray()) {
        client.events = stringList(events);
    } else if (events.toBool(true)) {
        client.events = {QStringLiteral("called"), QStringLiteral("ticket"), QStringLiteral("status")};
    }
    reply(client, message.value(QStringLiteral("id")),
          {{QStringLiteral("ok"), true},
           {QStringLiteral("proof"), QString::fromLatin1(protocol::hostProof(m_key, client.nonce, clientNonce))},
           {QStringLiteral("status"), status().toJson()}});
    Q_EMIT clientAuthenticated(client.role, client.counter);
    if (client.role == u"counter") {
        scheduleStatus();
    }
}

void QueueHost::reply(Client& client, const QJsonValue& id, QJsonObject body)
{
    body.insert(QStringLiteral("type"), QStringLiteral("reply"));
    body.insert(QStringLiteral("id"), id);
    if (client.socket) {
        client.socket->sendTextMessage(protocol::encode(body));
    }
}

void QueueHost::broadcast(const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QString text = protocol::encode(event);
    for (const auto& client : m_clients) {
        if (client->authenticated && client->socket && client->events.contains(type)) {
            if (m_inBatch) {
                m_outbox.append({client->socket, text});
            } else {
                client->socket->sendTextMessage(text);
            }
        }
    }
}

void QueueHost::scheduleStatus()
{
    if (!m_statusTimer->isActive()) {
        m_statusTimer->start();
    }
}

void QueueHost::announceCall(const Ticket& ticket, bool recall)
{
    const CallEvent call {ticket.number, ticket.category, ticket.counter, now(), recall};
    broadcast({{QStringLiteral("type"), QStringLiteral("called")},
               {QStringLiteral("call"), call.toJson()},
               {QStringLiteral("ticket"), ticket.toJson(false)}});
    scheduleStatus();
}

QJsonObject QueueHost::handle(Client& client, const QJsonObject& message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    const int counter =
        message.contains(QStringLiteral("counter")) ? message.value(QStringLiteral("counter")).toInt() : client.counter;
    const QDateTime at = now();
    const QStringList counterOperations {QStringLiteral("call"),     QStringLiteral("recall"), QStringLiteral("noshow"),
                                         QStringLiteral("transfer"), QStringLiteral("finish"), QStringLiteral("pause"),
                                         QStringLiteral("resume")};
    if (counterOperations.contains(type) && (counter <= 0 || counter > 999)) {
        return failure(tr("Say which counter (1 to 999) this is."), QStringLiteral("invalid"));
    }

    if (type == u"ticket") {
        const QueueResult result = m_store.issue(TicketRequest::fromJson(message), at);
        if (result.ok) {
            broadcast({{QStringLiteral("type"), QStringLiteral("ticket")},
                       {QStringLiteral("ticket"), result.ticket.toJson(false)}});
            scheduleStatus();
        }
        return resultBody(result, false);
    }
    if (type == u"call") {
        const QStringList categories = message.contains(QStringLiteral("categories"))
            ? categoryCodes(message.value(QStringLiteral("categories")))
            : QStringList();
        const QueueResult result =
            m_store.callNext(counter, categories, message.value(QStringLiteral("clerk")).toString(), at);
        if (result.ok) {
            announceCall(result.ticket, false);
        }
        return resultBody(result, true);
    }
    if (type == u"recall") {
        const QueueResult result = m_store.recall(counter, at);
        if (result.ok) {
            announceCall(result.ticket, true);
        }
        return resultBody(result, true);
    }
    if (type == u"noshow" || type == u"transfer" || type == u"finish") {
        QueueResult result;
        if (type == u"noshow") {
            result = m_store.noShow(counter, at);
        } else if (type == u"transfer") {
            result = m_store.transfer(counter, message.value(QStringLiteral("to_category")).toString(),
                                      message.value(QStringLiteral("to_counter")).toInt(), at);
        } else {
            result = m_store.finish(counter, stringList(message.value(QStringLiteral("case_uuids"))),
                                    message.value(QStringLiteral("rating")).toInt(), at);
        }
        if (result.ok) {
            scheduleStatus();
        }
        return resultBody(result, false);
    }
    if (type == u"annotate") {
        const QString day = message.value(QStringLiteral("day")).toString(QueueStore::dayOf(at));
        return resultBody(m_store.annotate(message.value(QStringLiteral("number")).toString(), day,
                                           stringList(message.value(QStringLiteral("case_uuids"))),
                                           message.value(QStringLiteral("rating")).toInt()),
                          false);
    }
    if (type == u"pause" || type == u"resume") {
        QString error;
        if (!m_store.setPaused(counter, type == u"pause", at, &error)) {
            return failure(error, QStringLiteral("store"));
        }
        scheduleStatus();
        return {{QStringLiteral("ok"), true}, {QStringLiteral("paused"), type == u"pause"}};
    }
    if (type == u"status") {
        return {{QStringLiteral("ok"), true}, {QStringLiteral("status"), status().toJson()}};
    }
    if (type == u"tickets") {
        // Supervisors read why each ticket was called; the ID numbers stay on the host.
        QJsonArray tickets;
        const QDate day = QDate::fromString(message.value(QStringLiteral("day")).toString(), Qt::ISODate);
        for (const Ticket& ticket : m_store.tickets(day.isValid() ? day : at.toLocalTime().date())) {
            tickets.append(ticket.toJson(false));
        }
        return {{QStringLiteral("ok"), true}, {QStringLiteral("tickets"), tickets}};
    }
    if (type == u"stats") {
        const QDate today = at.toLocalTime().date();
        QDate from = QDate::fromString(message.value(QStringLiteral("from")).toString(), Qt::ISODate);
        QDate to = QDate::fromString(message.value(QStringLiteral("to")).toString(), Qt::ISODate);
        from = from.isValid() ? from : today;
        to = to.isValid() ? to : today;
        QJsonObject body {{QStringLiteral("ok"), true},
                          {QStringLiteral("from"), from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), to.toString(Qt::ISODate)}};
        for (const QString& by : {QStringLiteral("category"), QStringLiteral("counter"), QStringLiteral("clerk"),
                                  QStringLiteral("day"), QStringLiteral("rating")}) {
            QJsonArray rows;
            for (const StatisticsRow& row : m_store.statistics(by, from, to)) {
                rows.append(row.toJson());
            }
            body.insert(by, rows);
        }
        return body;
    }
    if (type == u"appointments") {
        // Booked appointments come from the district through a counter, or from IT staff with the CLI.
        if (client.role != u"counter" && client.role != u"cli") {
            return failure(tr("Only a counter or the command line may put appointments."), QStringLiteral("refused"));
        }
        const QList<Appointment> appointments =
            Appointment::fromJsonArray(message.value(QStringLiteral("appointments")).toArray());
        QString error;
        if (!m_store.putAppointments(appointments, at, &error)) {
            return failure(error, QStringLiteral("invalid"));
        }
        return {{QStringLiteral("ok"), true}, {QStringLiteral("stored"), appointments.size()}};
    }
    if (type == u"appointment" || type == u"checkin") {
        const QString idNumber = message.value(QStringLiteral("id_number")).toString();
        const QString bookingCode = message.value(QStringLiteral("booking_code")).toString();
        if (!bookingCode.isEmpty() && tooManyWrongCodes(client, at)) {
            return failure(tr("Too many wrong booking codes were typed. Please ask at a counter."),
                           QStringLiteral("too-many"));
        }
        if (type == u"checkin") {
            const QueueResult result = m_store.checkIn(idNumber, bookingCode, at);
            if (result.ok && !result.extra.value(QStringLiteral("again")).toBool()) {
                broadcast({{QStringLiteral("type"), QStringLiteral("ticket")},
                           {QStringLiteral("ticket"), result.ticket.toJson(false)}});
                scheduleStatus();
            }
            return resultBody(result, false);
        }
        const auto appointment = m_store.findAppointment(idNumber.toUpper(), bookingCode, at);
        if (!appointment) {
            if (!bookingCode.isEmpty()) {
                countWrongCode(client, at);
            }
            return failure(tr("There is no appointment for today."), QStringLiteral("not-found"));
        }
        return {{QStringLiteral("ok"), true},
                {QStringLiteral("appointment"), appointment->toJson(false)},
                {QStringLiteral("window"),
                 checkInWindowCode(checkInWindow(*appointment, at, m_store.checkInEarlyLimitMinutes))},
                {QStringLiteral("early_minutes"), m_store.checkInEarlyLimitMinutes}};
    }
    if (type == u"handover") {
        QList<Ticket> records;
        for (const QJsonValue& value : message.value(QStringLiteral("tickets")).toArray()) {
            records.append(Ticket::fromJson(value.toObject()));
        }
        const QueueResult result =
            m_store.handOver(message.value(QStringLiteral("batch")).toString(), counter, records, at);
        if (result.ok) {
            scheduleStatus();
        }
        return resultBody(result, false);
    }
    return failure(tr("The hall host does not know the request %1; update this program.").arg(type),
                   QStringLiteral("unknown-request"));
}

bool QueueHost::tooManyWrongCodes(const Client& client, const QDateTime& at)
{
    const QString peer = client.socket ? client.socket->peerAddress().toString() : QString();
    auto it = m_wrongCodes.find(peer);
    if (it == m_wrongCodes.end()) {
        return false;
    }
    const QDateTime since = at.addSecs(-wrongCodeWindowMinutes * 60);
    it->removeIf([&since](const QDateTime& wrong) { return wrong < since; });
    if (it->isEmpty()) {
        m_wrongCodes.erase(it);
        return false;
    }
    return it->size() >= maxWrongCodes;
}

void QueueHost::countWrongCode(const Client& client, const QDateTime& at)
{
    m_wrongCodes[client.socket ? client.socket->peerAddress().toString() : QString()].append(at);
}

} // namespace ow::queue
