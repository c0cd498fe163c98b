#pragma once

#include "auth/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ow::db {
class Database;
}

namespace ow::auth {

struct Clerk
{
    QString uuid;
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool active = true;
    QDateTime lastLoginAt;
};

struct LoginResult
{
    enum class Status
    {
        Ok,
        MissingLogin,
        MissingPassword,
        Rejected,
        Locked,
        Expired, // right password, but the offline login ran out: log in once while online
        StoreError
    };
    Status status = Status::Rejected;
    QString message; // translated, for the clerk
    std::optional<Clerk> clerk;
    QDateTime lockedUntil;

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// What the district said to a login (POST /clerks/login), or that it could not be asked.
struct OnlineLoginAnswer
{
    enum class Kind
    {
        Accepted,
        Refused,
        Unreachable // offline, not enrolled, or no usable answer: the local verifier decides
    };
    Kind kind = Kind::Unreachable;
    QString reason; // for Refused: wrong_login_or_password, inactive, other_hall, too_many_attempts
    int retryAfterSeconds = 0; // for too_many_attempts: how long the district makes the login wait
    QString uuid;
    QString login;
    QString name;
    QString role;
};

// Clerk accounts at this counter: adding them, and checking a login with lockout. On an enrolled counter the
// district checks the password first; offline, the local Argon2id verifier of the last online login decides,
// for a limited number of days (setting auth.offline_login_days).
class ClerkService
{
    Q_DECLARE_TR_FUNCTIONS(ow::auth::ClerkService)

public:
    static constexpr int maxFailures = 5;
    static constexpr int lockoutMinutes = 15;
    static constexpr int minPasswordLength = 8;

    using Clock = std::function<QDateTime()>;
    using OnlineLogin = std::function<OnlineLoginAnswer(const QString& login, const QString& password)>;
    explicit ClerkService(db::Database& database, Clock clock = {});

    // How a login is asked of the district; none: every login is checked locally only.
    void setOnlineLogin(OnlineLogin online) { m_online = std::move(online); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    [[nodiscard]] std::optional<Clerk> add(const QString& login, const QString& name, Role role,
                                           const QString& password, QString* errorMessage);
    [[nodiscard]] QList<Clerk> list() const;
    [[nodiscard]] int count() const;

    // Same answer for an unknown login and a wrong password, so the dialog tells nothing about who exists.
    [[nodiscard]] LoginResult login(const QString& login, const QString& password);

private:
    [[nodiscard]] LoginResult acceptOnline(const OnlineLoginAnswer& answer, const QString& typedLogin,
                                           const QString& password, const QDateTime& now);
    [[nodiscard]] LoginResult countFailure(const QString& typedLogin, const QDateTime& now);
    [[nodiscard]] int offlineLoginDays() const;

    db::Database& m_database;
    Clock m_clock;
    OnlineLogin m_online;
};

} // namespace ow::auth
