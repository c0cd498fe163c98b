// The counter's windows driven offscreen through their real widgets, found by object name.
#include "CounterSession.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "db/OutboxRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>

using namespace ow;
using ow::tests::child;

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loginThroughDialogReachesMainWindow();
    void emptyFieldsAreValidated();
    void wrongPasswordSaysSoWithoutNamingLogins();
    void functionKeysReachEveryPage();
    void clerkCannotSuperviseOrChangeSettings();
    void adminSavesCounterSettings();
    void readerSettingsApplyAtOnce();
    void idleLockHidesPagesUntilPassword();
    void logoutFromLockReturnsToLogin();
    void geometryAndLastPageAreRemembered();

private:
    ui::MainWindow* logIn(const QString& login, const QString& password);

    std::unique_ptr<tests::DemoCounter> m_counter;
    std::unique_ptr<ui::CounterSession> m_session;
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGui::init()
{
    QSettings().clear();
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(QStringLiteral("Luojiazhuang Hall")));
    m_session = std::make_unique<ui::CounterSession>(*m_counter->services);
    m_session->start();
    QTRY_VERIFY(m_session->loginDialog() && m_session->loginDialog()->isVisible());
}

void TestGui::cleanup()
{
    m_session.reset();
    m_counter.reset();
}

ui::MainWindow* TestGui::logIn(const QString& login, const QString& password)
{
    tests::typeLogin(m_session->loginDialog(), login, password);
    if (!QTest::qWaitFor([this] { return m_session->mainWindow() && m_session->mainWindow()->isVisible(); })) {
        return nullptr;
    }
    // Shortcuts go to the active window, as on a real desktop.
    m_session->mainWindow()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_session->mainWindow())) {
        return nullptr;
    }
    return m_session->mainWindow();
}

void TestGui::loginThroughDialogReachesMainWindow()
{
    auto* dialog = m_session->loginDialog();
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("counterLabel"))->text(),
             QStringLiteral("Luojiazhuang Hall, counter 3"));
    ui::MainWindow* window = logIn(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(window);
    QTRY_VERIFY(!m_session->loginDialog());
    QCOMPARE(child<QLabel>(window, QStringLiteral("clerkLabel"))->text(),
             QStringLiteral("Clerk: Chen Jing (Administrator)"));
    QCOMPARE(child<QLabel>(window, QStringLiteral("counterLabel"))->text(),
             QStringLiteral("Luojiazhuang Hall (330104001), counter 3"));
    QCOMPARE(child<QLabel>(window, QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Offline (not enrolled with the district)"));
    // Setting up the counter and logging in were recorded (clerks, catalog, audit rows), none synced yet.
    const int pending = db::OutboxRepository(*m_counter->database).pendingCount();
    QVERIFY(pending > 0);
    QCOMPARE(child<QLabel>(window, QStringLiteral("pendingSyncLabel"))->text(),
             QStringLiteral("Waiting to sync: %1").arg(pending));
}

void TestGui::emptyFieldsAreValidated()
{
    auto* dialog = m_session->loginDialog();
    tests::typeLogin(dialog, QString(), QString());
    QCOMPARE(dialog->message(), QStringLiteral("Enter your login."));
    tests::typeLogin(dialog, QStringLiteral("admin"), QString());
    QCOMPARE(dialog->message(), QStringLiteral("Enter your password."));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_session->mainWindow());
}

void TestGui::wrongPasswordSaysSoWithoutNamingLogins()
{
    auto* dialog = m_session->loginDialog();
    tests::typeLogin(dialog, QStringLiteral("admin"), QStringLiteral("not the password"));
    const QString wrongPassword = dialog->message();
    tests::typeLogin(dialog, QStringLiteral("nobody"), QStringLiteral("not the password"));
    QCOMPARE(dialog->message(), wrongPassword);
    QVERIFY(wrongPassword.startsWith(QStringLiteral("The login or the password is wrong.")));
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->text().isEmpty());
    QVERIFY(!m_session->mainWindow());
}

void TestGui::functionKeysReachEveryPage()
{
    ui::MainWindow* window = logIn(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(window);
    auto* pages = child<QStackedWidget>(window, QStringLiteral("pagesStackedWidget"));
    const QStringList names = {QStringLiteral("queuePage"), QStringLiteral("intakePage"), QStringLiteral("casesPage"),
                               QStringLiteral("backlogPage"), QStringLiteral("settingsPage")};
    for (int i = names.size() - 1; i >= 0; --i) {
        QTest::keyClick(window, static_cast<Qt::Key>(Qt::Key_F1 + i));
        QCOMPARE(pages->currentWidget()->objectName(), names[i]);
    }
    // And by mouse, through the navigation list.
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigationListWidget"));
    const QRect cases = navigation->visualItemRect(navigation->item(2));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, cases.center());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("casesPage"));
    // The queue page of a counter without a hall host says where to set one.
    QTest::keyClick(window, Qt::Key_F1);
    QVERIFY(child<QLabel>(pages->currentWidget(), QStringLiteral("queueConnectionLabel"))
                ->text()
                .contains(QStringLiteral("Settings > Hall queue")));
}

void TestGui::clerkCannotSuperviseOrChangeSettings()
{
    ui::MainWindow* window = logIn(QStringLiteral("clerk1"), tests::clerkPassword);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_F4);
    auto* pages = child<QStackedWidget>(window, QStringLiteral("pagesStackedWidget"));
    QCOMPARE(child<QLabel>(pages->currentWidget(), QStringLiteral("statusLineLabel"))->text(),
             QStringLiteral("The backlog is for supervisors; you are logged in as Clerk."));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(!child<QLineEdit>(window, QStringLiteral("hallNameLineEdit"))->isEnabled());
    QVERIFY(child<QLabel>(window, QStringLiteral("readOnlyNoteLabel"))->isVisible());
}

void TestGui::adminSavesCounterSettings()
{
    ui::MainWindow* window = logIn(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_F5);
    auto* name = child<QLineEdit>(window, QStringLiteral("hallNameLineEdit"));
    QVERIFY(name->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Dongxin Street Hall"));
    child<QSpinBox>(window, QStringLiteral("counterSpinBox"))->setValue(7);
    QTest::keyClicks(child<QLineEdit>(window, QStringLiteral("hallPhoneLineEdit")), QStringLiteral("0571-86000000"));
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(child<QLabel>(window, QStringLiteral("messageLabel"))->text(), QStringLiteral("Saved."));
    QCOMPARE(child<QLabel>(window, QStringLiteral("counterLabel"))->text(),
             QStringLiteral("Dongxin Street Hall (330104001), counter 7"));
    QCOMPARE(m_counter->services->settings.identity().counterNumber, 7);
    QCOMPARE(m_counter->services->settings.contact().phone, QStringLiteral("0571-86000000"));

    // A mistake is shown next to the button and nothing is stored.
    auto* code = child<QLineEdit>(window, QStringLiteral("hallCodeLineEdit"));
    code->setText(QStringLiteral("x"));
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(window, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("3 to 12")));
    QCOMPARE(m_counter->services->settings.identity().hallCode, QStringLiteral("330104001"));
}

void TestGui::readerSettingsApplyAtOnce()
{
    ui::MainWindow* window = logIn(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_F5);
    auto* backend = child<QComboBox>(window, QStringLiteral("readerBackendComboBox"));
    auto* port = child<QComboBox>(window, QStringLiteral("readerPortComboBox"));
    port->setCurrentText(QString());
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(window, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("serial port")));

    backend->setCurrentIndex(backend->findText(QStringLiteral("No reader")));
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(child<QLabel>(window, QStringLiteral("messageLabel"))->text(), QStringLiteral("Saved."));
    QCOMPARE(child<QLabel>(window, QStringLiteral("readerStatusLabel"))->text(),
             QStringLiteral("No card reader is set up at this PC; type or scan ID numbers below."));
    QCOMPARE(QSettings().value(QStringLiteral("cardReader/backend")).toString(), QStringLiteral("none"));
}

void TestGui::idleLockHidesPagesUntilPassword()
{
    ui::MainWindow* window = logIn(QStringLiteral("clerk1"), tests::clerkPassword);
    QVERIFY(window);
    window->setIdleTimeout(150);
    QTRY_VERIFY(window->isLocked());
    QVERIFY(!child<QWidget>(window, QStringLiteral("contentWidget"))->isVisible());
    QTest::keyClick(window, Qt::Key_F2); // pages cannot be reached while locked
    QVERIFY(window->isLocked());

    auto* password = child<QLineEdit>(window, QStringLiteral("unlockPasswordLineEdit"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(window->isLocked());
    QVERIFY(child<QLabel>(window, QStringLiteral("unlockMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("The login or the password is wrong.")));
    QTest::keyClicks(password, tests::clerkPassword);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("unlockButton")), Qt::LeftButton);
    QVERIFY(!window->isLocked());
    QVERIFY(child<QWidget>(window, QStringLiteral("contentWidget"))->isVisible());
}

void TestGui::logoutFromLockReturnsToLogin()
{
    ui::MainWindow* window = logIn(QStringLiteral("clerk1"), tests::clerkPassword);
    QVERIFY(window);
    window->lock();
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("logoutButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_session->mainWindow());
    QTRY_VERIFY(m_session->loginDialog() && m_session->loginDialog()->isVisible());
    QVERIFY(logIn(QStringLiteral("admin"), tests::adminPassword));
}

void TestGui::geometryAndLastPageAreRemembered()
{
    ui::MainWindow* window = logIn(QStringLiteral("admin"), tests::adminPassword);
    QVERIFY(window);
    window->resize(1100, 700);
    QTest::keyClick(window, Qt::Key_F3);
    window->close();
    QTRY_VERIFY(!m_session->mainWindow());

    ui::MainWindow again(*m_counter->services, m_counter->services->clerks.list().constFirst());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentPage(), ui::MainWindow::Page::Cases);
    QCOMPARE(again.size(), QSize(1100, 700));
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
