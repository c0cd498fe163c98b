// onewindow-cli numbers as IT staff and scripts use it: real processes on a fresh data folder per test.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString password = u"correct horse"_s;

} // namespace

class TestNumbersCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addBlockRefusesOverlap();
    void takeSpoilAndReportAccountForEveryNumber();
    void voidNeedsTheSupervisorsPassword_data();
    void voidNeedsTheSupervisorsPassword();
    void takeWithoutBlockSaysAddABlock();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {}) const;
    QJsonObject take() const;
    QJsonArray report() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_case;
};

Run TestNumbersCli::cli(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir->path()} + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestNumbersCli::take() const
{
    const Run run = cli({u"numbers"_s, u"take"_s, u"--template"_s, u"senior-card"_s, u"--case"_s, m_case});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonArray TestNumbersCli::report() const
{
    const Run run = cli({u"numbers"_s, u"report"_s, u"--json"_s});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestNumbersCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run hall = cli({u"hall"_s, u"set"_s, u"--code"_s, u"330104001"_s, u"--name"_s, u"Wensan Street Hall"_s,
                          u"--counter"_s, u"3"_s});
    QVERIFY2(hall.exitCode == 0, qPrintable(hall.err));
    const Run made = cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--card"_s,
                          QStringLiteral(OW_CARDS_DIR "/resident_lower_x.json"), u"--field"_s,
                          u"current_address=Wensan Road 100, Hangzhou"_s, u"--field"_s, u"phone=13800138000"_s,
                          u"--date"_s, u"2026-11-23"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_case = QJsonDocument::fromJson(made.out.toUtf8()).object().value(u"number"_s).toString();
    QVERIFY(!m_case.isEmpty());
    for (const auto& [login, role] : {std::pair {u"wang"_s, u"supervisor"_s}, std::pair {u"li"_s, u"clerk"_s}}) {
        const Run clerk = cli({u"clerk"_s, u"add"_s, u"--login"_s, login, u"--name"_s, login, u"--role"_s, role},
                              password.toUtf8() + '\n');
        QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));
    }
}

void TestNumbersCli::addBlockRefusesOverlap()
{
    const Run added = cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"1"_s,
                           u"--to"_s, u"100"_s, u"--prefix"_s, u"ZJ"_s, u"--width"_s, u"6"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), u"Block ZJ000001 to ZJ000100 added for template senior-card."_s);

    const Run overlapping = cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"90"_s,
                                 u"--to"_s, u"190"_s, u"--prefix"_s, u"ZJ"_s, u"--width"_s, u"6"_s});
    QCOMPARE(overlapping.exitCode, 1);
    QVERIFY2(overlapping.err.contains(
                 u"Numbers ZJ000090 to ZJ000190 overlap block ZJ000001 to ZJ000100 of template senior-card"_s),
             qPrintable(overlapping.err));
    QCOMPARE(report().size(), 1);

    const Run bad = cli(
        {u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"one"_s, u"--to"_s, u"9"_s});
    QCOMPARE(bad.exitCode, 2);
}

void TestNumbersCli::takeSpoilAndReportAccountForEveryNumber()
{
    const Run added = cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"1"_s,
                           u"--to"_s, u"10"_s, u"--width"_s, u"3"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject first = take();
    QCOMPARE(first[u"serial_number"_s].toString(), u"001"_s);
    QCOMPARE(first[u"state"_s].toString(), u"reserved"_s);
    QCOMPARE(first[u"case"_s].toString(), m_case);

    const Run spoiled =
        cli({u"numbers"_s, u"spoil"_s, u"001"_s, u"--template"_s, u"senior-card"_s, u"--reason"_s, u"paper jam"_s});
    QVERIFY2(spoiled.exitCode == 0, qPrintable(spoiled.err));
    QCOMPARE(spoiled.out.trimmed(), u"Number 001 spoiled; the next print takes a new number."_s);
    // The next print takes a new number; the spoiled one is never given again.
    QCOMPARE(take()[u"serial_number"_s].toString(), u"002"_s);
    QCOMPARE(take()[u"serial_number"_s].toString(), u"003"_s);
    const Run again = cli({u"numbers"_s, u"spoil"_s, u"001"_s, u"--template"_s, u"senior-card"_s});
    QCOMPARE(again.exitCode, 1);
    const Run unknown = cli({u"numbers"_s, u"spoil"_s, u"009"_s, u"--template"_s, u"senior-card"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err.trimmed(), u"Number 009 of template senior-card was never taken at this counter."_s);

    const QJsonArray blocks = report();
    QCOMPARE(blocks.size(), 1);
    const QJsonObject block = blocks.at(0).toObject();
    QCOMPARE(block[u"template"_s].toString(), u"senior-card"_s);
    QCOMPARE(block[u"first"_s].toInteger(), 1);
    QCOMPARE(block[u"last"_s].toInteger(), 10);
    QCOMPARE(block[u"spoiled"_s].toInteger(), 1);
    QCOMPARE(block[u"reserved"_s].toInteger(), 2);
    QCOMPARE(block[u"remaining"_s].toInteger(), 7);
    qint64 sum = 0;
    for (const auto* key : {"printed", "spoiled", "voided", "reserved", "returned", "remaining"}) {
        QVERIFY2(block.contains(QLatin1StringView(key)), key);
        sum += block[QLatin1StringView(key)].toInteger();
    }
    QCOMPARE(sum, block[u"last"_s].toInteger() - block[u"first"_s].toInteger() + 1);

    const Run text = cli({u"numbers"_s, u"report"_s});
    QCOMPARE(text.out.trimmed(),
             u"senior-card 001-010: 0 printed, 1 spoiled, 0 voided, 2 reserved, 0 returned, 7 remaining"_s);
}

void TestNumbersCli::voidNeedsTheSupervisorsPassword_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong password") << QStringList {u"--reason"_s, u"citizen left"_s, u"--supervisor"_s, u"wang"_s}
                                    << QByteArray("battery staple\n") << 1 << u"The login or the password is wrong."_s;
    QTest::newRow("not a supervisor") << QStringList {u"--reason"_s, u"citizen left"_s, u"--supervisor"_s, u"li"_s}
                                      << password.toUtf8() << 1
                                      << u"li is not a supervisor; a supervisor or an admin must approve this."_s;
    QTest::newRow("no reason") << QStringList {u"--supervisor"_s, u"wang"_s} << password.toUtf8() << 1
                               << u"Give the reason for voiding the number; it is kept with the number."_s;
    QTest::newRow("no supervisor") << QStringList {u"--reason"_s, u"citizen left"_s} << password.toUtf8() << 2
                                   << u"numbers void needs --supervisor"_s;
    QTest::newRow("approved") << QStringList {u"--reason"_s, u"citizen left"_s, u"--supervisor"_s, u"wang"_s}
                              << QByteArray(password.toUtf8() + '\n') << 0 << QString();
}

void TestNumbersCli::voidNeedsTheSupervisorsPassword()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const Run added =
        cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"1"_s, u"--to"_s, u"10"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(take()[u"serial_number"_s].toString(), u"1"_s);
    const Run run =
        cli(QStringList {u"numbers"_s, u"void"_s, u"1"_s, u"--template"_s, u"senior-card"_s} + extra, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    const QJsonObject block = report().at(0).toObject();
    QCOMPARE(block[u"voided"_s].toInteger(), exitCode == 0 ? 1 : 0);
    QCOMPARE(block[u"reserved"_s].toInteger(), exitCode == 0 ? 0 : 1);
    if (exitCode == 0) {
        QCOMPARE(run.out.trimmed(), u"Number 1 voided."_s);
    }
}

void TestNumbersCli::takeWithoutBlockSaysAddABlock()
{
    const Run run = cli({u"numbers"_s, u"take"_s, u"--template"_s, u"senior-card"_s, u"--case"_s, m_case});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(), u"No numbers left for template senior-card; add a block."_s);
    const Run noCase = cli({u"numbers"_s, u"take"_s, u"--template"_s, u"senior-card"_s, u"--case"_s, u"nope"_s});
    QCOMPARE(noCase.exitCode, 1);
    QCOMPARE(noCase.err.trimmed(), u"There is no case nope at this counter."_s);
}

QTEST_GUILESS_MAIN(TestNumbersCli)
#include "TestNumbersCli.moc"
