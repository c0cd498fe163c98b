// `onewindow --hall` as a real process, the way the hall PC runs it: its own queue host on a free port, the kiosk
// reading a card from the simulator, its settings (--categories, --checkin-early), tickets issued and called with
// onewindow-cli, and a kill -9 after which the tickets are still there. The hall logs what it does under
// ow.queue.hall; the test reads that output.
#include "CardSimulatorProcess.h"
#include "ProcessRun.h"
#include "idcard/IdNumber.h"
#include "queue/Appointments.h"
#include "queue/QueueClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

const QString hallKey = u"hall-key-for-tests"_s;
const QString residentIdNumber = u"110105198512030203"_s; // tests/data/cards/resident.json

using Run = ow::tests::ProcessRun;

// Every program here runs offscreen, in English.
Run runProcess(const QString& program, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    ow::tests::ProcessOptions options;
    options.environment = environment;
    return ow::tests::runProcess(program, QStringList {u"--lang"_s, u"en"_s} + arguments, options);
}

} // namespace

class TestHallPc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void refusesWrongSettings_data();
    void refusesWrongSettings();
    void hallPcKeepsItsTicketsThroughAKill();

private:
    void startHall(quint16 port, const QString& cardDevice);
    [[nodiscard]] bool hallLogged(const QString& text);
    [[nodiscard]] Run cli(const QStringList& arguments) const;
    [[nodiscard]] QStringList hostArgs() const;
    [[nodiscard]] std::optional<queue::QueueReply> checkIn(const QString& idNumber);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_hall;
    QString m_hallLog;
    quint16 m_port = 0;
};

void TestHallPc::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile keyFile(m_dir.filePath(u"hall.key"_s));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(hallKey.toUtf8() + '\n');
    keyFile.close();
    QFile categories(m_dir.filePath(u"categories.json"_s));
    QVERIFY(categories.open(QIODevice::WriteOnly));
    categories.write(R"([{"code": "K", "name": "Pensions", "items": ["pension-eligibility-check"]},
                         {"code": "L", "name": "Dogs", "items": ["dog-registration"]}])");
    categories.close();
    QFile wrong(m_dir.filePath(u"wrong-categories.json"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(R"([{"code": "AB", "name": "Two letters"}])");
}

void TestHallPc::cleanup()
{
    if (m_hall) {
        m_hall->kill();
        m_hall->waitForFinished();
        m_hall.reset();
    }
}

void TestHallPc::refusesWrongSettings_data()
{
    QTest::addColumn<bool>("gui");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("hall checkin-early not a number")
        << true << QStringList {u"--checkin-early"_s, u"soon"_s} << u"--checkin-early takes the minutes"_s;
    QTest::newRow("hall checkin-early negative")
        << true << QStringList {u"--checkin-early"_s, u"-5"_s} << u"from 0 to 720"_s;
    QTest::newRow("hall categories missing")
        << true << QStringList {u"--categories"_s, m_dir.filePath(u"none.json"_s)} << u"none.json"_s;
    QTest::newRow("hall categories wrong")
        << true << QStringList {u"--categories"_s, m_dir.filePath(u"wrong-categories.json"_s)}
        << u"one capital letter"_s;
    QTest::newRow("hall settings with a remote host")
        << true << QStringList {u"--hall-host"_s, u"ws://127.0.0.1:7700"_s, u"--checkin-early"_s, u"10"_s}
        << u"--checkin-early is a setting of the queue host"_s;
    QTest::newRow("host checkin-early too large")
        << false << QStringList {u"--checkin-early"_s, u"1000"_s} << u"from 0 to 720"_s;
    QTest::newRow("host checkin-early not a number")
        << false << QStringList {u"--checkin-early"_s, u"x"_s} << u"--checkin-early takes the minutes"_s;
}

void TestHallPc::refusesWrongSettings()
{
    QFETCH(bool, gui);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString key = m_dir.filePath(u"hall.key"_s);
    const Run run = gui ? runProcess(QStringLiteral(OW_GUI_PATH),
                                     QStringList {u"--data-dir"_s, m_dir.filePath(u"refused"_s), u"--hall"_s,
                                                  u"--hall-listen"_s, u"127.0.0.1:0"_s, u"--hall-key-file"_s, key} +
                                         arguments)
                        : runProcess(QStringLiteral(OW_CLI_PATH),
                                     QStringList {u"queue"_s, u"host"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                                                  m_dir.filePath(u"refused.sqlite"_s), u"--key-file"_s, key} +
                                         arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestHallPc::startHall(quint16 port, const QString& cardDevice)
{
    m_hall = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"ow.queue.hall.info=true"_s);
    m_hall->setProcessEnvironment(environment);
    m_hall->setProcessChannelMode(QProcess::MergedChannels);
    m_hall->start(QStringLiteral(OW_GUI_PATH),
                  {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir.filePath(u"hall-pc"_s), u"--hall"_s, u"--hall-listen"_s,
                   u"127.0.0.1:%1"_s.arg(port), u"--hall-key-file"_s, m_dir.filePath(u"hall.key"_s), u"--card-reader"_s,
                   cardDevice, u"--categories"_s, m_dir.filePath(u"categories.json"_s), u"--checkin-early"_s, u"10"_s});
    QVERIFY(m_hall->waitForStarted());
    m_hallLog.clear();
    QVERIFY(hallLogged(u"hall host listens on"_s));
    static const QRegularExpression listening(u"ws://127\\.0\\.0\\.1:(\\d+)"_s);
    const auto match = listening.match(m_hallLog);
    QVERIFY2(match.hasMatch(), qPrintable(m_hallLog));
    m_port = static_cast<quint16>(match.captured(1).toUInt());
}

bool TestHallPc::hallLogged(const QString& text)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_hallLog += QString::fromUtf8(m_hall->readAll());
        if (m_hallLog.contains(text)) {
            return true;
        }
        m_hall->waitForReadyRead(200);
    }
    qWarning().noquote() << "hall log:" << m_hallLog;
    return false;
}

QStringList TestHallPc::hostArgs() const
{
    return {u"--host"_s, u"ws://127.0.0.1:%1"_s.arg(m_port), u"--key-file"_s, m_dir.filePath(u"hall.key"_s)};
}

Run TestHallPc::cli(const QStringList& arguments) const
{
    return runProcess(QStringLiteral(OW_CLI_PATH), arguments);
}

// What the kiosk asks when a citizen with an appointment lays the card on the reader.
std::optional<queue::QueueReply> TestHallPc::checkIn(const QString& idNumber)
{
    queue::QueueClient client;
    client.setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port)));
    client.setKey(hallKey.toUtf8());
    client.setRole(u"kiosk"_s);
    client.setEventsWanted(false);
    client.open();
    std::optional<queue::QueueReply> answer;
    if (!QTest::qWaitFor([&] { return client.isReady(); }, 10000)) {
        return std::nullopt;
    }
    client.send(u"checkin"_s, {{u"id_number"_s, idNumber}}, this,
                [&](const queue::QueueReply& reply) { answer = reply; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000)) {
        return std::nullopt;
    }
    return answer;
}

void TestHallPc::hallPcKeepsItsTicketsThroughAKill()
{
    const tests::CardSimulatorProcess simulator({tests::CardSimulatorProcess::card(u"resident.json"_s)});
    QVERIFY(!simulator.device().isEmpty());
    startHall(0, simulator.device());
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(hallLogged(u"kiosk read the card of 110105"_s));
    QVERIFY2(!m_hallLog.contains(residentIdNumber), "the log shows the ID number masked");

    // The hall's own categories are what the kiosk hands out; the shipped A is not one of them.
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs()).exitCode, 1);
    for (const QString& expected : {u"K001"_s, u"K002"_s, u"L001"_s}) {
        const Run ticket = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, expected.left(1)} + hostArgs());
        QCOMPARE(ticket.exitCode, 0);
        QCOMPARE(ticket.json().value(u"number"_s).toString(), expected);
    }
    const Run call = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"2"_s} + hostArgs());
    QCOMPARE(call.exitCode, 0);
    QCOMPARE(call.json().value(u"number"_s).toString(), u"K001"_s);

    // With --checkin-early 10 a slot 30 minutes away cannot be checked in yet; one 5 minutes away can. The hall
    // runs on the real clock, so in the last 40 minutes of the day the slots lie behind instead: one that ended is
    // missed, one under way still checks in.
    const QDateTime now = QDateTime::currentDateTime();
    const bool nearMidnight = now.date() != now.addSecs(40 * 60).date();
    const QString otherFirst17 = u"11010519491231002"_s;
    const QString otherIdNumber = otherFirst17 + *idcard::IdNumber::checkCharacter(otherFirst17);
    QList<queue::Appointment> appointments;
    for (const int minutes : {30, 5}) {
        queue::Appointment appointment;
        appointment.uuid = u"appointment-in-%1"_s.arg(minutes);
        appointment.idNumber = minutes == 30 ? residentIdNumber : otherIdNumber;
        appointment.itemCode = u"pension-eligibility-check"_s;
        appointment.slotStart = nearMidnight ? now.addSecs(-minutes * 60) : now.addSecs(minutes * 60);
        appointment.slotEnd =
            nearMidnight ? now.addSecs((minutes == 30 ? -15 : 10) * 60) : now.addSecs((minutes + 15) * 60);
        appointment.bookingCode = u"40%1"_s.arg(minutes, 4, 10, QLatin1Char('0'));
        appointments.append(appointment);
    }
    QFile file(m_dir.filePath(u"appointments.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(queue::Appointment::toJsonArray(appointments)).toJson());
    file.close();
    const Run put = cli(QStringList {u"queue"_s, u"appointments"_s, u"--file"_s, file.fileName()} + hostArgs());
    QVERIFY2(put.exitCode == 0, qPrintable(put.err));
    const auto notNow = checkIn(residentIdNumber);
    QVERIFY(notNow);
    QCOMPARE(notNow->code, nearMidnight ? u"too-late"_s : u"too-early"_s);
    const auto early = checkIn(otherIdNumber);
    QVERIFY(early);
    QVERIFY2(early->ok, qPrintable(early->error));
    QCOMPARE(early->ticket().number, u"K003"_s);

    // The hall PC loses power; started again on the same port it still has the day's tickets.
    const quint16 port = m_port;
    m_hall->kill();
    m_hall->waitForFinished();
    startHall(port, simulator.device());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_port, port);
    QVERIFY(m_hallLog.contains(u"with 3 tickets waiting"_s));
    const Run status = cli(QStringList {u"queue"_s, u"status"_s, u"--json"_s} + hostArgs());
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().value(u"waiting"_s).toInt(), 3);
    const Run next = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"L"_s} + hostArgs());
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.json().value(u"number"_s).toString(), u"L002"_s);
}

QTEST_GUILESS_MAIN(TestHallPc)
#include "TestHallPc.moc"
