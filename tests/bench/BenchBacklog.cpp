// Benchmark (figures, never pass/fail on time): the supervisor's backlog over 100,000 open cases. The cases are
// made with one bulk INSERT in a temporary SQLite file; then the first page, successive pages as the view
// scrolls, filtered first pages, counts and the table model's fetches are timed.
#include "calendar/CalendarService.h"
#include "db/Database.h"
#include "supervision/BacklogModel.h"
#include "supervision/BacklogQuery.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

constexpr int caseCount = 100000;
const QDate benchToday(2025, 3, 12);

double milliseconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

bool run(db::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    return db::execute(query);
}

} // namespace

class BenchBacklog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPage();
    void successivePages();
    void filteredFirstPages_data();
    void filteredFirstPages();
    void modelFirstPageAndScrolling();
    void queryPlanUsesTheBacklogIndex();

private:
    [[nodiscard]] supervision::BacklogQuery query() const
    {
        return supervision::BacklogQuery(*m_database, m_calendar, [] { return benchToday; });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database;
    calendar::WorkingCalendar m_calendar;
};

void BenchBacklog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<db::Database>(m_dir.filePath(u"backlog.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    const auto loaded = calendar::CalendarService(*m_database).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_calendar = *loaded.calendar;

    QElapsedTimer timer;
    timer.start();
    db::Transaction transaction(m_database->connection());
    QVERIFY(transaction.isActive());
    QVERIFY(run(*m_database,
                u"INSERT INTO clerks (uuid, login, name, role, password_verifier, password_changed_at, "
                "created_at, updated_at) VALUES ('clerk-1', 'c1', 'Wang Fang', 'clerk', '-', '', '', ''), "
                "('clerk-2', 'c2', 'Zhao Lei', 'clerk', '-', '', '', '')"_s));
    QVERIFY(run(*m_database,
                u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999) "
                "INSERT INTO citizens (uuid, id_number, name, created_at, updated_at) "
                "SELECT printf('citizen-%05d', i), printf('3301061950010%05d', i), 'Citizen ' || i, "
                "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM n"_s));
    // Deadlines from 60 days before to 60 days after today; every state open; every 20th (all "ready") by courier.
    QVERIFY(
        run(*m_database,
            u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO cases (uuid, number, item_code, item_name, kind, citizen_uuid, hall_code, counter_number, "
            "clerk_uuid, state, channel, accepted_at, deadline, updated_at) "
            "SELECT printf('case-%06d', i), printf('330104001-%02d-%06d', 1 + i % 8, i), "
            "CASE i % 3 WHEN 0 THEN 'senior-card' ELSE 'minimum-living-allowance' END, 'Item', "
            "CASE i % 3 WHEN 0 THEN 'instant' ELSE 'promised' END, printf('citizen-%05d', i % 5000), "
            "'330104001', 1 + i % 8, CASE i % 2 WHEN 0 THEN 'clerk-1' ELSE 'clerk-2' END, "
            "CASE i % 5 WHEN 0 THEN 'received' WHEN 1 THEN 'in_review' WHEN 2 THEN 'approved' "
            "WHEN 3 THEN 'ready' ELSE 'issued' END, "
            "CASE WHEN i % 20 = 3 THEN 'courier' ELSE 'pickup' END, '2025-01-02T08:00:00.000Z', "
            "date('2025-03-12', printf('%+d days', (i * 7919) % 121 - 60)), '2025-01-02T08:00:00.000Z' FROM n"_s.arg(
                caseCount - 1)));
    // One case in 25 waits for a material handed in later.
    QVERIFY(run(*m_database,
                u"INSERT INTO materials (uuid, case_uuid, material_code, name, status, due_date, "
                "updated_at) SELECT 'material-' || uuid, uuid, 'income', 'Proof of income', 'missing', "
                "'2025-03-20', '' FROM cases WHERE rowid % 25 = 0"_s));
    QVERIFY(transaction.commit());
    QVERIFY(run(*m_database, u"ANALYZE"_s));
    qInfo("%d open cases, 5,000 citizens, 4,000 awaited materials inserted with one bulk INSERT each: %.0f ms",
          caseCount, milliseconds(timer));
}

void BenchBacklog::firstPage()
{
    const supervision::BacklogQuery backlog = query();
    QElapsedTimer timer;
    timer.start();
    const supervision::BacklogPage page = backlog.page({});
    const double first = milliseconds(timer);
    QCOMPARE(page.rows.size(), supervision::BacklogQuery::defaultPageSize);
    QVERIFY(page.more);
    timer.start();
    const int total = backlog.count({});
    const double counting = milliseconds(timer);
    QCOMPARE(total, caseCount);
    qInfo("first page of %d rows: %.2f ms; count of %d open cases: %.2f ms", int(page.rows.size()), first, total,
          counting);
    QBENCHMARK
    {
        (void)backlog.page({});
    }
}

void BenchBacklog::successivePages()
{
    const supervision::BacklogQuery backlog = query();
    QList<double> times;
    std::optional<supervision::BacklogCursor> cursor;
    QElapsedTimer timer;
    int rows = 0;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        const supervision::BacklogPage page = backlog.page({}, cursor);
        times.append(milliseconds(timer));
        rows += int(page.rows.size());
        cursor = page.next;
    }
    std::sort(times.begin(), times.end());
    qInfo("200 successive pages (%d rows): mean %.2f ms, median %.2f ms, max %.2f ms", rows,
          std::accumulate(times.begin(), times.end(), 0.0) / double(times.size()), times.at(times.size() / 2),
          times.constLast());
    // A page deep in the backlog costs what the first does: the keyset seeks, it does not skip rows.
    supervision::BacklogCursor deep {u"2025-05-01"_s, u"330104001-01-000000"_s};
    timer.start();
    const supervision::BacklogPage last = backlog.page({}, deep);
    qInfo("a page after the last deadline: %.2f ms (%d rows)", milliseconds(timer), int(last.rows.size()));
    QCOMPARE(rows, 200 * supervision::BacklogQuery::defaultPageSize);
}

void BenchBacklog::filteredFirstPages_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("overdue") << 0;
    QTest::newRow("due within 3 working days") << 1;
    QTest::newRow("awaiting materials") << 2;
    QTest::newRow("delivery pending") << 3;
    QTest::newRow("item and state") << 4;
    QTest::newRow("clerk and counter") << 5;
}

void BenchBacklog::filteredFirstPages()
{
    QFETCH(int, kind);
    supervision::BacklogFilter filter;
    switch (kind) {
    case 0:
        filter.overdueOnly = true;
        break;
    case 1:
        filter.dueWithinWorkingDays = 3;
        break;
    case 2:
        filter.awaitingMaterials = true;
        break;
    case 3:
        filter.deliveryPending = true;
        break;
    case 4:
        filter.itemCode = u"senior-card"_s;
        filter.state = u"issued"_s;
        break;
    default:
        filter.clerkUuid = u"clerk-2"_s;
        filter.counterNumber = 4;
        break;
    }
    const supervision::BacklogQuery backlog = query();
    QElapsedTimer timer;
    timer.start();
    const supervision::BacklogPage page = backlog.page(filter);
    const double first = milliseconds(timer);
    timer.start();
    const int total = backlog.count(filter);
    const double counting = milliseconds(timer);
    qInfo("%s: first page %.2f ms (%d rows), count %.2f ms (%d cases)", QTest::currentDataTag(), first,
          int(page.rows.size()), counting, total);
    QVERIFY(!page.rows.isEmpty());
}

void BenchBacklog::modelFirstPageAndScrolling()
{
    const supervision::BacklogQuery backlog = query();
    ui::BacklogModel model(backlog);
    QElapsedTimer timer;
    timer.start();
    model.setFilter({});
    const double first = milliseconds(timer);
    QCOMPARE(model.rowCount(), ui::BacklogModel::pageSize);
    QList<double> fetches;
    for (int i = 0; i < 100 && model.canFetchMore({}); ++i) {
        timer.start();
        model.fetchMore({});
        fetches.append(milliseconds(timer));
    }
    std::sort(fetches.begin(), fetches.end());
    qInfo("BacklogModel: first page %.2f ms; 100 fetchMore of %d rows: median %.2f ms, max %.2f ms; %d rows held",
          first, ui::BacklogModel::pageSize, fetches.at(fetches.size() / 2), fetches.constLast(), model.rowCount());
    QCOMPARE(model.rowCount(), 101 * ui::BacklogModel::pageSize);
}

void BenchBacklog::queryPlanUsesTheBacklogIndex()
{
    QSqlQuery plan(m_database->connection());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT c.uuid FROM cases c WHERE c.state NOT IN ('closed', 'collected', "
                      "'delivered') AND (ifnull(c.deadline, ''), c.number) > ('2025-03-01', '') "
                      "ORDER BY ifnull(c.deadline, ''), c.number LIMIT 100"_s));
    QStringList steps;
    while (plan.next()) {
        steps << plan.value(3).toString();
    }
    qInfo("query plan: %s", qPrintable(steps.join(u"; "_s)));
    QVERIFY(steps.join(u' ').contains(u"cases_open_deadline"_s));
    QVERIFY(!steps.join(u' ').contains(u"TEMP B-TREE"_s));
}

QTEST_GUILESS_MAIN(BenchBacklog)
#include "BenchBacklog.moc"
