// The hall host as it runs in a hall: onewindow-cli queue host as a real process on a free port with a temporary
// queue file, counters and the kiosk as CLI processes and as QueueClients.
#include "ProcessRun.h"
#include "idcard/IdNumber.h"
#include "queue/QueueClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ow::queue::QueueClient;
using ow::queue::QueueReply;

namespace {

const QString hallKey = u"hall-key-for-tests"_s;

using Run = ow::tests::ProcessRun;

} // namespace

class TestQueueHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ticketsAndCallsThroughTheCli();
    void callWithNobodyWaitingExitsOne();
    void noShowAndTransferThroughTheCli();
    void statusListsCategoriesCountersAndCalls();
    void twoCountersAtTheSameInstantNeverShareATicket();
    void killAndRestartLosesNoTicket();
    void clientReconnectsByItself();
    void wrongKeyIsRefused();
    void keyFromAFileOrTheEnvironment();
    void terminateStopsCleanly();
    void eventsReachTheDisplay();
    void appointmentsFromTheCliAreCalledFirst();

private:
    void startHost(quint16 port = 0);
    Run cli(const QStringList& arguments, const QProcessEnvironment& environment = {}) const;
    QStringList hostArgs() const;
    std::unique_ptr<QueueClient> client(const QString& role, int counter, const QString& key = hallKey) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_host;
    quint16 m_port = 0;
};

void TestQueueHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    startHost();
}

void TestQueueHost::cleanup()
{
    if (m_host) {
        m_host->kill();
        m_host->waitForFinished();
    }
    m_host.reset();
    m_dir.reset();
}

void TestQueueHost::startHost(quint16 port)
{
    m_host = std::make_unique<QProcess>();
    m_host->setProcessChannelMode(QProcess::SeparateChannels);
    m_host->start(QStringLiteral(OW_CLI_PATH),
                  {u"--lang"_s, u"en"_s, u"queue"_s, u"host"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--db"_s,
                   m_dir->filePath(u"hall-queue.sqlite"_s), u"--key"_s, hallKey, u"--noshow-delay"_s, u"1"_s});
    QVERIFY(m_host->waitForStarted());
    static const QRegularExpression listening(u"ws://127\\.0\\.0\\.1:(\\d+)"_s);
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(m_host->readAllStandardOutput()),
                              listening.match(output).hasMatch() || m_host->state() == QProcess::NotRunning),
                             20000);
    const auto match = listening.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(QString::fromUtf8(m_host->readAllStandardError())));
    m_port = static_cast<quint16>(match.captured(1).toUInt());
}

QStringList TestQueueHost::hostArgs() const
{
    return {u"--host"_s, u"ws://127.0.0.1:%1"_s.arg(m_port), u"--key"_s, hallKey};
}

Run TestQueueHost::cli(const QStringList& arguments, const QProcessEnvironment& environment) const
{
    ow::tests::ProcessOptions options;
    options.environment = environment;
    return ow::tests::runProcess(QStringLiteral(OW_CLI_PATH), QStringList {u"--lang"_s, u"en"_s} + arguments, options);
}

std::unique_ptr<QueueClient> TestQueueHost::client(const QString& role, int counter, const QString& key) const
{
    auto result = std::make_unique<QueueClient>();
    result->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port)));
    result->setKey(key.toUtf8());
    result->setRole(role, counter);
    result->setRetryDelays(50, 200);
    result->open();
    return result;
}

void TestQueueHost::ticketsAndCallsThroughTheCli()
{
    Run run = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QJsonObject ticket = run.json();
    QCOMPARE(ticket.value(u"number"_s).toString(), u"A001"_s);
    QCOMPARE(ticket.value(u"category"_s).toString(), u"A"_s);
    QCOMPARE(ticket.value(u"ahead"_s).toInt(), 0);
    QCOMPARE(ticket.value(u"priority"_s).toBool(), false);

    // 1940-born citizen: priority by age; the ID number itself is not echoed to the kiosk.
    const QString first17 = u"11010119400101123"_s;
    const QString oldCitizen = first17 + *ow::idcard::IdNumber::checkCharacter(first17);
    run =
        cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s, u"--id-number"_s, oldCitizen} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    ticket = run.json();
    QCOMPARE(ticket.value(u"number"_s).toString(), u"A002"_s);
    QCOMPARE(ticket.value(u"ahead"_s).toInt(), 0);
    QCOMPARE(ticket.value(u"priority"_s).toBool(), true);
    QCOMPARE(ticket.value(u"priority_reason"_s).toString(), u"age"_s);
    QVERIFY(!ticket.contains(u"id_number"_s));

    run = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"3"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QJsonObject called = run.json();
    QCOMPARE(called.value(u"number"_s).toString(), u"A002"_s);
    QCOMPARE(called.value(u"counter"_s).toInt(), 3);
    QCOMPARE(called.value(u"reason_code"_s).toString(), u"priority"_s);
    QCOMPARE(called.value(u"id_number"_s).toString(), oldCitizen);

    run = cli(QStringList {u"queue"_s, u"recall"_s, u"--counter"_s, u"3"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"number"_s).toString(), u"A002"_s);
    run = cli(QStringList {u"queue"_s, u"finish"_s, u"--counter"_s, u"3"_s, u"--case"_s, u"case-uuid-1"_s,
                           u"--rating"_s, u"5"_s} +
              hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"state"_s).toString(), u"finished"_s);
    QCOMPARE(run.json().value(u"case_uuids"_s).toArray().first().toString(), u"case-uuid-1"_s);
    QCOMPARE(run.json().value(u"rating"_s).toInt(), 5);

    run = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"Q"_s} + hostArgs());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"There is no category Q"_s), qPrintable(run.err));
}

void TestQueueHost::callWithNobodyWaitingExitsOne()
{
    const Run run = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"Nobody is waiting"_s), qPrintable(run.err));
}

void TestQueueHost::noShowAndTransferThroughTheCli()
{
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs()).exitCode, 0);
    }
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs()).json().value(u"number"_s),
             u"A001"_s);
    Run run = cli(QStringList {u"queue"_s, u"noshow"_s, u"--counter"_s, u"1"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"state"_s).toString(), u"waiting"_s);
    QVERIFY(run.json().contains(u"returns_at"_s));
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs()).json().value(u"number"_s),
             u"A002"_s);
    run = cli(QStringList {u"queue"_s, u"transfer"_s, u"--counter"_s, u"1"_s, u"--to-category"_s, u"B"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"category"_s).toString(), u"B"_s);
    run = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"2"_s, u"--categories"_s, u"B"_s} + hostArgs());
    QCOMPARE(run.json().value(u"number"_s).toString(), u"A002"_s);
    QVERIFY(run.json().value(u"reason"_s).toString().contains(u"Transferred from counter 1"_s));
    // The no-show delay (1 s for this host) has passed: A001 is back, once.
    QTest::qWait(1100);
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs()).json().value(u"number"_s),
             u"A001"_s);
    run = cli(QStringList {u"queue"_s, u"noshow"_s, u"--counter"_s, u"1"_s} + hostArgs());
    QCOMPARE(run.json().value(u"state"_s).toString(), u"dropped"_s);
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs()).exitCode, 1);
}

void TestQueueHost::statusListsCategoriesCountersAndCalls()
{
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs()).exitCode, 0);
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"B"_s} + hostArgs()).exitCode, 0);
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"B"_s} + hostArgs()).exitCode, 0);
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"5"_s, u"--categories"_s, u"B"_s} + hostArgs())
                 .exitCode,
             0);
    const Run run = cli(QStringList {u"queue"_s, u"status"_s, u"--json"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = run.json();
    QCOMPARE(status.value(u"waiting"_s).toInt(), 2);
    const QJsonArray categories = status.value(u"categories"_s).toArray();
    QVERIFY(categories.size() >= 4);
    QCOMPARE(categories.at(0).toObject().value(u"code"_s).toString(), u"A"_s);
    QVERIFY(!categories.at(0).toObject().value(u"name"_s).toString().isEmpty());
    QCOMPARE(categories.at(0).toObject().value(u"waiting"_s).toInt(), 1);
    QCOMPARE(categories.at(1).toObject().value(u"waiting"_s).toInt(), 1);
    const QJsonObject counter = status.value(u"counters"_s).toArray().first().toObject();
    QCOMPARE(counter.value(u"number"_s).toInt(), 5);
    QCOMPARE(counter.value(u"current"_s).toString(), u"B001"_s);
    QCOMPARE(counter.value(u"categories"_s).toArray().first().toString(), u"B"_s);
    const QJsonObject call = status.value(u"recent_calls"_s).toArray().first().toObject();
    QCOMPARE(call.value(u"number"_s).toString(), u"B001"_s);
    QCOMPARE(call.value(u"counter"_s).toInt(), 5);

    const Run text = cli(QStringList {u"queue"_s, u"status"_s} + hostArgs());
    QVERIFY2(text.out.contains(u"Waiting: 2"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"counter 5: B001"_s), qPrintable(text.out));
}

void TestQueueHost::twoCountersAtTheSameInstantNeverShareATicket()
{
    constexpr int rounds = 100;
    auto kiosk = client(u"kiosk"_s, 0);
    auto first = client(u"counter"_s, 1);
    auto second = client(u"counter"_s, 2);
    QTRY_VERIFY(kiosk->isReady() && first->isReady() && second->isReady());
    int issued = 0;
    for (int i = 0; i < 2 * rounds; ++i) {
        ow::queue::TicketRequest request;
        request.category = i % 2 ? u"A"_s : u"B"_s;
        kiosk->issueTicket(request, this, [&](const QueueReply& reply) { issued += reply.ok ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(issued, 2 * rounds, 30000);

    QStringList numbers;
    int failures = 0;
    for (int i = 0; i < rounds; ++i) {
        int answers = 0;
        auto collect = [&](const QueueReply& reply) {
            ++answers;
            if (reply.ok) {
                numbers.append(reply.ticket().number);
            } else {
                ++failures;
            }
        };
        // Both requests leave before either answer arrives.
        first->callNext({}, u"clerk-1"_s, this, collect);
        second->callNext({}, u"clerk-2"_s, this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
    }
    QCOMPARE(failures, 0);
    QCOMPARE(numbers.size(), 2 * rounds);
    const QSet<QString> distinct(numbers.cbegin(), numbers.cend());
    QCOMPARE(distinct.size(), 2 * rounds);
}

void TestQueueHost::killAndRestartLosesNoTicket()
{
    auto kiosk = client(u"kiosk"_s, 0);
    QTRY_VERIFY(kiosk->isReady());
    QStringList numbers;
    for (int i = 0; i < 20; ++i) {
        ow::queue::TicketRequest request;
        request.category = u"A"_s;
        kiosk->issueTicket(request, this, [&](const QueueReply& reply) {
            if (reply.ok) {
                numbers.append(reply.ticket().number);
            }
        });
    }
    // Kill the host the moment the last answer is in: every answered ticket was committed before it was sent.
    QTRY_COMPARE_WITH_TIMEOUT(numbers.size(), 20, 20000);
    m_host->kill();
    QVERIFY(m_host->waitForFinished());
    QTRY_VERIFY(!kiosk->isReady());

    const quint16 port = m_port;
    startHost(port);
    QCOMPARE(m_port, port);
    const Run status = cli(QStringList {u"queue"_s, u"status"_s, u"--json"_s} + hostArgs());
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().value(u"waiting"_s).toInt(), 20);
    const Run call = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs());
    QCOMPARE(call.json().value(u"number"_s).toString(), u"A001"_s);
    const Run ticket = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs());
    QCOMPARE(ticket.json().value(u"number"_s).toString(), u"A021"_s);
    QCOMPARE(ticket.json().value(u"ahead"_s).toInt(), 19);
}

void TestQueueHost::clientReconnectsByItself()
{
    auto counter = client(u"counter"_s, 7);
    QSignalSpy readySpy(counter.get(), &QueueClient::ready);
    QSignalSpy lostSpy(counter.get(), &QueueClient::disconnected);
    QTRY_COMPARE(readySpy.size(), 1);
    m_host->kill();
    QVERIFY(m_host->waitForFinished());
    QTRY_COMPARE(lostSpy.size(), 1);
    // While the host is away, requests fail at once with a message, so the counter can go to its own range.
    QString error;
    counter->callNext({}, {}, this, [&](const QueueReply& reply) { error = reply.error; });
    QVERIFY2(error.contains(u"cannot be reached"_s), qPrintable(error));

    startHost(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(readySpy.size(), 2, 15000);
    QVERIFY(counter->isReady());
    // The host lists the counter as online again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto counters = counter->lastStatus().counters;
            return std::any_of(counters.cbegin(), counters.cend(),
                               [](const ow::queue::CounterState& c) { return c.number == 7 && c.online; });
        }(),
        5000);
}

void TestQueueHost::appointmentsFromTheCliAreCalledFirst()
{
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs()).exitCode, 0);
    const QString first17 = u"11010119800101123"_s;
    const QString citizen = first17 + *ow::idcard::IdNumber::checkCharacter(first17);
    // A slot that has come (from ten minutes before it), on today's date also just after midnight.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime slot = now.time() < QTime(0, 10) ? now.addSecs(5 * 60) : now.addSecs(-5 * 60);
    const QJsonArray appointments {QJsonObject {{u"uuid"_s, u"appointment-1"_s},
                                                {u"id_number"_s, citizen},
                                                {u"name"_s, u"Test Citizen"_s},
                                                {u"item_code"_s, u"pension-eligibility-check"_s},
                                                {u"slot_start"_s, ow::queue::wireTime(slot)},
                                                {u"slot_end"_s, ow::queue::wireTime(slot.addSecs(30 * 60))},
                                                {u"booking_code"_s, u"123456"_s},
                                                {u"state"_s, u"booked"_s}}};
    const QString file = m_dir->filePath(u"appointments.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(appointments).toJson());
    out.close();
    Run run = cli(QStringList {u"queue"_s, u"appointments"_s, u"--file"_s, file} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"1 appointment"_s), qPrintable(run.out));

    // The appointed citizen comes after a walk-in and is still called first: the slot has come.
    run = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s, u"--id-number"_s, citizen} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"number"_s).toString(), u"A002"_s);
    QCOMPARE(run.json().value(u"priority_reason"_s).toString(), u"appointment"_s);
    run = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"1"_s} + hostArgs());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"number"_s).toString(), u"A002"_s);
    QCOMPARE(run.json().value(u"reason_code"_s).toString(), u"appointment"_s);

    // A file with a broken appointment is refused before anything is sent.
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(R"([{"uuid": "x", "id_number": "", "booking_code": "", "slot_start": "", "slot_end": ""}])");
    out.close();
    run = cli(QStringList {u"queue"_s, u"appointments"_s, u"--file"_s, file} + hostArgs());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"slot_start"_s), qPrintable(run.err));

    // The kiosk may look appointments up but not put them.
    auto kiosk = client(u"kiosk"_s, 0);
    QTRY_VERIFY(kiosk->isReady());
    QString code;
    kiosk->putAppointments(ow::queue::Appointment::fromJsonArray(appointments), this,
                           [&](const QueueReply& reply) { code = reply.code; });
    QTRY_COMPARE(code, u"refused"_s);
}

void TestQueueHost::wrongKeyIsRefused()
{
    const Run run = cli(
        {u"queue"_s, u"status"_s, u"--host"_s, u"ws://127.0.0.1:%1"_s.arg(m_port), u"--key"_s, u"not-the-hall-key"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"The hall key is wrong"_s), qPrintable(run.err));

    auto intruder = client(u"counter"_s, 9, u"not-the-hall-key"_s);
    QSignalSpy refused(intruder.get(), &QueueClient::authenticationFailed);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(u"The hall key is wrong"_s));
    // A refused key is not tried again and again.
    QTest::qWait(500);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!intruder->isReady());
}

void TestQueueHost::keyFromAFileOrTheEnvironment()
{
    const QString keyFile = m_dir->filePath(u"hall.key"_s);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(hallKey.toUtf8() + "\n");
    file.close();
    const QString url = u"ws://127.0.0.1:%1"_s.arg(m_port);
    QCOMPARE(cli({u"queue"_s, u"status"_s, u"--host"_s, url, u"--key-file"_s, keyFile}).exitCode, 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OW_HALL_KEY"_s, hallKey);
    QCOMPARE(cli({u"queue"_s, u"status"_s, u"--host"_s, url}, environment).exitCode, 0);
}

void TestQueueHost::terminateStopsCleanly()
{
    m_host->terminate();
    QVERIFY(m_host->waitForFinished(10000));
    QCOMPARE(m_host->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_host->exitCode(), 0);
    QVERIFY(QString::fromUtf8(m_host->readAllStandardOutput()).contains(u"The hall host stopped."_s));
}

void TestQueueHost::eventsReachTheDisplay()
{
    auto display = client(u"display"_s, 0);
    QTRY_VERIFY(display->isReady());
    QSignalSpy calls(display.get(), &QueueClient::called);
    QSignalSpy tickets(display.get(), &QueueClient::ticketIssued);
    QSignalSpy statuses(display.get(), &QueueClient::statusChanged);
    QCOMPARE(cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"C"_s} + hostArgs()).exitCode, 0);
    QTRY_COMPARE(tickets.size(), 1);
    QCOMPARE(cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"4"_s} + hostArgs()).exitCode, 0);
    QTRY_COMPARE(calls.size(), 1);
    const auto call = calls.first().first().value<ow::queue::CallEvent>();
    QCOMPARE(call.number, u"C001"_s);
    QCOMPARE(call.counter, 4);
    QCOMPARE(call.recall, false);
    QTRY_VERIFY(statuses.size() >= 1);
    QTRY_VERIFY(display->lastStatus().recentCalls.size() == 1);
}

QTEST_GUILESS_MAIN(TestQueueHost)
#include "TestQueueHost.moc"
