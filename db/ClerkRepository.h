#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {

class Database;

struct ClerkRecord
{
    QString uuid;
    QString login;
    QString name;
    QString role;
    QString passwordVerifier;
    bool active = true;
    QDateTime passwordChangedAt;
    QDateTime lastLoginAt;
};

struct LoginAttemptRecord
{
    int failures = 0;
    QDateTime lockedUntil;
};

// Clerk accounts and failed-login counters in the local store.
class ClerkRepository
{
public:
    explicit ClerkRepository(Database& database);

    [[nodiscard]] bool insert(const ClerkRecord& clerk);
    [[nodiscard]] bool updatePassword(const QString& uuid, const QString& verifier, const QDateTime& at);
    [[nodiscard]] bool markLoggedIn(const QString& uuid, const QDateTime& at);
    [[nodiscard]] std::optional<ClerkRecord> findByLogin(const QString& login) const;
    [[nodiscard]] std::optional<ClerkRecord> findByUuid(const QString& uuid) const;
    [[nodiscard]] QList<ClerkRecord> list() const;

    [[nodiscard]] LoginAttemptRecord attempts(const QString& login) const;
    [[nodiscard]] bool storeAttempts(const QString& login, const LoginAttemptRecord& attempts, const QDateTime& at);
    [[nodiscard]] bool clearAttempts(const QString& login);

private:
    [[nodiscard]] std::optional<ClerkRecord> findBy(const QString& column, const QString& value) const;

    Database& m_database;
};

} // namespace ow::db
