#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace ow::sync {

// What one HTTP call to the district gave.
struct DistrictReply
{
    enum class Outcome
    {
        Ok, // a 2xx answer
        Refused, // the server answered with an error status (errorCode says which)
        Unreachable, // no answer: refused connection, timeout, or a gateway in front that cannot reach it
        Malformed // an answer that is not the protocol's JSON
    };
    Outcome outcome = Outcome::Unreachable;
    int httpStatus = 0;
    QJsonObject json;
    QByteArray body;
    QString errorCode; // protocol::error::* for Refused
    QString detail; // technical, for the log
    QString location; // where a redirect points; followed never, so the token stays with the enrolled server

    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
    [[nodiscard]] bool reachable() const { return outcome != Outcome::Unreachable; }
};

// HTTP calls to onewindow-district under /api/v1, through one injected QNetworkAccessManager. Calls wait for
// their answer (the sync engine runs on its own thread; the login dialog waits a few seconds at most).
class DistrictClient
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::DistrictClient)

public:
    static constexpr int defaultTimeoutMs = 15000;

    DistrictClient(QNetworkAccessManager& network, QUrl server, QByteArray token = {});

    // An http or https address with a host; the message says what is wrong otherwise.
    [[nodiscard]] static bool checkServerUrl(const QString& text, QUrl* url, QString* errorMessage);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setToken(const QByteArray& token) { m_token = token; }
    [[nodiscard]] QUrl server() const { return m_server; }

    [[nodiscard]] DistrictReply get(const QString& path, const QUrlQuery& query = {},
                                    const QList<QPair<QByteArray, QByteArray>>& headers = {});
    [[nodiscard]] DistrictReply head(const QString& path);
    [[nodiscard]] DistrictReply post(const QString& path, const QJsonObject& body);
    [[nodiscard]] DistrictReply put(const QString& path, const QUrlQuery& query, const QByteArray& bytes,
                                    const QList<QPair<QByteArray, QByteArray>>& headers);

private:
    enum class Method
    {
        Get,
        Head,
        Post,
        Put
    };
    [[nodiscard]] DistrictReply send(Method method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                                     const QByteArray& contentType,
                                     const QList<QPair<QByteArray, QByteArray>>& headers);

    QNetworkAccessManager& m_network;
    QUrl m_server;
    QByteArray m_token;
    int m_timeoutMs = defaultTimeoutMs;
};

} // namespace ow::sync
