// The supervisor's queue figures from a hall host in the test process: tickets, waiting and service minutes,
// the ratings per choice and the tickets served per counter; nothing when the host is not reachable.
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "supervision/HallQueueFigures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {
const QByteArray hallKey = "figures-test-key";
}

class TestHallQueueFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresFromTheHost();
    void nothingWithoutTheHost();
};

void TestHallQueueFigures::figuresFromTheHost()
{
    QTemporaryDir dir;
    QString error;
    queue::QueueStore store(dir.filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(store.open(&error), qPrintable(error));
    queue::QueueHost host(store, hallKey);
    // Nine o'clock today: the calls below, half an hour later, stay on the same day at any hour the test runs.
    QDateTime now(QDate::currentDate(), QTime(9, 0));
    host.setClock([&now] { return now; });
    QVERIFY2(host.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    queue::QueueClient counter;
    counter.setUrl(host.url());
    counter.setKey(hallKey);
    counter.setRole(u"counter"_s, 3);
    counter.setEventsWanted(false);
    counter.open();
    QVERIFY2(counter.waitUntilReady(5000, &error), qPrintable(error));

    // Two citizens wait 10 and 26 minutes, are served 6 minutes each and rate 5 and 2.
    const QList<int> ratings {5, 2};
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        QVERIFY(counter.sendAndWait(u"ticket"_s, {{u"category"_s, u"A"_s}}).ok);
    }
    for (int i = 0; i < ratings.size(); ++i) {
        now = now.addSecs(600);
        QVERIFY(counter.sendAndWait(u"call"_s, {}).ok);
        now = now.addSecs(360);
        const queue::QueueReply finished =
            counter.sendAndWait(u"finish"_s, {{u"case_uuids"_s, QJsonArray()}, {u"rating"_s, ratings.at(i)}});
        QVERIFY2(finished.ok, qPrintable(finished.error));
    }

    const supervision::HallQueueFigures source(counter);
    const QDate today = now.toLocalTime().date();
    const auto figures = source.figures({today.addDays(-1), today.addDays(1), {}});
    QVERIFY(figures);
    QCOMPARE(figures->tickets, 2);
    QCOMPARE(figures->ratings.value(5), 1);
    QCOMPARE(figures->ratings.value(2), 1);
    QCOMPARE(figures->ratings.value(4), 0);
    QVERIFY2(qAbs(figures->waitingMinutes.averageHours - 18.0) < 0.1,
             qPrintable(QString::number(figures->waitingMinutes.averageHours)));
    QVERIFY(qAbs(figures->serviceMinutes.averageHours - 6.0) < 0.1);
    QCOMPARE(figures->perCounter.size(), 1);
    QCOMPARE(figures->perCounter.first().key, u"3"_s);
    QCOMPARE(figures->perCounter.first().cases, 2);
}

void TestHallQueueFigures::nothingWithoutTheHost()
{
    queue::QueueClient counter;
    counter.setUrl(QUrl(u"ws://127.0.0.1:1"_s));
    const supervision::HallQueueFigures source(counter);
    QVERIFY(!source.figures({QDate::currentDate(), QDate::currentDate(), {}}));
}

QTEST_MAIN(TestHallQueueFigures)
#include "TestHallQueueFigures.moc"
