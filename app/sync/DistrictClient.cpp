#include "sync/DistrictClient.h"

#include "sync/Protocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDistrict, "ow.sync.district")

namespace ow::sync {

DistrictClient::DistrictClient(QNetworkAccessManager& network, QUrl server, QByteArray token)
    : m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
{ }

bool DistrictClient::checkServerUrl(const QString& text, QUrl* url, QString* errorMessage)
{
    const QUrl parsed = QUrl::fromUserInput(text.trimmed());
    const QString scheme = parsed.scheme();
    if (text.trimmed().isEmpty() || !parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https")) {
        *errorMessage = tr("The district server address \"%1\" is not usable; write it like "
                           "https://district.example.cn or http://10.1.2.3:8480.")
                            .arg(text.trimmed());
        return false;
    }
    QUrl clean = parsed.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    *url = clean;
    return true;
}

DistrictReply DistrictClient::get(const QString& path, const QUrlQuery& query,
                                  const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send(Method::Get, path, query, {}, {}, headers);
}

DistrictReply DistrictClient::head(const QString& path)
{
    return send(Method::Head, path, {}, {}, {}, {});
}

DistrictReply DistrictClient::post(const QString& path, const QJsonObject& body)
{
    return send(Method::Post, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {});
}

DistrictReply DistrictClient::put(const QString& path, const QUrlQuery& query, const QByteArray& bytes,
                                  const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send(Method::Put, path, query, bytes, "application/octet-stream", headers);
}

DistrictReply DistrictClient::send(Method method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                                   const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_server;
    url.setPath(m_server.path() + QLatin1StringView(protocol::apiPrefix) + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", QByteArray("Bearer " + m_token));
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }

    QNetworkReply* reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network.get(request);
        break;
    case Method::Head:
        reply = m_network.head(request);
        break;
    case Method::Post:
        reply = m_network.post(request, body);
        break;
    case Method::Put:
        reply = m_network.put(request, body);
        break;
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A sync thread asked to stop (the program is closing) gives up the call instead of waiting for its timeout.
    QTimer interruption;
    interruption.setInterval(100);
    QObject::connect(&interruption, &QTimer::timeout, reply, [reply] {
        if (QThread::currentThread()->isInterruptionRequested()) {
            reply->abort();
        }
    });
    if (!reply->isFinished()) {
        interruption.start();
        loop.exec();
    }

    DistrictReply result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.body = reply->readAll();
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    result.location = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
    const QString what = url.toDisplayString();
    // No status, or a gateway in front that cannot reach the server: the district is out of reach, not refusing.
    if (!status.isValid() || result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504) {
        result.outcome = DistrictReply::Outcome::Unreachable;
        result.detail = reply->errorString();
        qCInfo(lcDistrict) << what << "unreachable:" << result.httpStatus << reply->errorString();
        reply->deleteLater();
        return result;
    }
    reply->deleteLater();
    if (!result.body.isEmpty()) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()) {
            result.json = document.object();
        } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.outcome = DistrictReply::Outcome::Malformed;
            result.detail = QStringLiteral("answer is not a JSON object: %1").arg(parseError.errorString());
            qCWarning(lcDistrict) << what << result.detail;
            return result;
        }
    }
    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.outcome = DistrictReply::Outcome::Ok;
        return result;
    }
    result.outcome = DistrictReply::Outcome::Refused;
    if (const auto error = protocol::ErrorReply::fromJson(result.json)) {
        result.errorCode = error->code;
        result.detail = error->message;
    } else {
        result.detail = QStringLiteral("HTTP %1").arg(result.httpStatus);
    }
    qCInfo(lcDistrict) << what << "refused:" << result.httpStatus << result.errorCode << result.detail;
    return result;
}

} // namespace ow::sync
