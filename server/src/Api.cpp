#include "Api.h"

#include "Store.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ow::district {

namespace protocol = ow::sync::protocol;

ApiRequest ApiRequest::from(const QHttpServerRequest& request, bool trustProxy)
{
    ApiRequest copy;
    copy.body = request.body();
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        copy.headers.insert(name.toLower(), value);
    }
    const QByteArray authorization = copy.headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        copy.bearerToken = QString::fromLatin1(authorization.mid(7).trimmed());
    }
    QHostAddress client = request.remoteAddress();
    if (trustProxy) {
        // nginx appends the address it saw last; anything before it is whatever the client claimed.
        const QByteArray forwarded = copy.header("x-forwarded-for").split(',').constLast().trimmed();
        const QByteArray real = copy.header("x-real-ip").trimmed();
        const QHostAddress named(QString::fromLatin1(real.isEmpty() ? forwarded : real));
        if (!named.isNull()) {
            client = named;
        }
    }
    // One client behind IPv4-mapped and plain IPv4 is one address.
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    copy.clientAddress = isV4 ? QHostAddress(v4).toString() : client.toString();
    return copy;
}

std::optional<QJsonObject> ApiRequest::jsonBody(ApiReply* error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ApiReply::error(400, protocol::error::badRequest,
                                 QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

ApiReply ApiReply::error(int status, const char* code, const QString& message)
{
    return {status, protocol::ErrorReply {QLatin1StringView(code), message}.toJson()};
}

QHttpServerResponse ApiReply::toResponse() const
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(json).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (retryAfter > 0) {
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    }
    return response;
}

std::optional<Device> authenticate(Store& store, const QString& token, bool* databaseFailed)
{
    *databaseFailed = false;
    if (token.isEmpty() || token.size() > 200) {
        return std::nullopt;
    }
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    if (!db.isOpen() ||
        !run(query,
             QStringLiteral("SELECT id, hall_code, counter FROM devices WHERE token_hash = ? AND revoked_at IS NULL"),
             {secretHash(token)})) {
        *databaseFailed = true;
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return Device {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()};
}

QString secretHash(const QString& secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString normalizedEnrollCode(const QString& code)
{
    QString result;
    for (const QChar c : code) {
        if (c.isLetterOrNumber()) {
            result += c.toUpper();
        }
    }
    return result;
}

} // namespace ow::district
