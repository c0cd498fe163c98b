#pragma once

#include "Api.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QThreadPool>

namespace ow::district {

// The HTTP API: routes on the event loop, database work on a pool of worker threads (one connection each),
// so a slow query never holds up other requests.
class Server : public QObject
{
    Q_OBJECT

public:
    Server(ApiContext& context, int workers, QObject* parent = nullptr);
    ~Server() override;

    // The port listened on, 0 when the address cannot be bound.
    [[nodiscard]] quint16 listen(const QHostAddress& address, quint16 port);

private:
    void addRoutes();
    // Never hand QHttpServer 6.4 a QFuture: its continuation keeps a raw pointer to the socket and writes
    // through it after a client that hung up has had its socket deleted (the crash under load).
    template <typename Work>
    void respondLater(QHttpServerResponder&& responder, Work work);
    // respondLater for requests that need an enrolled device's token.
    template <typename Work>
    void withDevice(const QHttpServerRequest& request, QHttpServerResponder&& responder, Work work);

    ApiContext& m_context;
    QThreadPool m_pool;
    QHttpServer m_http;
};

} // namespace ow::district
