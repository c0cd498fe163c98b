// The District section of Settings and the status bar against the real onewindow-district on loopback: an
// administrator enrols the counter, the status bar goes online, then offline when the server stops; rejected
// records show in the Sync problems dialog; zh_CN screenshots go to <build>/screenshots.
#include "CounterSession.h"
#include "DistrictServerProcess.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "core/Language.h"
#include "db/OutboxRepository.h"
#include "db/SyncRepository.h"
#include "sync/Enrollment.h"
#include "sync/SyncProblemsDialog.h"
#include "sync/SyncSettings.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace ow;
using ow::tests::child;

class TestSyncGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clerkCannotEnrol();
    void adminEnrolsAndGoesOnline();
    void adminSetsOfflineLoginDays();
    void statusBarSaysOfflineWhenTheServerStops();
    void syncProblemsAreListed();
    void firstLoginOnAnEnrolledCounterWithoutClerks();
    void chineseScreenshots();
    void cleanupTestCase();

private:
    [[nodiscard]] std::unique_ptr<ui::MainWindow> window(const QString& login, const QString& password);
    void save(QWidget* widget, const QString& name);

    std::unique_ptr<tests::DistrictServerProcess> m_server;
    std::unique_ptr<tests::DemoCounter> m_counter;
};

void TestSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<tests::DistrictServerProcess>(QStringLiteral(OW_DISTRICT_PATH));
    QCOMPARE(m_server
                 ->admin({QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("--code"),
                          QStringLiteral("330104001"), QStringLiteral("--name"), QStringLiteral("Luojiazhuang Hall")})
                 .exitCode,
             0);
    QVERIFY(m_server->start());
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(QStringLiteral("Luojiazhuang Hall")));
    // The device token in memory: this test is about the windows, TestSync about the real keyring.
    m_counter->services =
        std::make_unique<core::Services>(*m_counter->database, std::make_unique<core::MemorySecretStore>());
    // Fast retries, so going offline shows within the test's patience.
    m_counter->services->syncService.setTiming({60 * 1000, 200, 1000});
}

void TestSyncGui::cleanupTestCase()
{
    m_counter->services->syncService.stop();
}

std::unique_ptr<ui::MainWindow> TestSyncGui::window(const QString& login, const QString& password)
{
    const auth::LoginResult result = m_counter->services->clerks.login(login, password);
    if (!result.ok()) {
        qWarning() << result.message;
        return nullptr;
    }
    auto main = std::make_unique<ui::MainWindow>(*m_counter->services, *result.clerk);
    main->resize(1280, 800);
    main->show();
    main->showPage(ui::MainWindow::Page::Settings);
    return main;
}

void TestSyncGui::save(QWidget* widget, const QString& name)
{
    const QDir out(qEnvironmentVariable("OW_BUILD_DIR") + QStringLiteral("/screenshots"));
    QVERIFY(out.mkpath(QStringLiteral(".")));
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(out.filePath(name)));
    qInfo().noquote() << "screenshot:" << out.filePath(name);
}

void TestSyncGui::clerkCannotEnrol()
{
    const auto main = window(QStringLiteral("clerk1"), tests::clerkPassword);
    QVERIFY(main);
    auto* group = child<QGroupBox>(main.get(), QStringLiteral("districtGroupBox"));
    QVERIFY(group);
    QVERIFY(!child<QPushButton>(group, QStringLiteral("enrollButton"))->isEnabled());
    QVERIFY(!child<QLineEdit>(group, QStringLiteral("districtServerLineEdit"))->isEnabled());
    QVERIFY(!child<QSpinBox>(group, QStringLiteral("offlineLoginDaysSpinBox"))->isEnabled());
    QCOMPARE(child<QLabel>(group, QStringLiteral("districtStateLabel"))->text(),
             QStringLiteral("Not enrolled: the counter works offline only."));
    QCOMPARE(child<QLabel>(main.get(), QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Offline (not enrolled with the district)"));
}

void TestSyncGui::adminEnrolsAndGoesOnline()
{
    const auto main = window(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(main);
    auto* group = child<QGroupBox>(main.get(), QStringLiteral("districtGroupBox"));
    auto* server = child<QLineEdit>(group, QStringLiteral("districtServerLineEdit"));
    auto* code = child<QLineEdit>(group, QStringLiteral("enrollCodeLineEdit"));
    auto* message = child<QLabel>(group, QStringLiteral("districtMessageLabel"));
    QVERIFY(server && code && message);

    // A wrong code first: the message says what to do, nothing is enrolled.
    QTest::keyClicks(server, m_server->url());
    QTest::keyClicks(code, QStringLiteral("WRNG-CODE"));
    QTest::mouseClick(child<QPushButton>(group, QStringLiteral("enrollButton")), Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("Ask the district for a new enrolment code")),
             qPrintable(message->text()));
    QVERIFY(!m_counter->services->syncService.isRunning());

    code->clear();
    QTest::keyClicks(code, m_server->enrollCode(QStringLiteral("330104001")));
    QTest::mouseClick(child<QPushButton>(group, QStringLiteral("enrollButton")), Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("now enrolled")), qPrintable(message->text()));
    QVERIFY(
        child<QLabel>(group, QStringLiteral("districtStateLabel"))->text().startsWith(QStringLiteral("Enrolled with")));
    QVERIFY(code->text().isEmpty());
    // The hall comes from the district; the engine runs and the status bar follows it.
    QCOMPARE(child<QLineEdit>(main.get(), QStringLiteral("hallNameLineEdit"))->text(),
             QStringLiteral("Luojiazhuang Hall"));
    auto* connection = child<QLabel>(main.get(), QStringLiteral("connectionLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Online, last sync")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(main.get(), QStringLiteral("pendingSyncLabel"))->text(),
                              QStringLiteral("Waiting to sync: 0"), 20000);
    QVERIFY(child<QPushButton>(group, QStringLiteral("syncNowButton"))->isEnabled());
    QVERIFY(child<QLabel>(group, QStringLiteral("lastSyncLabel"))->text() != QStringLiteral("never"));
    QVERIFY(!child<QProgressBar>(main.get(), QStringLiteral("syncProgressBar"))->isVisible());
}

void TestSyncGui::adminSetsOfflineLoginDays()
{
    const auto main = window(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(main);
    auto* days = child<QSpinBox>(main.get(), QStringLiteral("offlineLoginDaysSpinBox"));
    QCOMPARE(days->value(), 7);
    days->setValue(10);
    auto* settings = child<QWidget>(main.get(), QStringLiteral("settingsPage"));
    QTest::mouseClick(child<QPushButton>(settings, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(child<QLabel>(settings, QStringLiteral("messageLabel"))->text(), QStringLiteral("Saved."));
    QCOMPARE(sync::SyncSettings(*m_counter->database).offlineLoginDays(), 10);
}

void TestSyncGui::statusBarSaysOfflineWhenTheServerStops()
{
    const auto main = window(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(main);
    auto* connection = child<QLabel>(main.get(), QStringLiteral("connectionLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Online")), 20000);
    m_server->kill();
    // A day of work while the district is down: a backlog large enough for a progress bar.
    db::OutboxRepository outbox(*m_counter->database);
    for (int i = 0; i < 30; ++i) {
        // Print log rows: the district stores them as they come (audit rows must continue the counter's chain).
        QVERIFY(outbox.append(QStringLiteral("print_log"), db::newUuid(), QStringLiteral("add"),
                              {{QStringLiteral("action"), QStringLiteral("test")}}));
    }
    QTest::mouseClick(child<QPushButton>(main.get(), QStringLiteral("syncNowButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Offline, last sync")), 20000);
    QVERIFY(connection->toolTip().contains(QStringLiteral("cannot be reached")));
    auto* progress = child<QProgressBar>(main.get(), QStringLiteral("syncProgressBar"));
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(progress->text().contains(QStringLiteral("waiting")));

    // Back by itself: the engine retries without anyone pressing a button, and the backlog goes out.
    QVERIFY(m_server->start());
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Online")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 20000);
    QCOMPARE(child<QLabel>(main.get(), QStringLiteral("pendingSyncLabel"))->text(),
             QStringLiteral("Waiting to sync: 0"));
}

void TestSyncGui::syncProblemsAreListed()
{
    // A record the district refused earlier (its answer stored as the engine stores it).
    db::Database& database = *m_counter->database;
    QVERIFY(db::OutboxRepository(database).append(
        QStringLiteral("case"), QStringLiteral("00000000-0000-4000-8000-000000000009"), QStringLiteral("state"),
        {{QStringLiteral("number"), QStringLiteral("330104001-03-20261123-0042")}}));
    db::SyncRepository sync(database);
    const QList<db::OutboxRow> pending = sync.pending(1000);
    QVERIFY(!pending.isEmpty());
    QVERIFY(sync.acknowledge(pending.constLast().seq, QStringLiteral("conflict"), QStringLiteral("stale_version"), 3,
                             QDateTime::currentDateTimeUtc()));

    const auto main = window(QStringLiteral("clerk1"), tests::clerkPassword);
    QVERIFY(main);
    auto* button = child<QToolButton>(main.get(), QStringLiteral("syncProblemsButton"));
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sync problems: 1"));
    bool checked = false;
    QTimer::singleShot(0, this, [&checked] {
        auto* dialog = qobject_cast<ui::SyncProblemsDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, QStringLiteral("syncProblemsTableWidget"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Case 330104001-03-20261123-0042"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Conflict"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("Someone else changed this record")));
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(checked);
    // Seen is not solved: the record stays listed.
    QCOMPARE(db::SyncRepository(database).problems().size(), 1);
}

void TestSyncGui::firstLoginOnAnEnrolledCounterWithoutClerks()
{
    const QString hall = QStringLiteral("330104001");
    const auto added =
        m_server->admin({QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("--login"),
                         QStringLiteral("zhoumin"), QStringLiteral("--name"), QStringLiteral("Zhou Min"),
                         QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--hall"), hall},
                        tests::clerkPassword.toUtf8());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    // A new counter PC: the hall is set, no clerk account was made here.
    QTemporaryDir dir;
    db::Database database(dir.filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY2(core::CounterSettings(database).setIdentity({hall, QStringLiteral("Luojiazhuang Hall"), 4}, &error),
             qPrintable(error));
    core::Services services(database, std::make_unique<core::MemorySecretStore>());
    QVERIFY2(!services.canLogIn(), "nobody could log in: the app says to add a clerk");

    // Enrolled, the clerks of the hall log in with their district password.
    QNetworkAccessManager network;
    const auto link = sync::Enrollment(database, *services.secrets, network)
                          .enroll(m_server->url(), m_server->enrollCode(hall), &error);
    QVERIFY2(link, qPrintable(error));
    QVERIFY(services.canLogIn());
    ui::CounterSession session(services);
    session.start();
    QTRY_VERIFY(session.loginDialog() && session.loginDialog()->isVisible());
    tests::typeLogin(session.loginDialog(), QStringLiteral("zhoumin"), tests::clerkPassword);
    QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow(), 10000);
    const QString who = child<QLabel>(session.mainWindow(), QStringLiteral("clerkLabel"))->text();
    QVERIFY2(who.contains(QStringLiteral("Zhou Min")), qPrintable(who));
    QCOMPARE(services.clerks.count(), 1);
}

void TestSyncGui::chineseScreenshots()
{
    QString error;
    QCOMPARE(core::installTranslations(QStringLiteral("zh_CN"), &error), QStringLiteral("zh_CN"));
    const auto main = window(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(main);
    auto* group = child<QGroupBox>(main.get(), QStringLiteral("districtGroupBox"));
    QTRY_VERIFY_WITH_TIMEOUT(m_counter->services->syncService.isOnline(), 20000);
    QTRY_VERIFY(child<QToolButton>(main.get(), QStringLiteral("syncProblemsButton"))->isVisible());
    // The District section in view, with the status bar below it.
    auto* scroll = qobject_cast<QScrollArea*>(group->parentWidget()->parentWidget()->parentWidget());
    if (scroll) {
        scroll->ensureWidgetVisible(group);
    }
    save(main.get(), QStringLiteral("settings-district-zh_CN.png"));
    QTimer::singleShot(0, this, [this] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            save(dialog, QStringLiteral("sync-problems-zh_CN.png"));
            qobject_cast<QDialog*>(dialog)->reject();
        }
    });
    QTest::mouseClick(child<QToolButton>(main.get(), QStringLiteral("syncProblemsButton")), Qt::LeftButton);
}

QTEST_MAIN(TestSyncGui)
#include "TestSyncGui.moc"
