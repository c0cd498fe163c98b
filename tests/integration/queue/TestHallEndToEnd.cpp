// A hall on one machine as separate processes: the headless queue host, the hall PC's kiosk and calling display
// (onewindow --hall --hall-host), two counters calling through onewindow-cli, and a kill -9 of the host in the
// middle of the day. The display process logs what it shows; the test reads that log.
#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString hallKey = u"hall-key-for-tests"_s;

using Run = ow::tests::ProcessRun;

} // namespace

class TestHallEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostTwoCountersAndDisplayThroughARestart();

private:
    void startHost(quint16 port);
    void startDisplay();
    [[nodiscard]] bool displayShows(const QString& number, int counter);
    Run cli(const QStringList& arguments) const;
    [[nodiscard]] QStringList hostArgs() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_host;
    std::unique_ptr<QProcess> m_display;
    QString m_displayLog;
    quint16 m_port = 0;
};

void TestHallEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile keyFile(m_dir.filePath(u"hall.key"_s));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(hallKey.toUtf8() + '\n');
}

void TestHallEndToEnd::cleanupTestCase()
{
    for (auto* process : {m_display.get(), m_host.get()}) {
        if (process) {
            process->kill();
            process->waitForFinished();
        }
    }
}

void TestHallEndToEnd::startHost(quint16 port)
{
    m_host = std::make_unique<QProcess>();
    m_host->start(QStringLiteral(OW_CLI_PATH),
                  {u"--lang"_s, u"en"_s, u"queue"_s, u"host"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--db"_s,
                   m_dir.filePath(u"hall-queue.sqlite"_s), u"--key-file"_s, m_dir.filePath(u"hall.key"_s)});
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

void TestHallEndToEnd::startDisplay()
{
    m_display = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"ow.queue.display.info=true"_s);
    m_display->setProcessEnvironment(environment);
    m_display->setProcessChannelMode(QProcess::MergedChannels);
    m_display->start(QStringLiteral(OW_GUI_PATH),
                     {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir.filePath(u"hall-pc"_s), u"--hall"_s,
                      u"--hall-host"_s, u"ws://127.0.0.1:%1"_s.arg(m_port), u"--hall-key-file"_s,
                      m_dir.filePath(u"hall.key"_s), u"--hall-name"_s, u"Luojiazhuang Hall"_s});
    QVERIFY(m_display->waitForStarted());
}

bool TestHallEndToEnd::displayShows(const QString& number, int counter)
{
    const QString line = u"showing %1 at counter %2"_s.arg(number).arg(counter);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_displayLog += QString::fromUtf8(m_display->readAll());
        if (m_displayLog.contains(line)) {
            return true;
        }
        m_display->waitForReadyRead(200);
    }
    qWarning().noquote() << "display log:" << m_displayLog;
    return false;
}

QStringList TestHallEndToEnd::hostArgs() const
{
    return {u"--host"_s, u"ws://127.0.0.1:%1"_s.arg(m_port), u"--key-file"_s, m_dir.filePath(u"hall.key"_s)};
}

Run TestHallEndToEnd::cli(const QStringList& arguments) const
{
    return ow::tests::runProcess(QStringLiteral(OW_CLI_PATH), QStringList {u"--lang"_s, u"en"_s} + arguments);
}

void TestHallEndToEnd::hostTwoCountersAndDisplayThroughARestart()
{
    startHost(0);
    startDisplay();
    QTRY_VERIFY_WITH_TIMEOUT((m_displayLog += QString::fromUtf8(m_display->readAll()),
                              m_displayLog.contains(u"connected to the hall host"_s)),
                             20000);

    // The morning: the kiosk hands out four tickets, two counters call at once.
    for (int i = 1; i <= 4; ++i) {
        const Run ticket = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs());
        QCOMPARE(ticket.exitCode, 0);
        QCOMPARE(ticket.json().value(u"number"_s).toString(), u"A%1"_s.arg(i, 3, 10, QLatin1Char('0')));
    }
    QProcess counter3;
    QProcess counter5;
    counter3.start(QStringLiteral(OW_CLI_PATH),
                   QStringList {u"--lang"_s, u"en"_s, u"queue"_s, u"call"_s, u"--counter"_s, u"3"_s} + hostArgs());
    counter5.start(QStringLiteral(OW_CLI_PATH),
                   QStringList {u"--lang"_s, u"en"_s, u"queue"_s, u"call"_s, u"--counter"_s, u"5"_s} + hostArgs());
    QVERIFY(counter3.waitForFinished(30000) && counter5.waitForFinished(30000));
    QCOMPARE(counter3.exitCode(), 0);
    QCOMPARE(counter5.exitCode(), 0);
    const QString called3 = QJsonDocument::fromJson(counter3.readAllStandardOutput()).object()[u"number"_s].toString();
    const QString called5 = QJsonDocument::fromJson(counter5.readAllStandardOutput()).object()[u"number"_s].toString();
    QVERIFY(!called3.isEmpty() && !called5.isEmpty());
    QVERIFY(called3 != called5);
    QVERIFY(displayShows(called3, 3));
    QVERIFY(displayShows(called5, 5));

    // The host PC loses power in the middle of the day and comes back on the same address.
    const quint16 port = m_port;
    m_host->kill();
    m_host->waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_displayLog += QString::fromUtf8(m_display->readAll()), m_displayLog.contains(u"lost the hall host"_s)),
        20000);
    m_displayLog.clear();
    startHost(port);
    QCOMPARE(m_port, port);
    QTRY_VERIFY_WITH_TIMEOUT((m_displayLog += QString::fromUtf8(m_display->readAll()),
                              m_displayLog.contains(u"connected to the hall host"_s)),
                             30000);

    // Nothing was lost: two tickets still wait, numbering goes on, and the counters keep calling.
    const Run status = cli(QStringList {u"queue"_s, u"status"_s, u"--json"_s} + hostArgs());
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().value(u"waiting"_s).toInt(), 2);
    QCOMPARE(status.json().value(u"categories"_s).toArray().at(0).toObject().value(u"waiting"_s).toInt(), 2);
    const Run ticket = cli(QStringList {u"queue"_s, u"ticket"_s, u"--category"_s, u"A"_s} + hostArgs());
    QCOMPARE(ticket.exitCode, 0);
    QCOMPARE(ticket.json().value(u"number"_s).toString(), u"A005"_s);
    QCOMPARE(ticket.json().value(u"ahead"_s).toInt(), 2);
    const Run call = cli(QStringList {u"queue"_s, u"call"_s, u"--counter"_s, u"3"_s} + hostArgs());
    QCOMPARE(call.exitCode, 0);
    const QString next = call.json().value(u"number"_s).toString();
    QVERIFY(next != called3 && next != called5);
    QVERIFY(displayShows(next, 3));
}

QTEST_GUILESS_MAIN(TestHallEndToEnd)
#include "TestHallEndToEnd.moc"
