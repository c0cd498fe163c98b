#include "auth/ClerkService.h"

#include "auth/PasswordHasher.h"
#include "db/AuditRepository.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"
#include "db/SyncRepository.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace ow::auth {

namespace {

Clerk toClerk(const db::ClerkRecord& record)
{
    Clerk clerk;
    clerk.uuid = record.uuid;
    clerk.login = record.login;
    clerk.name = record.name;
    clerk.role = Roles::fromCode(record.role).value_or(Role::Clerk);
    clerk.active = record.active;
    clerk.lastLoginAt = record.lastLoginAt;
    return clerk;
}

} // namespace

ClerkService::ClerkService(db::Database& database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

std::optional<Clerk> ClerkService::add(const QString& login, const QString& name, Role role, const QString& password,
                                       QString* errorMessage)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!loginPattern.match(login).hasMatch()) {
        *errorMessage = tr("A login is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter "
                           "or digit.");
        return std::nullopt;
    }
    const QString trimmedName = name.trimmed();
    // Count characters, not UTF-16 units: a rare character outside the BMP is one character of a name.
    if (trimmedName.isEmpty() || trimmedName.toUcs4().size() > 30) {
        *errorMessage = tr("The name must have 1 to 30 characters.");
        return std::nullopt;
    }
    if (password.size() < minPasswordLength) {
        *errorMessage = tr("The password must have at least %1 characters.").arg(minPasswordLength);
        return std::nullopt;
    }
    db::ClerkRepository clerks(m_database);
    if (clerks.findByLogin(login)) {
        *errorMessage = tr("The login %1 is taken already.").arg(login);
        return std::nullopt;
    }
    const auto verifier = PasswordHasher::hash(password);
    if (!verifier) {
        *errorMessage = tr("The password could not be protected (not enough memory).");
        return std::nullopt;
    }
    db::ClerkRecord record;
    record.uuid = db::newUuid();
    record.login = login;
    record.name = trimmedName;
    record.role = Roles::code(role);
    record.passwordVerifier = *verifier;
    record.passwordChangedAt = m_clock();

    db::Transaction transaction(m_database.connection());
    db::AuditRepository audit(m_database);
    if (!transaction.isActive() || !clerks.insert(record) ||
        !audit.append({}, QStringLiteral("clerk.add"), record.uuid, {{QStringLiteral("login"), login}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The clerk could not be saved to the data file.");
        return std::nullopt;
    }
    return toClerk(record);
}

QList<Clerk> ClerkService::list() const
{
    QList<Clerk> result;
    const db::ClerkRepository clerks(m_database);
    for (const auto& record : clerks.list()) {
        result.append(toClerk(record));
    }
    return result;
}

int ClerkService::count() const
{
    return static_cast<int>(list().size());
}

LoginResult ClerkService::login(const QString& login, const QString& password)
{
    LoginResult result;
    const QString typedLogin = login.trimmed();
    if (typedLogin.isEmpty()) {
        result.status = LoginResult::Status::MissingLogin;
        result.message = tr("Enter your login.");
        return result;
    }
    if (password.isEmpty()) {
        result.status = LoginResult::Status::MissingPassword;
        result.message = tr("Enter your password.");
        return result;
    }

    const QDateTime now = m_clock();
    db::ClerkRepository clerks(m_database);
    const db::LoginAttemptRecord attempts = clerks.attempts(typedLogin);
    if (attempts.lockedUntil.isValid() && attempts.lockedUntil > now) {
        result.status = LoginResult::Status::Locked;
        result.lockedUntil = attempts.lockedUntil;
        result.message = tr("Too many failed attempts. Login is locked until %1.")
                             .arg(QLocale().toString(attempts.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return result;
    }

    const auto record = clerks.findByLogin(typedLogin);
    const auto online = record ? db::SyncRepository(m_database).clerkOnlineState(record->uuid) : std::nullopt;
    const bool fromDistrict = online && online->source == u"district";
    if (m_online) {
        const OnlineLoginAnswer answer = m_online(typedLogin, password);
        if (answer.kind == OnlineLoginAnswer::Kind::Accepted) {
            return acceptOnline(answer, typedLogin, password, now);
        }
        if (answer.kind == OnlineLoginAnswer::Kind::Refused && answer.reason == u"too_many_attempts") {
            result.status = LoginResult::Status::Locked;
            result.lockedUntil = now.addSecs(std::max(answer.retryAfterSeconds, 60));
            result.message =
                tr("Too many failed attempts at the district server. Login is locked until %1.")
                    .arg(QLocale().toString(result.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
            return result;
        }
        if (answer.kind == OnlineLoginAnswer::Kind::Refused) {
            // A revoked or moved account stops at once here too, also for later offline logins.
            if (answer.reason != u"wrong_login_or_password" &&
                !db::SyncRepository(m_database).deactivateClerk(typedLogin, now)) {
                qCWarning(lcAuth) << "a clerk refused by the district could not be deactivated locally";
            }
            // The district's word stands for its own accounts; an account made only at this counter is checked
            // here as before enrolment.
            if (fromDistrict || !record || answer.reason != u"wrong_login_or_password") {
                return countFailure(typedLogin, now);
            }
        }
    }

    bool accepted = false;
    if (record && record->active && !record->passwordVerifier.isEmpty()) {
        accepted = PasswordHasher::verify(record->passwordVerifier, password);
    } else {
        PasswordHasher::burnVerification(password);
    }
    if (!accepted) {
        return countFailure(typedLogin, now);
    }

    if (fromDistrict) {
        // Only after the password is right, so the message tells nothing to someone who guesses.
        const int days = offlineLoginDays();
        if (!online->onlineVerifiedAt.isValid() || online->onlineVerifiedAt.addDays(days) < now) {
            result.status = LoginResult::Status::Expired;
            result.message = tr("Your password has not been confirmed by the district for more than %1 days. Log in "
                                "once while this counter is connected to the district server.")
                                 .arg(days);
            return result;
        }
    }

    db::AuditRepository audit(m_database);
    db::Transaction transaction(m_database.connection());
    const bool stored = transaction.isActive() && clerks.clearAttempts(typedLogin) &&
        clerks.markLoggedIn(record->uuid, now) && audit.append(record->uuid, QStringLiteral("login"), record->uuid) &&
        transaction.commit();
    if (!stored) {
        result.status = LoginResult::Status::StoreError;
        result.message = tr("The login could not be recorded in the data file. Call IT support.");
        return result;
    }
    result.status = LoginResult::Status::Ok;
    result.clerk = toClerk(*record);
    return result;
}

LoginResult ClerkService::acceptOnline(const OnlineLoginAnswer& answer, const QString& typedLogin,
                                       const QString& password, const QDateTime& now)
{
    LoginResult result;
    // A fresh local verifier, so the same password works offline for the next days.
    const auto verifier = PasswordHasher::hash(password);
    const QString role = Roles::fromCode(answer.role) ? answer.role : Roles::code(Role::Clerk);
    db::ClerkRepository clerks(m_database);
    db::SyncRepository sync(m_database);
    db::AuditRepository audit(m_database);
    db::Transaction transaction(m_database.connection());
    std::optional<QString> uuid;
    const bool stored = verifier && transaction.isActive() &&
        (uuid = sync.storeOnlineLogin(
             {answer.uuid, answer.login.isEmpty() ? typedLogin : answer.login, answer.name, role, true}, *verifier,
             now))
            .has_value() &&
        clerks.clearAttempts(typedLogin) && clerks.markLoggedIn(*uuid, now) &&
        audit.append(*uuid, QStringLiteral("login"), *uuid, {{QStringLiteral("online"), true}}) && transaction.commit();
    const auto record = uuid ? clerks.findByUuid(*uuid) : std::nullopt;
    if (!stored || !record) {
        result.status = LoginResult::Status::StoreError;
        result.message = tr("The login could not be recorded in the data file. Call IT support.");
        return result;
    }
    result.status = LoginResult::Status::Ok;
    result.clerk = toClerk(*record);
    return result;
}

LoginResult ClerkService::countFailure(const QString& typedLogin, const QDateTime& now)
{
    LoginResult result;
    db::ClerkRepository clerks(m_database);
    db::LoginAttemptRecord attempts = clerks.attempts(typedLogin);
    // A lock that has run out starts a fresh count.
    if (attempts.lockedUntil.isValid()) {
        attempts = {};
    }
    ++attempts.failures;
    if (attempts.failures >= maxFailures) {
        attempts.lockedUntil = now.addSecs(lockoutMinutes * 60);
    }
    db::AuditRepository audit(m_database);
    db::Transaction transaction(m_database.connection());
    const bool stored = transaction.isActive() && clerks.storeAttempts(typedLogin, attempts, now) &&
        audit.append({}, QStringLiteral("login.failed"), typedLogin) && transaction.commit();
    if (!stored) {
        result.status = LoginResult::Status::StoreError;
        result.message = tr("The login could not be recorded in the data file. Call IT support.");
        return result;
    }
    if (attempts.lockedUntil.isValid()) {
        result.status = LoginResult::Status::Locked;
        result.lockedUntil = attempts.lockedUntil;
        result.message = tr("Too many failed attempts. Login is locked for %1 minutes.").arg(lockoutMinutes);
        return result;
    }
    result.status = LoginResult::Status::Rejected;
    result.message = tr("The login or the password is wrong. Attempts left before the login is locked: %1.")
                         .arg(maxFailures - attempts.failures);
    return result;
}

int ClerkService::offlineLoginDays() const
{
    bool ok = false;
    const int days = db::SettingsRepository(m_database)
                         .value(QStringLiteral("auth.offline_login_days"))
                         .value_or(QString())
                         .toInt(&ok);
    return ok && days > 0 ? days : 7;
}

} // namespace ow::auth
