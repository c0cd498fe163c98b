// The intake page with a real card reader simulator on a pseudo-terminal: a card laid on the reader
// fills the citizen in with nothing typed.
#include "CardSimulatorProcess.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "db/AuditRepository.h"
#include "intake/CardPanel.h"
#include "intake/CitizenService.h"

#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>

using namespace ow;
using ow::tests::child;

namespace {

// A reader with one card on it.
class Simulator : public tests::CardSimulatorProcess
{
public:
    explicit Simulator(const QString& cardFile)
        : CardSimulatorProcess({card(cardFile)})
    { }
};

QString text(QWidget* window, const char* name)
{
    auto* label = child<QLabel>(window, QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestIntakeGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cardReadFillsTheCitizenIn();
    void knownCitizenShowsEarlierCases();
    void typedNumberIsValidatedAsTyped();
    void missingReaderIsReported();

private:
    std::unique_ptr<ui::MainWindow> openWindow(const QString& device);

    std::unique_ptr<tests::DemoCounter> m_counter;
};

void TestIntakeGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIntakeGui::init()
{
    QSettings().clear();
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(QStringLiteral("Luojiazhuang Hall")));
}

void TestIntakeGui::cleanup()
{
    m_counter.reset();
}

std::unique_ptr<ui::MainWindow> TestIntakeGui::openWindow(const QString& device)
{
    const auth::Clerk clerk = m_counter->services->clerks.list().constLast(); // clerk1
    auto window = std::make_unique<ui::MainWindow>(*m_counter->services, clerk, ui::SessionOptions::withReader(device));
    window->show();
    window->showPage(ui::MainWindow::Page::Queue);
    return window;
}

void TestIntakeGui::cardReadFillsTheCitizenIn()
{
    const Simulator simulator(QStringLiteral("resident.json"));
    QVERIFY(!simulator.device().isEmpty());
    auto window = openWindow(simulator.device());
    auto* pages = child<QStackedWidget>(window.get(), QStringLiteral("pagesStackedWidget"));

    // The name is on screen without a key pressed, and the intake page came forward by itself.
    QTRY_COMPARE_WITH_TIMEOUT(text(window.get(), "nameValueLabel"), QString::fromUcs4(U"\u738B\U00020BB7"), 15000);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("intakePage"));
    QCOMPARE(text(window.get(), "birthValueLabel"), QStringLiteral("1985-12-03"));
    QCOMPARE(text(window.get(), "idNumberValueLabel"), QStringLiteral("110105********0203"));
    QVERIFY(text(window.get(), "validityValueLabel").contains(QStringLiteral("2036-05-10")));
    QVERIFY(!text(window.get(), "regionValueLabel").isEmpty());
    QVERIFY(text(window.get(), "ageValueLabel")
                .contains(QString::number(idcard::IdNumber::ageOn(QDate(1985, 12, 3), QDate::currentDate()))));
    QVERIFY(text(window.get(), "earlierCasesLabel").startsWith(QStringLiteral("First visit")));
    // The reader's newest address is shown, and the card face's address is named beside it.
    QVERIFY(text(window.get(), "cardMessageLabel").contains(QStringLiteral("newest one recorded on the chip")));
    // No licensed photo decoder here: the panel says so instead of showing a photo.
    QCOMPARE(text(window.get(), "photoLabel"), QStringLiteral("No card photo"));
    QVERIFY(text(window.get(), "photoNoteLabel").contains(QStringLiteral("Take a photo with the camera at intake")));
    QVERIFY(text(window.get(), "readerStatusLabel").contains(QStringLiteral("ready")));

    // The citizen is now known locally, and the read was logged.
    intake::CitizenService citizens(*m_counter->database);
    const auto stored = citizens.find(QStringLiteral("110105198512030203"));
    QVERIFY(stored);
    QCOMPARE(stored->citizen.name, QString::fromUcs4(U"\u738B\U00020BB7"));
    QCOMPARE(db::AuditRepository(*m_counter->database).count(QStringLiteral("card.read")), 1);
    QVERIFY(m_counter->services->sync.snapshot().pendingRecords >= 1);

    // Showing the whole number is a logged view.
    QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("showIdNumberButton")), Qt::LeftButton);
    QCOMPARE(text(window.get(), "idNumberValueLabel"), QStringLiteral("110105198512030203"));
    QCOMPARE(db::AuditRepository(*m_counter->database).count(QStringLiteral("id_number.unmask")), 1);
}

void TestIntakeGui::knownCitizenShowsEarlierCases()
{
    // The citizen of resident_lower_x.json came before and has a case at this counter.
    {
        QSqlQuery query(m_counter->database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO citizens (uuid, id_number, name, created_at, updated_at) VALUES "
            "('c-1', '33010619661123017X', 'Old Name', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        const QString clerkUuid = m_counter->services->clerks.list().constFirst().uuid;
        query.prepare(QStringLiteral(
            "INSERT INTO cases (uuid, number, item_code, kind, citizen_uuid, hall_code, counter_number, clerk_uuid, "
            "state, "
            "accepted_at, deadline, updated_at) VALUES ('k-1', '330104001-03-20260301-0007', 'senior-card', 'instant', "
            "'c-1', "
            "'330104001', 3, ?, 'collected', '2026-03-01T02:00:00.000Z', '2026-03-01', '2026-03-01T02:00:00Z')"));
        query.addBindValue(clerkUuid);
        QVERIFY(query.exec());
    }
    const Simulator simulator(QStringLiteral("resident_lower_x.json"));
    auto window = openWindow(simulator.device());
    QTRY_COMPARE_WITH_TIMEOUT(text(window.get(), "nameValueLabel"),
                              QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD"), 15000);
    QCOMPARE(text(window.get(), "idNumberValueLabel"), QStringLiteral("330106********017X"));
    QCOMPARE(text(window.get(), "validityValueLabel"), QStringLiteral("2010-03-01, long-term"));
    auto* table = child<QTableWidget>(window.get(), QStringLiteral("earlierCasesTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("330104001-03-20260301-0007"));
    // The card is the source of truth for what it carries: the stored name was corrected.
    const auto stored = intake::CitizenService(*m_counter->database).find(QStringLiteral("33010619661123017x"));
    QCOMPARE(stored->citizen.name, QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD"));
    QCOMPARE(stored->citizen.version, 2);
}

void TestIntakeGui::typedNumberIsValidatedAsTyped()
{
    auto window = openWindow(QStringLiteral("/dev/null-reader"));
    window->showPage(ui::MainWindow::Page::Intake);
    auto* field = child<QLineEdit>(window.get(), QStringLiteral("idNumberLineEdit"));
    QTest::keyClicks(field, QStringLiteral("3301061966"));
    QCOMPARE(text(window.get(), "idNumberMessageLabel"), QStringLiteral("10 of 18 characters"));
    QTest::keyClicks(field, QStringLiteral("11230171"));
    QVERIFY(text(window.get(), "idNumberMessageLabel").contains(QStringLiteral("does not add up")));
    // A scanner types the whole number and an Enter; a lower-case x is accepted.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("33010619661123017x"));
    QVERIFY2(text(window.get(), "idNumberMessageLabel").startsWith(QStringLiteral("Valid:")),
             qPrintable(text(window.get(), "idNumberMessageLabel")));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(text(window.get(), "birthValueLabel"), QStringLiteral("1966-11-23"));
    QCOMPARE(text(window.get(), "idNumberValueLabel"), QStringLiteral("330106********017X"));
    QVERIFY(text(window.get(), "cardMessageLabel").startsWith(QStringLiteral("Not known at this counter")));
}

void TestIntakeGui::missingReaderIsReported()
{
    auto window = openWindow(QStringLiteral("/dev/ttyUSB-unplugged"));
    QTRY_VERIFY_WITH_TIMEOUT(text(window.get(), "readerStatusLabel").contains(QStringLiteral("not connected")), 10000);
}

QTEST_MAIN(TestIntakeGui)
#include "TestIntakeGui.moc"
