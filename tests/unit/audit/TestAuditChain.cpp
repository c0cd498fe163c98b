// The audit log's hash chain: every edit, removal or reordering of a row is found and the row is named.
#include "audit/AuditChain.h"
#include "db/AuditRepository.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

bool run(db::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

// What a person with the sqlite3 tool and the file could do: the triggers do not stop them.
bool dropGuards(db::Database& database)
{
    return run(database, QStringLiteral("DROP TRIGGER audit_log_no_update")) &&
        run(database, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainOverManyPages();
    void eachAppendIsQueuedForTheDistrict();
    void rolledBackAppendLeavesTheChainWhole();
    void programCannotChangeOrRemoveRows();
    void tamperingIsFoundAtTheRightRow_data();
    void tamperingIsFoundAtTheRightRow();

private:
    void appendRows(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
};

void TestAuditChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<db::Database>(m_dir->filePath(QStringLiteral("counter.sqlite")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TestAuditChain::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAuditChain::appendRows(int count)
{
    db::AuditRepository audit(*m_database);
    db::Transaction transaction(m_database->connection());
    for (int i = 1; i <= count; ++i) {
        QVERIFY(audit.append(i % 2 ? QStringLiteral("clerk-%1").arg(i % 7) : QString(), QStringLiteral("case.accept"),
                             QStringLiteral("330104001-03-20261123-%1").arg(i, 4, 10, QLatin1Char('0')),
                             {{QStringLiteral("item"), QStringLiteral("senior-card")}, {QStringLiteral("n"), i}}));
    }
    QVERIFY(transaction.commit());
}

void TestAuditChain::intactChainOverManyPages()
{
    const audit::ChainReport empty = audit::AuditChain::verify(*m_database);
    QVERIFY(empty.intact);
    QCOMPARE(empty.rowsChecked, 0);

    appendRows(4500); // more than two pages of the walk
    const audit::ChainReport report = audit::AuditChain::verify(*m_database);
    QVERIFY2(report.intact, qPrintable(report.reason));
    QCOMPARE(report.rowsChecked, 4500);
    const QList<db::AuditRecord> last = db::AuditRepository(*m_database).rows(4499, 1);
    QCOMPARE(last.size(), 1);
    QCOMPARE(report.lastHash, last.constFirst().hash);
    QCOMPARE(report.toJson().value(QStringLiteral("head")).toString(), last.constFirst().hash);
}

void TestAuditChain::eachAppendIsQueuedForTheDistrict()
{
    appendRows(3);
    QSqlQuery query(m_database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT o.payload, a.hash FROM outbox o JOIN audit_log a ON a.uuid = o.entity_uuid "
                                  "WHERE o.entity = 'audit' AND o.operation = 'append' ORDER BY o.seq")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        QVERIFY(query.value(0).toString().contains(query.value(1).toString()));
    }
    QCOMPARE(rows, 3);
}

void TestAuditChain::rolledBackAppendLeavesTheChainWhole()
{
    appendRows(2);
    {
        db::Transaction transaction(m_database->connection());
        QVERIFY(db::AuditRepository(*m_database).append({}, QStringLiteral("login"), QStringLiteral("x")));
        // no commit: the change it recorded did not happen, and neither did its audit row
    }
    appendRows(2);
    const audit::ChainReport report = audit::AuditChain::verify(*m_database);
    QVERIFY2(report.intact, qPrintable(report.reason));
    QCOMPARE(report.rowsChecked, 4);
}

void TestAuditChain::programCannotChangeOrRemoveRows()
{
    appendRows(2);
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET subject = 'x' WHERE seq = 1")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    QVERIFY(audit::AuditChain::verify(*m_database).intact);
}

void TestAuditChain::tamperingIsFoundAtTheRightRow_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("edit a row's detail") << QStringList {u"UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 3"_s}
                                         << qint64(3) << u"changed after it was written"_s;
    QTest::newRow("edit who did it") << QStringList {u"UPDATE audit_log SET clerk_uuid = 'someone' WHERE seq = 5"_s}
                                     << qint64(5) << u"changed after it was written"_s;
    QTest::newRow("edit the time")
        << QStringList {u"UPDATE audit_log SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 2"_s} << qint64(2)
        << u"changed after it was written"_s;
    QTest::newRow("edit a row and its own hash")
        << QStringList {u"UPDATE audit_log SET subject = 'other', hash = "
                        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' WHERE seq = 4"_s}
        << qint64(4) << u"changed after it was written"_s;
    QTest::newRow("delete a row in the middle")
        << QStringList {u"DELETE FROM audit_log WHERE seq = 3"_s} << qint64(4) << u"does not follow row 2"_s;
    QTest::newRow("delete the first row")
        << QStringList {u"DELETE FROM audit_log WHERE seq = 1"_s} << qint64(2) << u"does not start the chain"_s;
    // Swap every column but seq between rows 2 and 3: both rows hash right on their own, the links do not.
    QTest::newRow("reorder two rows")
        << QStringList {u"CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE seq IN (2, 3)"_s,
                        u"DELETE FROM audit_log WHERE seq IN (2, 3)"_s,
                        u"INSERT INTO audit_log SELECT CASE seq WHEN 2 THEN 3 ELSE 2 END, uuid, at, clerk_uuid, "
                        u"action, "
                        "subject, detail, prev_hash, hash FROM swap"_s}
        << qint64(2) << u"does not follow row 1"_s;
    QTest::newRow("insert a forged row")
        << QStringList {u"INSERT INTO audit_log (seq, uuid, at, action, subject, detail, prev_hash, hash) "
                        "SELECT 100, 'forged', at, 'login', 'x', '{}', hash, hash FROM audit_log WHERE seq = 6"_s}
        << qint64(100) << u"changed after it was written"_s;
}

void TestAuditChain::tamperingIsFoundAtTheRightRow()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, reasonPart);

    appendRows(6);
    QVERIFY(audit::AuditChain::verify(*m_database).intact);
    QVERIFY(dropGuards(*m_database));
    for (const QString& statement : std::as_const(statements)) {
        QVERIFY(run(*m_database, statement));
    }
    const audit::ChainReport report = audit::AuditChain::verify(*m_database);
    QVERIFY(!report.intact);
    QCOMPARE(report.brokenSeq, brokenSeq);
    QVERIFY2(report.reason.contains(reasonPart), qPrintable(report.reason));
    QCOMPARE(report.toJson().value(QStringLiteral("broken_seq")).toInteger(), brokenSeq);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
