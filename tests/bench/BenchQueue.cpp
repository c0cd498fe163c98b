// The hall queue under a busy hall's load: a host process on loopback, a kiosk issuing 5,000 tickets and
// 50 counters calling them; prints p50 and p99 of the time from a counter's call to the display's update.
#include "queue/QueueClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using ow::queue::QueueClient;
using ow::queue::QueueReply;

namespace {

constexpr int counters = 50;
constexpr int tickets = 5000;
constexpr int kioskInFlight = 20;
const QString hallKey = u"bench-hall-key"_s;

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values.at(index);
}

} // namespace

class BenchQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyCountersAndAKiosk();
};

void BenchQueue::fiftyCountersAndAKiosk()
{
    QTemporaryDir dir;
    QProcess host;
    host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    host.start(QStringLiteral(OW_CLI_PATH),
               {u"--lang"_s, u"en"_s, u"queue"_s, u"host"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s,
                dir.filePath(u"hall-queue.sqlite"_s), u"--key"_s, hallKey});
    QVERIFY(host.waitForStarted());
    static const QRegularExpression listening(u"ws://127\\.0\\.0\\.1:(\\d+)"_s);
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += QString::fromUtf8(host.readAllStandardOutput()), listening.match(output).hasMatch()), 20000);
    const QUrl url(u"ws://127.0.0.1:%1"_s.arg(listening.match(output).captured(1)));

    auto makeClient = [&](const QString& role, int counter, const QStringList& events) {
        auto client = std::make_unique<QueueClient>();
        client->setUrl(url);
        client->setKey(hallKey.toUtf8());
        client->setRole(role, counter);
        client->setEvents(events);
        client->setRequestTimeout(60000);
        client->open();
        return client;
    };
    auto kiosk = makeClient(u"kiosk"_s, 0, {});
    auto display = makeClient(u"display"_s, 0, {u"called"_s, u"ticket"_s, u"status"_s});
    std::vector<std::unique_ptr<QueueClient>> desks;
    for (int i = 1; i <= counters; ++i) {
        // A counter's panel follows the waiting counts, not every ticket of the hall.
        desks.push_back(makeClient(u"counter"_s, i, {u"status"_s}));
    }
    QTRY_VERIFY_WITH_TIMEOUT(kiosk->isReady() && display->isReady() &&
                                 std::all_of(desks.cbegin(), desks.cend(), [](const auto& d) { return d->isReady(); }),
                             30000);

    QElapsedTimer clock;
    clock.start();
    // Per counter, when each of its calls left that the display has not shown yet (calls of one counter are in order).
    std::vector<std::deque<qint64>> callSent(counters + 1);
    std::vector<double> latencies;
    std::vector<double> issueTimes;
    int issued = 0;
    int sentTickets = 0;
    int calledTickets = 0;
    int failures = 0;

    connect(display.get(), &QueueClient::called, this, [&](const ow::queue::CallEvent& call, const ow::queue::Ticket&) {
        if (call.counter > 0 && call.counter <= counters && !callSent.at(call.counter).empty()) {
            const qint64 sent = callSent.at(call.counter).front();
            callSent.at(call.counter).pop_front();
            latencies.push_back(static_cast<double>(clock.nsecsElapsed() / 1000 - sent) / 1000.0);
        }
    });

    int ticketLimit = tickets;
    std::function<void()> issueOne = [&] {
        if (sentTickets >= ticketLimit) {
            return;
        }
        ++sentTickets;
        ow::queue::TicketRequest request;
        request.category = QString(QChar(u'A' + sentTickets % 4));
        const qint64 started = clock.nsecsElapsed() / 1000;
        kiosk->issueTicket(request, this, [&, started](const QueueReply& reply) {
            if (reply.ok) {
                ++issued;
                issueTimes.push_back(static_cast<double>(clock.nsecsElapsed() / 1000 - started) / 1000.0);
            } else {
                ++failures;
            }
            issueOne();
        });
    };
    for (int i = 0; i < kioskInFlight; ++i) {
        issueOne();
    }

    std::function<void(int)> callFrom = [&](int counter) {
        if (calledTickets >= tickets) {
            return;
        }
        callSent.at(counter).push_back(clock.nsecsElapsed() / 1000);
        desks.at(counter - 1)->callNext({}, {}, this, [&, counter](const QueueReply& reply) {
            if (reply.ok) {
                ++calledTickets;
                callFrom(counter);
            } else {
                callSent.at(counter).pop_back(); // no call, so nothing for the display to show
                failures += reply.code == u"empty" ? 0 : 1;
                // Nobody waiting yet: ask again shortly, as a clerk would.
                QTimer::singleShot(20, this, [&, counter] { callFrom(counter); });
            }
        });
    };
    for (int i = 1; i <= counters; ++i) {
        callFrom(i);
    }
    // A plain event loop: QTRY's polling would sleep between its rounds and add that to every figure.
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (calledTickets >= tickets && latencies.size() >= static_cast<size_t>(tickets)) {
            loop.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    QCOMPARE(calledTickets, tickets);
    QCOMPARE(latencies.size(), static_cast<size_t>(tickets));

    QCOMPARE(failures, 0);
    QCOMPARE(issued, tickets);
    qInfo().noquote() << u"BenchQueue: %1 counters, %2 tickets issued and called in %3 s (%4 calls/s)"_s.arg(counters)
                             .arg(tickets)
                             .arg(seconds, 0, 'f', 1)
                             .arg(tickets / seconds, 0, 'f', 0);
    qInfo().noquote() << u"BenchQueue: call to display update p50 %1 ms, p99 %2 ms, max %3 ms (%4 samples)"_s
                             .arg(percentile(latencies, 0.5), 0, 'f', 1)
                             .arg(percentile(latencies, 0.99), 0, 'f', 1)
                             .arg(percentile(latencies, 1.0), 0, 'f', 1)
                             .arg(latencies.size());
    qInfo().noquote() << u"BenchQueue: kiosk ticket answered p50 %1 ms, p99 %2 ms"_s
                             .arg(percentile(issueTimes, 0.5), 0, 'f', 1)
                             .arg(percentile(issueTimes, 0.99), 0, 'f', 1);

    // At a hall's pace: every counter calls once a second (staggered), as clerks do; 1,000 calls.
    constexpr int pacedRounds = 20;
    latencies.clear();
    sentTickets = 0;
    issued = 0;
    ticketLimit = counters * pacedRounds;
    for (int i = 0; i < kioskInFlight; ++i) {
        issueOne();
    }
    QTRY_VERIFY_WITH_TIMEOUT(issued >= counters * pacedRounds, 120000);
    int pacedCalls = 0;
    int pacedEmpty = 0;
    int pacedSent = 0;
    std::vector<std::unique_ptr<QTimer>> pacers;
    for (int counter = 1; counter <= counters; ++counter) {
        auto pacer = std::make_unique<QTimer>();
        pacer->setInterval(1000);
        pacer->setTimerType(Qt::PreciseTimer); // coarse timers would fire the counters in bunches
        connect(pacer.get(), &QTimer::timeout, this, [&, counter, timer = pacer.get()] {
            if (pacedSent >= counters * pacedRounds) {
                timer->stop();
                return;
            }
            ++pacedSent;
            callSent.at(counter).push_back(clock.nsecsElapsed() / 1000);
            desks.at(counter - 1)->callNext({}, {}, this, [&, counter](const QueueReply& reply) {
                if (reply.ok) {
                    ++pacedCalls;
                } else {
                    // A ticket taken by a late call of the first phase leaves one paced call without a ticket.
                    callSent.at(counter).pop_back();
                    failures += reply.code == u"empty" ? 0 : 1;
                    ++pacedEmpty;
                }
            });
        });
        QTimer::singleShot(counter * 20, pacer.get(), [timer = pacer.get()] { timer->start(); });
        pacers.push_back(std::move(pacer));
    }
    QTRY_VERIFY_WITH_TIMEOUT(pacedCalls + pacedEmpty >= counters * pacedRounds &&
                                 latencies.size() >= static_cast<size_t>(pacedCalls),
                             120000);
    QCOMPARE(failures, 0);
    qInfo().noquote() << u"BenchQueue: at one call per counter per second: call to display update p50 %1 ms, "
                         u"p99 %2 ms, max %3 ms (%4 samples)"_s.arg(percentile(latencies, 0.5), 0, 'f', 1)
                             .arg(percentile(latencies, 0.99), 0, 'f', 1)
                             .arg(percentile(latencies, 1.0), 0, 'f', 1)
                             .arg(latencies.size());

    host.terminate();
    QVERIFY(host.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(BenchQueue)
#include "BenchQueue.moc"
