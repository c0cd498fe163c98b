#include "sync/Enrollment.h"

#include "certificate/CounterKey.h"
#include "core/CounterSettings.h"
#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"
#include "sync/DistrictClient.h"
#include "sync/Protocol.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcDistrict)

namespace ow::sync {

Enrollment::Enrollment(db::Database& database, core::SecretStore& secrets, QNetworkAccessManager& network)
    : m_database(database)
    , m_secrets(secrets)
    , m_network(network)
{ }

std::optional<DistrictLink> Enrollment::enroll(const QString& serverUrl, const QString& code, QString* errorMessage)
{
    QUrl server;
    if (!DistrictClient::checkServerUrl(serverUrl, &server, errorMessage)) {
        return std::nullopt;
    }
    const QString trimmedCode = code.trimmed().toUpper();
    if (trimmedCode.isEmpty()) {
        *errorMessage = tr("Enter the enrolment code the district gave for this hall.");
        return std::nullopt;
    }
    core::CounterSettings counterSettings(m_database);
    core::CounterIdentity identity = counterSettings.identity();
    if (identity.counterNumber < 1) {
        *errorMessage = tr("Set this counter's number first (Settings, or onewindow-cli hall set).");
        return std::nullopt;
    }
    // The keychain is needed for the token anyway: without one, stop before the one-time code is spent.
    QString keyError;
    const auto key = certificate::CounterKey::loadOrCreate(m_secrets, &keyError);
    if (!key) {
        *errorMessage = tr("This counter cannot be enrolled: %1").arg(keyError);
        return std::nullopt;
    }

    protocol::EnrollRequest request;
    request.code = trimmedCode;
    request.counter = identity.counterNumber;
    request.deviceName = QStringLiteral("counter-%1 (%2)").arg(identity.counterNumber).arg(QHostInfo::localHostName());
    request.publicKey = key->publicKey();
    DistrictClient client(m_network, server);
    const DistrictReply reply = client.post(QStringLiteral("/enroll"), request.toJson());
    if (!reply.reachable()) {
        *errorMessage = tr("The district server at %1 cannot be reached. Check the address and the network, then "
                           "try again; the code stays valid.")
                            .arg(server.toDisplayString());
        return std::nullopt;
    }
    if (reply.outcome == DistrictReply::Outcome::Refused &&
        reply.errorCode == QLatin1StringView(protocol::error::badCode)) {
        *errorMessage = tr("The district does not accept the code %1: it is unknown, used already or expired. Ask the "
                           "district for a new enrolment code.")
                            .arg(trimmedCode);
        return std::nullopt;
    }
    QString parseError;
    const auto enrolled = reply.ok() ? protocol::EnrollReply::fromJson(reply.json, &parseError) : std::nullopt;
    if (!enrolled) {
        qCWarning(lcDistrict) << "enrolment failed:" << reply.httpStatus << reply.errorCode << reply.detail
                              << parseError;
        *errorMessage = tr("The district server refused the enrolment (%1). Ask the district's IT staff.")
                            .arg(reply.detail.isEmpty() ? parseError : reply.detail);
        return std::nullopt;
    }
    QString secretError;
    if (!m_secrets.write(SyncSettings::tokenSecretName(enrolled->deviceId), enrolled->token.toUtf8(), &secretError)) {
        *errorMessage = tr("The counter was enrolled, but its access token could not be kept: %1 Ask the district "
                           "for a new code and enrol again.")
                            .arg(secretError);
        return std::nullopt;
    }

    // The token of an earlier enrolment is of no use any more.
    const DistrictLink previous = SyncSettings(m_database).link();
    QString removeError;
    if (!previous.deviceId.isEmpty() && previous.deviceId != enrolled->deviceId &&
        !m_secrets.remove(SyncSettings::tokenSecretName(previous.deviceId), &removeError)) {
        qCWarning(lcDistrict) << "old device token not removed:" << removeError;
    }

    DistrictLink link;
    link.server = server;
    link.deviceId = enrolled->deviceId;
    link.hallCode = enrolled->hallCode;
    link.hallName = enrolled->hallName;
    link.keyId = enrolled->keyId;
    link.enrolledAt = QDateTime::currentDateTimeUtc();
    // A new enrolment pulls the district's log from the start.
    QSqlQuery resetCursors(m_database.connection());
    resetCursors.prepare(QStringLiteral("DELETE FROM sync_cursors"));
    if (!SyncSettings(m_database).setLink(link) || !db::execute(resetCursors) ||
        !db::AuditRepository(m_database)
             .append({}, QStringLiteral("sync.enroll"), link.deviceId,
                     {{QStringLiteral("server"), server.toString()}, {QStringLiteral("hall"), link.hallCode}})) {
        *errorMessage = tr("The enrolment could not be saved to the data file. Enrol again with a new code.");
        return std::nullopt;
    }
    // The hall is the district's: a counter takes its code and name from the enrolment.
    identity.hallCode = link.hallCode;
    identity.hallName = link.hallName;
    QString identityError;
    if (!counterSettings.setIdentity(identity, &identityError)) {
        qCWarning(lcDistrict) << "hall from the district not stored:" << identityError;
    }
    return link;
}

} // namespace ow::sync
