// The allowed life of a case, for instant and promised items.
#include "cases/CaseStates.h"

#include <QTest>

using namespace ow::cases;

class TestCaseStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void codesRoundTrip();
    void completionWaitsForMaterials();
};

void TestCaseStates::transitions_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseState>("to");
    QTest::addColumn<bool>("allowed");
    const auto p = CaseKind::Promised;
    const auto i = CaseKind::Instant;
    QTest::newRow("promised received -> in review") << p << CaseState::Received << CaseState::InReview << true;
    QTest::newRow("promised received -> approved skips review")
        << p << CaseState::Received << CaseState::Approved << false;
    QTest::newRow("promised in review -> approved") << p << CaseState::InReview << CaseState::Approved << true;
    QTest::newRow("promised in review -> rejected") << p << CaseState::InReview << CaseState::Rejected << true;
    QTest::newRow("promised approved -> ready") << p << CaseState::Approved << CaseState::Ready << true;
    QTest::newRow("promised ready -> collected") << p << CaseState::Ready << CaseState::Collected << true;
    QTest::newRow("promised ready -> delivered") << p << CaseState::Ready << CaseState::Delivered << true;
    QTest::newRow("promised delivered -> closed") << p << CaseState::Delivered << CaseState::Closed << true;
    QTest::newRow("promised rejected -> closed") << p << CaseState::Rejected << CaseState::Closed << true;
    QTest::newRow("promised rejected -> approved") << p << CaseState::Rejected << CaseState::Approved << false;
    QTest::newRow("promised closed -> anything") << p << CaseState::Closed << CaseState::Received << false;
    QTest::newRow("promised cannot be issued") << p << CaseState::Received << CaseState::Issued << false;
    QTest::newRow("instant received -> issued") << i << CaseState::Received << CaseState::Issued << true;
    QTest::newRow("instant issued -> collected") << i << CaseState::Issued << CaseState::Collected << true;
    QTest::newRow("instant received -> collected") << i << CaseState::Received << CaseState::Collected << false;
    QTest::newRow("instant has no review") << i << CaseState::Received << CaseState::InReview << false;
    QTest::newRow("instant collected is final") << i << CaseState::Collected << CaseState::Closed << false;
}

void TestCaseStates::transitions()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseState, to);
    QFETCH(bool, allowed);
    QCOMPARE(CaseStates::allowed(kind, from, to), allowed);
}

void TestCaseStates::codesRoundTrip()
{
    for (CaseState state :
         {CaseState::Received, CaseState::InReview, CaseState::Approved, CaseState::Rejected, CaseState::Ready,
          CaseState::Collected, CaseState::Delivered, CaseState::Closed, CaseState::Issued}) {
        QCOMPARE(CaseStates::fromCode(CaseStates::code(state)), std::optional<CaseState>(state));
        QVERIFY(!CaseStates::displayName(state).isEmpty());
    }
    QVERIFY(!CaseStates::fromCode(QStringLiteral("lost")));
}

void TestCaseStates::completionWaitsForMaterials()
{
    QVERIFY(CaseStates::needsAllMaterials(CaseState::Approved));
    QVERIFY(CaseStates::needsAllMaterials(CaseState::Issued));
    QVERIFY(!CaseStates::needsAllMaterials(CaseState::InReview));
    QVERIFY(!CaseStates::needsAllMaterials(CaseState::Rejected));
}

QTEST_GUILESS_MAIN(TestCaseStates)
#include "TestCaseStates.moc"
