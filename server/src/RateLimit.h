#pragma once

#include "Api.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ow::district::ratelimit {

// 429 with Retry-After; the message says which limit (address_blocked, login_locked).
inline constexpr const char* tooManyAttempts = ow::sync::protocol::error::tooManyAttempts;
// Failures from one address in one window before it must wait; the window restarts after a lock.
inline constexpr int addressFailures = 10;
// As the counter's ClerkService: 5 failures lock a login for 15 minutes.
inline constexpr int loginFailures = 5;
inline constexpr int windowMinutes = 15;

struct Subject
{
    const char* kind; // enroll_address, login_address, login
    QString key;
    int limit;
};

// Seconds until the subject may try again, 0 when it may try now, -1 when the database failed.
[[nodiscard]] qint64 blockedFor(QSqlDatabase& db, const Subject& subject, const QDateTime& now);
// Counts a failure in its own transaction; the seconds of the lock it starts or that is in force, 0 when none,
// -1 when the database failed.
[[nodiscard]] qint64 recordFailure(QSqlDatabase& db, bool sqlite, const Subject& subject, const QDateTime& now);
// Forgets the subject's failures (a login that succeeded).
[[nodiscard]] bool clear(QSqlDatabase& db, const Subject& subject);

[[nodiscard]] ApiReply tooMany(qint64 seconds, const QString& message);

} // namespace ow::district::ratelimit
