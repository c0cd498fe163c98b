#include "ClerkRepository.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace ow::db {

namespace {

const QString clerkColumns =
    QStringLiteral("uuid, login, name, role, password_verifier, active, password_changed_at, last_login_at");

ClerkRecord readClerk(const QSqlQuery& query)
{
    ClerkRecord clerk;
    clerk.uuid = query.value(0).toString();
    clerk.login = query.value(1).toString();
    clerk.name = query.value(2).toString();
    clerk.role = query.value(3).toString();
    clerk.passwordVerifier = query.value(4).toString();
    clerk.active = query.value(5).toInt() == 1;
    clerk.passwordChangedAt = parseTimestamp(query.value(6).toString());
    clerk.lastLoginAt = parseTimestamp(query.value(7).toString());
    return clerk;
}

} // namespace

ClerkRepository::ClerkRepository(Database& database)
    : m_database(database)
{ }

bool ClerkRepository::insert(const ClerkRecord& clerk)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO clerks (uuid, login, name, role, password_verifier, active, "
                                 "password_changed_at, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    query.addBindValue(clerk.uuid);
    query.addBindValue(clerk.login);
    query.addBindValue(clerk.name);
    query.addBindValue(clerk.role);
    query.addBindValue(clerk.passwordVerifier);
    query.addBindValue(clerk.active ? 1 : 0);
    query.addBindValue(timestamp(clerk.passwordChangedAt));
    query.addBindValue(now);
    query.addBindValue(now);
    return execute(query);
}

bool ClerkRepository::updatePassword(const QString& uuid, const QString& verifier, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE clerks SET password_verifier = ?, password_changed_at = ?, updated_at = ?, "
                                 "version = version + 1 WHERE uuid = ?"));
    query.addBindValue(verifier);
    query.addBindValue(timestamp(at));
    query.addBindValue(timestamp(at));
    query.addBindValue(uuid);
    return execute(query) && query.numRowsAffected() == 1;
}

bool ClerkRepository::markLoggedIn(const QString& uuid, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE clerks SET last_login_at = ? WHERE uuid = ?"));
    query.addBindValue(timestamp(at));
    query.addBindValue(uuid);
    return execute(query);
}

std::optional<ClerkRecord> ClerkRepository::findBy(const QString& column, const QString& value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clerks WHERE %2 = ?").arg(clerkColumns, column));
    query.addBindValue(value);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return readClerk(query);
}

std::optional<ClerkRecord> ClerkRepository::findByLogin(const QString& login) const
{
    return findBy(QStringLiteral("login"), login);
}

std::optional<ClerkRecord> ClerkRepository::findByUuid(const QString& uuid) const
{
    return findBy(QStringLiteral("uuid"), uuid);
}

QList<ClerkRecord> ClerkRepository::list() const
{
    QList<ClerkRecord> clerks;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clerks ORDER BY login").arg(clerkColumns));
    if (execute(query)) {
        while (query.next()) {
            clerks.append(readClerk(query));
        }
    }
    return clerks;
}

LoginAttemptRecord ClerkRepository::attempts(const QString& login) const
{
    LoginAttemptRecord record;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT failures, locked_until FROM login_attempts WHERE login = ?"));
    query.addBindValue(login);
    if (execute(query) && query.next()) {
        record.failures = query.value(0).toInt();
        record.lockedUntil = parseTimestamp(query.value(1).toString());
    }
    return record;
}

bool ClerkRepository::storeAttempts(const QString& login, const LoginAttemptRecord& attempts, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO login_attempts (login, failures, locked_until, last_failure_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET failures = excluded.failures, "
                                 "locked_until = excluded.locked_until, last_failure_at = excluded.last_failure_at"));
    query.addBindValue(login);
    query.addBindValue(attempts.failures);
    query.addBindValue(attempts.lockedUntil.isValid() ? QVariant(timestamp(attempts.lockedUntil)) : QVariant());
    query.addBindValue(timestamp(at));
    return execute(query);
}

bool ClerkRepository::clearAttempts(const QString& login)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM login_attempts WHERE login = ?"));
    query.addBindValue(login);
    return execute(query);
}

} // namespace ow::db
