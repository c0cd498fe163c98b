#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace ow::district {

class Store;
class BlobStore;

// What a handler needs of an HTTP request, copied out of it on the event loop so that the
// handler can run on a worker thread after the request object is gone.
struct ApiRequest
{
    QByteArray body;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString bearerToken;
    QString clientAddress; // the peer, or with trustProxy the address the proxy says it serves

    // trustProxy: the peer is our nginx, whose X-Real-IP (else last X-Forwarded-For) names the client.
    [[nodiscard]] static ApiRequest from(const QHttpServerRequest& request, bool trustProxy = false);
    [[nodiscard]] QByteArray header(const char* lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
    // The body as a JSON object, or an error reply in *error.
    [[nodiscard]] std::optional<QJsonObject> jsonBody(struct ApiReply* error) const;
};

struct ApiReply
{
    int status = 200;
    QJsonObject json;
    qint64 retryAfter = 0; // seconds, sent as Retry-After when set

    [[nodiscard]] static ApiReply ok(QJsonObject json) { return {200, std::move(json)}; }
    [[nodiscard]] static ApiReply error(int status, const char* code, const QString& message);
    [[nodiscard]] QHttpServerResponse toResponse() const;
};

// An enrolled counter, found by its bearer token.
struct Device
{
    QString id;
    QString hallCode;
    int counter = 0;
};

// Everything a handler may use; one per server, shared by the worker threads.
struct ApiContext
{
    Store& store;
    BlobStore& blobs;
    QString serverVersion;
    int opDelayMs = 0; // a test hook: wait this long before each pushed op (kill -9 mid-push)
    QString failingOpId; // a test hook: every attempt to apply this op fails as a database error would
    bool trustProxy = false; // --trust-proxy: client addresses come from the proxy's headers
};

// The token's device, or nothing when the token is unknown or revoked.
[[nodiscard]] std::optional<Device> authenticate(Store& store, const QString& token, bool* databaseFailed);

// Handlers, one per endpoint, run on a worker thread with that thread's database connection.
ApiReply handleEnroll(ApiContext& context, const ApiRequest& request);
ApiReply handleClerkLogin(ApiContext& context, const ApiRequest& request, const Device& device);
ApiReply handlePush(ApiContext& context, const ApiRequest& request, const Device& device);
ApiReply handlePull(ApiContext& context, const ApiRequest& request, const Device& device);
ApiReply handleLease(ApiContext& context, const ApiRequest& request, const Device& device);
ApiReply handleSharedData(ApiContext& context, const QString& idNumber, const Device& device);
ApiReply handleBacklog(ApiContext& context, const ApiRequest& request, const Device& device);
ApiReply handleBlobStatus(ApiContext& context, const QString& sha256);
ApiReply handleBlobPut(ApiContext& context, const QString& sha256, const ApiRequest& request);

// Notes a clerk's online login on a device: a supervisor's recent one lets the device read the district backlog.
[[nodiscard]] bool recordClerkLogin(ApiContext& context, const Device& device, const QString& clerkUuid);

// Makes the one-time enrollment code's stored form and the device token's stored form.
[[nodiscard]] QString secretHash(const QString& secret);
// Normalizes a typed enrollment code: upper case, no spaces or dashes.
[[nodiscard]] QString normalizedEnrollCode(const QString& code);

} // namespace ow::district
