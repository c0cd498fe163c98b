#include "RateLimit.h"

#include "Store.h"

#include <QSqlQuery>

namespace ow::district::ratelimit {

namespace {

QString text(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parsed(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

qint64 secondsUntil(const QDateTime& end, const QDateTime& now)
{
    // Rounded up: a client that waits Retry-After seconds must find the lock over.
    return end.isValid() && end > now ? (now.msecsTo(end) + 999) / 1000 : 0;
}

} // namespace

qint64 blockedFor(QSqlDatabase& db, const Subject& subject, const QDateTime& now)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT locked_until FROM auth_failures WHERE kind = ? AND subject = ?"),
             {QString::fromLatin1(subject.kind), subject.key})) {
        return -1;
    }
    return query.next() ? secondsUntil(parsed(query.value(0)), now) : 0;
}

qint64 recordFailure(QSqlDatabase& db, bool sqlite, const Subject& subject, const QDateTime& now)
{
    const QString kind = QString::fromLatin1(subject.kind);
    WriteTransaction transaction(db, sqlite);
    QSqlQuery insert(db);
    // The row exists before it is locked for update, so two workers counting at once both count.
    if (!transaction.isActive() ||
        !run(insert,
             QStringLiteral("INSERT INTO auth_failures (kind, subject, window_start, failures, updated_at) "
                            "VALUES (?, ?, ?, 0, ?) ON CONFLICT (kind, subject) DO NOTHING"),
             {kind, subject.key, text(now), text(now)})) {
        return -1;
    }
    QSqlQuery row(db);
    if (!run(row,
             QStringLiteral("SELECT failures, window_start, locked_until FROM auth_failures WHERE kind = ? AND "
                            "subject = ?") +
                 (sqlite ? QString() : QStringLiteral(" FOR UPDATE")),
             {kind, subject.key}) ||
        !row.next()) {
        return -1;
    }
    int failures = row.value(0).toInt();
    QDateTime windowStart = parsed(row.value(1));
    const QDateTime lockedUntil = parsed(row.value(2));
    row.finish();
    if (secondsUntil(lockedUntil, now) > 0) {
        return secondsUntil(lockedUntil, now);
    }
    // A lock that has run out, or a window that has, starts a fresh count.
    if (lockedUntil.isValid() || !windowStart.isValid() || windowStart.addSecs(windowMinutes * 60) <= now) {
        failures = 0;
        windowStart = now;
    }
    ++failures;
    const QDateTime lockEnd = failures >= subject.limit ? now.addSecs(windowMinutes * 60) : QDateTime();
    QSqlQuery update(db);
    if (!run(update,
             QStringLiteral("UPDATE auth_failures SET failures = ?, window_start = ?, locked_until = ?, "
                            "updated_at = ? WHERE kind = ? AND subject = ?"),
             {failures, text(windowStart),
              lockEnd.isValid() ? QVariant(text(lockEnd)) : QVariant(QMetaType::fromType<QString>()), text(now), kind,
              subject.key})) {
        return -1;
    }
    // Rows quiet for a day are over in every sense; dropping them keeps the table small.
    QSqlQuery prune(db);
    if (!run(prune, QStringLiteral("DELETE FROM auth_failures WHERE updated_at < ?"), {text(now.addDays(-1))}) ||
        !transaction.commit()) {
        return -1;
    }
    return secondsUntil(lockEnd, now);
}

bool clear(QSqlDatabase& db, const Subject& subject)
{
    QSqlQuery query(db);
    return run(query, QStringLiteral("DELETE FROM auth_failures WHERE kind = ? AND subject = ?"),
               {QString::fromLatin1(subject.kind), subject.key});
}

ApiReply tooMany(qint64 seconds, const QString& message)
{
    ApiReply reply = ApiReply::error(429, tooManyAttempts, message);
    reply.retryAfter = std::max<qint64>(seconds, 1);
    reply.json.insert(QStringLiteral("retry_after"), reply.retryAfter);
    return reply;
}

} // namespace ow::district::ratelimit
