#include "queue/LocalRange.h"

#include "db/Database.h"
#include "queue/QueueClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace ow::queue {

namespace {

const QString columns = QStringLiteral("uuid, day, number, category, id_number, clerk_uuid, issued_at, finished_at, "
                                       "state, case_uuids, rating");

Ticket fromRow(const QSqlQuery& query)
{
    Ticket ticket;
    ticket.uuid = query.value(0).toString();
    ticket.day = query.value(1).toString();
    ticket.number = query.value(2).toString();
    ticket.category = query.value(3).toString();
    ticket.idNumber = query.value(4).toString();
    ticket.clerk = query.value(5).toString();
    ticket.issuedAt = db::parseTimestamp(query.value(6).toString());
    ticket.calledAt = ticket.issuedAt; // a walk-in is served the moment its number is taken
    ticket.finishedAt = db::parseTimestamp(query.value(7).toString());
    const QString state = query.value(8).toString();
    ticket.state = state == u"serving" ? QStringLiteral("called") : state;
    const QJsonArray cases = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).array();
    for (const QJsonValue& value : cases) {
        ticket.caseUuids.append(value.toString());
    }
    ticket.rating = query.value(10).toInt();
    return ticket;
}

} // namespace

QJsonObject HandoverBatch::toJson() const
{
    QJsonArray array;
    for (const Ticket& ticket : tickets) {
        array.append(ticket.toJson(true));
    }
    return {{QStringLiteral("batch"), uuid}, {QStringLiteral("counter"), counter}, {QStringLiteral("tickets"), array}};
}

LocalRange::LocalRange(db::Database& database, int counter)
    : m_database(database)
    , m_counter(counter)
{ }

QString LocalRange::numberFor(int counter, int seq)
{
    return QStringLiteral("C%1-%2").arg(counter).arg(seq, 3, 10, QLatin1Char('0'));
}

std::optional<Ticket> LocalRange::take(const QString& category, const QString& idNumber, const QString& clerkUuid,
                                       const QDateTime& now, QString* errorMessage)
{
    if (m_counter <= 0) {
        *errorMessage = tr("Set this counter's number in Settings before serving without the hall host.");
        return std::nullopt;
    }
    Ticket ticket;
    ticket.uuid = db::newUuid();
    ticket.day = now.toLocalTime().date().toString(Qt::ISODate);
    ticket.category = category;
    ticket.idNumber = idNumber;
    ticket.clerk = clerkUuid;
    ticket.issuedAt = now;
    ticket.calledAt = now;
    ticket.state = QStringLiteral("called");
    ticket.counter = m_counter;
    ticket.reasonCode = QStringLiteral("local");

    db::Transaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM queue_local_tickets WHERE day = ? AND "
                                 "counter = ?"));
    query.addBindValue(ticket.day);
    query.addBindValue(m_counter);
    bool ok = transaction.isActive() && db::execute(query) && query.next();
    const int seq = ok ? query.value(0).toInt() : 0;
    ticket.number = numberFor(m_counter, seq);
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO queue_local_tickets (uuid, day, counter, seq, number, category, "
                                     "id_number, clerk_uuid, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(ticket.uuid);
        query.addBindValue(ticket.day);
        query.addBindValue(m_counter);
        query.addBindValue(seq);
        query.addBindValue(ticket.number);
        query.addBindValue(db::text(category));
        query.addBindValue(db::text(idNumber));
        query.addBindValue(db::text(clerkUuid));
        query.addBindValue(db::timestamp(now));
        ok = db::execute(query) && transaction.commit();
    }
    if (!ok) {
        *errorMessage = tr("A number of this counter's own range could not be saved in the data file.");
        return std::nullopt;
    }
    return ticket;
}

bool LocalRange::setEnded(const QString& uuid, const QString& state, const QStringList& caseUuids, int rating,
                          const QDateTime& now, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE queue_local_tickets SET state = ?, finished_at = ?, case_uuids = ?, "
                                 "rating = ? WHERE uuid = ? AND state = 'serving'"));
    query.addBindValue(state);
    query.addBindValue(db::timestamp(now));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(caseUuids)).toJson(QJsonDocument::Compact)));
    query.addBindValue(isValidRating(rating) ? rating : 0);
    query.addBindValue(uuid);
    if (!db::execute(query) || query.numRowsAffected() != 1) {
        *errorMessage = tr("This counter is not serving that walk-in any more.");
        return false;
    }
    return true;
}

bool LocalRange::finish(const QString& uuid, const QStringList& caseUuids, int rating, const QDateTime& now,
                        QString* errorMessage)
{
    return setEnded(uuid, QStringLiteral("finished"), caseUuids, rating, now, errorMessage);
}

bool LocalRange::drop(const QString& uuid, const QDateTime& now, QString* errorMessage)
{
    return setEnded(uuid, QStringLiteral("dropped"), {}, 0, now, errorMessage);
}

std::optional<Ticket> LocalRange::serving() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM queue_local_tickets WHERE counter = ? AND state = 'serving' "
                                 "ORDER BY issued_at DESC LIMIT 1")
                      .arg(columns));
    query.addBindValue(m_counter);
    if (!db::execute(query) || !query.next()) {
        return std::nullopt;
    }
    Ticket ticket = fromRow(query);
    ticket.counter = m_counter;
    return ticket;
}

int LocalRange::pendingCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM queue_local_tickets WHERE handed_over_at IS NULL AND "
                                 "state <> 'serving'"));
    return db::execute(query) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<HandoverBatch> LocalRange::prepareBatch(QString* errorMessage)
{
    HandoverBatch batch;
    batch.counter = m_counter;
    QSqlQuery query(m_database.connection());
    // An earlier batch that got no answer goes again unchanged; the host knows it if it took it already.
    query.prepare(QStringLiteral("SELECT batch_uuid FROM queue_local_tickets WHERE handed_over_at IS NULL AND "
                                 "batch_uuid IS NOT NULL LIMIT 1"));
    if (!db::execute(query)) {
        *errorMessage = tr("The walk-ins served without the hall host could not be read from the data file.");
        return std::nullopt;
    }
    if (query.next()) {
        batch.uuid = query.value(0).toString();
    } else {
        batch.uuid = db::newUuid();
        query.prepare(QStringLiteral("UPDATE queue_local_tickets SET batch_uuid = ? WHERE handed_over_at IS NULL "
                                     "AND batch_uuid IS NULL AND state <> 'serving'"));
        query.addBindValue(batch.uuid);
        if (!db::execute(query)) {
            *errorMessage = tr("The walk-ins served without the hall host could not be read from the data file.");
            return std::nullopt;
        }
    }
    query.prepare(QStringLiteral("SELECT %1, counter FROM queue_local_tickets WHERE batch_uuid = ? ORDER BY day, seq")
                      .arg(columns));
    query.addBindValue(batch.uuid);
    if (!db::execute(query)) {
        *errorMessage = tr("The walk-ins served without the hall host could not be read from the data file.");
        return std::nullopt;
    }
    while (query.next()) {
        Ticket ticket = fromRow(query);
        ticket.counter = query.value(11).toInt();
        batch.tickets.append(ticket);
    }
    return batch;
}

bool LocalRange::markHandedOver(const QString& batchUuid, const QDateTime& now, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE queue_local_tickets SET handed_over_at = ? WHERE batch_uuid = ? AND "
                                 "handed_over_at IS NULL"));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(batchUuid);
    if (!db::execute(query)) {
        *errorMessage = tr("The hand-over to the hall host could not be recorded in the data file.");
        return false;
    }
    return true;
}

LocalHandover::LocalHandover(LocalRange& range, QueueClient& client, QObject* parent)
    : QObject(parent)
    , m_range(range)
    , m_client(&client)
{
    connect(&client, &QueueClient::ready, this, &LocalHandover::handOverNow);
}

void LocalHandover::handOverNow()
{
    if (m_busy || !m_client || !m_client->isReady()) {
        return;
    }
    QString error;
    const auto batch = m_range.prepareBatch(&error);
    if (!batch) {
        Q_EMIT failed(error);
        return;
    }
    if (batch->isEmpty()) {
        return;
    }
    m_busy = true;
    const QString batchUuid = batch->uuid;
    m_client->send(QStringLiteral("handover"), batch->toJson(), this, [this, batchUuid](const QueueReply& reply) {
        m_busy = false;
        QString message;
        if (!reply.ok) {
            Q_EMIT failed(reply.error);
            return;
        }
        if (!m_range.markHandedOver(batchUuid, QDateTime::currentDateTimeUtc(), &message)) {
            Q_EMIT failed(message);
            return;
        }
        Q_EMIT handedOver(reply.data.value(QStringLiteral("taken")).toInt());
        // Records that ended while this batch was on its way go in the next one.
        if (m_range.pendingCount() > 0) {
            handOverNow();
        }
    });
}

} // namespace ow::queue
