// The citizen's rating recorded on the cases of a served ticket: one row per case with its outbox operation,
// a second rating of the same ticket replaces the first, and a value outside the five choices is refused.
#include "SupervisionFixture.h"
#include "db/CaseRepository.h"
#include "db/OutboxRepository.h"
#include "queue/ServiceRatings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ow;

class TestServiceRatings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ratingGoesOnEachCase_data();
    void ratingGoesOnEachCase();
    void outOfRangeIsRefused();

private:
    std::unique_ptr<tests::SupervisionFixture> m_fixture;
    QStringList m_cases;
};

void TestServiceRatings::init()
{
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp());
    m_cases.clear();
    for (const QString& number : {u"330104001-03-20250312-0001"_s, u"330104001-03-20250312-0002"_s}) {
        tests::CaseSpec spec;
        spec.number = number;
        spec.acceptedAt = QDateTime(tests::supervisionToday, QTime(9, 0));
        QVERIFY(m_fixture->addCase(spec));
        m_cases.append(db::CaseRepository(*m_fixture->database).byNumber(number)->uuid);
    }
}

void TestServiceRatings::ratingGoesOnEachCase_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("very satisfied") << 5 << 0;
    QTest::newRow("changed to dissatisfied") << 5 << 2;
}

void TestServiceRatings::ratingGoesOnEachCase()
{
    QFETCH(int, first);
    QFETCH(int, second);
    queue::ServiceRatings ratings(*m_fixture->database);
    const int outboxBefore = db::OutboxRepository(*m_fixture->database).pendingCount();
    QString error;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QVERIFY2(ratings.record(m_cases, u"2025-03-12"_s, u"A002"_s, first, u"clerk"_s, at, &error), qPrintable(error));
    if (second > 0) {
        QVERIFY2(ratings.record(m_cases, u"2025-03-12"_s, u"A002"_s, second, u"clerk"_s, at.addSecs(5), &error),
                 qPrintable(error));
    }
    const int expected = second > 0 ? second : first;
    for (const QString& uuid : std::as_const(m_cases)) {
        QCOMPARE(ratings.ratingOf(uuid), expected);
    }
    QCOMPARE(db::OutboxRepository(*m_fixture->database).pendingCount() - outboxBefore,
             (second > 0 ? 2 : 1) * int(m_cases.size()));
}

void TestServiceRatings::outOfRangeIsRefused()
{
    queue::ServiceRatings ratings(*m_fixture->database);
    QString error;
    QVERIFY(
        !ratings.record(m_cases, u"2025-03-12"_s, u"A003"_s, 6, u"clerk"_s, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ratings.ratingOf(m_cases.first()), 0);
}

QTEST_MAIN(TestServiceRatings)
#include "TestServiceRatings.moc"
