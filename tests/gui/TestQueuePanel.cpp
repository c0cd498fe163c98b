// The counter's queue panel against a real hall host in the test process: call, no-show, transfer, finish with a
// linked case and the citizen's rating; the host stopped gives the banner and a C3-001 walk-in, the host back
// takes that walk-in over and the banner goes. zh_CN screenshots of the panel and the rating prompt.
#include "core/Language.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"
#include "queue/LocalRange.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueuePanel.h"
#include "queue/RatingDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

const QByteArray hallKey = "panel-test-key";
constexpr int counterNumber = 3;

QString olderCitizen()
{
    const QString first17 = u"11010119460101123"_s;
    return first17 + *idcard::IdNumber::checkCharacter(first17);
}

} // namespace

class TestQueuePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void callNextShowsTheTicketAndWhy();
    void noShowClearsTheTicket();
    void transferToAnotherCategory();
    void finishLinksCasesAndRating();
    void hostStoppedGivesBannerAndOwnNumbers();
    void hostBackTakesTheWalkInsOver();

private:
    void issue(const QString& category, const QString& idNumber = {});
    [[nodiscard]] QString text(const QString& labelName) const;
    void click(const QString& buttonName);
    void saveScreenshot(QWidget* widget, const QString& name);
    [[nodiscard]] std::optional<queue::Ticket> hostTicket(const QString& number) const;
    void startHost();

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<queue::LocalRange> m_range;
    std::unique_ptr<queue::QueueStore> m_store;
    std::unique_ptr<queue::QueueHost> m_host;
    std::unique_ptr<queue::QueueClient> m_kiosk;
    std::unique_ptr<queue::QueueClient> m_client;
    std::unique_ptr<ui::QueuePanel> m_panel;
};

void TestQueuePanel::startHost()
{
    QString error;
    m_store = std::make_unique<queue::QueueStore>(m_dir.filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_host = std::make_unique<queue::QueueHost>(*m_store, hallKey);
    m_host->setStatusInterval(20);
    QVERIFY2(m_host->listen(QHostAddress::LocalHost, m_port, &error), qPrintable(error));
    m_port = m_host->port();
}

void TestQueuePanel::initTestCase()
{
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    m_database = std::make_unique<db::Database>(m_dir.filePath(u"onewindow.db"_s));
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_range = std::make_unique<queue::LocalRange>(*m_database, counterNumber);
    startHost();

    m_kiosk = std::make_unique<queue::QueueClient>();
    m_kiosk->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port)));
    m_kiosk->setKey(hallKey);
    m_kiosk->setRole(u"kiosk"_s);
    m_kiosk->setEventsWanted(false);
    m_kiosk->setRetryDelays(50, 200);
    m_kiosk->open();

    m_client = std::make_unique<queue::QueueClient>();
    m_client->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port)));
    m_client->setKey(hallKey);
    m_client->setRole(u"counter"_s, counterNumber);
    m_client->setEvents({u"status"_s});
    m_client->setRetryDelays(50, 200);
    m_panel = std::make_unique<ui::QueuePanel>(m_client.get(), *m_range, u"clerk-uuid-1"_s);
    m_panel->setCategories({u"A"_s, u"B"_s});
    m_panel->resize(1000, 640);
    m_panel->show();
    m_client->open();
    QTRY_VERIFY(m_client->isReady());
    QTRY_VERIFY(m_kiosk->isReady());
    QVERIFY(!m_panel->isDegraded());
}

void TestQueuePanel::cleanupTestCase()
{
    m_panel.reset();
    m_client.reset();
    m_kiosk.reset();
    m_host.reset();
    m_store.reset();
    m_range.reset();
    m_database.reset();
}

void TestQueuePanel::issue(const QString& category, const QString& idNumber)
{
    queue::TicketRequest request;
    request.category = category;
    request.idNumber = idNumber;
    const queue::QueueReply reply = m_kiosk->sendAndWait(u"ticket"_s, request.toJson());
    QVERIFY2(reply.ok, qPrintable(reply.error));
}

QString TestQueuePanel::text(const QString& labelName) const
{
    auto* label = m_panel->findChild<QLabel*>(labelName);
    return label ? label->text() : QString();
}

void TestQueuePanel::click(const QString& buttonName)
{
    auto* button = m_panel->findChild<QPushButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QTRY_VERIFY2(button->isEnabled() && button->isVisible(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestQueuePanel::saveScreenshot(QWidget* widget, const QString& name)
{
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(out.filePath(name)));
    qInfo().noquote() << "screenshot:" << out.filePath(name);
}

std::optional<queue::Ticket> TestQueuePanel::hostTicket(const QString& number) const
{
    for (const queue::Ticket& ticket : m_store->tickets(QDate::currentDate())) {
        if (ticket.number == number) {
            return ticket;
        }
    }
    return std::nullopt;
}

void TestQueuePanel::callNextShowsTheTicketAndWhy()
{
    issue(u"A"_s, olderCitizen());
    issue(u"A"_s);
    issue(u"C"_s); // not a category of this counter
    auto* waiting = m_panel->findChild<QTableWidget*>(u"waitingTableWidget"_s);
    QTRY_COMPARE(waiting->rowCount(), 2);
    QTRY_COMPARE(waiting->item(0, 1)->text(), u"2"_s);

    QSignalSpy intake(m_panel.get(), &ui::QueuePanel::intakeRequested);
    click(u"callNextButton"_s);
    QTRY_COMPARE(text(u"numberLabel"_s), u"A001"_s);
    const QString details = text(u"ticketLabel"_s);
    QVERIFY2(details.contains(idcard::IdNumber::masked(olderCitizen())), qPrintable(details));
    QVERIFY2(!details.contains(olderCitizen()), qPrintable(details));
    QVERIFY2(!text(u"reasonLabel"_s).isEmpty(), "the panel says why this ticket was chosen");
    QTRY_COMPARE(waiting->item(0, 1)->text(), u"1"_s);
    saveScreenshot(m_panel.get(), u"queue-panel-zh_CN.png"_s);

    click(u"startIntakeButton"_s);
    QCOMPARE(intake.size(), 1);
    QCOMPARE(intake.first().first().toString(), olderCitizen());
}

void TestQueuePanel::noShowClearsTheTicket()
{
    click(u"noShowButton"_s);
    QTRY_COMPARE(text(u"numberLabel"_s), u"-"_s);
    QVERIFY2(text(u"queueMessageLabel"_s).contains(u"A001"_s), qPrintable(text(u"queueMessageLabel"_s)));
    QCOMPARE(hostTicket(u"A001"_s)->noShows, 1);
}

void TestQueuePanel::transferToAnotherCategory()
{
    click(u"callNextButton"_s);
    QTRY_COMPARE(text(u"numberLabel"_s), u"A002"_s);
    m_panel->transferToCategory(u"B"_s);
    QTRY_COMPARE(text(u"numberLabel"_s), u"-"_s);
    QTRY_COMPARE(hostTicket(u"A002"_s)->category, u"B"_s);
    QVERIFY2(text(u"queueMessageLabel"_s).contains(u"A002"_s), qPrintable(text(u"queueMessageLabel"_s)));
}

void TestQueuePanel::finishLinksCasesAndRating()
{
    click(u"callNextButton"_s);
    QTRY_COMPARE(text(u"numberLabel"_s), u"A002"_s);
    const QString caseUuid = db::newUuid();
    m_panel->addCases({caseUuid});
    QVERIFY(!text(u"casesLabel"_s).isEmpty());
    QSignalSpy finished(m_panel.get(), &ui::QueuePanel::serviceFinished);
    click(u"finishButton"_s);
    QTRY_VERIFY(m_panel->ratingDialog() && m_panel->ratingDialog()->isVisible());
    ui::RatingDialog* dialog = m_panel->ratingDialog();
    saveScreenshot(dialog, u"queue-rating-zh_CN.png"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"rating5Button"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(2).toInt(), 5);
    QTRY_COMPARE(text(u"numberLabel"_s), u"-"_s);
    const auto ticket = hostTicket(u"A002"_s);
    QCOMPARE(ticket->state, u"finished"_s);
    QCOMPARE(ticket->caseUuids, QStringList {caseUuid});
    QCOMPARE(ticket->rating, 5);
}

void TestQueuePanel::hostStoppedGivesBannerAndOwnNumbers()
{
    m_host->close();
    m_host.reset();
    m_store.reset();
    auto* banner = m_panel->findChild<QLabel*>(u"degradedLabel"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(m_panel->isDegraded());
    QVERIFY(!m_panel->findChild<QPushButton*>(u"callNextButton"_s)->isVisible());
    click(u"nextWalkInButton"_s);
    QCOMPARE(text(u"numberLabel"_s), u"C3-001"_s);
    // The clerk is told this is an own-range walk-in, not that the kiosk failed to read a card.
    const QString why = text(u"reasonLabel"_s);
    QVERIFY2(why.contains(u"C3-001"_s), qPrintable(why));
    QVERIFY2(!text(u"ticketLabel"_s).contains(u"kiosk"_s), qPrintable(text(u"ticketLabel"_s)));
    QSignalSpy intake(m_panel.get(), &ui::QueuePanel::intakeRequested);
    click(u"startIntakeButton"_s);
    QCOMPARE(intake.size(), 1);
    QVERIFY2(intake.first().first().toString().isEmpty(), "a walk-in opens an empty intake");
    saveScreenshot(m_panel.get(), u"queue-panel-degraded-zh_CN.png"_s);
    click(u"finishButton"_s);
    QTRY_VERIFY(m_panel->ratingDialog());
    QTest::mouseClick(m_panel->ratingDialog()->findChild<QPushButton*>(u"rating4Button"_s), Qt::LeftButton);
    QTRY_COMPARE(text(u"numberLabel"_s), u"-"_s);
    QCOMPARE(m_range->pendingCount(), 1);
}

void TestQueuePanel::hostBackTakesTheWalkInsOver()
{
    startHost();
    auto* banner = m_panel->findChild<QLabel*>(u"degradedLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_COMPARE(m_range->pendingCount(), 0);
    const auto ticket = hostTicket(u"C3-001"_s);
    QVERIFY(ticket);
    QCOMPARE(ticket->rating, 4);
    QCOMPARE(ticket->state, u"finished"_s);
    // The own-range walk-in counts in the hall's statistics like any served ticket.
    const QDate today = QDate::currentDate();
    int served = 0;
    int ratings = 0;
    for (const queue::StatisticsRow& row : m_store->statistics(u"counter"_s, today, today)) {
        if (row.key == QString::number(counterNumber)) {
            served = row.served;
            ratings = row.ratings;
        }
    }
    QCOMPARE(served, 2); // A002 and the walk-in C3-001
    QCOMPARE(ratings, 2);
    QVERIFY(m_panel->findChild<QPushButton*>(u"callNextButton"_s)->isVisible());
}

QTEST_MAIN(TestQueuePanel)
#include "TestQueuePanel.moc"
