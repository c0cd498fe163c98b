// Certificate numbers from number blocks on a real SQLite file: blocks, order, spoil, void, report sums.
#include "auth/ClerkService.h"
#include "certificate/NumberService.h"
#include "certificate/SupervisorApproval.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/CitizenRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ow::auth::Role;
using ow::certificate::NumberService;

namespace {

const QString templateCode = u"senior-card"_s;

} // namespace

class TestNumberService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addBlockRefusesBadRanges_data();
    void addBlockRefusesBadRanges();
    void overlapIsRefusedNamingTheBlock_data();
    void overlapIsRefusedNamingTheBlock();
    void numbersInOrderAcrossTwoBlocks();
    void exhaustedTemplateSaysAddABlock();
    void reserveIsCommittedWithOutboxAndAudit();
    void spoiledNumberIsNotReused();
    void voidNeedsReasonAndSupervisor_data();
    void voidNeedsReasonAndSupervisor();
    void printAndReprintAreLogged();
    void reportSumsEqualBlockSizes();
    void supervisorApproval_data();
    void supervisorApproval();

private:
    QString addCase();
    ow::auth::Clerk addClerk(const QString& login, Role role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
    QString m_caseUuid;
    int m_cases = 0;
};

void TestNumberService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(u"onewindow.sqlite"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_caseUuid = addCase();
    QVERIFY(!m_caseUuid.isEmpty());
}

void TestNumberService::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// A citizen and an instant case for the certificate rows to belong to.
QString TestNumberService::addCase()
{
    ow::db::CitizenRecord citizen;
    citizen.uuid = ow::db::newUuid();
    citizen.idNumber = u"11010519491231002%1"_s.arg(m_cases);
    citizen.cardType = u"resident"_s;
    citizen.name = u"Test Citizen"_s;
    if (!ow::db::CitizenRepository(*m_database).insert(citizen)) {
        return {};
    }
    ow::db::CaseRecord record;
    record.uuid = ow::db::newUuid();
    record.number = u"330104001-03-20261123-%1"_s.arg(++m_cases, 4, 10, QLatin1Char('0'));
    record.itemCode = templateCode;
    record.kind = u"instant"_s;
    record.citizenUuid = citizen.uuid;
    record.hallCode = u"330104001"_s;
    record.counterNumber = 3;
    record.state = u"received"_s;
    record.acceptedAt = QDateTime::currentDateTimeUtc();
    return ow::db::CaseRepository(*m_database).insert(record) ? record.uuid : QString();
}

ow::auth::Clerk TestNumberService::addClerk(const QString& login, Role role)
{
    QString error;
    const auto clerk =
        ow::auth::ClerkService(*m_database).add(login, u"Name of "_s + login, role, u"correct horse"_s, &error);
    if (!clerk) {
        qWarning() << error;
        return {};
    }
    return *clerk;
}

void TestNumberService::addBlockRefusesBadRanges_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("message");

    QTest::newRow("no template") << u" "_s << qint64(1) << qint64(10) << 0 << u"Name the certificate template"_s;
    QTest::newRow("backwards") << templateCode << qint64(10) << qint64(1) << 0 << u"(got 10 to 1)"_s;
    QTest::newRow("negative") << templateCode << qint64(-5) << qint64(1) << 0 << u"(got -5 to 1)"_s;
    QTest::newRow("too wide") << templateCode << qint64(1) << qint64(10) << 19 << u"0 to 18 digits"_s;
    QTest::newRow("one number") << templateCode << qint64(7) << qint64(7) << 0 << QString();
}

void TestNumberService::addBlockRefusesBadRanges()
{
    QFETCH(QString, templateName);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, width);
    QFETCH(QString, message);

    NumberService numbers(*m_database);
    QString error;
    const auto block = numbers.addBlock(templateName, first, last, {}, width, {}, &error);
    if (message.isEmpty()) {
        QVERIFY2(block, qPrintable(error));
        QCOMPARE(numbers.report().size(), 1);
        QCOMPARE(numbers.report().constFirst().remaining, 1);
    } else {
        QVERIFY(!block);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(numbers.report().isEmpty());
    }
}

void TestNumberService::overlapIsRefusedNamingTheBlock_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<bool>("refused");

    QTest::newRow("inside") << templateCode << qint64(150) << qint64(160) << true;
    QTest::newRow("over the start") << templateCode << qint64(50) << qint64(100) << true;
    QTest::newRow("over the end") << templateCode << qint64(200) << qint64(300) << true;
    QTest::newRow("around") << templateCode << qint64(1) << qint64(1000) << true;
    QTest::newRow("other prefix, same numbers") << templateCode << qint64(100) << qint64(200) << true;
    QTest::newRow("right after") << templateCode << qint64(201) << qint64(300) << false;
    QTest::newRow("right before") << templateCode << qint64(1) << qint64(99) << false;
    QTest::newRow("other template") << u"birth-allowance"_s << qint64(100) << qint64(200) << false;
}

void TestNumberService::overlapIsRefusedNamingTheBlock()
{
    QFETCH(QString, templateName);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(bool, refused);

    NumberService numbers(*m_database);
    QString error;
    const auto existing = numbers.addBlock(templateCode, 100, 200, u"A"_s, 6, {}, &error);
    QVERIFY2(existing, qPrintable(error));
    const auto block = numbers.addBlock(templateName, first, last, u"B"_s, 6, {}, &error);
    QCOMPARE(!block, refused);
    if (refused) {
        QVERIFY2(error.contains(u"overlap block A000100 to A000200 of template senior-card"_s), qPrintable(error));
        QVERIFY2(error.contains(existing->uuid), qPrintable(error));
        QCOMPARE(numbers.report().size(), 1);
    } else {
        QCOMPARE(numbers.report().size(), 2);
    }
}

void TestNumberService::numbersInOrderAcrossTwoBlocks()
{
    NumberService numbers(*m_database);
    QString error;
    // Added out of order: numbers are still handed out from the lowest block first.
    QVERIFY2(numbers.addBlock(templateCode, 10, 11, u"ZJ"_s, 4, {}, &error), qPrintable(error));
    QVERIFY2(numbers.addBlock(templateCode, 1, 3, u"ZJ"_s, 4, {}, &error), qPrintable(error));

    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        const auto number = numbers.reserve(templateCode, m_caseUuid, {}, &error);
        QVERIFY2(number, qPrintable(error));
        taken << number->serialNumber;
    }
    QCOMPARE(taken, (QStringList {u"ZJ0001"_s, u"ZJ0002"_s, u"ZJ0003"_s, u"ZJ0010"_s, u"ZJ0011"_s}));
    const auto report = numbers.report(templateCode);
    QCOMPARE(report.size(), 2);
    QCOMPARE(report.at(0).block.state, u"exhausted"_s);
    QCOMPARE(report.at(1).block.state, u"exhausted"_s);
    QCOMPARE(report.at(0).reserved + report.at(1).reserved, 5);
}

void TestNumberService::exhaustedTemplateSaysAddABlock()
{
    NumberService numbers(*m_database);
    QString error;
    QVERIFY(!numbers.reserve(templateCode, m_caseUuid, {}, &error));
    QCOMPARE(error, u"No numbers left for template senior-card; add a block."_s);

    QVERIFY2(numbers.addBlock(templateCode, 1, 1, {}, 0, {}, &error), qPrintable(error));
    QVERIFY2(numbers.reserve(templateCode, m_caseUuid, {}, &error), qPrintable(error));
    error.clear();
    QVERIFY(!numbers.reserve(templateCode, m_caseUuid, {}, &error));
    QCOMPARE(error, u"No numbers left for template senior-card; add a block."_s);
    // The refused reserve wrote no certificate.
    QCOMPARE(numbers.report().constFirst().reserved, 1);
}

void TestNumberService::reserveIsCommittedWithOutboxAndAudit()
{
    NumberService numbers(*m_database);
    QString error;
    QVERIFY2(numbers.addBlock(templateCode, 1, 10, {}, 0, {}, &error), qPrintable(error));
    const int outboxBefore = ow::db::OutboxRepository(*m_database).pendingCount();
    const auto number = numbers.reserve(templateCode, m_caseUuid, u"clerk-uuid"_s, &error);
    QVERIFY2(number, qPrintable(error));
    // The certificate and its audit row both wait for the district.
    QCOMPARE(ow::db::OutboxRepository(*m_database).pendingCount(), outboxBefore + 2);
    QCOMPARE(ow::db::AuditRepository(*m_database).count(u"numbers.reserve"_s), 1);

    // Another connection (another process after a crash would be the same) sees the number taken.
    ow::db::Database other(m_database->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    const auto stored = NumberService(other).find(templateCode, u"1"_s);
    QVERIFY(stored);
    QCOMPARE(stored->state, u"reserved"_s);
    QCOMPARE(stored->caseUuid, m_caseUuid);

    // A case that does not exist takes no number.
    QVERIFY(!numbers.reserve(templateCode, u"no-such-case"_s, {}, &error));
    QVERIFY2(error.contains(u"Nothing was printed"_s), qPrintable(error));
    QCOMPARE(numbers.report().constFirst().remaining, 9);
}

void TestNumberService::spoiledNumberIsNotReused()
{
    NumberService numbers(*m_database);
    QString error;
    QVERIFY2(numbers.addBlock(templateCode, 1, 10, {}, 3, {}, &error), qPrintable(error));
    const auto first = numbers.reserve(templateCode, m_caseUuid, {}, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY2(numbers.markSpoiled(first->certificateUuid, u"paper jam"_s, {}, &error), qPrintable(error));
    QVERIFY(!numbers.markSpoiled(first->certificateUuid, u"again"_s, {}, &error));
    QCOMPARE(error, u"Number 001 is spoiled already; it cannot change like this."_s);

    const auto second = numbers.reserve(templateCode, m_caseUuid, {}, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->serialNumber, u"002"_s);
    QVERIFY(!numbers.markPrinted(first->certificateUuid, u"Counter 3"_s, {}, &error));
    QVERIFY2(numbers.markPrinted(second->certificateUuid, u"Counter 3"_s, {}, &error), qPrintable(error));
    const auto spoiled = numbers.find(templateCode, u"001"_s);
    QVERIFY(spoiled);
    QCOMPARE(spoiled->reason, u"paper jam"_s);
}

void TestNumberService::voidNeedsReasonAndSupervisor_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("printedFirst");
    QTest::addColumn<QString>("message");

    QTest::newRow("no reason") << QString() << int(Role::Supervisor) << false
                               << u"Give the reason for voiding the number; it is kept with the number."_s;
    QTest::newRow("blank reason") << u"   "_s << int(Role::Supervisor) << true
                                  << u"Give the reason for voiding the number; it is kept with the number."_s;
    QTest::newRow("clerk approves") << u"wrong name printed"_s << int(Role::Clerk) << true
                                    << u"Voiding a number must be approved by a supervisor or an admin."_s;
    QTest::newRow("supervisor, reserved") << u"citizen left"_s << int(Role::Supervisor) << false << QString();
    QTest::newRow("admin, printed") << u"wrong name printed"_s << int(Role::Admin) << true << QString();
}

void TestNumberService::voidNeedsReasonAndSupervisor()
{
    QFETCH(QString, reason);
    QFETCH(int, role);
    QFETCH(bool, printedFirst);
    QFETCH(QString, message);

    NumberService numbers(*m_database);
    QString error;
    QVERIFY2(numbers.addBlock(templateCode, 1, 10, {}, 0, {}, &error), qPrintable(error));
    const auto number = numbers.reserve(templateCode, m_caseUuid, {}, &error);
    QVERIFY2(number, qPrintable(error));
    if (printedFirst) {
        QVERIFY2(numbers.markPrinted(number->certificateUuid, u"Counter 3"_s, {}, &error), qPrintable(error));
    }
    const auto approver = addClerk(u"approver"_s, static_cast<Role>(role));
    const bool voided = numbers.voidNumber(number->certificateUuid, reason, approver, &error);
    const auto stored = numbers.find(templateCode, u"1"_s);
    QVERIFY(stored);
    if (message.isEmpty()) {
        QVERIFY2(voided, qPrintable(error));
        QCOMPARE(stored->state, u"voided"_s);
        QCOMPARE(stored->reason, reason);
        QCOMPARE(numbers.report().constFirst().voided, 1);
        QCOMPARE(ow::db::AuditRepository(*m_database).count(u"numbers.void"_s), 1);
        QVERIFY(!numbers.voidNumber(number->certificateUuid, reason, approver, &error));
        QCOMPARE(error, u"Number 1 is voided already; it cannot change like this."_s);
    } else {
        QVERIFY(!voided);
        QCOMPARE(error, message);
        QCOMPARE(stored->state, printedFirst ? u"printed"_s : u"reserved"_s);
    }
}

void TestNumberService::printAndReprintAreLogged()
{
    NumberService numbers(*m_database);
    QString error;
    QVERIFY2(numbers.addBlock(templateCode, 1, 10, u"No."_s, 0, {}, &error), qPrintable(error));
    const auto clerk = addClerk(u"li"_s, Role::Clerk);
    const auto supervisor = addClerk(u"wang"_s, Role::Supervisor);
    const auto number = numbers.reserve(templateCode, m_caseUuid, clerk.uuid, &error);
    QVERIFY2(number, qPrintable(error));
    QVERIFY(!numbers.reprint(number->certificateUuid, u"Counter 3"_s, u"torn"_s, supervisor, &error));
    QCOMPARE(error, u"Number No.1 is reserved already; it cannot change like this."_s);
    QVERIFY2(numbers.markPrinted(number->certificateUuid, u"Counter 3"_s, clerk.uuid, &error), qPrintable(error));
    QVERIFY(!numbers.markPrinted(number->certificateUuid, u"Counter 3"_s, clerk.uuid, &error));

    QVERIFY(!numbers.reprint(number->certificateUuid, u"Counter 3"_s, u" "_s, supervisor, &error));
    QCOMPARE(error, u"Give the reason for the reprint; it is kept with the number."_s);
    QVERIFY(!numbers.reprint(number->certificateUuid, u"Counter 3"_s, u"torn"_s, clerk, &error));
    QCOMPARE(error, u"A reprint must be approved by a supervisor or an admin."_s);
    QVERIFY2(numbers.reprint(number->certificateUuid, u"Hall laser"_s, u"torn"_s, supervisor, &error),
             qPrintable(error));

    const auto log = numbers.printLog(number->certificateUuid);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).kind, u"print"_s);
    QCOMPARE(log.at(0).clerkUuid, clerk.uuid);
    QCOMPARE(log.at(0).printer, u"Counter 3"_s);
    QCOMPARE(log.at(0).number, u"No.1"_s);
    QVERIFY(log.at(0).at.isValid());
    QCOMPARE(log.at(1).kind, u"reprint"_s);
    QCOMPARE(log.at(1).clerkUuid, supervisor.uuid);
    QCOMPARE(log.at(1).printer, u"Hall laser"_s);
    QCOMPARE(log.at(1).reason, u"torn"_s);
    // A reprint uses the same number: still one printed number.
    QCOMPARE(numbers.report().constFirst().printed, 1);
    QCOMPARE(numbers.report().constFirst().used, 1);
}

void TestNumberService::reportSumsEqualBlockSizes()
{
    NumberService numbers(*m_database);
    QString error;
    QVERIFY2(numbers.addBlock(templateCode, 1, 5, {}, 0, {}, &error), qPrintable(error));
    QVERIFY2(numbers.addBlock(templateCode, 100, 119, {}, 0, {}, &error), qPrintable(error));
    QVERIFY2(numbers.addBlock(u"birth-allowance"_s, 1, 50, u"B"_s, 0, {}, &error), qPrintable(error));
    const auto supervisor = addClerk(u"wang"_s, Role::Supervisor);

    // Eight numbers of senior-card: 2 printed, 2 spoiled, 1 voided, 3 still reserved.
    QList<ow::certificate::ReservedNumber> taken;
    for (int i = 0; i < 8; ++i) {
        const auto number = numbers.reserve(templateCode, m_caseUuid, {}, &error);
        QVERIFY2(number, qPrintable(error));
        taken << *number;
    }
    QVERIFY(numbers.markPrinted(taken.at(0).certificateUuid, u"P"_s, {}, &error));
    QVERIFY(numbers.markPrinted(taken.at(5).certificateUuid, u"P"_s, {}, &error));
    QVERIFY(numbers.markSpoiled(taken.at(1).certificateUuid, u"jam"_s, {}, &error));
    QVERIFY(numbers.markSpoiled(taken.at(6).certificateUuid, u"jam"_s, {}, &error));
    QVERIFY(numbers.voidNumber(taken.at(2).certificateUuid, u"citizen left"_s, supervisor, &error));
    QVERIFY2(numbers.reserve(u"birth-allowance"_s, m_caseUuid, {}, &error), qPrintable(error));

    // The rest of senior-card goes back (for the district); birth-allowance keeps its block.
    const auto returned = numbers.returnUnused(templateCode, supervisor.uuid, &error);
    QVERIFY2(returned, qPrintable(error));
    QCOMPARE(*returned, qint64(17));
    QVERIFY(!numbers.reserve(templateCode, m_caseUuid, {}, &error));

    const auto report = numbers.report();
    QCOMPARE(report.size(), 3);
    struct Expected
    {
        qint64 printed, spoiled, voided, reserved, returned, remaining;
    };
    const QList<Expected> expected {{0, 0, 0, 1, 0, 49}, {1, 1, 1, 2, 0, 0}, {1, 1, 0, 1, 17, 0}};
    for (qsizetype i = 0; i < report.size(); ++i) {
        const auto& block = report.at(i);
        QCOMPARE(block.printed, expected.at(i).printed);
        QCOMPARE(block.spoiled, expected.at(i).spoiled);
        QCOMPARE(block.voided, expected.at(i).voided);
        QCOMPARE(block.reserved, expected.at(i).reserved);
        QCOMPARE(block.returned, expected.at(i).returned);
        QCOMPARE(block.remaining, expected.at(i).remaining);
        // Every number of every block is accounted for, once.
        QCOMPARE(block.printed + block.spoiled + block.voided + block.reserved + block.returned + block.remaining,
                 block.size());
    }
    QCOMPARE(report.at(2).block.state, u"returned"_s);
    QCOMPARE(report.at(2).toJson().value(u"returned"_s).toInteger(), 17);
}

void TestNumberService::supervisorApproval_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");

    QTest::newRow("supervisor") << u"wang"_s << u"correct horse"_s << QString();
    QTest::newRow("admin") << u"root"_s << u"correct horse"_s << QString();
    QTest::newRow("clerk") << u"li"_s << u"correct horse"_s
                           << u"li is not a supervisor; a supervisor or an admin must approve this."_s;
    // The login dialog's own answer, which does not say whether the login exists.
    QTest::newRow("wrong password") << u"wang"_s << u"battery staple"_s << u"The login or the password is wrong."_s;
    QTest::newRow("unknown login") << u"nobody"_s << u"correct horse"_s << u"The login or the password is wrong."_s;
}

void TestNumberService::supervisorApproval()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, message);

    addClerk(u"wang"_s, Role::Supervisor);
    addClerk(u"root"_s, Role::Admin);
    addClerk(u"li"_s, Role::Clerk);
    ow::auth::ClerkService clerks(*m_database);
    const auto approval = ow::certificate::SupervisorApproval(clerks).approve(login, password);
    if (message.isEmpty()) {
        QVERIFY2(approval.ok(), qPrintable(approval.message));
        QCOMPARE(approval.clerk->login, login);
    } else {
        QVERIFY(!approval.ok());
        QVERIFY2(approval.message.startsWith(message), qPrintable(approval.message));
    }
}

QTEST_GUILESS_MAIN(TestNumberService)
#include "TestNumberService.moc"
