// The hall host's own store on real SQLite files: numbers, priority from the ID card, calls, no-shows,
// transfers, hand-overs and statistics.
#include "idcard/IdNumber.h"
#include "queue/QueueStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow::queue;

namespace {

const QDate today(2026, 3, 2);

QDateTime at(const QString& clock, const QDate& day = today)
{
    return QDateTime(day, QTime::fromString(clock, u"HH:mm"_s));
}

// A valid resident ID number of someone born on that day.
QString idNumberBornOn(const QDate& birth)
{
    const QString first17 = u"110101"_s + birth.toString(u"yyyyMMdd"_s) + u"123"_s;
    return first17 + *ow::idcard::IdNumber::checkCharacter(first17);
}

TicketRequest request(const QString& category)
{
    TicketRequest request;
    request.category = category;
    return request;
}

} // namespace

class TestQueueStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithTheDefaultCategories();
    void numbersRestartPerCategoryAndDay();
    void refusesAnUnknownCategory();
    void priorityFromTheCardAndTheKiosk_data();
    void priorityFromTheCardAndTheKiosk();
    void callRecordsWhyItChoseTheTicket();
    void noShowComesBackOnceThenIsDropped();
    void transferToACategoryKeepsThePlaceInLine();
    void transferToACounter();
    void pausedCounterDoesNotCall();
    void finishLinksCasesAndRating();
    void handOverTakesABatchOnce();
    void statisticsByCategoryCounterAndClerk();
    void ticketsSurviveReopening();
    void refusesAnotherProgramsFile();
    void categoriesFromAFile();
    void dropsAppointmentsOlderThan30DaysButKeepsTickets();

private:
    Ticket issue(const QString& category, const QDateTime& now);
    Ticket call(int counter, const QStringList& categories, const QDateTime& now);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QueueStore> m_store;
};

void TestQueueStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<QueueStore>(m_dir->filePath(u"hall-queue.sqlite"_s));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestQueueStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Ticket TestQueueStore::issue(const QString& category, const QDateTime& now)
{
    const QueueResult result = m_store->issue(request(category), now);
    if (!result.ok) {
        qWarning() << result.error;
    }
    return result.ticket;
}

Ticket TestQueueStore::call(int counter, const QStringList& categories, const QDateTime& now)
{
    return m_store->callNext(counter, categories, u"clerk1"_s, now).ticket;
}

void TestQueueStore::startsWithTheDefaultCategories()
{
    const QList<Category> categories = m_store->categories();
    QVERIFY(categories.size() >= 4);
    QCOMPARE(categories.first().code, u"A"_s);
    QVERIFY(!categories.first().name.isEmpty());
}

void TestQueueStore::numbersRestartPerCategoryAndDay()
{
    QCOMPARE(issue(u"A"_s, at(u"09:00"_s)).number, u"A001"_s);
    const Ticket second = issue(u"a"_s, at(u"09:01"_s));
    QCOMPARE(second.number, u"A002"_s);
    QCOMPARE(second.ahead, 1);
    QCOMPARE(issue(u"B"_s, at(u"09:02"_s)).number, u"B001"_s);
    const Ticket tomorrow = issue(u"A"_s, at(u"08:00"_s, today.addDays(1)));
    QCOMPARE(tomorrow.number, u"A001"_s);
    QCOMPARE(tomorrow.ahead, 0);
}

void TestQueueStore::refusesAnUnknownCategory()
{
    const QueueResult result = m_store->issue(request(u"Z"_s), at(u"09:00"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.code, u"unknown-category"_s);
    QVERIFY2(result.error.contains(u"A, B"_s), qPrintable(result.error));
}

void TestQueueStore::priorityFromTheCardAndTheKiosk_data()
{
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<bool>("disability");
    QTest::addColumn<bool>("appointment");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no card") << QString() << false << false << true << QString();
    QTest::newRow("aged 69") << idNumberBornOn(QDate(1956, 3, 3)) << false << false << true << QString();
    QTest::newRow("aged 70 on the day") << idNumberBornOn(QDate(1956, 3, 2)) << false << false << true << u"age"_s;
    QTest::newRow("disability certificate")
        << idNumberBornOn(QDate(1990, 5, 1)) << true << false << true << u"disability"_s;
    QTest::newRow("age before disability") << idNumberBornOn(QDate(1940, 5, 1)) << true << false << true << u"age"_s;
    QTest::newRow("appointment") << QString() << false << true << true << u"appointment"_s;
    QTest::newRow("wrong check character") << u"110101195001011230"_s << false << false << false << QString();
}

void TestQueueStore::priorityFromTheCardAndTheKiosk()
{
    QFETCH(QString, idNumber);
    QFETCH(bool, disability);
    QFETCH(bool, appointment);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);

    TicketRequest kiosk = request(u"A"_s);
    kiosk.idNumber = idNumber;
    kiosk.disability = disability;
    if (appointment) {
        kiosk.appointmentAt = at(u"10:00"_s);
    }
    const QueueResult result = m_store->issue(kiosk, at(u"09:00"_s));
    QCOMPARE(result.ok, accepted);
    if (!accepted) {
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QCOMPARE(result.ticket.priority, !reason.isEmpty());
    QCOMPARE(result.ticket.priorityReason, reason);
    QCOMPARE(m_store->ticket(result.ticket.number, today.toString(Qt::ISODate))->idNumber, idNumber);
}

void TestQueueStore::callRecordsWhyItChoseTheTicket()
{
    issue(u"A"_s, at(u"09:00"_s));
    TicketRequest old = request(u"A"_s);
    old.idNumber = idNumberBornOn(QDate(1950, 1, 1));
    QVERIFY(m_store->issue(old, at(u"09:05"_s)).ok);

    const Ticket first = call(1, {}, at(u"09:10"_s));
    QCOMPARE(first.number, u"A002"_s);
    QCOMPARE(first.state, u"called"_s);
    QCOMPARE(first.counter, 1);
    QCOMPARE(first.idNumber, old.idNumber);
    QCOMPARE(first.reasonCode, u"priority"_s);
    // Calling the next ticket ends the one before.
    const Ticket second = call(1, {}, at(u"09:20"_s));
    QCOMPARE(second.number, u"A001"_s);
    QCOMPARE(m_store->ticket(u"A002"_s, today.toString(Qt::ISODate))->state, u"finished"_s);
    const QList<Ticket> tickets = m_store->tickets(today);
    QCOMPARE(tickets.size(), 2);
    QCOMPARE(tickets.at(0).reasonCode, u"arrival"_s);
    QVERIFY(tickets.at(0).reason.contains(u"09:00"_s));
    const HallStatus status = m_store->status(today);
    QCOMPARE(status.recentCalls.size(), 2);
    QCOMPARE(status.recentCalls.first().number, u"A001"_s);
}

void TestQueueStore::noShowComesBackOnceThenIsDropped()
{
    m_store->noShowDelaySeconds = 300;
    issue(u"A"_s, at(u"09:00"_s));
    issue(u"A"_s, at(u"09:01"_s));
    QCOMPARE(call(1, {}, at(u"09:10"_s)).number, u"A001"_s);

    QueueResult result = m_store->noShow(1, at(u"09:11"_s));
    QVERIFY(result.ok);
    QCOMPARE(result.ticket.state, u"waiting"_s);
    QCOMPARE(result.ticket.noShows, 1);
    QCOMPARE(parseWireTime(result.extra.value(u"returns_at"_s).toString()), at(u"09:16"_s));

    // Within the delay the next one is called; afterwards A001 comes back before later arrivals.
    QCOMPARE(call(1, {}, at(u"09:12"_s)).number, u"A002"_s);
    issue(u"A"_s, at(u"09:13"_s));
    QVERIFY(m_store->finish(1, {}, 0, at(u"09:15"_s)).ok);
    QCOMPARE(call(1, {}, at(u"09:17"_s)).number, u"A001"_s);

    result = m_store->noShow(1, at(u"09:18"_s));
    QVERIFY(result.ok);
    QCOMPARE(result.ticket.state, u"dropped"_s);
    QCOMPARE(call(1, {}, at(u"09:30"_s)).number, u"A003"_s);
    QVERIFY(m_store->finish(1, {}, 0, at(u"09:31"_s)).ok);
    const QueueResult empty = m_store->callNext(1, {}, {}, at(u"09:40"_s));
    QVERIFY(!empty.ok);
    QCOMPARE(empty.code, u"empty"_s);
    QCOMPARE(empty.error, u"Nobody is waiting for this counter."_s);
}

void TestQueueStore::transferToACategoryKeepsThePlaceInLine()
{
    issue(u"A"_s, at(u"08:00"_s));
    issue(u"B"_s, at(u"08:10"_s));
    issue(u"B"_s, at(u"08:20"_s));
    QCOMPARE(call(1, {u"A"_s}, at(u"09:00"_s)).number, u"A001"_s);
    const QueueResult moved = m_store->transfer(1, u"B"_s, 0, at(u"09:05"_s));
    QVERIFY2(moved.ok, qPrintable(moved.error));
    QCOMPARE(moved.ticket.category, u"B"_s);
    QCOMPARE(moved.ticket.state, u"waiting"_s);

    const Ticket next = call(2, {u"B"_s}, at(u"09:06"_s));
    QCOMPARE(next.number, u"A001"_s);
    QVERIFY2(next.reason.contains(u"Transferred from counter 1"_s), qPrintable(next.reason));
    QCOMPARE(call(2, {u"B"_s}, at(u"09:20"_s)).number, u"B001"_s);
}

void TestQueueStore::transferToACounter()
{
    issue(u"A"_s, at(u"08:00"_s));
    issue(u"A"_s, at(u"08:10"_s));
    QCOMPARE(call(1, {}, at(u"09:00"_s)).number, u"A001"_s);
    QVERIFY(m_store->transfer(1, {}, 3, at(u"09:01"_s)).ok);
    QCOMPARE(call(2, {}, at(u"09:02"_s)).number, u"A002"_s);
    QCOMPARE(call(3, {u"F"_s}, at(u"09:03"_s)).number, u"A001"_s);
    QCOMPARE(m_store->transfer(3, {}, 3, at(u"09:04"_s)).code, u"invalid"_s);
}

void TestQueueStore::pausedCounterDoesNotCall()
{
    issue(u"A"_s, at(u"08:00"_s));
    QString error;
    QVERIFY(m_store->setPaused(4, true, at(u"09:00"_s), &error));
    const QueueResult refused = m_store->callNext(4, {}, {}, at(u"09:01"_s));
    QCOMPARE(refused.code, u"paused"_s);
    QCOMPARE(refused.error, u"Counter 4 is paused; resume it before calling."_s);
    QVERIFY(m_store->status(today).counters.first().paused);
    QVERIFY(m_store->setPaused(4, false, at(u"09:02"_s), &error));
    QCOMPARE(call(4, {}, at(u"09:03"_s)).number, u"A001"_s);
}

void TestQueueStore::finishLinksCasesAndRating()
{
    issue(u"A"_s, at(u"08:00"_s));
    call(1, {}, at(u"08:05"_s));
    const QueueResult done = m_store->finish(1, {u"case-1"_s}, 5, at(u"08:20"_s));
    QVERIFY(done.ok);
    QCOMPARE(done.ticket.state, u"finished"_s);
    QCOMPARE(done.ticket.caseUuids, QStringList {u"case-1"_s});
    QCOMPARE(done.ticket.rating, 5);
    const QueueResult later = m_store->annotate(u"A001"_s, today.toString(Qt::ISODate), {u"case-2"_s}, 4);
    QCOMPARE(later.ticket.caseUuids, (QStringList {u"case-1"_s, u"case-2"_s}));
    QCOMPARE(later.ticket.rating, 4);
    QCOMPARE(m_store->annotate(u"A001"_s, today.toString(Qt::ISODate), {}, 9).code, u"invalid"_s);
    QCOMPARE(m_store->finish(1, {}, 0, at(u"08:30"_s)).code, u"not-found"_s);
}

void TestQueueStore::handOverTakesABatchOnce()
{
    Ticket local;
    local.uuid = u"4b8c1d2e-0000-4000-8000-000000000001"_s;
    local.number = u"C3-001"_s;
    local.category = u"A"_s;
    local.day = today.toString(Qt::ISODate);
    local.issuedAt = at(u"09:00"_s);
    local.calledAt = at(u"09:00"_s);
    local.finishedAt = at(u"09:12"_s);
    local.state = u"finished"_s;
    local.rating = 5;
    QueueResult first = m_store->handOver(u"batch-1"_s, 3, {local}, at(u"10:00"_s));
    QVERIFY(first.ok);
    QCOMPARE(first.extra.value(u"taken"_s).toInt(), 1);
    QCOMPARE(first.extra.value(u"duplicate"_s).toBool(), false);
    const QueueResult again = m_store->handOver(u"batch-1"_s, 3, {local}, at(u"10:01"_s));
    QVERIFY(again.ok);
    QCOMPARE(again.extra.value(u"duplicate"_s).toBool(), true);
    QCOMPARE(m_store->tickets(today).size(), 1);
    QCOMPARE(m_store->tickets(today).first().number, u"C3-001"_s);
    // Host numbers carry on as before: a hand-over takes no number of the host's range.
    QCOMPARE(issue(u"A"_s, at(u"10:02"_s)).number, u"A001"_s);
}

void TestQueueStore::statisticsByCategoryCounterAndClerk()
{
    issue(u"A"_s, at(u"09:00"_s));
    issue(u"B"_s, at(u"09:00"_s));
    call(1, {u"A"_s}, at(u"09:10"_s));
    QVERIFY(m_store->finish(1, {}, 4, at(u"09:15"_s)).ok);
    call(2, {u"B"_s}, at(u"09:20"_s));
    QVERIFY(m_store->finish(2, {}, 2, at(u"09:40"_s)).ok);

    const QList<StatisticsRow> byCategory = m_store->statistics(u"category"_s, today, today);
    QCOMPARE(byCategory.size(), 2);
    QCOMPARE(byCategory.at(0).key, u"A"_s);
    QCOMPARE(qRound(byCategory.at(0).averageWaitSeconds), 600);
    QCOMPARE(qRound(byCategory.at(0).averageServiceSeconds), 300);
    QCOMPARE(byCategory.at(0).averageRating, 4.0);
    QCOMPARE(qRound(byCategory.at(1).averageWaitSeconds), 1200);
    const QList<StatisticsRow> byCounter = m_store->statistics(u"counter"_s, today, today);
    QCOMPARE(byCounter.size(), 2);
    QCOMPARE(byCounter.at(1).key, u"2"_s);
    QCOMPARE(qRound(byCounter.at(1).averageServiceSeconds), 1200);
    const QList<StatisticsRow> byClerk = m_store->statistics(u"clerk"_s, today, today);
    QCOMPARE(byClerk.size(), 1);
    QCOMPARE(byClerk.first().served, 2);
    QCOMPARE(m_store->statistics(u"day"_s, today.addDays(-7), today).first().tickets, 2);
}

void TestQueueStore::ticketsSurviveReopening()
{
    issue(u"A"_s, at(u"09:00"_s));
    issue(u"A"_s, at(u"09:01"_s));
    m_store = std::make_unique<QueueStore>(m_dir->filePath(u"hall-queue.sqlite"_s));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QCOMPARE(m_store->waitingCount(today), 2);
    QCOMPARE(issue(u"A"_s, at(u"09:02"_s)).number, u"A003"_s);
}

void TestQueueStore::refusesAnotherProgramsFile()
{
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"CREATE TABLE notes (text TEXT)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QueueStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(u"is not a queue file"_s), qPrintable(error));
}

void TestQueueStore::categoriesFromAFile()
{
    const QString path = m_dir->filePath(u"categories.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"code": "K", "name": "Pensions"}, {"code": "L", "name": "Dogs"}])");
    file.close();
    QString error;
    const auto categories = QueueStore::readCategories(path, &error);
    QVERIFY2(categories, qPrintable(error));
    QVERIFY(m_store->setCategories(*categories, &error));
    QCOMPARE(m_store->categories().size(), 2);
    QCOMPARE(m_store->issue(request(u"A"_s), at(u"09:00"_s)).code, u"unknown-category"_s);
    QCOMPARE(issue(u"L"_s, at(u"09:00"_s)).number, u"L001"_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"([{"code": "AB", "name": "Two letters"}])");
    file.close();
    QVERIFY(!QueueStore::readCategories(path, &error));
    QVERIFY2(error.contains(u"one capital letter"_s), qPrintable(error));
}

void TestQueueStore::dropsAppointmentsOlderThan30DaysButKeepsTickets()
{
    QList<Appointment> appointments;
    for (const int daysAgo : {40, 31, 30, 0}) {
        Appointment appointment;
        appointment.uuid = u"appointment-%1"_s.arg(daysAgo);
        appointment.idNumber = idNumberBornOn(QDate(1980, 1, 1 + daysAgo % 28));
        appointment.itemCode = u"ITEM"_s;
        appointment.category = u"A"_s;
        appointment.slotStart = at(u"09:00"_s, today.addDays(-daysAgo));
        appointment.slotEnd = at(u"09:30"_s, today.addDays(-daysAgo));
        appointment.bookingCode = u"12345%1"_s.arg(daysAgo % 10);
        appointments.append(appointment);
    }
    QString error;
    QVERIFY2(m_store->putAppointments(appointments, at(u"08:00"_s, today.addDays(-40)), &error), qPrintable(error));
    issue(u"A"_s, at(u"09:00"_s, today.addDays(-40)));

    QCOMPARE(m_store->dropOldAppointments(today), 2);
    QVERIFY(m_store->appointments(today.addDays(-40)).isEmpty());
    QVERIFY(m_store->appointments(today.addDays(-31)).isEmpty());
    QCOMPARE(m_store->appointments(today.addDays(-30)).size(), 1);
    QCOMPARE(m_store->appointments(today).size(), 1);
    // The old ticket stays for the statistics.
    QCOMPARE(m_store->tickets(today.addDays(-40)).size(), 1);
    QCOMPARE(m_store->dropOldAppointments(today), 0);
}

QTEST_GUILESS_MAIN(TestQueueStore)
#include "TestQueueStore.moc"
