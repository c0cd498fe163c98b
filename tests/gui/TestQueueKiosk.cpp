// The ticket kiosk against a host in the test process: a touch on a service gives a ticket on screen and on
// paper (a PDF here, read back with pdftotext); a card of a citizen aged 70 or more gives priority. Cards come from
// the card simulator on a pseudo-terminal; an appointment is checked in by card or by its booking code.
#include "CardSimulatorProcess.h"
#include "core/Language.h"
#include "idcard/IdNumber.h"
#include "idcard/ReaderSettings.h"
#include "queue/KioskPage.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueueStore.h"
#include "queue/TicketPrinter.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
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

QDateTime hallNow()
{
    return QDateTime(QDate::currentDate(), QTime(10, 0));
}

const QByteArray hallKey = "kiosk-test-key";

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The simulator's resident card with another ID number and birth date (the name and the rest stay).
QString cardFile(const QTemporaryDir& dir, const QString& idNumber)
{
    QFile in(tests::CardSimulatorProcess::card(u"resident.json"_s));
    if (!in.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject card = QJsonDocument::fromJson(in.readAll()).object();
    card.insert(u"id_number"_s, idNumber);
    card.insert(u"birth"_s, QDate::fromString(idNumber.mid(6, 8), u"yyyyMMdd"_s).toString(Qt::ISODate));
    const QString path = dir.filePath(u"card-%1.json"_s.arg(idNumber));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(card).toJson()) <= 0) {
        return {};
    }
    return path;
}

QString idNumberBornOn(const QDate& birth)
{
    const QString first17 = u"110105"_s + birth.toString(u"yyyyMMdd"_s) + u"123"_s;
    return first17 + *idcard::IdNumber::checkCharacter(first17);
}

std::unique_ptr<idcard::IdCardSource> readerOn(const QString& device)
{
    idcard::ReaderSettings settings;
    settings.backend = idcard::ReaderSettings::Backend::SerialSam;
    settings.port = device;
    return settings.createSource();
}

void saveScreenshot(QWidget* page, const QString& name)
{
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    QApplication::processEvents();
    QVERIFY(page->grab().toImage().save(out.filePath(name)));
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
    void cardOnTheReaderOfA72YearOldGivesPriority();
    void cardTakenAwayIsCleared();
    void cardWithAnAppointmentChecksIn();
    void bookingCodeOnTheKeypad();
    void tooEarlySaysWhenToComeBack();
    void readerUnpluggedStillGivesTickets();
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
    // The hall's clock stands at 10:00 today, so slots "in 20 minutes" never fall on tomorrow near midnight.
    m_host->setClock([] { return hallNow(); });
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

void TestQueueKiosk::cardOnTheReaderOfA72YearOldGivesPriority()
{
    const QDate today = QDate::currentDate();
    const QString idNumber = idNumberBornOn(QDate(today.year() - 72, 1, 1));
    const tests::CardSimulatorProcess simulator({cardFile(m_dir, idNumber)});
    QVERIFY(!simulator.device().isEmpty());
    m_page->useCardSource(readerOn(simulator.device()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->citizen(), idNumber, 15000);
    auto* card = m_page->findChild<QLabel*>(u"cardLabel"_s);
    // The name is shown masked: its first character and stars.
    QVERIFY2(card->text().contains(u"\u738B*"_s), qPrintable(card->text()));
    QVERIFY(!card->text().contains(idNumber));
    saveScreenshot(m_page.get(), u"queue-kiosk-card-zh_CN.png"_s);
    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"categoryAButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    QCOMPARE(m_page->lastTicket().priorityReason, u"age"_s);
    QVERIFY(m_page->citizen().isEmpty());
    m_page->useCardSource({});
}

void TestQueueKiosk::cardTakenAwayIsCleared()
{
    const QString idNumber = idNumberBornOn(QDate(1990, 5, 5));
    const tests::CardSimulatorProcess simulator({cardFile(m_dir, idNumber), u"--remove-after"_s, u"1"_s});
    QVERIFY(!simulator.device().isEmpty());
    m_page->setCitizenTimeout(1500);
    m_page->useCardSource(readerOn(simulator.device()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->citizen(), idNumber, 15000);
    // Taken away and nobody touched a service: the next citizen does not get this card's ticket.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->citizen().isEmpty(), 10000);
    auto* card = m_page->findChild<QLabel*>(u"cardLabel"_s);
    QVERIFY(!card->text().contains(u"*"_s));
    m_page->setCitizenTimeout(ui::KioskPage::defaultCitizenTimeoutMs);
    m_page->useCardSource({});
}

void TestQueueKiosk::cardWithAnAppointmentChecksIn()
{
    const QString idNumber = idNumberBornOn(QDate(1985, 12, 3));
    const QDateTime slot = hallNow().addSecs(10 * 60);
    queue::Appointment booked;
    booked.uuid = u"appointment-card"_s;
    booked.idNumber = idNumber;
    booked.itemCode = u"pension-eligibility-check"_s;
    booked.itemName = u"Pension check"_s;
    booked.slotStart = slot;
    booked.slotEnd = slot.addSecs(30 * 60);
    booked.bookingCode = u"135790"_s;
    QString error;
    QVERIFY2(m_store->putAppointments({booked}, hallNow(), &error), qPrintable(error));

    const tests::CardSimulatorProcess simulator({cardFile(m_dir, idNumber)});
    m_page->useCardSource(readerOn(simulator.device()));
    auto* appointment = m_page->findChild<QLabel*>(u"appointmentLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(appointment->isVisible(), 15000);
    const QString at = slot.toString(u"HH:mm"_s);
    QVERIFY2(appointment->text().contains(at) && appointment->text().contains(u"Pension check"_s),
             qPrintable(appointment->text()));
    QCOMPARE(m_page->findChild<QLabel*>(u"titleLabel"_s)->text(),
             QCoreApplication::translate("ow::ui::KioskPage", "Welcome: your appointment is today"));
    saveScreenshot(m_page.get(), u"queue-kiosk-appointment-zh_CN.png"_s);

    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"checkInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    const queue::Ticket ticket = m_page->lastTicket();
    QCOMPARE(ticket.category, u"B"_s);
    QCOMPARE(ticket.priorityReason, u"appointment"_s);
    QVERIFY(ticket.priority);
    auto* result = m_page->findChild<QLabel*>(u"resultLabel"_s);
    QVERIFY2(result->text().contains(ticket.number), qPrintable(result->text()));
    QCOMPARE(m_store->appointments(QDate::currentDate()).value(0).state, u"checked_in"_s);
    m_page->useCardSource({});

    // The same card again: the same ticket, not a second one.
    m_page->setCitizen(idNumber);
    QTRY_VERIFY(appointment->isVisible());
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"checkInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 2);
    QCOMPARE(m_page->lastTicket().number, ticket.number);
    QVERIFY2(result->text().contains(ticket.number), qPrintable(result->text()));
}

void TestQueueKiosk::bookingCodeOnTheKeypad()
{
    const QDateTime slot = hallNow().addSecs(20 * 60);
    queue::Appointment booked;
    booked.uuid = u"appointment-code"_s;
    booked.category = u"D"_s;
    booked.itemName = u"Birth registration"_s;
    booked.slotStart = slot;
    booked.slotEnd = slot.addSecs(30 * 60);
    booked.bookingCode = u"246810"_s;
    QString error;
    QVERIFY2(m_store->putAppointments({booked}, hallNow(), &error), qPrintable(error));

    const auto type = [&](const QString& digits) {
        for (const QChar digit : digits) {
            QTest::mouseClick(m_page->findChild<QPushButton*>(u"digit%1Button"_s.arg(digit)), Qt::LeftButton);
        }
    };
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"appointmentButton"_s), Qt::LeftButton);
    auto* code = m_page->findChild<QLabel*>(u"bookingCodeLabel"_s);
    auto* message = m_page->findChild<QLabel*>(u"keypadMessageLabel"_s);
    QTRY_VERIFY(code->isVisible());
    QCOMPARE(m_page->findChild<QLabel*>(u"titleLabel"_s)->text(),
             QCoreApplication::translate("ow::ui::KioskPage", "Check in for your appointment"));
    type(u"999999"_s);
    QCOMPARE(code->text(), u"999999"_s);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"bookingCodeOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(u"999999"_s));
    // Large type: as large as the service buttons.
    QVERIFY(message->font().pointSize() >= 24);
    saveScreenshot(m_page.get(), u"queue-kiosk-keypad-zh_CN.png"_s);

    for (int i = 0; i < 6; ++i) {
        QTest::mouseClick(m_page->findChild<QPushButton*>(u"deleteDigitButton"_s), Qt::LeftButton);
    }
    type(u"246810"_s);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"bookingCodeOkButton"_s), Qt::LeftButton);
    auto* appointment = m_page->findChild<QLabel*>(u"appointmentLabel"_s);
    QTRY_VERIFY(appointment->isVisible());
    QVERIFY2(appointment->text().contains(u"Birth registration"_s), qPrintable(appointment->text()));
    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"checkInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    QCOMPARE(m_page->lastTicket().category, u"D"_s);
    QCOMPARE(m_page->lastTicket().priorityReason, u"appointment"_s);
}

void TestQueueKiosk::tooEarlySaysWhenToComeBack()
{
    // The hall checks in from 10 minutes before the slot; the kiosk says so, not the shipped 60.
    m_store->checkInEarlyLimitMinutes = 10;
    const QDateTime slot = hallNow().addSecs(30 * 60);
    queue::Appointment booked;
    booked.uuid = u"appointment-early"_s;
    booked.category = u"A"_s;
    booked.itemName = u"Senior card"_s;
    booked.slotStart = slot;
    booked.slotEnd = slot.addSecs(30 * 60);
    booked.bookingCode = u"135791"_s;
    QString error;
    QVERIFY2(m_store->putAppointments({booked}, hallNow(), &error), qPrintable(error));

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"appointmentButton"_s), Qt::LeftButton);
    for (const QChar digit : u"135791"_s) {
        QTest::mouseClick(m_page->findChild<QPushButton*>(u"digit%1Button"_s.arg(digit)), Qt::LeftButton);
    }
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"bookingCodeOkButton"_s), Qt::LeftButton);
    auto* result = m_page->findChild<QLabel*>(u"resultLabel"_s);
    const QString expected = QCoreApplication::translate("ow::ui::KioskPage",
                                                         "Your appointment is at %1. Please come back from %2 minutes "
                                                         "before it, or take a ticket now.")
                                 .arg(slot.toString(u"HH:mm"_s))
                                 .arg(10);
    QTRY_COMPARE(result->text(), expected);
    m_store->checkInEarlyLimitMinutes = queue::checkInEarlyMinutes;
}

void TestQueueKiosk::readerUnpluggedStillGivesTickets()
{
    m_page->useCardSource(readerOn(m_dir.filePath(u"no-such-reader"_s)));
    auto* reader = m_page->findChild<QLabel*>(u"readerLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(reader->isVisible(), 15000);
    saveScreenshot(m_page.get(), u"queue-kiosk-no-reader-zh_CN.png"_s);
    QSignalSpy issued(m_page.get(), &ui::KioskPage::ticketIssued);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"categoryFButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    m_page->useCardSource({});
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
