// Citizens from card reads: created once, corrected by the card, each change with its outbox and audit rows.
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "intake/CitizenService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

idcard::CardInfo card()
{
    idcard::CardInfo info;
    info.name = QString::fromUcs4(U"\u738B\U00020BB7");
    info.sex = QStringLiteral("F");
    info.birth = QDate(1985, 12, 3);
    info.address = QStringLiteral("Jianguo Road 88");
    info.idNumber = QStringLiteral("110105198512030203");
    info.validFrom = QDate(2016, 5, 10);
    info.validTo = QDate(2036, 5, 10);
    return info;
}

int outboxRows(db::Database& database, const QString& operation)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'citizen' AND operation = ?"));
    query.addBindValue(operation);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestCitizenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstReadCreatesTheCitizen();
    void sameCardAgainChangesNothing();
    void changedCardUpdatesWithVersion();
    void lowerCaseXFindsTheSameCitizen();
    void cardWithoutNumberIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
};

void TestCitizenService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<db::Database>(m_dir->filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TestCitizenService::firstReadCreatesTheCitizen()
{
    intake::CitizenService service(*m_database);
    QString error;
    const auto lookup = service.recordCard(card(), {}, &error);
    QVERIFY2(lookup, qPrintable(error));
    QVERIFY(!lookup->known);
    QVERIFY(lookup->earlierCases.isEmpty());
    QCOMPARE(lookup->citizen.name, card().name);
    QCOMPARE(lookup->citizen.validTo, QDate(2036, 5, 10));
    QCOMPARE(outboxRows(*m_database, QStringLiteral("create")), 1);
    QCOMPARE(db::AuditRepository(*m_database).count(QStringLiteral("card.read")), 1);
}

void TestCitizenService::sameCardAgainChangesNothing()
{
    intake::CitizenService service(*m_database);
    QString error;
    const auto first = service.recordCard(card(), {}, &error);
    const auto second = service.recordCard(card(), {}, &error);
    QVERIFY(first && second);
    QVERIFY(second->known);
    QCOMPARE(second->citizen.uuid, first->citizen.uuid);
    QCOMPARE(second->citizen.version, 1);
    QCOMPARE(outboxRows(*m_database, QStringLiteral("update")), 0);
    QCOMPARE(db::AuditRepository(*m_database).count(QStringLiteral("card.read")), 2);
}

void TestCitizenService::changedCardUpdatesWithVersion()
{
    intake::CitizenService service(*m_database);
    QString error;
    QVERIFY(service.recordCard(card(), {}, &error));
    idcard::CardInfo renewed = card();
    renewed.address = QStringLiteral("Wangjing Street 10");
    renewed.isLongTerm = true;
    renewed.validTo = {};
    const auto lookup = service.recordCard(renewed, {}, &error);
    QVERIFY(lookup);
    QCOMPARE(lookup->citizen.version, 2);
    const auto stored = service.find(card().idNumber);
    QCOMPARE(stored->citizen.address, QStringLiteral("Wangjing Street 10"));
    QVERIFY(stored->citizen.longTerm);
    QCOMPARE(stored->citizen.version, 2);
    QCOMPARE(outboxRows(*m_database, QStringLiteral("update")), 1);
}

void TestCitizenService::lowerCaseXFindsTheSameCitizen()
{
    intake::CitizenService service(*m_database);
    idcard::CardInfo withX = card();
    withX.idNumber = QStringLiteral("33010619661123017x");
    QString error;
    QVERIFY(service.recordCard(withX, {}, &error));
    QVERIFY(service.find(QStringLiteral("33010619661123017X")));
    QVERIFY(service.find(QStringLiteral("33010619661123017x")));
}

void TestCitizenService::cardWithoutNumberIsRefused()
{
    intake::CitizenService service(*m_database);
    idcard::CardInfo empty = card();
    empty.idNumber.clear();
    QString error;
    QVERIFY(!service.recordCard(empty, {}, &error));
    QVERIFY(error.contains(QStringLiteral("no ID number")));
    QCOMPARE(outboxRows(*m_database, QStringLiteral("create")), 0);
}

QTEST_GUILESS_MAIN(TestCitizenService)
#include "TestCitizenService.moc"
