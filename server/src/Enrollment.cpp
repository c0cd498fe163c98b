#include "Api.h"
#include "Store.h"
#include "auth/PasswordHasher.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

Q_LOGGING_CATEGORY(lcEnroll, "ow.district.enroll")

namespace ow::district {

namespace protocol = ow::sync::protocol;

namespace {

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// As CounterKey::keyIdFor: the first 8 bytes of the key's SHA-256 in hex.
QString keyIdFor(const QByteArray& publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

ApiReply badCode()
{
    return ApiReply::error(403, protocol::error::badCode,
                           QStringLiteral("the enrollment code is unknown, used or expired; ask for a new one"));
}

ApiReply databaseFailed()
{
    return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
}

} // namespace

ApiReply handleEnroll(ApiContext& context, const ApiRequest& request)
{
    ApiReply failure;
    const auto json = request.jsonBody(&failure);
    if (!json) {
        return failure;
    }
    QString message;
    const auto enroll = protocol::EnrollRequest::fromJson(*json, &message);
    if (!enroll) {
        return ApiReply::error(400, protocol::error::badRequest, message);
    }
    const QString codeHash = secretHash(normalizedEnrollCode(enroll->code));
    const QString now = nowText();

    QSqlDatabase db = context.store.connection();
    WriteTransaction transaction(db, context.store.isSqlite());
    if (!transaction.isActive()) {
        return databaseFailed();
    }
    QSqlQuery code(db);
    if (!run(code,
             QStringLiteral("SELECT e.hall_code, e.expires_at, h.name FROM enroll_codes e JOIN halls h ON h.code = "
                            "e.hall_code WHERE e.code_hash = ? AND e.used_at IS NULL"),
             {codeHash})) {
        return databaseFailed();
    }
    if (!code.next()) {
        return badCode();
    }
    const QString hallCode = code.value(0).toString();
    const QString hallName = code.value(2).toString();
    if (protocol::timestampFromText(code.value(1).toString()) < QDateTime::currentDateTimeUtc()) {
        return badCode();
    }
    code.finish();

    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The row lock of this update decides a race between two enrolls with one code: the loser updates nothing.
    QSqlQuery use(db);
    if (!run(use,
             QStringLiteral(
                 "UPDATE enroll_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL"),
             {now, deviceId, codeHash})) {
        return databaseFailed();
    }
    if (use.numRowsAffected() != 1) {
        return badCode();
    }
    const QString token = newToken();
    const QString keyId = keyIdFor(enroll->publicKey);
    const QString publicKey = QString::fromLatin1(enroll->publicKey.toBase64());
    QSqlQuery device(db);
    if (!run(device,
             QStringLiteral("INSERT INTO devices (id, hall_code, counter, name, token_hash, public_key, key_id, "
                            "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {deviceId, hallCode, enroll->counter, enroll->deviceName, secretHash(token), publicKey, keyId, now})) {
        return databaseFailed();
    }
    // A key enrolled again (a counter re-enrolled with its old key) moves to the new device and is active again.
    QSqlQuery existing(db);
    if (!run(existing, QStringLiteral("SELECT version FROM trusted_keys WHERE key_id = ?"), {keyId})) {
        return databaseFailed();
    }
    const qint64 version = existing.next() ? existing.value(0).toLongLong() + 1 : 1;
    existing.finish();
    const QString validFrom = QDate::currentDate().toString(Qt::ISODate);
    QSqlQuery key(db);
    const bool keyStored = version == 1
        ? run(key,
              QStringLiteral("INSERT INTO trusted_keys (key_id, public_key, hall_code, device_id, active, version, "
                             "valid_from) VALUES (?, ?, ?, ?, 1, 1, ?)"),
              {keyId, publicKey, hallCode, deviceId, validFrom})
        : run(key,
              QStringLiteral("UPDATE trusted_keys SET hall_code = ?, device_id = ?, active = 1, version = ?, "
                             "valid_to = NULL WHERE key_id = ?"),
              {hallCode, deviceId, version, keyId});
    const Change change {QLatin1StringView(protocol::stream::trustedKeys),
                         keyId,
                         version,
                         false,
                         {},
                         {{QStringLiteral("key_id"), keyId},
                          {QStringLiteral("public_key"), publicKey},
                          {QStringLiteral("hall"), hallCode},
                          {QStringLiteral("device_id"), deviceId},
                          {QStringLiteral("valid_from"), validFrom},
                          {QStringLiteral("valid_to"), QJsonValue::Null},
                          {QStringLiteral("active"), true}}};
    if (!keyStored || !appendChange(db, change) || !transaction.commit()) {
        return databaseFailed();
    }
    qCInfo(lcEnroll) << "enrolled device" << deviceId << "counter" << enroll->counter << "of hall" << hallCode;
    protocol::EnrollReply reply {deviceId, token, hallCode, hallName, keyId, QDateTime::currentDateTimeUtc()};
    return ApiReply::ok(reply.toJson());
}

ApiReply handleClerkLogin(ApiContext& context, const ApiRequest& request, const Device& device)
{
    ApiReply failure;
    const auto json = request.jsonBody(&failure);
    if (!json) {
        return failure;
    }
    const QString login = json->value(QStringLiteral("login")).toString().trimmed();
    const QString password = json->value(QStringLiteral("password")).toString();
    if (login.isEmpty() || !json->value(QStringLiteral("password")).isString()) {
        return ApiReply::error(400, protocol::error::badRequest, QStringLiteral("give login and password"));
    }
    QSqlDatabase db = context.store.connection();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT uuid, login, name, role, hall_code, password_hash, active FROM clerks "
                            "WHERE login = ?"),
             {login})) {
        return databaseFailed();
    }
    if (!query.next()) {
        auth::PasswordHasher::burnVerification(password);
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("wrong_login_or_password"));
    }
    protocol::ClerkInfo clerk {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(6).toInt() != 0};
    if (!auth::PasswordHasher::verify(query.value(5).toString(), password)) {
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("wrong_login_or_password"));
    }
    if (!clerk.active) {
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("inactive"));
    }
    if (clerk.hall != device.hallCode) {
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("other_hall"));
    }
    query.finish();
    if (!recordClerkLogin(context, device, clerk.uuid)) {
        return databaseFailed();
    }
    return ApiReply::ok({{QStringLiteral("clerk"), clerk.toJson()}});
}

} // namespace ow::district
