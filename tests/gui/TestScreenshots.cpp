// Screenshots of every page in zh_CN, written to <build>/screenshots for people to look at,
// with checks that the Chinese translation and a CJK font are really in use.
#include "CardSimulatorProcess.h"
#include "CounterSession.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SupervisionFixture.h"
#include "core/Language.h"
#include "intake/IntakePage.h"
#include "intake/ItemIntakeWidget.h"
#include "supervision/BacklogPage.h"
#include "supervision/DecisionDialog.h"
#include "supervision/StatisticsPage.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace ow;
using ow::tests::child;

namespace {

// An image of a real window has many colours; a blank or failed grab has one or two.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chineseFontIsInstalled();
    void loginDialog();
    void mainWindowPages();
    void lockScreen();
    void intakeAfterCardRead();
    void backlogDecisionAndStatistics();

private:
    void save(QWidget* widget, const QString& name);

    QDir m_out;
    std::unique_ptr<tests::DemoCounter> m_counter;
    std::unique_ptr<ui::CounterSession> m_session;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QCOMPARE(core::installTranslations(QStringLiteral("zh_CN"), &error), QStringLiteral("zh_CN"));
    m_out = QDir(qEnvironmentVariable("OW_BUILD_DIR") + QStringLiteral("/screenshots"));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
    m_counter = std::make_unique<tests::DemoCounter>();
    // "Luojiazhuang community service centre", in the data as a hall would type it
    QVERIFY(m_counter->setUp(QString::fromUtf8("\xE9\xAA\x86\xE5\xAE\xB6\xE5\xBA\x84\xE7\xA4\xBE\xE5\x8C\xBA"
                                               "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83")));
    m_session = std::make_unique<ui::CounterSession>(*m_counter->services);
    m_session->start();
    QTRY_VERIFY(m_session->loginDialog() && m_session->loginDialog()->isVisible());
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(distinctColours(image) > 8, qPrintable(name));
    QVERIFY(image.save(m_out.filePath(name)));
    qInfo().noquote() << "screenshot:" << m_out.filePath(name);
}

void TestScreenshots::chineseFontIsInstalled()
{
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "No font with Chinese glyphs: install fonts-noto-cjk");
}

void TestScreenshots::loginDialog()
{
    auto* dialog = m_session->loginDialog();
    // "Log in" in Chinese
    QCOMPARE(child<QPushButton>(dialog, QStringLiteral("loginButton"))->text(),
             QString::fromUtf8("\xE7\x99\xBB\xE5\xBD\x95"));
    save(dialog, QStringLiteral("login-zh_CN.png"));
    tests::typeLogin(dialog, QStringLiteral("admin"), QStringLiteral("wrong password"));
    QVERIFY(!dialog->message().isEmpty());
    QVERIFY(!dialog->message().contains(QStringLiteral("password is wrong"))); // translated
    save(dialog, QStringLiteral("login-error-zh_CN.png"));
}

void TestScreenshots::mainWindowPages()
{
    tests::typeLogin(m_session->loginDialog(), QStringLiteral("admin"), tests::adminPassword);
    QTRY_VERIFY(m_session->mainWindow() && m_session->mainWindow()->isVisible());
    ui::MainWindow* window = m_session->mainWindow();
    window->resize(1280, 800);
    const QStringList names = {QStringLiteral("queue"), QStringLiteral("intake"), QStringLiteral("cases"),
                               QStringLiteral("backlog"), QStringLiteral("settings")};
    for (int i = 0; i < names.size(); ++i) {
        window->showPage(static_cast<ui::MainWindow::Page>(i));
        save(window, QStringLiteral("main-%1-zh_CN.png").arg(names[i]));
    }
    QVERIFY(!child<QLabel>(window, QStringLiteral("connectionLabel"))->text().contains(QStringLiteral("Offline")));
}

void TestScreenshots::lockScreen()
{
    ui::MainWindow* window = m_session->mainWindow();
    QVERIFY(window);
    window->lock();
    save(window, QStringLiteral("main-locked-zh_CN.png"));
}

void TestScreenshots::intakeAfterCardRead()
{
    const tests::CardSimulatorProcess simulator({tests::CardSimulatorProcess::card(QStringLiteral("resident.json"))});
    QVERIFY(!simulator.device().isEmpty());
    ui::SessionOptions options = ui::SessionOptions::withReader(simulator.device());
    options.printToFolder = m_out.path(); // the receipt lands beside the screenshots
    ui::MainWindow window(*m_counter->services, m_counter->services->clerks.list().constLast(), options);
    window.resize(1366, 900);
    window.show();
    auto* name = child<QLabel>(&window, QStringLiteral("nameValueLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), QString::fromUcs4(U"\u738B\U00020BB7"), 15000);
    save(&window, QStringLiteral("main-intake-card-zh_CN.png"));
    auto* typed = child<QLineEdit>(&window, QStringLiteral("idNumberLineEdit"));
    QTest::keyClicks(typed, QStringLiteral("330106196611230171"));
    save(&window, QStringLiteral("main-intake-typed-error-zh_CN.png"));
    typed->clear();

    // The senior card for a citizen of 40: the prefilled form, and why it cannot be accepted.
    auto* intake = window.findChild<ui::IntakePage*>();
    intake->addItem(QStringLiteral("senior-card"));
    QVERIFY(window.findChild<ui::ItemIntakeWidget*>(QStringLiteral("itemIntake_senior-card")));
    save(&window, QStringLiteral("main-intake-not-eligible-zh_CN.png"));

    // Zhang Jianguo, 60 on 2026-11-23, lays his card: the form, the checklist, a refusal, then the case.
    const tests::CardSimulatorProcess second(
        {tests::CardSimulatorProcess::card(QStringLiteral("resident_lower_x.json"))});
    idcard::ReaderSettings reader;
    reader.port = second.device();
    intake->useReader(reader);
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD"), 15000);
    intake->addItem(QStringLiteral("senior-card"));
    auto* item = window.findChild<ui::ItemIntakeWidget*>(QStringLiteral("itemIntake_senior-card"));
    QVERIFY(item);
    item->findChild<QLineEdit*>(QStringLiteral("current_addressField"))->setText(QStringLiteral("Wensan Road 100"));
    item->findChild<QLineEdit*>(QStringLiteral("phoneField"))->setText(QStringLiteral("13800138000"));
    save(&window, QStringLiteral("main-intake-item-zh_CN.png"));
    item->setChoice(QStringLiteral("photo"), intake::MaterialChoice::Missing);
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("acceptButton")), Qt::LeftButton);
    save(&window, QStringLiteral("main-intake-refused-zh_CN.png"));
    item->setChoice(QStringLiteral("photo"), intake::MaterialChoice::Provided);
    QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("acceptButton")), Qt::LeftButton);
    QCOMPARE(intake->acceptedCases().size(), 1);
    save(&window, QStringLiteral("main-intake-accepted-zh_CN.png"));

    window.showPage(ui::MainWindow::Page::Cases);
    auto* cases = child<QTableWidget>(&window, QStringLiteral("casesTableWidget"));
    QTRY_VERIFY(cases->rowCount() > 0);
    cases->selectRow(0);
    save(&window, QStringLiteral("main-cases-zh_CN.png"));
}

void TestScreenshots::backlogDecisionAndStatistics()
{
    // A supervisor's view of a hall's open cases on Wednesday 12 March 2025, with Chinese names.
    tests::SupervisionFixture fixture;
    QVERIFY(fixture.setUp(true));
    QVERIFY(fixture.addStandardCases());
    const QStringList items = {QStringLiteral("senior-card"), QStringLiteral("minimum-living-allowance"),
                               QStringLiteral("disability-certificate"), QStringLiteral("residence-permit")};
    for (int i = 0; i < 40; ++i) {
        const bool instant = items.at(i % 4) == u"senior-card";
        tests::CaseSpec spec {.number = QStringLiteral("330104001-0%1-202503%2-%3")
                                            .arg(3 + i % 3)
                                            .arg(3 + i % 9, 2, 10, QLatin1Char('0'))
                                            .arg(i + 1, 4, 10, QLatin1Char('0')),
                              .itemCode = items.at(i % 4),
                              .kind = instant ? QStringLiteral("instant") : QStringLiteral("promised"),
                              .state = instant ? QStringLiteral("issued") : QStringLiteral("in_review"),
                              .deadline = tests::supervisionToday.addDays(i % 13 - 4),
                              .clerkUuid = i % 2 ? fixture.otherClerk.uuid : fixture.clerk.uuid,
                              .counterNumber = 3 + i % 3,
                              .acceptedAt = QDateTime(QDate(2025, 3, 3 + i % 9), QTime(9 + i % 7, i % 60)),
                              .citizen = i % 3};
        QVERIFY(fixture.addCase(spec));
        if (instant) {
            QVERIFY(fixture.addEvent(spec.number, QStringLiteral("issued"), spec.acceptedAt.addSecs(600 + 60 * i)));
        } else if (i % 3 == 0) {
            QVERIFY(fixture.addEvent(spec.number, QStringLiteral("approved"), spec.acceptedAt.addDays(2)));
        }
    }
    core::Services services(*fixture.database);
    ui::BacklogPage page(services, fixture.supervisor, nullptr, [] { return tests::supervisionToday; });
    page.resize(1280, 760);
    page.show();
    page.selectCase(QStringLiteral("C-04"));
    save(&page, QStringLiteral("backlog-zh_CN.png"));

    page.selectCase(QStringLiteral("C-01"));
    page.decideSelected();
    ui::DecisionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<ui::DecisionDialog*>()) && dialog->isVisible());
    child<QRadioButton>(dialog, QStringLiteral("returnRadioButton"))->click();
    // "Bank statement of the last six months; lease contract", "Income proof is missing"
    child<QLineEdit>(dialog, QStringLiteral("materialsLineEdit"))
        ->setText(QString::fromUtf8("\xE8\xBF\x91\xE5\x85\xAD\xE4\xB8\xAA\xE6\x9C\x88\xE9\x93\xB6\xE8\xA1\x8C\xE6\xB5"
                                    "\x81\xE6\xB0\xB4\xEF\xBC\x9B\xE7\xA7\x9F\xE8\xB5\x81\xE5\x90\x88\xE5\x90\x8C"));
    child<QPlainTextEdit>(dialog, QStringLiteral("reasonPlainTextEdit"))
        ->setPlainText(QString::fromUtf8("\xE7\xBC\xBA\xE5\xB0\x91\xE6\x94\xB6\xE5\x85\xA5\xE8\xAF\x81\xE6\x98\x8E"));
    save(dialog, QStringLiteral("backlog-decision-zh_CN.png"));
    dialog->reject();

    page.statisticsPage()->setPeriod(QDate(2025, 3, 3), QDate(2025, 3, 12));
    child<QTabWidget>(&page, QStringLiteral("backlogTabWidget"))->setCurrentIndex(1);
    save(&page, QStringLiteral("backlog-statistics-zh_CN.png"));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
