// A counter killed between taking a certificate number and printing it: the number stays reserved, is
// accounted for in the report, and is never handed out again.
#include "certificate/NumberService.h"
#include "db/CaseRepository.h"
#include "db/CitizenRepository.h"
#include "db/Database.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ow::certificate::NumberService;

class TestNumbersCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killBetweenTakingAndPrintingNeverReusesTheNumber();
};

void TestNumbersCrash::killBetweenTakingAndPrintingNeverReusesTheNumber()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"onewindow.sqlite"_s);
    ow::db::Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));

    ow::db::CitizenRecord citizen;
    citizen.uuid = ow::db::newUuid();
    citizen.idNumber = u"110105194912310021"_s;
    citizen.cardType = u"resident"_s;
    citizen.name = u"Test Citizen"_s;
    QVERIFY(ow::db::CitizenRepository(database).insert(citizen));
    ow::db::CaseRecord record;
    record.uuid = ow::db::newUuid();
    record.number = u"330104001-03-20261123-0001"_s;
    record.itemCode = u"senior-card"_s;
    record.kind = u"instant"_s;
    record.citizenUuid = citizen.uuid;
    record.hallCode = u"330104001"_s;
    record.counterNumber = 3;
    record.state = u"received"_s;
    record.acceptedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ow::db::CaseRepository(database).insert(record));

    NumberService numbers(database);
    QVERIFY2(numbers.addBlock(u"senior-card"_s, 1, 20, u"ZJ"_s, 4, {}, &error), qPrintable(error));

    constexpr int rounds = 5;
    QSet<QString> handedOut;
    QStringList killed;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(QStringLiteral(OW_NUMBERCRASH_PATH), {path, u"senior-card"_s, record.uuid});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QString childNumber = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QCOMPARE(childNumber, NumberService::serial(u"ZJ"_s, 2 * round + 1, 4));
        killed << childNumber;

        // The parent goes on: it gets the next number, not the killed one.
        const auto next = numbers.reserve(u"senior-card"_s, record.uuid, {}, &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->serialNumber, NumberService::serial(u"ZJ"_s, 2 * round + 2, 4));
        QVERIFY2(numbers.markPrinted(next->certificateUuid, u"Counter 3"_s, {}, &error), qPrintable(error));

        QVERIFY(!handedOut.contains(childNumber));
        handedOut.insert(childNumber);
        QVERIFY(!handedOut.contains(next->serialNumber));
        handedOut.insert(next->serialNumber);
    }

    // The killed numbers are neither lost nor reused: each is a reserved certificate, counted in the report.
    for (const QString& number : std::as_const(killed)) {
        const auto stored = numbers.find(u"senior-card"_s, number);
        QVERIFY2(stored, qPrintable(number));
        QCOMPARE(stored->state, u"reserved"_s);
    }
    const auto report = numbers.report();
    QCOMPARE(report.size(), 1);
    const auto& block = report.constFirst();
    QCOMPARE(block.reserved, qint64(rounds));
    QCOMPARE(block.printed, qint64(rounds));
    QCOMPARE(block.used, qint64(2 * rounds));
    QCOMPARE(block.remaining, qint64(20 - 2 * rounds));
    QCOMPARE(block.printed + block.spoiled + block.voided + block.reserved + block.returned + block.remaining,
             block.size());
}

QTEST_GUILESS_MAIN(TestNumbersCrash)
#include "TestNumbersCrash.moc"
