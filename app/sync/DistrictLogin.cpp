#include "sync/DistrictLogin.h"

#include "core/SecretStore.h"
#include "sync/DistrictClient.h"
#include "sync/Protocol.h"
#include "sync/SyncSettings.h"

#include <QNetworkAccessManager>

namespace ow::sync {

auth::ClerkService::OnlineLogin districtLogin(db::Database& database, core::SecretStore& secrets, int timeoutMs)
{
    return [&database, &secrets, timeoutMs](const QString& login, const QString& password) {
        auth::OnlineLoginAnswer answer;
        const DistrictLink link = SyncSettings(database).link();
        if (!link.isEnrolled()) {
            return answer;
        }
        const core::SecretReadResult token = secrets.read(SyncSettings::tokenSecretName(link.deviceId));
        if (token.status != core::SecretReadResult::Status::Found) {
            return answer;
        }
        QNetworkAccessManager network;
        DistrictClient client(network, link.server, token.secret);
        client.setTimeout(timeoutMs);
        const DistrictReply reply =
            client.post(QStringLiteral("/clerks/login"),
                        {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
        if (reply.ok()) {
            QString error;
            const auto clerk =
                protocol::ClerkInfo::fromJson(reply.json.value(QStringLiteral("clerk")).toObject(), &error);
            if (clerk) {
                answer.kind = auth::OnlineLoginAnswer::Kind::Accepted;
                answer.uuid = clerk->uuid;
                answer.login = clerk->login;
                answer.name = clerk->name;
                answer.role = clerk->role;
            }
        } else if (reply.errorCode == QLatin1StringView(protocol::error::tooManyAttempts)) {
            // Locked at the district: the counter must not let the same password in through its own verifier.
            answer.kind = auth::OnlineLoginAnswer::Kind::Refused;
            answer.reason = QString::fromLatin1(protocol::error::tooManyAttempts);
            answer.retryAfterSeconds = reply.json.value(QStringLiteral("retry_after")).toInt(15 * 60);
        } else if (reply.errorCode == QLatin1StringView(protocol::error::loginFailed)) {
            answer.kind = auth::OnlineLoginAnswer::Kind::Refused;
            answer.reason = reply.detail;
        }
        // Anything else (offline, a revoked device, a server error): the counter decides locally.
        return answer;
    };
}

} // namespace ow::sync
