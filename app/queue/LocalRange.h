#pragma once

#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::queue {

class QueueClient;

// Records of one hand-over: the same uuid and tickets on every attempt until the host has taken them.
struct HandoverBatch
{
    QString uuid;
    int counter = 0;
    QList<Ticket> tickets;

    [[nodiscard]] bool isEmpty() const { return tickets.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// A counter's own ticket range for when the hall host is unreachable (C3-001, C3-002... per day), kept in the
// counter's database and handed over to the host, exactly once, when it is back.
class LocalRange
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::LocalRange)

public:
    LocalRange(db::Database& database, int counter);

    // A walk-in served at once: the next number of this counter's range for the day.
    [[nodiscard]] std::optional<Ticket> take(const QString& category, const QString& idNumber, const QString& clerkUuid,
                                             const QDateTime& now, QString* errorMessage);
    [[nodiscard]] bool finish(const QString& uuid, const QStringList& caseUuids, int rating, const QDateTime& now,
                              QString* errorMessage);
    // The citizen left before being served.
    [[nodiscard]] bool drop(const QString& uuid, const QDateTime& now, QString* errorMessage);

    [[nodiscard]] std::optional<Ticket> serving() const;
    // Ended records not yet taken by the host.
    [[nodiscard]] int pendingCount() const;
    // The batch to send: an earlier unanswered batch again, or the ended records not yet in a batch.
    [[nodiscard]] std::optional<HandoverBatch> prepareBatch(QString* errorMessage);
    [[nodiscard]] bool markHandedOver(const QString& batchUuid, const QDateTime& now, QString* errorMessage);

    [[nodiscard]] static QString numberFor(int counter, int seq);

private:
    [[nodiscard]] bool setEnded(const QString& uuid, const QString& state, const QStringList& caseUuids, int rating,
                                const QDateTime& now, QString* errorMessage);

    db::Database& m_database;
    int m_counter = 0;
};

// Hands the counter's own-range records over each time its QueueClient becomes ready (and on request).
class LocalHandover : public QObject
{
    Q_OBJECT

public:
    LocalHandover(LocalRange& range, QueueClient& client, QObject* parent = nullptr);

    void handOverNow();
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void handedOver(int tickets);
    void failed(const QString& message);

private:
    LocalRange& m_range;
    QPointer<QueueClient> m_client;
    bool m_busy = false;
};

} // namespace ow::queue
