// The hall's calling order as data: appointments at their slot, priority with the anti-starvation rule, arrival,
// transfers that keep their place and no-shows that come back after their delay.
#include "queue/QueueRules.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using ow::queue::PastCall;
using ow::queue::QueueRules;
using ow::queue::WaitingTicket;

namespace {

const QDate today(2026, 3, 2);

QDateTime at(const QString& clock)
{
    return QDateTime(today, QTime::fromString(clock, u"HH:mm"_s));
}

// "A002@09:05!age #10:00 >5 <2 ~09:20": number, place in line, priority reason, appointment slot,
// transferred to counter 5, from counter 2, eligible again at 09:20.
WaitingTicket parse(const QString& spec)
{
    static const QRegularExpression pattern(
        u"^(\\w+)@(\\d\\d:\\d\\d)(?:!(\\w+))?(?: ?#(\\d\\d:\\d\\d))?(?: ?>(\\d+))?(?: ?<(\\d+))?(?: ?~(\\d\\d:\\d\\d))?$"_s);
    const auto match = pattern.match(spec);
    if (!match.hasMatch()) {
        qFatal("bad ticket spec");
    }
    WaitingTicket ticket;
    ticket.number = match.captured(1);
    ticket.uuid = ticket.number;
    ticket.category = ticket.number.left(1);
    ticket.queuedAt = at(match.captured(2));
    ticket.priorityReason = match.captured(3);
    ticket.priority = !ticket.priorityReason.isEmpty();
    if (!match.captured(4).isEmpty()) {
        ticket.appointmentAt = at(match.captured(4));
    }
    ticket.targetCounter = match.captured(5).toInt();
    ticket.fromCounter = match.captured(6).toInt();
    if (!match.captured(7).isEmpty()) {
        ticket.eligibleAt = at(match.captured(7));
    }
    return ticket;
}

// "PPA-" : priority, priority, appointment, ordinary; oldest first.
QList<PastCall> history(const QString& spec)
{
    QList<PastCall> calls;
    for (const QChar c : spec) {
        calls.append({c == u'P', c == u'A'});
    }
    return calls;
}

} // namespace

class TestQueueRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesByTheHallsRules_data();
    void choosesByTheHallsRules();
    void priorityRunSkipsAppointments();
    void reasonSaysWhyForASupervisor();
};

void TestQueueRules::choosesByTheHallsRules_data()
{
    QTest::addColumn<QStringList>("waiting");
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("calls");
    QTest::addColumn<int>("maxInRow");
    QTest::addColumn<QString>("expected"); // number, or empty when nobody can be called
    QTest::addColumn<QString>("reasonCode");

    const QStringList all;
    QTest::newRow("arrival order") << QStringList {u"A002@09:01"_s, u"A001@09:00"_s} << u"09:30"_s << 1 << all
                                   << QString() << 3 << u"A001"_s << u"arrival"_s;
    QTest::newRow("same minute: lower number") << QStringList {u"A002@09:00"_s, u"A001@09:00"_s} << u"09:30"_s << 1
                                               << all << QString() << 3 << u"A001"_s << u"arrival"_s;
    QTest::newRow("priority before arrival") << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s << 1
                                             << all << u"--"_s << 3 << u"A002"_s << u"priority"_s;
    QTest::newRow("oldest priority first") << QStringList {u"A003@09:10!disability"_s, u"A002@09:05!age"_s}
                                           << u"09:30"_s << 1 << all << QString() << 3 << u"A002"_s << u"priority"_s;
    QTest::newRow("two priority in a row, limit 3") << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s
                                                    << 1 << all << u"-PP"_s << 3 << u"A002"_s << u"priority"_s;
    QTest::newRow("three in a row: an ordinary ticket now")
        << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s << 1 << all << u"PPP"_s << 3 << u"A001"_s
        << u"anti-starvation"_s;
    QTest::newRow("limit 1 alternates") << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s << 1 << all
                                        << u"-P"_s << 1 << u"A001"_s << u"anti-starvation"_s;
    QTest::newRow("limit 0: no limit") << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s << 1 << all
                                       << u"PPPPPP"_s << 0 << u"A002"_s << u"priority"_s;
    QTest::newRow("run limit without ordinary waiting")
        << QStringList {u"A002@09:05!age"_s} << u"09:30"_s << 1 << all << u"PPP"_s << 3 << u"A002"_s << u"priority"_s;
    QTest::newRow("appointments between priority calls do not reset the run")
        << QStringList {u"A001@09:00"_s, u"A002@09:05!age"_s} << u"09:30"_s << 1 << all << u"PPAP"_s << 3 << u"A001"_s
        << u"anti-starvation"_s;
    QTest::newRow("appointment at its slot first")
        << QStringList {u"A001@08:00"_s, u"A002@08:10!age"_s, u"A003@09:50!appointment#10:00"_s} << u"10:00"_s << 1
        << all << QString() << 3 << u"A003"_s << u"appointment"_s;
    QTest::newRow("appointment ten minutes early counts as its slot")
        << QStringList {u"A002@08:10!age"_s, u"A003@09:40!appointment#10:00"_s} << u"09:50"_s << 1 << all << QString()
        << 3 << u"A003"_s << u"appointment"_s;
    QTest::newRow("appointment before its slot waits as priority")
        << QStringList {u"A002@08:10!age"_s, u"A003@09:00!appointment#10:00"_s} << u"09:30"_s << 1 << all << QString()
        << 3 << u"A002"_s << u"priority"_s;
    QTest::newRow("earlier slot first") << QStringList {u"A004@09:00!appointment#10:30"_s,
                                                        u"A005@09:40!appointment#10:00"_s}
                                        << u"10:40"_s << 1 << all << QString() << 3 << u"A005"_s << u"appointment"_s;
    QTest::newRow("appointments ignore the run limit")
        << QStringList {u"A001@09:00"_s, u"A003@09:50!appointment#10:00"_s} << u"10:00"_s << 1 << all << u"PPP"_s << 3
        << u"A003"_s << u"appointment"_s;
    QTest::newRow("only the counter's categories")
        << QStringList {u"A001@09:00"_s, u"B001@09:10"_s} << u"09:30"_s << 2 << QStringList {u"B"_s} << QString() << 3
        << u"B001"_s << u"arrival"_s;
    QTest::newRow("nobody of the counter's categories")
        << QStringList {u"A001@09:00"_s} << u"09:30"_s << 2 << QStringList {u"B"_s, u"C"_s} << QString() << 3
        << QString() << QString();
    QTest::newRow("nobody waits") << QStringList {} << u"09:30"_s << 1 << all << QString() << 3 << QString()
                                  << QString();
    QTest::newRow("transfer to another category keeps its place")
        << QStringList {u"B001@09:00"_s, u"B002@08:30<1"_s} << u"09:30"_s << 2 << QStringList {u"B"_s} << QString() << 3
        << u"B002"_s << u"arrival"_s;
    QTest::newRow("transferred to counter 5: counter 3 does not see it")
        << QStringList {u"A001@08:30>5<2"_s, u"A002@09:00"_s} << u"09:30"_s << 3 << all << QString() << 3 << u"A002"_s
        << u"arrival"_s;
    QTest::newRow("transferred to counter 5: counter 5 calls it in its place")
        << QStringList {u"A001@08:30>5<2"_s, u"B002@09:00"_s} << u"09:30"_s << 5 << QStringList {u"B"_s} << QString()
        << 3 << u"A001"_s << u"arrival"_s;
    QTest::newRow("no-show waits out its delay") << QStringList {u"A001@08:30~09:35"_s, u"A002@09:00"_s} << u"09:30"_s
                                                 << 1 << all << QString() << 3 << u"A002"_s << u"arrival"_s;
    QTest::newRow("no-show back after its delay, in its old place")
        << QStringList {u"A001@08:30~09:35"_s, u"A002@09:00"_s} << u"09:36"_s << 1 << all << QString() << 3 << u"A001"_s
        << u"arrival"_s;
    QTest::newRow("priority no-show back after its delay")
        << QStringList {u"A001@08:30!age~09:35"_s, u"A002@08:00"_s} << u"09:40"_s << 1 << all << QString() << 3
        << u"A001"_s << u"priority"_s;
}

void TestQueueRules::choosesByTheHallsRules()
{
    QFETCH(QStringList, waiting);
    QFETCH(QString, now);
    QFETCH(int, counter);
    QFETCH(QStringList, categories);
    QFETCH(QString, calls);
    QFETCH(int, maxInRow);
    QFETCH(QString, expected);
    QFETCH(QString, reasonCode);

    QList<WaitingTicket> tickets;
    for (const QString& spec : std::as_const(waiting)) {
        tickets.append(parse(spec));
    }
    QueueRules rules;
    rules.maxPriorityInRow = maxInRow;
    const auto choice = rules.choose(tickets, at(now), counter, categories, history(calls));
    if (expected.isEmpty()) {
        QVERIFY(!choice.found());
        return;
    }
    QVERIFY(choice.found());
    QCOMPARE(tickets.at(choice.index).number, expected);
    QCOMPARE(choice.reasonCode, reasonCode);
    QVERIFY(!choice.reason.isEmpty());
}

void TestQueueRules::priorityRunSkipsAppointments()
{
    QCOMPARE(QueueRules::priorityRun(history(u""_s)), 0);
    QCOMPARE(QueueRules::priorityRun(history(u"PP-"_s)), 0);
    QCOMPARE(QueueRules::priorityRun(history(u"-PP"_s)), 2);
    QCOMPARE(QueueRules::priorityRun(history(u"-PAPA"_s)), 2);
}

void TestQueueRules::reasonSaysWhyForASupervisor()
{
    QueueRules rules;
    const QList<WaitingTicket> tickets {parse(u"A001@09:00"_s), parse(u"A002@09:05!age"_s), parse(u"B003@08:45<4"_s)};
    auto choice = rules.choose(tickets, at(u"09:30"_s), 1, {}, history(u"PPP"_s));
    QCOMPARE(tickets.at(choice.index).number, u"B003"_s);
    QVERIFY2(choice.reason.contains(u"08:45"_s), qPrintable(choice.reason));
    QVERIFY2(choice.reason.contains(u"3 priority calls in a row"_s), qPrintable(choice.reason));
    QVERIFY2(choice.reason.contains(u"Transferred from counter 4"_s), qPrintable(choice.reason));

    choice = rules.choose(tickets, at(u"09:30"_s), 1, {}, {});
    QCOMPARE(choice.reason, u"Priority (aged 70 or more), waiting since 09:05."_s);
}

QTEST_GUILESS_MAIN(TestQueueRules)
#include "TestQueueRules.moc"
