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
        StoreError
    };
    Status status = Status::Rejected;
    QString message; // translated, for the clerk
    std::optional<Clerk> clerk;
    QDateTime lockedUntil;

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// Clerk accounts at this counter: adding them, and checking a login offline with lockout.
class ClerkService
{
    Q_DECLARE_TR_FUNCTIONS(ow::auth::ClerkService)

public:
    static constexpr int maxFailures = 5;
    static constexpr int lockoutMinutes = 15;
    static constexpr int minPasswordLength = 8;

    using Clock = std::function<QDateTime()>;
    explicit ClerkService(db::Database& database, Clock clock = {});

    [[nodiscard]] std::optional<Clerk> add(const QString& login, const QString& name, Role role,
                                           const QString& password, QString* errorMessage);
    [[nodiscard]] QList<Clerk> list() const;
    [[nodiscard]] int count() const;

    // Same answer for an unknown login and a wrong password, so the dialog tells nothing about who exists.
    [[nodiscard]] LoginResult login(const QString& login, const QString& password);

private:
    db::Database& m_database;
    Clock m_clock;
};

} // namespace ow::auth
