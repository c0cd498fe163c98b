#include "Api.h"
#include "RateLimit.h"
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

// The enrollment itself, in one transaction. *unknownCode: refused for a code that was never made (a guess); a
// used or expired code is no guess, and the losers of a race for one code must not block their address.
ApiReply enrollWithCode(ApiContext& context, QSqlDatabase& db, const protocol::EnrollRequest* enroll, bool* unknownCode)
{
    *unknownCode = false;
    const QString codeHash = secretHash(normalizedEnrollCode(enroll->code));
    const QString now = nowText();
    WriteTransaction transaction(db, context.store.isSqlite());
    if (!transaction.isActive()) {
        return databaseFailed();
    }
    QSqlQuery code(db);
    if (!run(code,
             QStringLiteral(
                 "SELECT e.hall_code, e.expires_at, h.name, e.used_at FROM enroll_codes e JOIN halls h ON h.code = "
                 "e.hall_code WHERE e.code_hash = ?"),
             {codeHash})) {
        return databaseFailed();
    }
    if (!code.next()) {
        *unknownCode = true;
        return badCode();
    }
    if (!code.value(3).isNull()) {
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
    QSqlDatabase db = context.store.connection();
    // Codes are short enough to guess at: an address that keeps failing waits before it may try again.
    const ratelimit::Subject address {"enroll_address", request.clientAddress, ratelimit::addressFailures};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 blocked = db.isOpen() ? ratelimit::blockedFor(db, address, now) : -1;
    if (blocked < 0) {
        return databaseFailed();
    }
    if (blocked > 0) {
        qCWarning(lcEnroll) << "enroll refused: too many wrong codes from" << request.clientAddress;
        return ratelimit::tooMany(blocked, QStringLiteral("address_blocked"));
    }
    bool unknownCode = false;
    ApiReply reply = enrollWithCode(context, db, &*enroll, &unknownCode);
    if (unknownCode) {
        const qint64 locked = ratelimit::recordFailure(db, context.store.isSqlite(), address, now);
        if (locked < 0) {
            return databaseFailed();
        }
        if (locked > 0) {
            qCWarning(lcEnroll) << "address" << request.clientAddress << "blocked for" << locked << "s";
        }
    }
    return reply;
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
    // Guessing passwords: per address, and per login the counter's own rule (5 failures lock it 15 minutes).
    const ratelimit::Subject address {"login_address", request.clientAddress, ratelimit::addressFailures};
    const ratelimit::Subject account {"login", login, ratelimit::loginFailures};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 addressBlocked = db.isOpen() ? ratelimit::blockedFor(db, address, now) : -1;
    const qint64 loginLocked = addressBlocked < 0 ? -1 : ratelimit::blockedFor(db, account, now);
    if (addressBlocked < 0 || loginLocked < 0) {
        return databaseFailed();
    }
    if (loginLocked > 0) {
        return ratelimit::tooMany(loginLocked, QStringLiteral("login_locked"));
    }
    if (addressBlocked > 0) {
        return ratelimit::tooMany(addressBlocked, QStringLiteral("address_blocked"));
    }
    const auto refused = [&] {
        const qint64 addressNow = ratelimit::recordFailure(db, context.store.isSqlite(), address, now);
        const qint64 loginNow = ratelimit::recordFailure(db, context.store.isSqlite(), account, now);
        if (addressNow < 0 || loginNow < 0) {
            return databaseFailed();
        }
        if (loginNow > 0) {
            qCWarning(lcEnroll) << "login" << login << "locked for" << loginNow << "s, last try from"
                                << request.clientAddress;
            return ratelimit::tooMany(loginNow, QStringLiteral("login_locked"));
        }
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("wrong_login_or_password"));
    };
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT uuid, login, name, role, hall_code, password_hash, active FROM clerks "
                            "WHERE login = ?"),
             {login})) {
        return databaseFailed();
    }
    if (!query.next()) {
        auth::PasswordHasher::burnVerification(password);
        return refused();
    }
    protocol::ClerkInfo clerk {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(6).toInt() != 0};
    if (!auth::PasswordHasher::verify(query.value(5).toString(), password)) {
        query.finish();
        return refused();
    }
    if (!clerk.active) {
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("inactive"));
    }
    if (clerk.hall != device.hallCode) {
        return ApiReply::error(401, protocol::error::loginFailed, QStringLiteral("other_hall"));
    }
    query.finish();
    if (!ratelimit::clear(db, account) || !recordClerkLogin(context, device, clerk.uuid)) {
        return databaseFailed();
    }
    return ApiReply::ok({{QStringLiteral("clerk"), clerk.toJson()}});
}

} // namespace ow::district
