// Exports of the backlog and the statistics, and the logged view of a full ID number: the CSV as Excel reads
// it (BOM, quoting), the PDF as pdftotext reads it, the supervisor role they need, and their audit rows.
#include "SupervisionFixture.h"
#include "db/AuditRepository.h"
#include "supervision/Export.h"
#include "supervision/PersonalData.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ow;

class TestSupervisionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvOpensInExcel();
    void csvOfAFilteredBacklog();
    void pdfListsTheCases();
    void clerksCannotExport_data();
    void clerksCannotExport();
    void statisticsCsv();
    void csvField_data();
    void csvField();
    void fullIdNumberIsLogged();
    void unwritableFileIsReported();

private:
    [[nodiscard]] QList<db::AuditRecord> auditRows(const QString& action) const
    {
        QList<db::AuditRecord> result;
        for (const db::AuditRecord& row : db::AuditRepository(*m_fixture->database).rows(0, 1000)) {
            if (row.action == action) {
                result << row;
            }
        }
        return result;
    }

    std::unique_ptr<tests::SupervisionFixture> m_fixture;
    std::unique_ptr<supervision::BacklogQuery> m_backlog;
};

void TestSupervisionExport::init()
{
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp());
    QVERIFY(m_fixture->addStandardCases());
    m_backlog = std::make_unique<supervision::BacklogQuery>(*m_fixture->database, m_fixture->calendar(),
                                                            [] { return tests::supervisionToday; });
}

void TestSupervisionExport::csvOpensInExcel()
{
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("backlog.csv"));
    QString error;
    int rows = 0;
    QVERIFY2(exporter.backlogCsv(m_fixture->supervisor, {}, path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0),
             QStringLiteral("Case number,Item,Citizen,ID number,State,Accepted,Deadline,Working days "
                            "overdue,Clerk,Counter,Awaited materials,Collection"));
    const QStringList first = lines.at(1).split(u',');
    QCOMPARE(first.at(0), QStringLiteral("C-01"));
    QCOMPARE(first.at(2), QStringLiteral("Zhang Jianguo"));
    const QString idNumber = m_fixture->citizens.at(0).idNumber;
    QCOMPARE(first.at(3), QString(idNumber.left(6) + QStringLiteral("********") + idNumber.right(4)));
    QVERIFY(!lines.join(u'\n').contains(m_fixture->citizens.at(0).idNumber)); // never the whole number
    QCOMPARE(first.at(4), QStringLiteral("In review"));
    QCOMPARE(first.at(6), QStringLiteral("2025-03-07"));
    QCOMPARE(first.at(7), QStringLiteral("3"));
    QCOMPARE(first.at(8), QStringLiteral("Wang Fang"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("C-06,")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("Delivery by grid worker (pending)")));

    const auto logged = auditRows(QStringLiteral("export"));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().clerkUuid, m_fixture->supervisor.uuid);
    QCOMPARE(logged.constFirst().subject, QStringLiteral("backlog"));
    QVERIFY(logged.constFirst().detail.contains(QStringLiteral("\"rows\":6")));
    QVERIFY(logged.constFirst().detail.contains(QStringLiteral("backlog.csv")));
}

void TestSupervisionExport::csvOfAFilteredBacklog()
{
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("awaiting.csv"));
    supervision::BacklogFilter filter;
    filter.awaitingMaterials = true;
    QString error;
    int rows = 0;
    QVERIFY2(exporter.backlogCsv(m_fixture->supervisor, filter, path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("C-04,")));
    QVERIFY(text.contains(QStringLiteral(",Proof of income,")));
    QVERIFY(auditRows(QStringLiteral("export"))
                .constFirst()
                .detail.contains(QStringLiteral("Open cases: awaiting materials")));
}

void TestSupervisionExport::pdfListsTheCases()
{
    // poppler-utils is a build dependency (./test installs it): a missing pdftotext is a failure, not a skip.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is not installed");
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("backlog.pdf"));
    supervision::BacklogFilter filter;
    filter.overdueOnly = true;
    QString error;
    int rows = 0;
    QVERIFY2(exporter.backlogPdf(m_fixture->supervisor, filter, path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, 3);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Backlog of open cases")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Open cases: overdue")));
    QVERIFY(text.contains(QStringLiteral("As of 2025-03-12: 3 open cases.")));
    for (const QString& number : {QStringLiteral("C-01"), QStringLiteral("C-06"), QStringLiteral("C-02")}) {
        QVERIFY2(text.contains(number), qPrintable(number));
    }
    QVERIFY(!text.contains(QStringLiteral("C-04")));
    QVERIFY2(text.contains(QStringLiteral("3 days overdue")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Zhang Jianguo")));
    QVERIFY(!text.contains(m_fixture->citizens.at(0).idNumber));
    QCOMPARE(auditRows(QStringLiteral("export")).size(), 1);
    QVERIFY(auditRows(QStringLiteral("export")).constFirst().detail.contains(QStringLiteral("\"format\":\"pdf\"")));
}

void TestSupervisionExport::clerksCannotExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("statistics") << QStringLiteral("statistics");
}

void TestSupervisionExport::clerksCannotExport()
{
    QFETCH(QString, format);
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("denied.") + format);
    QString error;
    int rows = 0;
    const bool written = format == u"csv" ? exporter.backlogCsv(m_fixture->clerk, {}, path, &rows, &error)
        : format == u"pdf"                ? exporter.backlogPdf(m_fixture->clerk, {}, path, &rows, &error)
                                          : exporter.statisticsCsv(m_fixture->clerk, {}, path, &error);
    QVERIFY(!written);
    QCOMPARE(error,
             QStringLiteral("Exports hold personal data and need a supervisor or an administrator; you are "
                            "logged in as Clerk."));
    QVERIFY(!QFile::exists(path));
    QVERIFY(auditRows(QStringLiteral("export")).isEmpty());
    QVERIFY(!supervision::Export::mayExport(auth::Role::Clerk));
    QVERIFY(supervision::Export::mayExport(auth::Role::Admin));
}

void TestSupervisionExport::statisticsCsv()
{
    QVERIFY(m_fixture->addEvent(QStringLiteral("C-06"), QStringLiteral("approved"),
                                QDateTime(QDate(2025, 2, 27), QTime(9, 0), Qt::LocalTime)));
    // Every standard case was accepted on 26 February; none is overdue on the 28th.
    supervision::Statistics statistics(*m_fixture->database, [] { return QDate(2025, 2, 28); });
    const auto report = statistics.report({QDate(2025, 2, 26), QDate(2025, 2, 26), {}});
    QCOMPARE(report.cases, 7);
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("statistics.csv"));
    QString error;
    QVERIFY2(exporter.statisticsCsv(m_fixture->supervisor, report, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("Period,2025-02-26,2025-02-26")));
    QVERIFY(lines.contains(QStringLiteral("Cases,7")));
    QVERIFY(lines.contains(QStringLiteral("Share issued on the spot,0.143")));
    QVERIFY(lines.contains(QStringLiteral("Item,2025-02-26")));
    QVERIFY(lines.contains(QStringLiteral("Counter 3,5,1,1,0,24.00,24.00")));
    QVERIFY(lines.contains(QStringLiteral("Queue,No queue data")));
    QCOMPARE(auditRows(QStringLiteral("export")).constFirst().subject, QStringLiteral("statistics"));
}

void TestSupervisionExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("C-01") << QStringLiteral("C-01");
    QTest::newRow("comma") << QStringLiteral("Lease, bank statement") << QStringLiteral("\"Lease, bank statement\"");
    QTest::newRow("quote") << QStringLiteral("The \"old\" card") << QStringLiteral("\"The \"\"old\"\" card\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
}

void TestSupervisionExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(supervision::Export::csvField(text), field);
}

void TestSupervisionExport::fullIdNumberIsLogged()
{
    supervision::PersonalData personal(*m_fixture->database);
    QString error;
    const auto full =
        personal.revealIdNumber(m_fixture->clerk, QStringLiteral("C-04"), QStringLiteral("backlog"), &error);
    QVERIFY2(full, qPrintable(error));
    QCOMPARE(*full, m_fixture->citizens.at(1).idNumber);
    const auto logged = auditRows(QStringLiteral("id.unmask"));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().clerkUuid, m_fixture->clerk.uuid);
    QCOMPARE(logged.constFirst().subject, QStringLiteral("C-04"));
    QVERIFY(!logged.constFirst().detail.contains(*full)); // the log names the record, not the number
    QVERIFY(!personal.revealIdNumber(m_fixture->clerk, QStringLiteral("X-1"), QStringLiteral("backlog"), &error));
    QCOMPARE(error, QStringLiteral("There is no case X-1 at this counter."));
    QCOMPARE(auditRows(QStringLiteral("id.unmask")).size(), 1);
}

void TestSupervisionExport::unwritableFileIsReported()
{
    supervision::Export exporter(*m_fixture->database, *m_backlog);
    const QString path = m_fixture->dir.filePath(QStringLiteral("no/such/folder/backlog.csv"));
    QString error;
    int rows = 0;
    QVERIFY(!exporter.backlogCsv(m_fixture->supervisor, {}, path, &rows, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The file ")), qPrintable(error));
    QVERIFY(auditRows(QStringLiteral("export")).isEmpty());
}

QTEST_MAIN(TestSupervisionExport)
#include "TestSupervisionExport.moc"
