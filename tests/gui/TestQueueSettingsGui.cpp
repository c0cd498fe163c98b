// Settings > Hall queue as an administrator, with the real keychain (run through with-keyring.sh): the values
// come back after reopening, the hall key is in the keychain and in no file, the change is audited, a bad
// address is refused with a message and saves nothing, and a plain clerk sees the group read-only.
#include "GuiTestSupport.h"
#include "core/Language.h"
#include "db/AuditRepository.h"
#include "pages/SettingsPage.h"
#include "queue/CounterQueueSettings.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace ow;
using ow::tests::child;

namespace {

const QString hallKey = u"queue-settings-key-7f3a9c"_s;

auth::Clerk clerkWithLogin(core::Services& services, const QString& login)
{
    for (const auth::Clerk& clerk : services.clerks.list()) {
        if (clerk.login == login) {
            return clerk;
        }
    }
    return {};
}

// Every file under folder whose bytes contain needle.
QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found << file.fileName();
        }
    }
    return found;
}

} // namespace

class TestQueueSettingsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminSavesTheHallQueue();
    void badAddressIsRefusedAndNothingSaved_data();
    void badAddressIsRefusedAndNothingSaved();
    void clerkSeesTheGroupReadOnly();
    void zhCnScreenshot();

private:
    [[nodiscard]] std::unique_ptr<ui::SettingsPage> openPage(const QString& login);
    void save(ui::SettingsPage* page);

    std::unique_ptr<tests::DemoCounter> m_counter;
};

void TestQueueSettingsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(u"Luojiazhuang Hall"_s));
    // Left over from an earlier run in the same keyring.
    QString error;
    (void)m_counter->services->secrets->remove(queue::CounterQueueSettings::keySecretName(), &error);
}

void TestQueueSettingsGui::cleanupTestCase()
{
    QString error;
    if (m_counter) {
        (void)m_counter->services->secrets->remove(queue::CounterQueueSettings::keySecretName(), &error);
    }
    m_counter.reset();
}

std::unique_ptr<ui::SettingsPage> TestQueueSettingsGui::openPage(const QString& login)
{
    auto page = std::make_unique<ui::SettingsPage>(*m_counter->services, clerkWithLogin(*m_counter->services, login));
    page->resize(900, 800);
    page->show();
    return page;
}

void TestQueueSettingsGui::save(ui::SettingsPage* page)
{
    QTest::mouseClick(child<QPushButton>(page, u"saveButton"_s), Qt::LeftButton);
}

void TestQueueSettingsGui::adminSavesTheHallQueue()
{
    const int auditsBefore = db::AuditRepository(*m_counter->database).count(u"settings.change"_s);
    {
        auto page = openPage(u"admin"_s);
        QVERIFY(child<QGroupBox>(page.get(), u"queueGroupBox"_s)->isEnabled());
        auto* host = child<QLineEdit>(page.get(), u"queueHostLineEdit"_s);
        host->clear();
        QTest::keyClicks(host, u"ws://192.168.1.10:7700"_s);
        auto* categories = child<QLineEdit>(page.get(), u"queueCategoriesLineEdit"_s);
        categories->clear();
        QTest::keyClicks(categories, u"a, c"_s);
        QTest::keyClicks(child<QLineEdit>(page.get(), u"queueKeyLineEdit"_s), hallKey);
        child<QSpinBox>(page.get(), u"voiceVolumeSpinBox"_s)->setValue(60);
        child<QSpinBox>(page.get(), u"voiceRepeatsSpinBox"_s)->setValue(3);
        save(page.get());
        QCOMPARE(child<QLabel>(page.get(), u"messageLabel"_s)->text(), u"Saved."_s);
        QVERIFY2(child<QLineEdit>(page.get(), u"queueKeyLineEdit"_s)->text().isEmpty(), "the key is not shown back");
    }

    // Reopened, the page shows what was saved; the key field stays empty.
    auto page = openPage(u"admin"_s);
    QCOMPARE(child<QLineEdit>(page.get(), u"queueHostLineEdit"_s)->text(), u"ws://192.168.1.10:7700"_s);
    QCOMPARE(child<QLineEdit>(page.get(), u"queueCategoriesLineEdit"_s)->text(), u"A, C"_s);
    QVERIFY(child<QLineEdit>(page.get(), u"queueKeyLineEdit"_s)->text().isEmpty());
    QCOMPARE(child<QSpinBox>(page.get(), u"voiceVolumeSpinBox"_s)->value(), 60);
    QCOMPARE(child<QSpinBox>(page.get(), u"voiceRepeatsSpinBox"_s)->value(), 3);

    // The key is in the keychain, and in no file of the counter's data or this PC's settings.
    const queue::CounterQueueSettings settings(*m_counter->database, *m_counter->services->secrets);
    QByteArray key;
    QString error;
    QVERIFY2(settings.readKey(&key, &error), qPrintable(error));
    QCOMPARE(key, hallKey.toUtf8());
    QCOMPARE(filesContaining(m_counter->dir.path(), hallKey.toUtf8()), QStringList());
    QSettings().sync();
    const QString settingsFolder = QFileInfo(QSettings().fileName()).absolutePath();
    QCOMPARE(filesContaining(settingsFolder, hallKey.toUtf8()), QStringList());

    // The change is in the audit log: host and categories, voice, and that the key was set (never the key).
    const int auditsAfter = db::AuditRepository(*m_counter->database).count(u"settings.change"_s);
    QVERIFY(auditsAfter > auditsBefore);
    QStringList subjects;
    for (const db::AuditRecord& row : db::AuditRepository(*m_counter->database).rows(0, 1000)) {
        if (row.action == u"settings.change") {
            subjects.append(row.subject);
        }
    }
    QVERIFY2(subjects.contains(u"queue.host"_s) && subjects.contains(u"queue.announcement"_s) &&
                 subjects.contains(u"queue.key"_s),
             qPrintable(subjects.join(u", "_s)));
    // Saving the page again unchanged records nothing.
    save(page.get());
    QCOMPARE(child<QLabel>(page.get(), u"messageLabel"_s)->text(), u"Saved."_s);
    QCOMPARE(db::AuditRepository(*m_counter->database).count(u"settings.change"_s), auditsAfter);
}

void TestQueueSettingsGui::badAddressIsRefusedAndNothingSaved_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("http") << u"http://192.168.1.10:7700"_s;
    QTest::newRow("no scheme") << u"192.168.1.10:7700"_s;
    QTest::newRow("no host") << u"ws://"_s;
}

void TestQueueSettingsGui::badAddressIsRefusedAndNothingSaved()
{
    QFETCH(QString, address);
    const int auditsBefore = db::AuditRepository(*m_counter->database).count(u"settings.change"_s);
    const QString hallNameBefore = m_counter->services->settings.identity().hallName;
    auto page = openPage(u"admin"_s);
    auto* host = child<QLineEdit>(page.get(), u"queueHostLineEdit"_s);
    host->clear();
    QTest::keyClicks(host, address);
    child<QSpinBox>(page.get(), u"voiceVolumeSpinBox"_s)->setValue(20);
    auto* hallName = child<QLineEdit>(page.get(), u"hallNameLineEdit"_s);
    hallName->clear();
    QTest::keyClicks(hallName, u"Another Hall"_s);
    save(page.get());
    const QString message = child<QLabel>(page.get(), u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"ws://"_s), qPrintable(message));

    const queue::CounterQueueSettings settings(*m_counter->database, *m_counter->services->secrets);
    QCOMPARE(settings.hostUrl(), QUrl(u"ws://192.168.1.10:7700"_s));
    QCOMPARE(settings.volumePercent(), 60);
    QCOMPARE(m_counter->services->settings.identity().hallName, hallNameBefore);
    QCOMPARE(db::AuditRepository(*m_counter->database).count(u"settings.change"_s), auditsBefore);
}

void TestQueueSettingsGui::clerkSeesTheGroupReadOnly()
{
    auto page = openPage(u"clerk1"_s);
    auto* group = child<QGroupBox>(page.get(), u"queueGroupBox"_s);
    QVERIFY(group);
    QVERIFY(!group->isEnabled());
    QVERIFY(!child<QLineEdit>(page.get(), u"queueHostLineEdit"_s)->isEnabled());
    // The clerk still sees where the counter's queue comes from.
    QCOMPARE(child<QLineEdit>(page.get(), u"queueHostLineEdit"_s)->text(), u"ws://192.168.1.10:7700"_s);
}

void TestQueueSettingsGui::zhCnScreenshot()
{
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    auto page = openPage(u"admin"_s);
    auto* group = child<QGroupBox>(page.get(), u"queueGroupBox"_s);
    auto* scroll = page->findChild<QScrollArea*>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(group);
    QApplication::processEvents();
    QDir out(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    const QString path = out.filePath(u"settings-hall-queue-zh_CN.png"_s);
    QVERIFY(group->grab().toImage().save(path));
    qInfo().noquote() << "screenshot:" << path;
}

QTEST_MAIN(TestQueueSettingsGui)
#include "TestQueueSettingsGui.moc"
