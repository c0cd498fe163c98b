// onewindow-cli idcard: reads through the card-reader simulator on a real pseudo-terminal, and ID number checks.
#include "CardSimulatorProcess.h"
#include "ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::tests::ProcessRun;

Run cli(const QStringList& arguments, const QString& workingDirectory = QString())
{
    ow::tests::ProcessOptions options;
    options.workingDirectory = workingDirectory;
    return ow::tests::runProcess(QStringLiteral(OW_CLI_PATH),
                                 QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments, options);
}

QJsonObject cardFile(const QString& name)
{
    QFile file(QStringLiteral(OW_CARDS_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

using Simulator = ow::tests::CardSimulatorProcess;

} // namespace

class TestIdCardCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachCardType_data();
    void readsEachCardType();
    void relativeDevicePathIsAFile();
    void noCardExitsThree();
    void missingDeviceExitsFour();
    void silentDeviceExitsFour();
    void damagedFramesExitFive();
    void checkNumbers_data();
    void checkNumbers();
};

void TestIdCardCli::readsEachCardType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("simulatorOptions");
    QTest::newRow("resident, rare character") << QStringLiteral("resident.json") << QStringList();
    QTest::newRow("resident, lower-case x, noisy line")
        << QStringLiteral("resident_lower_x.json")
        << QStringList {QStringLiteral("--junk"), QStringLiteral("--fragment"), QStringLiteral("16")};
    QTest::newRow("foreign permanent 2017") << QStringLiteral("foreign_permanent_2017.json") << QStringList();
    QTest::newRow("foreign permanent 2023") << QStringLiteral("foreign_permanent_2023.json") << QStringList();
    QTest::newRow("Hong Kong, Macao, Taiwan permit") << QStringLiteral("hk_mo_tw_permit.json") << QStringList();
}

void TestIdCardCli::readsEachCardType()
{
    QFETCH(QString, file);
    QFETCH(QStringList, simulatorOptions);
    const Simulator simulator(simulatorOptions + QStringList {Simulator::card(file)});
    QVERIFY(!simulator.device().isEmpty());
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), simulator.device(),
                         QStringLiteral("--timeout-ms"), QStringLiteral("15000")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject read = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject expected = cardFile(file);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key() == u"new_address" || it.key() == u"card_version" || it.key() == u"renewal_count" ||
            it.key() == u"previous_id_link" || it.key() == u"fingerprint" || it.key() == u"photo_file") {
            continue; // what the simulator's reader holds beside the card fields
        }
        const QString value = it.key() == u"id_number" ? it.value().toString().toUpper() : it.value().toString();
        QVERIFY2(read.value(it.key()).toString() == value,
                 qPrintable(it.key() + QStringLiteral(": ") + read.value(it.key()).toString()));
    }
    QCOMPARE(QByteArray::fromBase64(read.value(QStringLiteral("photo_wlt")).toString().toLatin1()).size(), 1024);
    QVERIFY(!read.contains(QStringLiteral("photo_png"))); // no licensed decoder on this machine
}

void TestIdCardCli::relativeDevicePathIsAFile()
{
    // ./run hands the demo reader over as demo/reader: a path from the working folder, not a name under /dev.
    const Simulator simulator({Simulator::card(QStringLiteral("resident.json"))});
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("demo")));
    QVERIFY(QFile::link(simulator.device(), dir.filePath(QStringLiteral("demo/reader"))));
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"),
                         QStringLiteral("demo/reader"), QStringLiteral("--timeout-ms"), QStringLiteral("15000")},
                        dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("id_number")).toString().toUpper(),
             cardFile(QStringLiteral("resident.json")).value(QStringLiteral("id_number")).toString().toUpper());
}

void TestIdCardCli::noCardExitsThree()
{
    const Simulator simulator({QStringLiteral("--no-card"), Simulator::card(QStringLiteral("resident.json"))});
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), simulator.device(),
                         QStringLiteral("--timeout-ms"), QStringLiteral("1200")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), QStringLiteral("No card was placed on the reader in time."));
}

void TestIdCardCli::missingDeviceExitsFour()
{
    const Run run =
        cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"),
             QStringLiteral("/dev/ttyUSB-not-plugged-in"), QStringLiteral("--timeout-ms"), QStringLiteral("1000")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("not connected")), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestIdCardCli::silentDeviceExitsFour()
{
    // The simulator answers only at 9600 baud: at 115200 the reader looks silent.
    const Simulator simulator(
        {QStringLiteral("--baud"), QStringLiteral("9600"), Simulator::card(QStringLiteral("resident.json"))});
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), simulator.device(),
                         QStringLiteral("--timeout-ms"), QStringLiteral("1500")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.trimmed().isEmpty());
    // With auto-detection the same reader is found.
    const Run detected =
        cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), simulator.device(),
             QStringLiteral("--baud"), QStringLiteral("auto"), QStringLiteral("--timeout-ms"), QStringLiteral("8000")});
    QVERIFY2(detected.exitCode == 0, qPrintable(detected.err));
}

void TestIdCardCli::damagedFramesExitFive()
{
    const Simulator simulator(
        {QStringLiteral("--bad-checksum"), QStringLiteral("100000"), Simulator::card(QStringLiteral("resident.json"))});
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), simulator.device(),
                         QStringLiteral("--timeout-ms"), QStringLiteral("1500")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestIdCardCli::checkNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("reason");
    QTest::newRow("valid, lower-case x, 60 today") << "33010619661123017x" << 0 << "1966-11-23" << 60 << "";
    QTest::newRow("wrong check character") << "330106196611230171" << 1 << "" << -1 << "does not add up";
    QTest::newRow("legacy 15 digits") << "330106661123017" << 0 << "1966-11-23" << 60 << "";
    QTest::newRow("impossible date") << "330106196602300172" << 1 << "" << -1 << "birth date";
    QTest::newRow("letters") << "hello" << 1 << "" << -1 << "";
}

void TestIdCardCli::checkNumbers()
{
    QFETCH(QString, number);
    QFETCH(int, exitCode);
    QFETCH(QString, birth);
    QFETCH(int, age);
    QFETCH(QString, reason);
    const Run run = cli({QStringLiteral("idcard"), QStringLiteral("check"), number, QStringLiteral("--date"),
                         QStringLiteral("2026-11-23")});
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), exitCode == 0);
    QCOMPARE(json.value(QStringLiteral("birth")).toString(), birth);
    QCOMPARE(json.value(QStringLiteral("age")).toInt(-1), age);
    QVERIFY2(json.value(QStringLiteral("reason")).toString().contains(reason), qPrintable(run.out));
    if (exitCode == 0) {
        QVERIFY(!json.value(QStringLiteral("region")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("reason")).toString().isEmpty());
    } else {
        QVERIFY(!json.value(QStringLiteral("reason")).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIdCardCli)
#include "TestIdCardCli.moc"
