// Degraded mode: a counter serves walk-ins from its own range (C3-001...) in its own data file while the hall
// host is away, and hands them over exactly once when the host is back.
#include "db/Database.h"
#include "queue/LocalRange.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow::queue;

namespace {

const QByteArray key = "local-range-test-key";
const QDate today(2026, 3, 2);

QDateTime at(const QString& clock, const QDate& day = today)
{
    return QDateTime(day, QTime::fromString(clock, u"HH:mm"_s));
}

} // namespace

class TestLocalRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void numbersFromTheCountersOwnRange();
    void servingWalkInIsNotHandedOverYet();
    void retryAfterALostAnswerSendsTheSameBatch();
    void handsOverOnceWhenTheHostReturns();

private:
    Ticket serve(const QString& clock, const QDate& day = today);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
    std::unique_ptr<LocalRange> m_range;
};

void TestLocalRange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(u"counter.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_range = std::make_unique<LocalRange>(*m_database, 3);
}

void TestLocalRange::cleanup()
{
    m_range.reset();
    m_database.reset();
    m_dir.reset();
}

Ticket TestLocalRange::serve(const QString& clock, const QDate& day)
{
    QString error;
    const auto ticket = m_range->take(u"A"_s, {}, u"clerk-uuid"_s, at(clock, day), &error);
    if (!ticket) {
        qWarning() << error;
        return {};
    }
    if (!m_range->finish(ticket->uuid, {u"case-"_s + ticket->number}, 5, at(clock, day).addSecs(600), &error)) {
        qWarning() << error;
    }
    return *ticket;
}

void TestLocalRange::numbersFromTheCountersOwnRange()
{
    QCOMPARE(serve(u"09:00"_s).number, u"C3-001"_s);
    QCOMPARE(serve(u"09:20"_s).number, u"C3-002"_s);
    QCOMPARE(serve(u"09:00"_s, today.addDays(1)).number, u"C3-001"_s);
    QCOMPARE(m_range->pendingCount(), 3);
    QString error;
    LocalRange unset(*m_database, 0);
    QVERIFY(!unset.take(u"A"_s, {}, {}, at(u"09:00"_s), &error));
    QVERIFY2(error.contains(u"counter's number"_s), qPrintable(error));
}

void TestLocalRange::servingWalkInIsNotHandedOverYet()
{
    QString error;
    const auto ticket = m_range->take(u"B"_s, {}, {}, at(u"10:00"_s), &error);
    QVERIFY(ticket);
    QCOMPARE(m_range->serving()->number, ticket->number);
    QCOMPARE(m_range->pendingCount(), 0);
    QVERIFY(m_range->prepareBatch(&error)->isEmpty());
    QVERIFY(m_range->drop(ticket->uuid, at(u"10:05"_s), &error));
    QVERIFY(!m_range->drop(ticket->uuid, at(u"10:06"_s), &error));
    QVERIFY(!m_range->serving());
    QCOMPARE(m_range->pendingCount(), 1);
}

void TestLocalRange::retryAfterALostAnswerSendsTheSameBatch()
{
    serve(u"09:00"_s);
    QString error;
    const auto first = m_range->prepareBatch(&error);
    QVERIFY(first && first->tickets.size() == 1);
    // A walk-in ended while the first batch was unanswered waits for the next batch.
    serve(u"09:30"_s);
    const auto again = m_range->prepareBatch(&error);
    QCOMPARE(again->uuid, first->uuid);
    QCOMPARE(again->tickets.size(), 1);

    QueueStore store(m_dir->filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.handOver(first->uuid, 3, first->tickets, at(u"11:00"_s)).ok);
    // The answer was lost: the counter sends the same batch again, and the host does not take it twice.
    const QueueResult repeated = store.handOver(again->uuid, 3, again->tickets, at(u"11:01"_s));
    QVERIFY(repeated.ok);
    QVERIFY(repeated.extra.value(u"duplicate"_s).toBool());
    QVERIFY(m_range->markHandedOver(again->uuid, at(u"11:01"_s), &error));
    const auto next = m_range->prepareBatch(&error);
    QVERIFY(next->uuid != first->uuid);
    QCOMPARE(next->tickets.size(), 1);
    QCOMPARE(next->tickets.first().number, u"C3-002"_s);
    QVERIFY(store.handOver(next->uuid, 3, next->tickets, at(u"11:02"_s)).ok);
    QCOMPARE(store.tickets(today).size(), 2);
}

void TestLocalRange::handsOverOnceWhenTheHostReturns()
{
    serve(u"09:00"_s);
    serve(u"09:15"_s);

    QueueStore store(m_dir->filePath(u"hall-queue.sqlite"_s));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QueueHost host(store, key);
    QVERIFY2(host.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    QueueClient client;
    client.setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(host.port())));
    client.setKey(key);
    client.setRole(u"counter"_s, 3);
    LocalHandover handover(*m_range, client);
    QSignalSpy handedOver(&handover, &LocalHandover::handedOver);
    client.open();
    QTRY_COMPARE(handedOver.size(), 1);
    QCOMPARE(handedOver.first().first().toInt(), 2);
    QCOMPARE(m_range->pendingCount(), 0);

    const QList<Ticket> tickets = store.tickets(today);
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.at(0).number, u"C3-001"_s);
    QCOMPARE(tickets.at(0).counter, 3);
    QCOMPARE(tickets.at(0).state, u"finished"_s);
    QCOMPARE(tickets.at(0).rating, 5);
    QCOMPARE(tickets.at(0).caseUuids, QStringList {u"case-C3-001"_s});
    QCOMPARE(tickets.at(0).reasonCode, u"local"_s);

    // Reconnecting hands nothing over twice; a walk-in served meanwhile goes on the next connection.
    serve(u"09:40"_s);
    client.close();
    client.open();
    QTRY_COMPARE(handedOver.size(), 2);
    QCOMPARE(handedOver.last().first().toInt(), 1);
    QCOMPARE(store.tickets(today).size(), 3);
    QCOMPARE(store.statistics(u"counter"_s, today, today).first().served, 3);
}

QTEST_GUILESS_MAIN(TestLocalRange)
#include "TestLocalRange.moc"
