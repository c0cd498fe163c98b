// The hall's calling screen against a real host in this process: a counter calls, the screen shows the ticket,
// lists it among the recent calls, flashes and announces it; a zh_CN screenshot for people to look at.
#include "core/Language.h"
#include "queue/CallAnnouncer.h"
#include "queue/DisplayPage.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

const QByteArray hallKey = "display-test-key";

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget) {
        qFatal("no child %s", qPrintable(name));
    }
    return widget;
}

} // namespace

class TestQueueDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsAndAnnouncesACall();
    void chimesWithoutAVoice();
    void screenshot();

private:
    std::unique_ptr<queue::QueueClient> client(const QString& role, int counter) const;

    QTemporaryDir m_dir;
    std::unique_ptr<queue::QueueStore> m_store;
    std::unique_ptr<queue::QueueHost> m_host;
    std::unique_ptr<ui::DisplayPage> m_page;
    std::unique_ptr<queue::QueueClient> m_display;
};

std::unique_ptr<queue::QueueClient> TestQueueDisplay::client(const QString& role, int counter) const
{
    auto result = std::make_unique<queue::QueueClient>();
    result->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_host->port())));
    result->setKey(hallKey);
    result->setRole(role, counter);
    result->open();
    return result;
}

void TestQueueDisplay::initTestCase()
{
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    m_store = std::make_unique<queue::QueueStore>(m_dir.filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_host = std::make_unique<queue::QueueHost>(*m_store, hallKey);
    m_host->setStatusInterval(20);
    QVERIFY2(m_host->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_page = std::make_unique<ui::DisplayPage>();
    m_page->resize(1366, 768);
    // "Luojiazhuang community service centre" and a notice, as a hall would type them
    m_page->setHallName(QString::fromUtf8("\xE9\xAA\x86\xE5\xAE\xB6\xE5\xBA\x84\xE7\xA4\xBE\xE5\x8C\xBA"
                                          "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83"));
    m_page->setNotice(QString::fromUtf8("\xE8\xAF\xB7\xE5\x87\xAD\xE5\x8F\xB7\xE5\x88\xB0\xE7\xAA\x97\xE5\x8F\xA3"
                                        "\xE5\x8A\x9E\xE7\x90\x86"));
    m_display = client(u"display"_s, 0);
    m_page->attach(m_display.get());
    m_page->show();
    QTRY_VERIFY(m_display->isReady());
}

void TestQueueDisplay::cleanupTestCase()
{
    m_page.reset();
    m_display.reset();
    m_host.reset();
    m_store.reset();
}

void TestQueueDisplay::showsAndAnnouncesACall()
{
    auto kiosk = client(u"kiosk"_s, 0);
    auto counter = client(u"counter"_s, 3);
    QTRY_VERIFY(kiosk->isReady() && counter->isReady());
    for (const QString& category : {u"A"_s, u"A"_s, u"B"_s, u"C"_s}) {
        queue::TicketRequest request;
        request.category = category;
        kiosk->issueTicket(request, this, {});
    }
    auto* waiting = child<QTableWidget>(m_page.get(), u"waitingTableWidget"_s);
    QTRY_COMPARE(waiting->item(0, 1) ? waiting->item(0, 1)->text() : QString(), u"2"_s);
    QVERIFY(waiting->item(0, 0)->text().startsWith(u"A "_s));

    QSignalSpy announced(m_page->announcer(), &ui::CallAnnouncer::announced);
    counter->callNext({}, {}, this, {});
    QTRY_COMPARE(m_page->currentNumber(), u"A001"_s);
    QVERIFY(child<QLabel>(m_page.get(), u"counterLabel"_s)->text().contains(u"3"_s));
    QVERIFY(m_page->isFlashing());
    QCOMPARE(announced.size(), 1);
    // The sentence is said twice by default; in this build without the zh_CN entry it is the English source.
    QVERIFY2(announced.first().first().toString().contains(u"A 0 0 1"_s),
             qPrintable(announced.first().first().toString()));
    auto* recent = child<QTableWidget>(m_page.get(), u"recentTableWidget"_s);
    QCOMPARE(recent->item(0, 0)->text(), u"A001"_s);
    QTRY_COMPARE(waiting->item(0, 1)->text(), u"1"_s);

    counter->callNext({}, {}, this, {});
    QTRY_COMPARE(m_page->currentNumber(), u"A002"_s);
    QCOMPARE(recent->rowCount(), 2);
    QCOMPARE(recent->item(0, 0)->text(), u"A002"_s);
    QCOMPARE(recent->item(1, 0)->text(), u"A001"_s);
    // A recall shows the number again but does not list it twice.
    counter->recall(this, {});
    QTRY_COMPARE(announced.size(), 3);
    QCOMPARE(recent->rowCount(), 2);
}

void TestQueueDisplay::chimesWithoutAVoice()
{
    ui::CallAnnouncer announcer;
    announcer.setRepeats(3);
    QSignalSpy announced(&announcer, &ui::CallAnnouncer::announced);
    announcer.announce(u"B007"_s, 5);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().at(1).toBool(), announcer.hasVoice());
    QCOMPARE(announced.first().first().toString().count(u"B 0 0 7"_s), 3);
}

void TestQueueDisplay::screenshot()
{
    QTRY_VERIFY(!m_page->isFlashing());
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    QApplication::processEvents();
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(out.filePath(u"queue-display-zh_CN.png"_s)));
    qInfo().noquote() << "screenshot:" << out.filePath(u"queue-display-zh_CN.png"_s);
}

QTEST_MAIN(TestQueueDisplay)
#include "TestQueueDisplay.moc"
