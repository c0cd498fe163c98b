// Back-office decisions on real data files: who may decide, what each decision leaves in the case (state,
// history, awaited materials, assignee), the citizen's notification, and the outbox and audit rows with it.
#include "SupervisionFixture.h"
#include "cases/CaseService.h"
#include "db/AuditRepository.h"
#include "db/BacklogRepository.h"
#include "supervision/BacklogQuery.h"
#include "supervision/DecisionService.h"

#include <QTest>

using namespace ow;
using supervision::Decision;

class TestDecisionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void onlySupervisorsDecide_data();
    void onlySupervisorsDecide();
    void approveNotifiesTheCitizen();
    void receivedCaseIsTakenIntoReviewFirst();
    void approvalWaitsForMaterials();
    void rejectionNeedsAReason();
    void returnForMaterialBlocksApprovalUntilItArrives();
    void reassignMovesTheCaseToAnotherClerk();
    void instantAndDecidedCasesAreNotDecided_data();
    void instantAndDecidedCasesAreNotDecided();

private:
    [[nodiscard]] supervision::DecisionService service() const
    {
        return supervision::DecisionService(*m_fixture->database, m_fixture->calendar(), [] {
            return QDateTime(tests::supervisionToday, QTime(10, 0), Qt::LocalTime).toUTC();
        });
    }
    [[nodiscard]] QString state(const QString& number) const
    {
        return db::CaseRepository(*m_fixture->database).byNumber(number)->state;
    }
    [[nodiscard]] QList<db::NotificationRecord> notifications(const QString& number) const
    {
        const auto record = db::CaseRepository(*m_fixture->database).byNumber(number);
        return db::BacklogRepository(*m_fixture->database).notifications(record->uuid);
    }

    std::unique_ptr<tests::SupervisionFixture> m_fixture;
};

void TestDecisionService::init()
{
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp());
    QVERIFY(m_fixture->addStandardCases());
}

void TestDecisionService::onlySupervisorsDecide_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(auth::Role::Clerk) << false;
    QTest::newRow("supervisor") << int(auth::Role::Supervisor) << true;
    QTest::newRow("administrator") << int(auth::Role::Admin) << true;
}

void TestDecisionService::onlySupervisorsDecide()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    auth::Clerk actor = m_fixture->clerk;
    actor.role = static_cast<auth::Role>(role);
    supervision::DecisionService decisions = service();
    QString error;
    const bool decided =
        decisions.decide(actor, {QStringLiteral("C-01"), Decision::Reject, QStringLiteral("Income too high")}, &error);
    QCOMPARE(decided, allowed);
    QCOMPARE(supervision::DecisionService::mayDecide(actor.role), allowed);
    if (!allowed) {
        QCOMPARE(error,
                 QStringLiteral("Only a supervisor or an administrator can decide on cases; you are logged in "
                                "as Clerk."));
        QCOMPARE(state(QStringLiteral("C-01")), QStringLiteral("in_review"));
        QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM notifications")), 0);
    } else {
        QCOMPARE(state(QStringLiteral("C-01")), QStringLiteral("rejected"));
    }
}

void TestDecisionService::approveNotifiesTheCitizen()
{
    supervision::DecisionService decisions = service();
    const int outboxBefore = m_fixture->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'"));
    QString error;
    QVERIFY2(decisions.decide(m_fixture->supervisor, {QStringLiteral("C-01"), Decision::Approve, {}}, &error),
             qPrintable(error));
    QCOMPARE(state(QStringLiteral("C-01")), QStringLiteral("approved"));
    const auto sent = notifications(QStringLiteral("C-01"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, QStringLiteral("approved"));
    QCOMPARE(sent.constFirst().channel, QStringLiteral("sms"));
    QCOMPARE(sent.constFirst().phone, QStringLiteral("13800138000"));
    QVERIFY(sent.constFirst().message.startsWith(QStringLiteral("Your application C-01 (")));
    QVERIFY(sent.constFirst().message.contains(QStringLiteral("has been approved")));
    // The state change and the notification each go to the district.
    QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'")), outboxBefore + 1);
    QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'notification'")), 1);
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(QStringLiteral("case.decision")), 1);
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(QStringLiteral("case.state")), 1);
}

void TestDecisionService::receivedCaseIsTakenIntoReviewFirst()
{
    supervision::DecisionService decisions = service();
    QString error;
    QVERIFY2(decisions.decide(m_fixture->supervisor, {QStringLiteral("C-02"), Decision::Approve, QStringLiteral("OK")},
                              &error),
             qPrintable(error));
    const auto detail = cases::CaseService(*m_fixture->database).detail(QStringLiteral("C-02"));
    QCOMPARE(detail->state, cases::CaseState::Approved);
    QStringList steps;
    for (const db::CaseEventRecord& event : detail->events) {
        steps << QStringLiteral("%1>%2").arg(event.fromState, event.toState);
    }
    QCOMPARE(steps, (QStringList {QStringLiteral("received>in_review"), QStringLiteral("in_review>approved")}));
    QCOMPARE(detail->events.constLast().detail.value(QStringLiteral("note")).toString(), QStringLiteral("OK"));
    QCOMPARE(detail->events.constLast().clerkName, QStringLiteral("Li Min"));
}

void TestDecisionService::approvalWaitsForMaterials()
{
    supervision::DecisionService decisions = service();
    QString error;
    QVERIFY(!decisions.decide(m_fixture->supervisor, {QStringLiteral("C-04"), Decision::Approve, {}}, &error));
    QCOMPARE(error,
             QStringLiteral("Case C-04 still waits for: Proof of income. Record them as received before "
                            "approving."));
    QCOMPARE(state(QStringLiteral("C-04")), QStringLiteral("in_review"));
    QVERIFY(notifications(QStringLiteral("C-04")).isEmpty());
}

void TestDecisionService::rejectionNeedsAReason()
{
    supervision::DecisionService decisions = service();
    QString error;
    QVERIFY(!decisions.decide(m_fixture->supervisor, {QStringLiteral("C-01"), Decision::Reject, QStringLiteral("  ")},
                              &error));
    QCOMPARE(error, QStringLiteral("Give the reason for the decision; the citizen is told it."));
    QCOMPARE(state(QStringLiteral("C-01")), QStringLiteral("in_review"));

    const QString reason = QStringLiteral("The household income is above the local minimum.");
    QVERIFY2(decisions.decide(m_fixture->supervisor, {QStringLiteral("C-01"), Decision::Reject, reason}, &error),
             qPrintable(error));
    QCOMPARE(state(QStringLiteral("C-01")), QStringLiteral("rejected"));
    const auto sent = notifications(QStringLiteral("C-01"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, QStringLiteral("rejected"));
    QVERIFY(sent.constFirst().message.endsWith(QStringLiteral("Reason: ") + reason));
}

void TestDecisionService::returnForMaterialBlocksApprovalUntilItArrives()
{
    supervision::DecisionService decisions = service();
    QString error;
    supervision::DecisionRequest request {QStringLiteral("C-05"), Decision::ReturnForMaterial,
                                          QStringLiteral("The bank statement is missing.")};
    QVERIFY(!decisions.decide(m_fixture->supervisor, request, &error));
    QCOMPARE(error, QStringLiteral("Name the materials the citizen has to bring."));

    request.requestedMaterials = {QStringLiteral("Bank statement"), QStringLiteral(" "), QStringLiteral("Lease")};
    request.materialDueWorkingDays = 5;
    QVERIFY2(decisions.decide(m_fixture->supervisor, request, &error), qPrintable(error));
    cases::CaseService caseService(*m_fixture->database);
    auto detail = caseService.detail(QStringLiteral("C-05"));
    QCOMPARE(detail->state, cases::CaseState::InReview);
    QCOMPARE(detail->awaitedMaterials, (QStringList {QStringLiteral("Bank statement"), QStringLiteral("Lease")}));
    QCOMPARE(detail->materials.constFirst().dueDate, QDate(2025, 3, 19)); // five working days after Wednesday
    QCOMPARE(detail->events.constLast().kind, QStringLiteral("returned"));
    QCOMPARE(detail->events.constLast().detail.value(QStringLiteral("name")).toString(),
             QStringLiteral("Returned for more material: Bank statement, Lease"));
    const auto sent = notifications(QStringLiteral("C-05"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, QStringLiteral("returned"));
    QCOMPARE(sent.constFirst().channel, QStringLiteral("paper")); // Chen Hua left no phone number
    QVERIFY(sent.constFirst().message.contains(QStringLiteral("Bank statement, Lease")));
    QVERIFY(sent.constFirst().message.contains(QStringLiteral("2025-03-19")));

    // The backlog lists it as awaiting materials; approval waits until the counter records them.
    supervision::BacklogFilter awaiting;
    awaiting.awaitingMaterials = true;
    const supervision::BacklogQuery backlog(*m_fixture->database, m_fixture->calendar(),
                                            [] { return tests::supervisionToday; });
    QCOMPARE(backlog.count(awaiting), 2);
    QVERIFY(!decisions.decide(m_fixture->supervisor, {QStringLiteral("C-05"), Decision::Approve, {}}, &error));
    for (const db::MaterialRecord& material : detail->materials) {
        QVERIFY2(caseService.receiveMaterial(QStringLiteral("C-05"), material.code, m_fixture->clerk.uuid, &error),
                 qPrintable(error));
    }
    QVERIFY2(decisions.decide(m_fixture->supervisor, {QStringLiteral("C-05"), Decision::Approve, {}}, &error),
             qPrintable(error));
    QCOMPARE(state(QStringLiteral("C-05")), QStringLiteral("approved"));
    QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM outbox WHERE operation = 'requested'")), 2);
}

void TestDecisionService::reassignMovesTheCaseToAnotherClerk()
{
    supervision::DecisionService decisions = service();
    QString error;
    supervision::DecisionRequest request {QStringLiteral("C-01"), Decision::Reassign, {}};
    request.assigneeUuid = m_fixture->otherClerk.uuid;
    QVERIFY(!decisions.decide(m_fixture->supervisor, request, &error));
    QCOMPARE(error, QStringLiteral("Give the reason for the reassignment."));
    request.reason = QStringLiteral("Wang Fang is on leave.");
    QVERIFY2(decisions.decide(m_fixture->supervisor, request, &error), qPrintable(error));

    supervision::BacklogFilter filter;
    filter.clerkUuid = m_fixture->otherClerk.uuid;
    const supervision::BacklogQuery backlog(*m_fixture->database, m_fixture->calendar(),
                                            [] { return tests::supervisionToday; });
    const auto page = backlog.page(filter);
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.rows.constFirst().record.number, QStringLiteral("C-01"));
    QCOMPARE(page.rows.constFirst().record.clerkName, QStringLiteral("Zhao Lei"));
    const auto detail = cases::CaseService(*m_fixture->database).detail(QStringLiteral("C-01"));
    QCOMPARE(detail->record.clerkUuid, m_fixture->clerk.uuid); // who accepted it stays
    QCOMPARE(detail->events.constLast().detail.value(QStringLiteral("name")).toString(),
             QStringLiteral("Reassigned to Zhao Lei"));
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(QStringLiteral("case.assign")), 1);
    QVERIFY(notifications(QStringLiteral("C-01")).isEmpty()); // nothing for the citizen to know
}

void TestDecisionService::instantAndDecidedCasesAreNotDecided_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("instant item") << QStringLiteral("C-03")
                                  << QStringLiteral("Case C-03 is issued on the spot; only cases with a promised time "
                                                    "limit are decided in the back office.");
    QTest::newRow("already approved") << QStringLiteral("C-06")
                                      << QStringLiteral("Case C-06 is Approved and no longer waits for a decision.");
    QTest::newRow("unknown") << QStringLiteral("X-99") << QStringLiteral("There is no case X-99 at this counter.");
}

void TestDecisionService::instantAndDecidedCasesAreNotDecided()
{
    QFETCH(QString, number);
    QFETCH(QString, message);
    supervision::DecisionService decisions = service();
    QString error;
    QVERIFY(!decisions.decide(m_fixture->supervisor, {number, Decision::Reject, QStringLiteral("No.")}, &error));
    QCOMPARE(error, message);
    QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM notifications")), 0);
}

QTEST_GUILESS_MAIN(TestDecisionService)
#include "TestDecisionService.moc"
