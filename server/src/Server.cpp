#include "Server.h"

#include "Blobs.h"
#include "Store.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent>

#include <memory>

namespace ow::district {

namespace protocol = ow::sync::protocol;
using Method = QHttpServerRequest::Method;

Server::Server(ApiContext& context, int workers, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    m_pool.setMaxThreadCount(workers);
    // Worker threads keep their database connection for the life of the server.
    m_pool.setExpiryTimeout(-1);
    addRoutes();
}

Server::~Server()
{
    m_pool.waitForDone();
}

quint16 Server::listen(const QHostAddress& address, quint16 port)
{
    return m_http.listen(address, port);
}

template <typename Work>
void Server::respondLater(QHttpServerResponder&& responder, Work work)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    // QHttpServer deletes the socket (and the request) once the client hangs up; the reply is written on the
    // event loop, where that deletion also happens, so a null QPointer here means nobody is listening any more.
    const QPointer<QTcpSocket> socket = shared->socket();
    QtConcurrent::run(&m_pool, std::move(work)).then(this, [shared, socket](QHttpServerResponse&& response) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        response.write(std::move(*shared));
    });
}

template <typename Work>
void Server::withDevice(const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder, Work work)
{
    respondLater(std::move(responder), [this, request = ApiRequest::from(httpRequest, m_context.trustProxy), work]() {
        bool databaseFailed = false;
        const auto device = authenticate(m_context.store, request.bearerToken, &databaseFailed);
        if (databaseFailed) {
            return ApiReply::error(503, protocol::error::serverError, QStringLiteral("the database is not reachable"))
                .toResponse();
        }
        if (!device) {
            return ApiReply::error(401, protocol::error::unauthorized,
                                   QStringLiteral("give the device token of an enrolled, not revoked counter"))
                .toResponse();
        }
        return work(request, *device).toResponse();
    });
}

void Server::addRoutes()
{
    m_http.route(QStringLiteral("/api/v1/health"), Method::Get, [this] {
        return ApiReply::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), m_context.serverVersion},
                             {QStringLiteral("protocol"), protocol::version},
                             {QStringLiteral("time"), protocol::timestampText(QDateTime::currentDateTimeUtc())}})
            .toResponse();
    });
    m_http.route(QStringLiteral("/api/v1/enroll"), Method::Post,
                 [this](const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder) {
                     respondLater(std::move(responder),
                                  [this, request = ApiRequest::from(httpRequest, m_context.trustProxy)] {
                                      return handleEnroll(m_context, request).toResponse();
                                  });
                 });
    m_http.route(QStringLiteral("/api/v1/clerks/login"), Method::Post,
                 [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder), [this](const ApiRequest& r, const Device& d) {
                         return handleClerkLogin(m_context, r, d);
                     });
                 });
    m_http.route(QStringLiteral("/api/v1/push"), Method::Post,
                 [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder),
                                [this](const ApiRequest& r, const Device& d) { return handlePush(m_context, r, d); });
                 });
    m_http.route(QStringLiteral("/api/v1/pull"), Method::Get,
                 [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder),
                                [this](const ApiRequest& r, const Device& d) { return handlePull(m_context, r, d); });
                 });
    m_http.route(QStringLiteral("/api/v1/backlog"), Method::Get,
                 [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder), [this](const ApiRequest& r, const Device& d) {
                         return handleBacklog(m_context, r, d);
                     });
                 });
    m_http.route(QStringLiteral("/api/v1/numbers/lease"), Method::Post,
                 [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder),
                                [this](const ApiRequest& r, const Device& d) { return handleLease(m_context, r, d); });
                 });
    m_http.route(QStringLiteral("/api/v1/citizens/<arg>/shared"), Method::Get,
                 [this](const QString& idNumber, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder), [this, idNumber](const ApiRequest&, const Device& d) {
                         return handleSharedData(m_context, idNumber, d);
                     });
                 });
    m_http.route(QStringLiteral("/api/v1/blobs/<arg>/status"), Method::Get,
                 [this](const QString& sha256, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder), [this, sha256](const ApiRequest&, const Device&) {
                         return handleBlobStatus(m_context, sha256);
                     });
                 });
    m_http.route(QStringLiteral("/api/v1/blobs/<arg>"), Method::Put,
                 [this](const QString& sha256, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     withDevice(request, std::move(responder), [this, sha256](const ApiRequest& r, const Device&) {
                         return handleBlobPut(m_context, sha256, r);
                     });
                 });
    // HEAD must carry the blob's Content-Length without a body, which QHttpServerResponse cannot say; the
    // responder writes the head itself once the worker has checked the token.
    m_http.route(
        QStringLiteral("/api/v1/blobs/<arg>"), Method::Head,
        [this](const QString& sha256, const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder) {
            auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
            const QPointer<QTcpSocket> socket = shared->socket();
            QtConcurrent::run(&m_pool, [this, sha256, token = ApiRequest::from(httpRequest).bearerToken] {
                bool databaseFailed = false;
                if (!authenticate(m_context.store, token, &databaseFailed)) {
                    return std::make_pair(databaseFailed ? 503 : 401, qint64(-1));
                }
                const auto size = protocol::isBlobName(sha256) ? m_context.blobs.completeSize(sha256) : std::nullopt;
                return size ? std::make_pair(200, *size) : std::make_pair(404, qint64(-1));
            }).then(this, [shared, socket](std::pair<int, qint64> answer) {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
                    return;
                }
                shared->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.first));
                shared->writeHeader(QByteArrayLiteral("Content-Length"),
                                    QByteArray::number(std::max<qint64>(answer.second, 0)));
                shared->writeBody(QByteArray());
            });
        });
    m_http.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        const ApiReply reply = ApiReply::error(404, protocol::error::notFound, QStringLiteral("no such endpoint"));
        reply.toResponse().write(std::move(responder));
    });
}

} // namespace ow::district
