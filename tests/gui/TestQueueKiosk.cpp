// The ticket kiosk against a host in the test process: a touch on a service gives a ticket on screen and on
// paper (a PDF here, read back with pdftotext); a card of a citizen aged 70 or more gives priority.
#include "core/Language.h"
#include "idcard/IdNumber.h"
#include "queue/KioskPage.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/TicketPrinter.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

const QByteArray hallKey = "kiosk-test-key";

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestQueueKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void touchGivesATicketOnScreenAndPaper();
    void cardOfAnOlderCitizenGivesPriority();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<queue::QueueStore> m_store;
    std::unique_ptr<queue::QueueHost> m_host;
    std::unique_ptr<queue::QueueClient> m_client;
    std::unique_ptr<ui::KioskPage> m_page;
};

void TestQueueKiosk::initTestCase()
{
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    m_store = std::make_unique<queue::QueueStore>(m_dir.filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_host = std::make_unique<queue::QueueHost>(*m_store, hallKey);
    QVERIFY2(m_host->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<queue::QueueClient>();
    m_client->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_host->port())));
    m_client->setKey(hallKey);
    m_client->setRole(u"kiosk"_s);
    m_client->setEvents({u"status"_s});
    m_page = std::make_unique<ui::KioskPage>(*m_client);
    m_page->setHallName(u"Test hall"_s);
    m_page->setPrinter(std::make_unique<ui::TicketPrinter>(ui::TicketPrinter::Roll::Mm80, m_dir.path()));
    m_page->resize(1024, 768);
    m_page->show();
    m_client->open();
    QTRY_VERIFY(m_page->findChild<QPushButton*>(u"categoryAButton"_s));
}

void TestQueueKiosk::cleanupTestCase()
{
    m_page.reset();
    m_client.reset();
    m_host.reset();
    m_store.reset();
}

void TestQueueKiosk::touchGivesATicketOnScreenAndPaper()
{
    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"categoryBButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    QCOMPARE(m_page->lastTicket().number, u"B001"_s);
    auto* result = m_page->findChild<QLabel*>(u"resultLabel"_s);
    QVERIFY2(result->text().contains(u"B001"_s), qPrintable(result->text()));
    const QString pdf = QDir(m_dir.path()).filePath(u"ticket-%1-B001.pdf"_s.arg(m_page->lastTicket().day));
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"B001"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Test hall"_s), qPrintable(text));
    // Kept beside the screenshots for people to look at.
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    QFile::remove(out.filePath(u"queue-ticket-80mm.pdf"_s));
    QVERIFY(QFile::copy(pdf, out.filePath(u"queue-ticket-80mm.pdf"_s)));
}

void TestQueueKiosk::cardOfAnOlderCitizenGivesPriority()
{
    const QString first17 = u"11010119460101123"_s;
    const QString idNumber = first17 + *idcard::IdNumber::checkCharacter(first17);
    m_page->setCitizen(idNumber);
    auto* card = m_page->findChild<QLabel*>(u"cardLabel"_s);
    QVERIFY2(card->text().contains(idcard::IdNumber::masked(idNumber)), qPrintable(card->text()));
    QVERIFY(!card->text().contains(idNumber));
    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"categoryAButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    QVERIFY(m_page->lastTicket().priority);
    QCOMPARE(m_page->lastTicket().priorityReason, u"age"_s);
    // The next citizen starts without the card of the one before.
    QVERIFY(!card->text().contains(idcard::IdNumber::masked(idNumber)));
}

void TestQueueKiosk::screenshot()
{
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    QApplication::processEvents();
    QVERIFY(m_page->grab().toImage().save(out.filePath(u"queue-kiosk-zh_CN.png"_s)));
}

QTEST_MAIN(TestQueueKiosk)
#include "TestQueueKiosk.moc"
