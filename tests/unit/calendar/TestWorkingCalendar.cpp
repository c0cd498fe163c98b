#include "calendar/WorkingCalendar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ow::calendar::DayKind;
using ow::calendar::WorkingCalendar;

Q_DECLARE_METATYPE(ow::calendar::DayKind)

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<int> years(std::initializer_list<int> values)
{
    return QList<int>(values);
}

// The shipped data, found next to the sources unless the build points elsewhere.
QString shippedCalendarFolder()
{
#ifdef OW_CALENDAR_DATA_DIR
    return QStringLiteral(OW_CALENDAR_DATA_DIR);
#else
    return QFINDTESTDATA("../../../resources/calendar");
#endif
}

// A valid one-year document; tests replace one line of it to make it wrong in one way.
QByteArray minimalYear(const QByteArray& holidays, const QByteArray& makeupDays,
                       const QByteArray& head = QByteArrayLiteral("\"format\": 1, \"region\": \"CN\", \"year\": 2030,"))
{
    return QByteArrayLiteral("{") + head +
        QByteArrayLiteral("\"source\": {\"title\": \"Test notice\", \"number\": \"T-1\", \"issued\": \"2029-11-01\"},"
                          "\"holidays\": [") +
        holidays + QByteArrayLiteral("], \"makeup_workdays\": [") + makeupDays + QByteArrayLiteral("]}");
}

const QByteArray kNewYear = QByteArrayLiteral(R"({"name": "NY", "from": "2030-01-01", "to": "2030-01-01", "days": 1})");
const QByteArray kSpring = QByteArrayLiteral(R"({"name": "SF", "from": "2030-02-02", "to": "2030-02-08", "days": 7})");

} // namespace

// Proves the shipped calendar holds the official notices and counts deadlines the way clerks must.
class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shippedYearsAndSources();
    void holidaySpans_data();
    void holidaySpans();
    void yearTotals_data();
    void yearTotals();
    void dayKinds_data();
    void dayKinds();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void uncoveredYearFallsBackToWeekends();
    void emptyCalendarIsWeekendsOnly();
    void holidayReachingIntoNextYear();
    void severalDocumentsMerge();
    void badData_data();
    void badData();
    void badFolder();

private:
    WorkingCalendar m_shipped;
};

void TestWorkingCalendar::initTestCase()
{
    const QString folder = shippedCalendarFolder();
    QVERIFY2(!folder.isEmpty(), "resources/calendar not found");
    const auto loaded = WorkingCalendar::fromDirectory(folder);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_shipped = *loaded.calendar;
}

void TestWorkingCalendar::shippedYearsAndSources()
{
    QCOMPARE(m_shipped.coveredYears(), years({2024, 2025, 2026}));
    // Document numbers, escaped because sources stay ASCII.
    QCOMPARE(m_shipped.source(2024)->number,
             QStringLiteral("\u56fd\u529e\u53d1\u660e\u7535\u3014"
                            "2023\u3015"
                            "7\u53f7"));
    QCOMPARE(m_shipped.source(2025)->number,
             QStringLiteral("\u56fd\u529e\u53d1\u660e\u7535\u3014"
                            "2024\u3015"
                            "12\u53f7"));
    QCOMPARE(m_shipped.source(2026)->number,
             QStringLiteral("\u56fd\u529e\u53d1\u660e\u7535\u3014"
                            "2025\u3015"
                            "7\u53f7"));
    QCOMPARE(m_shipped.source(2024)->issued, date("2023-10-25"));
    QCOMPARE(m_shipped.source(2025)->issued, date("2024-11-12"));
    QCOMPARE(m_shipped.source(2026)->issued, date("2025-11-04"));
    QVERIFY(!m_shipped.source(2027).has_value());
}

// Each holiday as the notice states it, typed here again from the notice so a slip in either shows.
void TestWorkingCalendar::holidaySpans_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("makeupDays");

    QTest::newRow("2024 New Year") << date("2024-01-01") << date("2024-01-01") << QList<QDate> {};
    QTest::newRow("2024 Spring Festival")
        << date("2024-02-10") << date("2024-02-17") << QList<QDate> {date("2024-02-04"), date("2024-02-18")};
    QTest::newRow("2024 Qingming") << date("2024-04-04") << date("2024-04-06") << QList<QDate> {date("2024-04-07")};
    QTest::newRow("2024 Labour Day") << date("2024-05-01") << date("2024-05-05")
                                     << QList<QDate> {date("2024-04-28"), date("2024-05-11")};
    QTest::newRow("2024 Dragon Boat") << date("2024-06-10") << date("2024-06-10") << QList<QDate> {};
    QTest::newRow("2024 Mid-Autumn") << date("2024-09-15") << date("2024-09-17") << QList<QDate> {date("2024-09-14")};
    QTest::newRow("2024 National Day") << date("2024-10-01") << date("2024-10-07")
                                       << QList<QDate> {date("2024-09-29"), date("2024-10-12")};

    QTest::newRow("2025 New Year") << date("2025-01-01") << date("2025-01-01") << QList<QDate> {};
    QTest::newRow("2025 Spring Festival")
        << date("2025-01-28") << date("2025-02-04") << QList<QDate> {date("2025-01-26"), date("2025-02-08")};
    QTest::newRow("2025 Qingming") << date("2025-04-04") << date("2025-04-06") << QList<QDate> {};
    QTest::newRow("2025 Labour Day") << date("2025-05-01") << date("2025-05-05") << QList<QDate> {date("2025-04-27")};
    QTest::newRow("2025 Dragon Boat") << date("2025-05-31") << date("2025-06-02") << QList<QDate> {};
    QTest::newRow("2025 National Day and Mid-Autumn")
        << date("2025-10-01") << date("2025-10-08") << QList<QDate> {date("2025-09-28"), date("2025-10-11")};

    QTest::newRow("2026 New Year") << date("2026-01-01") << date("2026-01-03") << QList<QDate> {date("2026-01-04")};
    QTest::newRow("2026 Spring Festival")
        << date("2026-02-15") << date("2026-02-23") << QList<QDate> {date("2026-02-14"), date("2026-02-28")};
    QTest::newRow("2026 Qingming") << date("2026-04-04") << date("2026-04-06") << QList<QDate> {};
    QTest::newRow("2026 Labour Day") << date("2026-05-01") << date("2026-05-05") << QList<QDate> {date("2026-05-09")};
    QTest::newRow("2026 Dragon Boat") << date("2026-06-19") << date("2026-06-21") << QList<QDate> {};
    QTest::newRow("2026 Mid-Autumn") << date("2026-09-25") << date("2026-09-27") << QList<QDate> {};
    QTest::newRow("2026 National Day") << date("2026-10-01") << date("2026-10-07")
                                       << QList<QDate> {date("2026-09-20"), date("2026-10-10")};
}

void TestWorkingCalendar::holidaySpans()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, makeupDays);

    for (QDate day = from; day <= to; day = day.addDays(1)) {
        QVERIFY2(m_shipped.dayInfo(day).kind == DayKind::Holiday, qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(!m_shipped.isWorkingDay(day));
        QVERIFY(m_shipped.dayInfo(day).covered);
    }
    // The span is exactly as long as stated: the days around it are not part of it.
    QVERIFY(m_shipped.dayInfo(from.addDays(-1)).kind != DayKind::Holiday);
    QVERIFY(m_shipped.dayInfo(to.addDays(1)).kind != DayKind::Holiday);
    for (const QDate& day : makeupDays) {
        QVERIFY2(m_shipped.dayInfo(day).kind == DayKind::MakeupWorkday, qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(m_shipped.isWorkingDay(day));
    }
}

// Totals catch an extra or missing date anywhere in a year.
void TestWorkingCalendar::yearTotals_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("holidayDays");
    QTest::addColumn<int>("makeupDays");
    QTest::addColumn<int>("workingDays");

    // Working days: days of the year minus weekend days minus the statutory holidays of that year.
    QTest::newRow("2024") << 2024 << 28 << 8 << 366 - 104 - 11;
    QTest::newRow("2025") << 2025 << 28 << 5 << 365 - 104 - 13;
    QTest::newRow("2026") << 2026 << 33 << 6 << 365 - 104 - 13;
}

void TestWorkingCalendar::yearTotals()
{
    QFETCH(int, year);
    QFETCH(int, holidayDays);
    QFETCH(int, makeupDays);
    QFETCH(int, workingDays);

    int holidays = 0;
    int makeups = 0;
    int working = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        const DayKind kind = m_shipped.dayInfo(day).kind;
        holidays += kind == DayKind::Holiday ? 1 : 0;
        makeups += kind == DayKind::MakeupWorkday ? 1 : 0;
        working += m_shipped.isWorkingDay(day) ? 1 : 0;
    }
    QCOMPARE(holidays, holidayDays);
    QCOMPARE(makeups, makeupDays);
    QCOMPARE(working, workingDays);
    QCOMPARE(m_shipped.workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31)).days, workingDays);
}

void TestWorkingCalendar::dayKinds_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<DayKind>("kind");
    QTest::addColumn<bool>("working");

    QTest::newRow("ordinary Monday") << date("2025-03-10") << DayKind::Workday << true;
    QTest::newRow("ordinary Saturday") << date("2025-03-08") << DayKind::Weekend << false;
    QTest::newRow("ordinary Sunday") << date("2026-11-22") << DayKind::Weekend << false;
    QTest::newRow("2024 New Year's Eve of spring is worked") << date("2024-02-09") << DayKind::Workday << true;
    QTest::newRow("2025 Spring Festival eve") << date("2025-01-28") << DayKind::Holiday << false;
    QTest::newRow("2025 Monday before Spring Festival") << date("2025-01-27") << DayKind::Workday << true;
    QTest::newRow("2025 Sunday make-up") << date("2025-01-26") << DayKind::MakeupWorkday << true;
    QTest::newRow("2025 Mid-Autumn merged into National Day") << date("2025-10-06") << DayKind::Holiday << false;
    QTest::newRow("2025 day after National Day") << date("2025-10-09") << DayKind::Workday << true;
    QTest::newRow("2026 New Year Friday") << date("2026-01-02") << DayKind::Holiday << false;
    QTest::newRow("2026 Spring Festival Monday") << date("2026-02-23") << DayKind::Holiday << false;
    QTest::newRow("2026 Saturday after Spring Festival") << date("2026-02-28") << DayKind::MakeupWorkday << true;
    QTest::newRow("2026 Saturday in between") << date("2026-02-21") << DayKind::Holiday << false;
    QTest::newRow("2026 Dragon Boat Friday") << date("2026-06-19") << DayKind::Holiday << false;
}

void TestWorkingCalendar::dayKinds()
{
    QFETCH(QDate, day);
    QFETCH(DayKind, kind);
    QFETCH(bool, working);

    QCOMPARE(m_shipped.dayInfo(day).kind, kind);
    QCOMPARE(m_shipped.isWorkingDay(day), working);
    QVERIFY(m_shipped.dayInfo(day).covered);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QList<int>>("uncovered");

    QTest::newRow("instant item is due the same day") << date("2025-03-07") << 0 << date("2025-03-07") << years({});
    QTest::newRow("Friday plus one is Monday") << date("2025-03-07") << 1 << date("2025-03-10") << years({});
    QTest::newRow("Saturday intake plus one is Monday") << date("2025-03-08") << 1 << date("2025-03-10") << years({});
    QTest::newRow("Thursday before Qingming 2025") << date("2025-04-03") << 1 << date("2025-04-07") << years({});
    QTest::newRow("before Dragon Boat 2025, one") << date("2025-05-29") << 1 << date("2025-05-30") << years({});
    QTest::newRow("before Dragon Boat 2025, two") << date("2025-05-29") << 2 << date("2025-06-03") << years({});
    QTest::newRow("Spring 2025 lands on the Sunday make-up")
        << date("2025-01-24") << 1 << date("2025-01-26") << years({});
    QTest::newRow("Spring 2025, two") << date("2025-01-24") << 2 << date("2025-01-27") << years({});
    QTest::newRow("Spring 2025, across the holiday") << date("2025-01-24") << 3 << date("2025-02-05") << years({});
    QTest::newRow("National Day 2024, Sunday make-up") << date("2024-09-27") << 1 << date("2024-09-29") << years({});
    QTest::newRow("National Day 2024, across") << date("2024-09-27") << 3 << date("2024-10-08") << years({});
    QTest::newRow("National Day 2026, across") << date("2026-09-30") << 1 << date("2026-10-08") << years({});
    QTest::newRow("National Day 2026, Saturday make-up") << date("2026-09-30") << 3 << date("2026-10-10") << years({});
    QTest::newRow("2026 Sunday make-up before National Day")
        << date("2026-09-18") << 5 << date("2026-09-24") << years({});
    QTest::newRow("Spring 2026, Saturday make-up") << date("2026-02-13") << 1 << date("2026-02-14") << years({});
    QTest::newRow("Spring 2026, across") << date("2026-02-13") << 2 << date("2026-02-24") << years({});
    QTest::newRow("2024 New Year's Eve of spring counts") << date("2024-02-08") << 1 << date("2024-02-09") << years({});
    QTest::newRow("2024 Spring Festival, across") << date("2024-02-08") << 2 << date("2024-02-18") << years({});
    QTest::newRow("across the turn of 2025 to 2026") << date("2025-12-31") << 1 << date("2026-01-04") << years({});
    QTest::newRow("twenty days over National Day 2025") << date("2025-09-22") << 20 << date("2025-10-24") << years({});
    QTest::newRow("fifteen days from today") << date("2026-11-23") << 15 << date("2026-12-14") << years({});
    QTest::newRow("into uncovered 2027") << date("2026-12-16") << 15 << date("2027-01-06") << years({2027});
    QTest::newRow("backwards over Spring 2025") << date("2025-02-05") << -1 << date("2025-01-27") << years({});
    QTest::newRow("backwards onto a make-up day") << date("2026-02-24") << -1 << date("2026-02-14") << years({});
    QTest::newRow("backwards into uncovered 2023") << date("2024-01-02") << -1 << date("2023-12-29") << years({2023});
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, due);
    QFETCH(QList<int>, uncovered);

    const auto deadline = m_shipped.addWorkingDays(start, n);
    QCOMPARE(deadline.date, due);
    QCOMPARE(deadline.uncoveredYears, uncovered);
    QCOMPARE(deadline.isEstimate(), !uncovered.isEmpty());
    if (n > 0)
        QCOMPARE(m_shipped.workingDaysBetween(start, due).days, n);
}

void TestWorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<int>>("uncovered");

    QTest::newRow("same day") << date("2025-03-07") << date("2025-03-07") << 0 << years({});
    QTest::newRow("over a weekend") << date("2025-03-07") << date("2025-03-10") << 1 << years({});
    QTest::newRow("over Spring 2025") << date("2025-01-24") << date("2025-02-05") << 3 << years({});
    QTest::newRow("overdue, reversed") << date("2025-02-05") << date("2025-01-24") << -3 << years({});
    QTest::newRow("over National Day 2025") << date("2025-09-30") << date("2025-10-09") << 1 << years({});
    QTest::newRow("only holidays in between") << date("2025-09-30") << date("2025-10-08") << 0 << years({});
    QTest::newRow("overdue since October 2026") << date("2026-10-20") << date("2026-11-23") << 24 << years({});
    QTest::newRow("due in 2027, estimated") << date("2026-11-23") << date("2027-01-08") << 34 << years({2027});
    QTest::newRow("whole of 2025") << date("2024-12-31") << date("2025-12-31") << 248 << years({});
}

void TestWorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, days);
    QFETCH(QList<int>, uncovered);

    const auto count = m_shipped.workingDaysBetween(a, b);
    QCOMPARE(count.days, days);
    QCOMPARE(count.uncoveredYears, uncovered);
    QCOMPARE(count.isEstimate(), !uncovered.isEmpty());
    QCOMPARE(m_shipped.workingDaysBetween(b, a).days, -days);
}

void TestWorkingCalendar::uncoveredYearFallsBackToWeekends()
{
    // 1 October 2027 would be a holiday, but no notice for 2027 is loaded: the calendar says so.
    const auto info = m_shipped.dayInfo(date("2027-10-01"));
    QVERIFY(!info.covered);
    QCOMPARE(info.kind, DayKind::Workday);
    QVERIFY(m_shipped.isWorkingDay(date("2027-10-01")));
    QVERIFY(!m_shipped.isWorkingDay(date("2027-10-02")));
    QVERIFY(!m_shipped.covers(2027));
    QVERIFY(!m_shipped.dayInfo(date("2023-10-02")).covered);
    QVERIFY(!m_shipped.isWorkingDay(QDate()));
    QVERIFY(!m_shipped.addWorkingDays(QDate(), 3).date.isValid());
}

void TestWorkingCalendar::emptyCalendarIsWeekendsOnly()
{
    const WorkingCalendar empty;
    QVERIFY(empty.coveredYears().isEmpty());
    const auto deadline = empty.addWorkingDays(date("2025-01-24"), 3);
    QCOMPARE(deadline.date, date("2025-01-29"));
    QCOMPARE(deadline.uncoveredYears, years({2025}));
    QCOMPARE(empty.workingDaysBetween(date("2025-12-26"), date("2026-01-05")).uncoveredYears, years({2025, 2026}));
}

void TestWorkingCalendar::holidayReachingIntoNextYear()
{
    // As in some years' notices, New Year's holiday can start on 31 December of the year before.
    const auto loaded = WorkingCalendar::fromJson(minimalYear(
        QByteArrayLiteral(R"({"name": "NY", "from": "2029-12-31", "to": "2030-01-01", "days": 2})"), QByteArray()));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.calendar->dayInfo(date("2029-12-31")).kind, DayKind::Holiday);
    QVERIFY(!loaded.calendar->dayInfo(date("2029-12-31")).covered);
    QCOMPARE(loaded.calendar->coveredYears(), years({2030}));
}

void TestWorkingCalendar::severalDocumentsMerge()
{
    const QByteArray first = minimalYear(kNewYear, QByteArray());
    const QByteArray second =
        minimalYear(QByteArrayLiteral(R"({"name": "NY", "from": "2031-01-01", "to": "2031-01-01"})"), QByteArray(),
                    QByteArrayLiteral("\"year\": 2031,"));
    const auto loaded = WorkingCalendar::fromJson(QList<QByteArray> {first, second});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.calendar->coveredYears(), years({2030, 2031}));

    const auto asArray = WorkingCalendar::fromJson(QByteArrayLiteral("[") + first + QByteArrayLiteral(",") + second +
                                                   QByteArrayLiteral("]"));
    QVERIFY2(asArray.ok(), qPrintable(asArray.error));
    QCOMPARE(asArray.calendar->coveredYears(), years({2030, 2031}));
}

void TestWorkingCalendar::badData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArrayLiteral("{\"year\": 2030,")
                              << QStringLiteral("The calendar data is not valid JSON: unterminated object "
                                                "(at character 14).");
    QTest::newRow("empty list") << QByteArrayLiteral("[]") << QStringLiteral("The calendar data holds no year.");
    QTest::newRow("list of non-objects") << QByteArrayLiteral("[2030]")
                                         << QStringLiteral("Calendar entry 1 is not a year object.");
    QTest::newRow("no year") << minimalYear(kNewYear, QByteArray(), QByteArrayLiteral("\"format\": 1,"))
                             << QStringLiteral("Calendar entry 1 has no valid year (found \"\").");
    QTest::newRow("newer format") << minimalYear(kNewYear, QByteArray(),
                                                 QByteArrayLiteral("\"format\": 2, \"year\": 2030,"))
                                  << QStringLiteral("Calendar 2030 is written in format 2, but this program reads "
                                                    "format 1 at most. Update OneWindow before importing it.");
    QTest::newRow("no source")
        << QByteArrayLiteral(
               R"({"year": 2030, "holidays": [{"name": "NY", "from": "2030-01-01", "to": "2030-01-01"}]})")
        << QStringLiteral("Calendar 2030 does not name its source notice (title and number).");
    QTest::newRow("no holidays") << minimalYear(QByteArray(), QByteArray())
                                 << QStringLiteral("Calendar 2030 lists no holidays.");
    QTest::newRow("malformed date")
        << minimalYear(QByteArrayLiteral(R"({"name": "NY", "from": "2030-1-1", "to": "2030-01-01"})"), QByteArray())
        << QStringLiteral("Calendar 2030: the holiday \"NY\" has \"2030-1-1\", which is not a date of the form "
                          "YYYY-MM-DD.");
    QTest::newRow("impossible date")
        << minimalYear(QByteArrayLiteral(R"({"name": "SF", "from": "2030-02-27", "to": "2030-02-30"})"), QByteArray())
        << QStringLiteral("Calendar 2030: the holiday \"SF\" has \"2030-02-30\", which is not a date of the form "
                          "YYYY-MM-DD.");
    QTest::newRow("ends before it starts")
        << minimalYear(QByteArrayLiteral(R"({"name": "SF", "from": "2030-02-08", "to": "2030-02-02"})"), QByteArray())
        << QStringLiteral("Calendar 2030: the holiday \"SF\" ends on 2030-02-02, before it starts on 2030-02-08.");
    QTest::newRow("wrong year")
        << minimalYear(QByteArrayLiteral(R"({"name": "SF", "from": "2003-02-02", "to": "2003-02-08"})"), QByteArray())
        << QStringLiteral("Calendar 2030: the date 2003-02-02 lies outside the year of the notice.");
    QTest::newRow("stated days disagree")
        << minimalYear(QByteArrayLiteral(R"({"name": "SF", "from": "2030-02-02", "to": "2030-02-08", "days": 8})"),
                       QByteArray())
        << QStringLiteral("Calendar 2030: the holiday \"SF\" from 2030-02-02 to 2030-02-08 spans 7 days, but the "
                          "data says 8.");
    QTest::newRow("overlapping holidays")
        << minimalYear(kSpring + QByteArrayLiteral(R"(, {"name": "X", "from": "2030-02-08", "to": "2030-02-09"})"),
                       QByteArray())
        << QStringLiteral("Calendar 2030: the date 2030-02-08 is listed twice.");
    QTest::newRow("make-up day twice")
        << minimalYear(kSpring,
                       QByteArrayLiteral(R"({"date": "2030-02-09", "for": "SF"}, {"date": "2030-02-09", "for": "SF"})"))
        << QStringLiteral("Calendar 2030: the date 2030-02-09 is listed twice.");
    QTest::newRow("holiday and make-up day")
        << minimalYear(kSpring, QByteArrayLiteral(R"({"date": "2030-02-02", "for": "SF"})"))
        << QStringLiteral("Calendar 2030: the date 2030-02-02 is both a holiday and a make-up working day.");
    QTest::newRow("make-up day on a weekday")
        << minimalYear(kSpring, QByteArrayLiteral(R"({"date": "2030-02-11", "for": "SF"})"))
        << QStringLiteral("Calendar 2030: the make-up working day 2030-02-11 is not a Saturday or Sunday.");
    QTest::newRow("malformed make-up day")
        << minimalYear(kSpring, QByteArrayLiteral(R"({"date": "09/02/2030", "for": "SF"})"))
        << QStringLiteral("Calendar 2030: the make-up working day \"09/02/2030\" is not a date of the form "
                          "YYYY-MM-DD.");
    QTest::newRow("make-up day for an unknown holiday")
        << minimalYear(kSpring, QByteArrayLiteral(R"({"date": "2030-02-09", "for": "MA"})"))
        << QStringLiteral("Calendar 2030: the make-up working day 2030-02-09 is for \"MA\", which is not a holiday "
                          "of the notice.");
    QTest::newRow("year twice in one document") << QByteArrayLiteral("[") + minimalYear(kNewYear, QByteArray()) +
            QByteArrayLiteral(",") + minimalYear(kNewYear, QByteArray()) +
            QByteArrayLiteral("]") << QStringLiteral("Calendar 2030 is given more than once.");
}

void TestWorkingCalendar::badData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const auto loaded = WorkingCalendar::fromJson(json);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error, message);
}

void TestWorkingCalendar::badFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    const auto empty = WorkingCalendar::fromDirectory(folder.path());
    QVERIFY(!empty.ok());
    QVERIFY(empty.error.contains(QStringLiteral("holds no calendar file")));

    QFile good(folder.filePath(QStringLiteral("cn-2030.json")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(minimalYear(kNewYear, QByteArray()));
    good.close();
    QFile bad(folder.filePath(QStringLiteral("cn-2031.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(minimalYear(QByteArrayLiteral(R"({"name": "NY", "from": "2031-01-01", "to": "2031-01-01"})"),
                          QByteArrayLiteral(R"({"date": "2031-01-03", "for": "NY"})"),
                          QByteArrayLiteral("\"year\": 2031,")));
    bad.close();

    const auto loaded = WorkingCalendar::fromDirectory(folder.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error,
             QStringLiteral("In the calendar file cn-2031.json: Calendar 2031: the make-up working day "
                            "2031-01-03 is not a Saturday or Sunday."));

    const auto missing = WorkingCalendar::fromDirectory(folder.filePath(QStringLiteral("absent")));
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "TestWorkingCalendar.moc"
