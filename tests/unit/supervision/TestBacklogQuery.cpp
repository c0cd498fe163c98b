// The supervisor's backlog over a real data file: every filter, the deadline order, days overdue in working
// days, pages that follow each other without gaps, and a second (remote) source merged in.
#include "SupervisionFixture.h"
#include "cases/CaseStates.h"
#include "supervision/BacklogQuery.h"

#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

// A stand-in for the district server: fixed rows, or no answer at all (offline).
class FakeRemoteSource : public supervision::BacklogSource
{
public:
    explicit FakeRemoteSource(QList<db::BacklogRecord> rows, bool online = true)
        : m_rows(std::move(rows))
        , m_online(online)
    { }
    QString name() const override { return QStringLiteral("district"); }
    std::optional<QList<db::BacklogRecord>> fetch(const db::BacklogCriteria&,
                                                  const std::optional<supervision::BacklogCursor>& after, int limit,
                                                  QString* unavailable) const override
    {
        if (!m_online) {
            *unavailable = QStringLiteral("The district server cannot be reached.");
            return std::nullopt;
        }
        QList<db::BacklogRecord> rows;
        for (const db::BacklogRecord& row : m_rows) {
            const QString key = row.deadline.toString(Qt::ISODate);
            if (after && (key < after->deadline || (key == after->deadline && row.number <= after->number))) {
                continue;
            }
            if (rows.size() < limit) {
                rows.append(row);
            }
        }
        return rows;
    }
    int count(const db::BacklogCriteria&) const override { return m_online ? int(m_rows.size()) : 0; }

private:
    QList<db::BacklogRecord> m_rows;
    bool m_online;
};

db::BacklogRecord remote(const QString& number, QDate deadline, const QString& uuid = {})
{
    db::BacklogRecord record;
    record.uuid = uuid.isEmpty() ? db::newUuid() : uuid;
    record.number = number;
    record.deadline = deadline;
    record.state = QStringLiteral("in_review");
    record.channel = QStringLiteral("pickup");
    return record;
}

QStringList numbers(const supervision::BacklogPage& page)
{
    QStringList result;
    for (const supervision::BacklogRow& row : page.rows) {
        result << row.record.number;
    }
    return result;
}

} // namespace

class TestBacklogQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void daysOverdueAndLeftInWorkingDays();
    void awaitedMaterialsAndDeliveryShow();
    void pagesFollowEachOther();
    void closedStatesMatchCaseStates();
    void remoteSourceMergesInDeadlineOrder();
    void unavailableSourceIsReported();
    void describeNamesTheFilters();

private:
    [[nodiscard]] supervision::BacklogQuery query() const
    {
        return supervision::BacklogQuery(*m_fixture.database, m_fixture.calendar(),
                                         [] { return tests::supervisionToday; });
    }

    tests::SupervisionFixture m_fixture;
};

void TestBacklogQuery::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    QVERIFY(m_fixture.addStandardCases());
}

void TestBacklogQuery::filters_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("clerk"); // "", "clerk" or "other"
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("hall");
    QTest::addColumn<int>("dueWithin"); // -1: no such filter
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("awaiting");
    QTest::addColumn<bool>("delivery");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    QTest::newRow("no filter: every open case by deadline, the closed one left out")
        << none << none << none << 0 << none << -1 << false << false << false
        << QStringList {u"C-01"_s, u"C-06"_s, u"C-02"_s, u"C-03"_s, u"C-04"_s, u"C-05"_s};
    QTest::newRow("item") << QStringLiteral("senior-card") << none << none << 0 << none << -1 << false << false << false
                          << QStringList {u"C-03"_s};
    QTest::newRow("state") << none << QStringLiteral("received") << none << 0 << none << -1 << false << false << false
                           << QStringList {u"C-02"_s, u"C-05"_s};
    QTest::newRow("clerk who works the case") << none << none << QStringLiteral("other") << 0 << none << -1 << false
                                              << false << false << QStringList {u"C-02"_s};
    QTest::newRow("counter") << none << none << none << 4 << none << -1 << false << false << false
                             << QStringList {u"C-02"_s};
    QTest::newRow("hall") << none << none << none << 0 << QStringLiteral("330104002") << -1 << false << false << false
                          << QStringList {u"C-05"_s};
    QTest::newRow("overdue") << none << none << none << 0 << none << -1 << true << false << false
                             << QStringList {u"C-01"_s, u"C-06"_s, u"C-02"_s};
    QTest::newRow("due within 2 working days (today to Friday)")
        << none << none << none << 0 << none << 2 << false << false << false << QStringList {u"C-03"_s, u"C-04"_s};
    QTest::newRow("due within 0 working days: today")
        << none << none << none << 0 << none << 0 << false << false << false << QStringList {u"C-03"_s};
    QTest::newRow("overdue or due within 2") << none << none << none << 0 << none << 2 << true << false << false
                                             << QStringList {u"C-01"_s, u"C-06"_s, u"C-02"_s, u"C-03"_s, u"C-04"_s};
    QTest::newRow("awaiting materials") << none << none << none << 0 << none << -1 << false << true << false
                                        << QStringList {u"C-04"_s};
    QTest::newRow("delivery pending") << none << none << none << 0 << none << -1 << false << false << true
                                      << QStringList {u"C-06"_s, u"C-03"_s};
    QTest::newRow("received and overdue") << none << QStringLiteral("received") << none << 0 << none << -1 << true
                                          << false << false << QStringList {u"C-02"_s};
    QTest::newRow("nothing matches") << QStringLiteral("dog-registration") << none << none << 0 << none << -1 << false
                                     << false << false << QStringList {};
}

void TestBacklogQuery::filters()
{
    QFETCH(QString, item);
    QFETCH(QString, state);
    QFETCH(QString, clerk);
    QFETCH(int, counter);
    QFETCH(QString, hall);
    QFETCH(int, dueWithin);
    QFETCH(bool, overdue);
    QFETCH(bool, awaiting);
    QFETCH(bool, delivery);
    QFETCH(QStringList, expected);

    supervision::BacklogFilter filter;
    filter.itemCode = item;
    filter.state = state;
    filter.clerkUuid = clerk == u"other" ? m_fixture.otherClerk.uuid
        : clerk == u"clerk"              ? m_fixture.clerk.uuid
                                         : QString();
    filter.counterNumber = counter;
    filter.hallCode = hall;
    if (dueWithin >= 0) {
        filter.dueWithinWorkingDays = dueWithin;
    }
    filter.overdueOnly = overdue;
    filter.awaitingMaterials = awaiting;
    filter.deliveryPending = delivery;
    const supervision::BacklogQuery backlog = query();
    const supervision::BacklogPage page = backlog.page(filter);
    QCOMPARE(numbers(page), expected);
    QVERIFY(!page.more);
    QCOMPARE(backlog.count(filter), expected.size());
}

void TestBacklogQuery::daysOverdueAndLeftInWorkingDays()
{
    const supervision::BacklogPage page = query().page({});
    QHash<QString, QPair<int, int>> figures;
    for (const supervision::BacklogRow& row : page.rows) {
        figures.insert(row.record.number, {row.daysOverdue, row.workingDaysLeft});
    }
    // Friday 7 March to Wednesday 12 March: Monday, Tuesday, Wednesday.
    QCOMPARE(figures.value(QStringLiteral("C-01")), qMakePair(3, 0));
    QCOMPARE(figures.value(QStringLiteral("C-06")), qMakePair(2, 0));
    QCOMPARE(figures.value(QStringLiteral("C-02")), qMakePair(1, 0));
    QCOMPARE(figures.value(QStringLiteral("C-03")), qMakePair(0, 0));
    QCOMPARE(figures.value(QStringLiteral("C-04")), qMakePair(0, 2));
    QCOMPARE(figures.value(QStringLiteral("C-05")), qMakePair(0, 6));
    QVERIFY(page.rows.constFirst().overdue());
}

void TestBacklogQuery::awaitedMaterialsAndDeliveryShow()
{
    const supervision::BacklogPage page = query().page({});
    for (const supervision::BacklogRow& row : page.rows) {
        QCOMPARE(row.record.awaitedMaterials.isEmpty(), row.record.number != u"C-04");
        QCOMPARE(row.deliveryPending, row.record.number == u"C-06" || row.record.number == u"C-03");
        QCOMPARE(row.source, QStringLiteral("local"));
    }
    QCOMPARE(page.rows.at(4).record.awaitedMaterials, QStringList {QStringLiteral("Proof of income")});
    QCOMPARE(page.rows.at(2).record.clerkName, QStringLiteral("Zhao Lei"));
    QCOMPARE(page.rows.at(0).record.citizenName, QStringLiteral("Zhang Jianguo"));
}

void TestBacklogQuery::pagesFollowEachOther()
{
    const supervision::BacklogQuery backlog = query();
    QStringList seen;
    std::optional<supervision::BacklogCursor> cursor;
    int pages = 0;
    for (;;) {
        const supervision::BacklogPage page = backlog.page({}, cursor, 2);
        QVERIFY(page.rows.size() <= 2);
        seen += numbers(page);
        ++pages;
        if (!page.more) {
            break;
        }
        cursor = page.next;
    }
    QCOMPARE(seen, (QStringList {u"C-01"_s, u"C-06"_s, u"C-02"_s, u"C-03"_s, u"C-04"_s, u"C-05"_s}));
    QVERIFY(pages >= 3);
}

void TestBacklogQuery::closedStatesMatchCaseStates()
{
    QStringList closed;
    for (const QString& code : {u"received"_s, u"in_review"_s, u"approved"_s, u"rejected"_s, u"ready"_s, u"collected"_s,
                                u"delivered"_s, u"closed"_s, u"issued"_s}) {
        if (!cases::CaseStates::isOpen(*cases::CaseStates::fromCode(code))) {
            closed << code;
        }
    }
    QStringList stored = db::BacklogRepository::closedStates();
    stored.sort();
    closed.sort();
    QCOMPARE(stored, closed);
}

void TestBacklogQuery::remoteSourceMergesInDeadlineOrder()
{
    supervision::BacklogQuery backlog = query();
    const QString sharedUuid =
        db::BacklogRepository(*m_fixture.database).page({}, std::nullopt, 1).constFirst().uuid; // C-01
    backlog.addSource(std::make_unique<FakeRemoteSource>(QList<db::BacklogRecord> {
        remote(QStringLiteral("D-01"), QDate(2025, 3, 3)),
        remote(QStringLiteral("C-01"), QDate(2025, 3, 7), sharedUuid),
        remote(QStringLiteral("D-02"), QDate(2025, 3, 13)), remote(QStringLiteral("D-03"), QDate(2025, 4, 1))}));
    QStringList seen;
    QStringList sources;
    std::optional<supervision::BacklogCursor> cursor;
    for (;;) {
        const supervision::BacklogPage page = backlog.page({}, cursor, 3);
        for (const supervision::BacklogRow& row : page.rows) {
            seen << row.record.number;
            sources << row.source;
        }
        if (!page.more) {
            break;
        }
        cursor = page.next;
    }
    QCOMPARE(seen,
             (QStringList {u"D-01"_s, u"C-01"_s, u"C-06"_s, u"C-02"_s, u"C-03"_s, u"D-02"_s, u"C-04"_s, u"C-05"_s,
                           u"D-03"_s}));
    QCOMPARE(sources.at(1), QStringLiteral("local")); // a case in both shows once, as this counter has it
    QCOMPARE(sources.at(0), QStringLiteral("district"));
}

void TestBacklogQuery::unavailableSourceIsReported()
{
    supervision::BacklogQuery backlog = query();
    backlog.addSource(std::make_unique<FakeRemoteSource>(QList<db::BacklogRecord> {}, false));
    const supervision::BacklogPage page = backlog.page({});
    QCOMPARE(page.rows.size(), 6);
    QCOMPARE(page.unavailable, QStringList {QStringLiteral("The district server cannot be reached.")});
}

void TestBacklogQuery::describeNamesTheFilters()
{
    QCOMPARE(supervision::BacklogFilter().describe(), QStringLiteral("All open cases"));
    supervision::BacklogFilter filter;
    filter.counterNumber = 4;
    filter.overdueOnly = true;
    QCOMPARE(filter.describe(), QStringLiteral("Open cases: counter 4, overdue"));
}

QTEST_GUILESS_MAIN(TestBacklogQuery)
#include "TestBacklogQuery.moc"
