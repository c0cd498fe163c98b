// The whole hand-off at a counter through the real main window, against a hall host in the test process: a
// ticket taken with the ID card at the kiosk, Call next, Start intake shows that citizen, a case accepted, Finish
// and the citizen's rating; the host's ticket carries the case and the rating, the case detail shows the rating.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "db/CaseRepository.h"
#include "idcard/CardInfo.h"
#include "idcard/IdNumber.h"
#include "intake/CitizenService.h"
#include "intake/IntakePage.h"
#include "intake/ItemIntakeWidget.h"
#include "queue/CounterQueueSettings.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueuePanel.h"
#include "queue/RatingDialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace ow;
using ow::tests::child;

namespace {

const QByteArray hallKey = "hand-off-test-key";

QString labelText(QWidget* window, const QString& name)
{
    auto* label = child<QLabel>(window, name);
    return label ? label->text() : QString();
}

} // namespace

class TestQueueHandOffGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void calledCitizenIsServedRatedAndLinked();

private:
    void chooseItem(ui::MainWindow* window, const QString& code);

    QTemporaryDir m_hallDir;
    std::unique_ptr<tests::DemoCounter> m_counter;
    std::unique_ptr<queue::QueueStore> m_store;
    std::unique_ptr<queue::QueueHost> m_host;
    std::unique_ptr<queue::QueueClient> m_kiosk;
    std::unique_ptr<ui::MainWindow> m_window;
    idcard::CardInfo m_card;
};

void TestQueueHandOffGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    m_store = std::make_unique<queue::QueueStore>(m_hallDir.filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_host = std::make_unique<queue::QueueHost>(*m_store, hallKey);
    m_host->setStatusInterval(20);
    QVERIFY2(m_host->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QUrl url(u"ws://127.0.0.1:%1"_s.arg(m_host->port()));

    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(u"Luojiazhuang Hall"_s));
    // The hall key lives in the secret store; an in-memory one keeps this test off the desktop keyring.
    m_counter->services =
        std::make_unique<core::Services>(*m_counter->database, std::make_unique<core::MemorySecretStore>());
    queue::CounterQueueSettings settings(*m_counter->database, *m_counter->services->secrets);
    QVERIFY2(settings.setHost(url.toString(), u"A"_s, &error), qPrintable(error));
    QVERIFY2(settings.setKey(hallKey, &error), qPrintable(error));

    // The citizen has been to this hall before, so the number from the kiosk identifies them.
    QFile file(QStringLiteral(OW_CARDS_DIR "/resident_lower_x.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto card = idcard::CardInfo::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    QVERIFY2(card, qPrintable(error));
    m_card = *card;
    QVERIFY2(intake::CitizenService(*m_counter->database).recordCard(m_card, u"kiosk"_s, &error), qPrintable(error));

    m_kiosk = std::make_unique<queue::QueueClient>();
    m_kiosk->setUrl(url);
    m_kiosk->setKey(hallKey);
    m_kiosk->setRole(u"kiosk"_s);
    m_kiosk->setEventsWanted(false);
    m_kiosk->setRetryDelays(50, 200);
    m_kiosk->open();
    QTRY_VERIFY(m_kiosk->isReady());
}

void TestQueueHandOffGui::cleanupTestCase()
{
    m_window.reset();
    m_kiosk.reset();
    m_host.reset();
    m_store.reset();
    m_counter.reset();
}

void TestQueueHandOffGui::chooseItem(ui::MainWindow* window, const QString& code)
{
    auto* list = child<QListWidget>(window, u"itemsListWidget"_s);
    QVERIFY(list);
    QListWidgetItem* entry = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code) {
            entry = list->item(row);
        }
    }
    QVERIFY2(entry, qPrintable(code));
    list->setCurrentItem(entry);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window->findChild<ui::ItemIntakeWidget*>(u"itemIntake_%1"_s.arg(code)));
}

void TestQueueHandOffGui::calledCitizenIsServedRatedAndLinked()
{
    queue::TicketRequest request;
    request.category = u"A"_s;
    request.idNumber = m_card.idNumber.toUpper();
    const queue::QueueReply issued = m_kiosk->sendAndWait(u"ticket"_s, request.toJson());
    QVERIFY2(issued.ok, qPrintable(issued.error));

    // The receipt goes into a PDF file instead of the print dialog.
    ui::SessionOptions options = ui::SessionOptions::withReader(u"/dev/ttyUSB-none"_s);
    options.printToFolder = m_hallDir.filePath(u"paper"_s);
    m_window =
        std::make_unique<ui::MainWindow>(*m_counter->services, m_counter->services->clerks.list().constLast(), options);
    ui::MainWindow* window = m_window.get();
    window->resize(1400, 900);
    window->show();
    QCOMPARE(window->currentPage(), ui::MainWindow::Page::Queue);

    // Call next: the ticket from the kiosk, with the citizen's number masked.
    auto* callNext = child<QPushButton>(window, u"callNextButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(callNext->isEnabled(), 10000);
    QTest::mouseClick(callNext, Qt::LeftButton);
    QTRY_COMPARE(labelText(window, u"numberLabel"_s), u"A001"_s);
    QVERIFY2(labelText(window, u"ticketLabel"_s).contains(idcard::IdNumber::masked(request.idNumber)),
             qPrintable(labelText(window, u"ticketLabel"_s)));

    // Start intake: the Intake page comes forward with that citizen, number masked.
    QTest::mouseClick(child<QPushButton>(window, u"startIntakeButton"_s), Qt::LeftButton);
    QTRY_COMPARE(window->currentPage(), ui::MainWindow::Page::Intake);
    QTRY_COMPARE(labelText(window, u"nameValueLabel"_s), m_card.name);
    const QString shownNumber = labelText(window, u"idNumberValueLabel"_s);
    QVERIFY2(shownNumber.contains(idcard::IdNumber::masked(request.idNumber)), qPrintable(shownNumber));

    chooseItem(window, u"senior-card"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* widget = window->findChild<ui::ItemIntakeWidget*>(u"itemIntake_senior-card"_s);
    auto* address = child<QLineEdit>(widget, u"current_addressField"_s);
    if (address && address->text().isEmpty()) {
        QTest::keyClicks(address, u"Wensan Road 100"_s);
    }
    auto* phone = child<QLineEdit>(widget, u"phoneField"_s);
    if (phone && phone->text().isEmpty()) {
        QTest::keyClicks(phone, u"13800138000"_s);
    }
    QTest::mouseClick(child<QPushButton>(window, u"acceptButton"_s), Qt::LeftButton);
    const QString accepted = labelText(window, u"intakeMessageLabel"_s);
    QVERIFY2(accepted.startsWith(u"Accepted:"_s), qPrintable(accepted));
    auto* intake = window->findChild<ui::IntakePage*>();
    QCOMPARE(intake->acceptedCases().size(), 1);
    const QString caseNumber = intake->acceptedCases().constFirst();
    const auto record = db::CaseRepository(*m_counter->database).byNumber(caseNumber);
    QVERIFY(record);

    // Back on the Queue page the case waits to be linked; Finish asks the citizen for a rating.
    window->showPage(ui::MainWindow::Page::Queue);
    QVERIFY2(labelText(window, u"casesLabel"_s).contains(u"1"_s), qPrintable(labelText(window, u"casesLabel"_s)));
    QTest::mouseClick(child<QPushButton>(window, u"finishButton"_s), Qt::LeftButton);
    auto* panel = window->findChild<ui::QueuePanel*>();
    QTRY_VERIFY(panel->ratingDialog() && panel->ratingDialog()->isVisible());
    QTest::mouseClick(child<QPushButton>(panel->ratingDialog(), u"rating5Button"_s), Qt::LeftButton);
    QTRY_COMPARE(labelText(window, u"numberLabel"_s), u"-"_s);
    QVERIFY2(labelText(window, u"queueMessageLabel"_s).contains(u"A001"_s),
             qPrintable(labelText(window, u"queueMessageLabel"_s)));

    // The host's ticket carries the case and the rating.
    QTRY_VERIFY(m_store->ticket(u"A001"_s, queue::QueueStore::dayOf(QDateTime::currentDateTime())).has_value() &&
                m_store->ticket(u"A001"_s, queue::QueueStore::dayOf(QDateTime::currentDateTime()))->rating == 5);
    const auto ticket = m_store->ticket(u"A001"_s, queue::QueueStore::dayOf(QDateTime::currentDateTime()));
    QCOMPARE(ticket->state, u"finished"_s);
    QCOMPARE(ticket->caseUuids, QStringList {record->uuid});

    // The case detail on the Cases page shows the citizen's rating.
    window->showPage(ui::MainWindow::Page::Cases);
    auto* table = child<QTableWidget>(window, u"casesTableWidget"_s);
    QTRY_VERIFY(table->rowCount() >= 1);
    QCOMPARE(table->item(0, 0)->text(), caseNumber);
    table->selectRow(0);
    QTRY_VERIFY2(labelText(window, u"caseFactsLabel"_s).contains(u"Rating: Very satisfied"_s),
                 qPrintable(labelText(window, u"caseFactsLabel"_s)));
}

QTEST_MAIN(TestQueueHandOffGui)
#include "TestQueueHandOffGui.moc"
