#pragma once

#include "queue/Appointments.h"
#include "queue/QueueTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QTimer;
class QWebSocket;

namespace ow::queue {

// The answer to one request: ok with its data, or a translated message and a code (timeout, disconnected,
// empty, paused, not-found, invalid, unknown-category, store).
struct QueueReply
{
    bool ok = false;
    QString error;
    QString code;
    QJsonObject data;

    [[nodiscard]] Ticket ticket() const;
};

// A connection to the hall host for a counter, the kiosk, the display or the CLI. It proves the hall key without
// sending it, reconnects by itself with a growing delay, times requests out and turns pushed events into signals.
class QueueClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Ready
    };
    Q_ENUM(State)

    using Callback = std::function<void(const QueueReply&)>;

    static constexpr int defaultRequestTimeoutMs = 5000;
    static constexpr int defaultFirstRetryMs = 250;
    static constexpr int defaultMaxRetryMs = 5000;

    explicit QueueClient(QObject* parent = nullptr);
    ~QueueClient() override;

    void setUrl(const QUrl& url);
    void setKey(const QByteArray& key);
    // counter, kiosk, display or cli; a counter's number makes it show as online at the host.
    void setRole(const QString& role, int counter = 0);
    void setEventsWanted(bool wanted); // default true; the CLI turns them off
    // Only these events, of "called", "ticket" and "status" (a counter's panel needs no ticket events).
    void setEvents(const QStringList& types);
    void setRequestTimeout(int milliseconds);
    void setAutoReconnect(bool enabled);
    void setRetryDelays(int firstMilliseconds, int maxMilliseconds);

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] int counter() const { return m_counter; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] HallStatus lastStatus() const { return m_status; }

    void open();
    void close();

    // Sends {type, id, ...params}; the callback runs once, with the reply, a timeout or a disconnection, unless the
    // context object is gone by then. Returns the request id, 0 when it failed at once (then the callback ran).
    quint64 send(const QString& type, const QJsonObject& params, QObject* context, Callback callback);

    void issueTicket(const TicketRequest& request, QObject* context, Callback callback);
    // categories empty: every category.
    void callNext(const QStringList& categories, const QString& clerk, QObject* context, Callback callback);
    void recall(QObject* context, Callback callback);
    void noShow(QObject* context, Callback callback);
    void transferToCategory(const QString& category, QObject* context, Callback callback);
    void transferToCounter(int counter, QObject* context, Callback callback);
    void finish(const QStringList& caseUuids, int rating, QObject* context, Callback callback);
    void annotate(const QString& number, const QStringList& caseUuids, int rating, QObject* context, Callback callback);
    void setPaused(bool paused, QObject* context, Callback callback);
    void requestStatus(QObject* context, Callback callback);
    void requestStatistics(const QDate& from, const QDate& to, QObject* context, Callback callback);
    // Adds or updates the hall host's appointments by uuid, all in one request (counters and the CLI only).
    void putAppointments(const QList<Appointment>& appointments, QObject* context, Callback callback);
    // Today's appointment of a citizen, by the card's ID number or by a booking code (give one of them);
    // the reply's data holds "appointment" and "window" (open, too-early, too-late).
    void findAppointment(const QString& idNumber, const QString& bookingCode, QObject* context, Callback callback);
    // Checks the appointment in: the reply carries the ticket (the same one again for a second check-in).
    void checkIn(const QString& idNumber, const QString& bookingCode, QObject* context, Callback callback);

    // For command-line use: run the event loop until ready or failed / until the reply came.
    [[nodiscard]] bool waitUntilReady(int timeoutMs, QString* errorMessage);
    [[nodiscard]] QueueReply sendAndWait(const QString& type, const QJsonObject& params);

Q_SIGNALS:
    void stateChanged(ow::queue::QueueClient::State state);
    void ready();
    void disconnected(const QString& reason);
    void authenticationFailed(const QString& reason);
    void called(const ow::queue::CallEvent& call, const ow::queue::Ticket& ticket);
    void ticketIssued(const ow::queue::Ticket& ticket);
    void statusChanged(const ow::queue::HallStatus& status);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        qint64 deadline = 0;
    };

    void connectSocket();
    void replaceSocket();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void setState(State state);
    void scheduleReconnect();
    void failAll(const QString& code, const QString& message);
    void complete(quint64 id, const QueueReply& reply);
    void sweep();

    QUrl m_url;
    QByteArray m_key;
    QString m_role = QStringLiteral("counter");
    int m_counter = 0;
    QStringList m_events {QStringLiteral("called"), QStringLiteral("ticket"), QStringLiteral("status")};
    int m_timeoutMs = defaultRequestTimeoutMs;
    bool m_autoReconnect = true;
    bool m_wanted = false; // open() was called and close() was not
    bool m_keyRefused = false;
    int m_firstRetryMs = defaultFirstRetryMs;
    int m_maxRetryMs = defaultMaxRetryMs;
    int m_retryMs = defaultFirstRetryMs;
    State m_state = State::Disconnected;
    QString m_lastError;
    QByteArray m_clientNonce;
    QByteArray m_hostNonce;
    quint64 m_authId = 0;
    quint64 m_nextId = 1;
    HallStatus m_status;
    QWebSocket* m_socket = nullptr;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastHeard = 0;
    qint64 m_lastPing = 0;
    QHash<quint64, Pending> m_pending;
};

} // namespace ow::queue
