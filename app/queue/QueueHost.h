#pragma once

#include "queue/QueueStore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace ow::queue {

// The hall's queue service: a WebSocket server over one QueueStore. Single-threaded on purpose: every request
// runs to its commit on the event loop before the next one starts, so two counters never get the same ticket.
class QueueHost : public QObject
{
    Q_OBJECT

public:
    QueueHost(QueueStore& store, QByteArray key, QObject* parent = nullptr);
    ~QueueHost() override;

    [[nodiscard]] bool listen(const QHostAddress& address, quint16 port, QString* errorMessage);
    void close();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int clientCount() const;

    // The host's clock; tests put a fixed or moving time here.
    void setClock(std::function<QDateTime()> clock);
    // Status events are coalesced: at most one per this many milliseconds.
    void setStatusInterval(int milliseconds);

    [[nodiscard]] HallStatus status() const;

Q_SIGNALS:
    void clientAuthenticated(const QString& role, int counter);
    void clientRefused(const QString& reason);

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        QByteArray nonce;
        bool authenticated = false;
        QStringList events; // the event types it asked for
        QString role;
        int counter = 0;
        QTimer* authTimer = nullptr;
    };

    void onNewConnection();
    void onMessage(QWebSocket* socket, const QString& text);
    void processInbox();
    void send(QWebSocket* socket, const QString& text);
    void onDisconnected(QWebSocket* socket);
    void authenticate(Client& client, const QJsonObject& message);
    [[nodiscard]] QJsonObject handle(Client& client, const QJsonObject& message);
    void reply(Client& client, const QJsonValue& id, QJsonObject body);
    void broadcast(const QJsonObject& event);
    void announceCall(const Ticket& ticket, bool recall);
    void scheduleStatus();
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool tooManyWrongCodes(const Client& client, const QDateTime& at);
    void countWrongCode(const Client& client, const QDateTime& at);

public:
    static constexpr int maxWrongCodes = 10; // within wrongCodeWindowMinutes, then codes are refused until it passes
    static constexpr int wrongCodeWindowMinutes = 10;

private:
    QueueStore& m_store;
    QByteArray m_key;
    QWebSocketServer* m_server = nullptr;
    QTimer* m_statusTimer = nullptr;
    std::function<QDateTime()> m_clock;
    std::vector<std::unique_ptr<Client>> m_clients;
    // Requests wait here for the next batch; replies and events of a batch wait for its commit.
    struct Message
    {
        QPointer<QWebSocket> socket;
        QString text;
    };
    QList<Message> m_inbox;
    QList<Message> m_outbox;
    // Wrong booking codes per peer address: six digits must not be guessed by trying them at the kiosk.
    QHash<QString, QList<QDateTime>> m_wrongCodes;
    bool m_inBatch = false;
    QTimer* m_batchTimer = nullptr;
};

} // namespace ow::queue
