// Supervisor statistics from known cases and dates: volumes per item and day, the share issued on the spot,
// decision times (average and 90th percentile), figures per counter and clerk, and the queue hook.
#include "SupervisionFixture.h"
#include "supervision/Statistics.h"

#include <QTest>

using namespace ow;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute), Qt::LocalTime);
}

class FakeQueue : public supervision::QueueFiguresSource
{
public:
    std::optional<supervision::QueueFigures> figures(const supervision::StatisticsPeriod&) const override
    {
        supervision::QueueFigures figures;
        figures.tickets = 40;
        figures.ratings = {{5, 30}, {4, 8}, {1, 2}};
        return figures;
    }
};

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void volumesAndInstantShare();
    void decisionTimes();
    void perCounterAndClerk();
    void queueFiguresOnlyFromTheQueue();
    void emptyOrReversedPeriod();
    void percentile_data();
    void percentile();
    void durationText_data();
    void durationText();

private:
    [[nodiscard]] supervision::StatisticsReport report() const
    {
        const supervision::Statistics statistics(*m_fixture.database, [] { return QDate(2025, 3, 14); });
        return statistics.report({QDate(2025, 3, 10), QDate(2025, 3, 12), {}});
    }

    tests::SupervisionFixture m_fixture;
};

void TestStatistics::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    const QString senior = QStringLiteral("senior-card");
    const QString instant = QStringLiteral("instant");
    const QString issued = QStringLiteral("issued");
    const QString hall = QStringLiteral("330104001");
    const QString pickup = QStringLiteral("pickup");
    const QString other = m_fixture.otherClerk.uuid;
    struct Row
    {
        tests::CaseSpec spec;
        QString decidedState;
        QDateTime decidedAt;
    };
    auto spec = [&](const QString& number, bool isInstant, const QString& state, QDate deadline,
                    const QString& clerkUuid, int counter, const QDateTime& accepted) {
        return tests::CaseSpec {.number = number,
                                .itemCode = isInstant ? senior : QStringLiteral("minimum-living-allowance"),
                                .kind = isInstant ? instant : QStringLiteral("promised"),
                                .state = state,
                                .deadline = deadline,
                                .clerkUuid = clerkUuid,
                                .counterNumber = counter,
                                .hallCode = hall,
                                .channel = pickup,
                                .acceptedAt = accepted};
    };
    const QString me = m_fixture.clerk.uuid;
    const QList<Row> rows = {
        {spec(QStringLiteral("S1"), true, issued, QDate(2025, 3, 10), me, 3, at(10, 9)), issued, at(10, 9, 30)},
        {spec(QStringLiteral("S2"), true, issued, QDate(2025, 3, 10), me, 3, at(10, 10)), issued, at(10, 10, 15)},
        {spec(QStringLiteral("S3"), true, issued, QDate(2025, 3, 11), other, 4, at(11, 9)), issued, at(11, 9, 6)},
        {spec(QStringLiteral("S4"), false, QStringLiteral("approved"), QDate(2025, 3, 17), me, 3, at(10, 9)),
         QStringLiteral("approved"), at(12, 9)},
        // Decided a day after its deadline: overdue.
        {spec(QStringLiteral("S5"), false, QStringLiteral("rejected"), QDate(2025, 3, 11), other, 4, at(11, 14)),
         QStringLiteral("rejected"), at(12, 14)},
        // Undecided with its deadline (13 March) passed on the 14th: overdue.
        {spec(QStringLiteral("S6"), false, QStringLiteral("in_review"), QDate(2025, 3, 13), me, 3, at(12, 9)), {}, {}},
        // Outside the period on either side.
        {spec(QStringLiteral("S7"), true, issued, QDate(2025, 3, 9), me, 3, at(9, 16)), issued, at(9, 16, 5)},
        {spec(QStringLiteral("S8"), true, issued, QDate(2025, 3, 13), me, 3, at(13, 8, 30)), issued, at(13, 8, 40)},
    };
    for (const Row& row : rows) {
        QVERIFY(m_fixture.addCase(row.spec));
        if (row.decidedAt.isValid()) {
            QVERIFY(m_fixture.addEvent(row.spec.number, row.decidedState, row.decidedAt));
        }
    }
}

void TestStatistics::volumesAndInstantShare()
{
    const supervision::StatisticsReport r = report();
    QCOMPARE(r.cases, 6);
    QCOMPARE(r.instant, 3);
    QCOMPARE(r.instantShare(), 0.5);
    QCOMPARE(r.days, (QList<QDate> {QDate(2025, 3, 10), QDate(2025, 3, 11), QDate(2025, 3, 12)}));
    QCOMPARE(r.perItem.size(), 2);
    // Three each: the tie goes by item code.
    QCOMPARE(r.perItem.at(0).key, QStringLiteral("minimum-living-allowance"));
    QCOMPARE(r.perItem.at(1).key, QStringLiteral("senior-card"));
    QCOMPARE(r.perItem.at(1).instantShare(), 1.0);
    const auto senior = r.perItemAndDay.value(QStringLiteral("senior-card"));
    QCOMPARE(senior.value(QDate(2025, 3, 10)), 2);
    QCOMPARE(senior.value(QDate(2025, 3, 11)), 1);
    QCOMPARE(senior.value(QDate(2025, 3, 12)), 0);
    const auto allowance = r.perItemAndDay.value(QStringLiteral("minimum-living-allowance"));
    QCOMPARE(allowance.value(QDate(2025, 3, 10)), 1);
    QCOMPARE(allowance.value(QDate(2025, 3, 11)), 1);
    QCOMPARE(allowance.value(QDate(2025, 3, 12)), 1);
}

void TestStatistics::decisionTimes()
{
    const supervision::StatisticsReport r = report();
    // 30, 15 and 6 minutes.
    QCOMPARE(r.completionInstant.count, 3);
    QCOMPARE(qRound(r.completionInstant.averageHours * 60), 17);
    QCOMPARE(r.completionInstant.p90Hours, 0.5);
    // 48 and 24 hours.
    QCOMPARE(r.completionPromised.count, 2);
    QCOMPARE(r.completionPromised.averageHours, 36.0);
    QCOMPARE(r.completionPromised.p90Hours, 48.0);
}

void TestStatistics::perCounterAndClerk()
{
    const supervision::StatisticsReport r = report();
    QCOMPARE(r.perCounter.size(), 2);
    const supervision::GroupFigures& three = r.perCounter.at(0);
    QCOMPARE(three.label, QStringLiteral("Counter 3"));
    QCOMPARE(three.cases, 4);
    QCOMPARE(three.instant, 2);
    QCOMPARE(three.decided, 3);
    QCOMPARE(three.overdue, 1);
    QCOMPARE(three.completion.p90Hours, 48.0);
    const supervision::GroupFigures& four = r.perCounter.at(1);
    QCOMPARE(four.label, QStringLiteral("Counter 4"));
    QCOMPARE(four.cases, 2);
    QCOMPARE(four.decided, 2);
    QCOMPARE(four.overdue, 1);
    QCOMPARE(r.perClerk.size(), 2);
    QCOMPARE(r.perClerk.at(0).label, QStringLiteral("Wang Fang"));
    QCOMPARE(r.perClerk.at(0).cases, 4);
    QCOMPARE(r.perClerk.at(1).label, QStringLiteral("Zhao Lei"));
    QCOMPARE(r.perClerk.at(1).cases, 2);
    QCOMPARE(r.perClerk.at(1).completion.averageHours, (0.1 + 24) / 2);
}

void TestStatistics::queueFiguresOnlyFromTheQueue()
{
    QVERIFY(!report().queue.has_value());
    supervision::Statistics statistics(*m_fixture.database);
    statistics.setQueueSource(std::make_unique<FakeQueue>());
    const auto r = statistics.report({QDate(2025, 3, 10), QDate(2025, 3, 12), {}});
    QVERIFY(r.queue.has_value());
    QCOMPARE(r.queue->tickets, 40);
    QCOMPARE(r.queue->ratings.value(5), 30);
}

void TestStatistics::emptyOrReversedPeriod()
{
    const supervision::Statistics statistics(*m_fixture.database);
    const auto reversed = statistics.report({QDate(2025, 3, 12), QDate(2025, 3, 10), {}});
    QCOMPARE(reversed.cases, 0);
    QVERIFY(reversed.days.isEmpty());
    const auto quiet = statistics.report({QDate(2025, 2, 1), QDate(2025, 2, 7), {}});
    QCOMPARE(quiet.cases, 0);
    QCOMPARE(quiet.days.size(), 7);
    QCOMPARE(quiet.instantShare(), 0.0);
    QCOMPARE(quiet.completionPromised.count, 0);
}

void TestStatistics::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << QList<double> {} << 0.9 << 0.0;
    QTest::newRow("one") << QList<double> {7} << 0.9 << 7.0;
    QTest::newRow("ten: the ninth") << QList<double> {10, 1, 9, 2, 8, 3, 7, 4, 6, 5} << 0.9 << 9.0;
    QTest::newRow("eleven: the tenth") << QList<double> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 0.9 << 10.0;
    QTest::newRow("median of four") << QList<double> {4, 1, 3, 2} << 0.5 << 2.0;
}

void TestStatistics::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(supervision::Statistics::percentile(values, p), expected);
}

void TestStatistics::durationText_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << 0.25 << QStringLiteral("15 min");
    QTest::newRow("hours") << 3.5 << QStringLiteral("3.5 h");
    QTest::newRow("days") << 72.0 << QStringLiteral("3.0 days");
}

void TestStatistics::durationText()
{
    QFETCH(double, hours);
    QFETCH(QString, text);
    QCOMPARE(supervision::Statistics::durationText(hours), text);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "TestStatistics.moc"
