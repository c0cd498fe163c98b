// The counter's hall queue settings: the host address and categories are checked and kept in the data file,
// the hall key goes to the SecretStore only, and the display's voice settings stay within their range.
#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "queue/CounterQueueSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ow;

class TestCounterQueueSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostAndCategories_data();
    void hostAndCategories();
    void keyGoesToTheSecretStoreOnly();
    void voiceSettings();
};

void TestCounterQueueSettings::hostAndCategories_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("categories");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("stored");
    QTest::newRow("two categories") << u"ws://192.168.1.10:7700"_s << u"a, B"_s << true << QStringList {u"A"_s, u"B"_s};
    QTest::newRow("every category") << u"ws://hall-pc:7700"_s << QString() << true << QStringList();
    QTest::newRow("no host") << QString() << QString() << true << QStringList();
    QTest::newRow("http is not a host") << u"http://192.168.1.10"_s << u"A"_s << false << QStringList();
    QTest::newRow("words are not categories") << u"ws://192.168.1.10:7700"_s << u"AB"_s << false << QStringList();
}

void TestCounterQueueSettings::hostAndCategories()
{
    QFETCH(QString, url);
    QFETCH(QString, categories);
    QFETCH(bool, ok);
    QFETCH(QStringList, stored);
    QTemporaryDir dir;
    db::Database database(dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    core::MemorySecretStore secrets;
    queue::CounterQueueSettings settings(database, secrets);
    QCOMPARE(settings.setHost(url, categories, &error), ok);
    // Only a change that was made is in the audit log.
    QCOMPARE(db::AuditRepository(database).count(u"settings.change"_s), ok ? 1 : 0);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY(!settings.isConfigured());
        return;
    }
    QCOMPARE(settings.isConfigured(), !url.isEmpty());
    QCOMPARE(settings.hostUrl().toString(), url);
    QCOMPARE(settings.categories(), stored);
}

void TestCounterQueueSettings::keyGoesToTheSecretStoreOnly()
{
    QTemporaryDir dir;
    db::Database database(dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    core::MemorySecretStore secrets;
    queue::CounterQueueSettings settings(database, secrets);
    QByteArray key;
    QVERIFY(settings.readKey(&key, &error));
    QVERIFY(key.isEmpty());
    QVERIFY2(settings.setKey("hall-secret-key-7", &error), qPrintable(error));
    QVERIFY(settings.readKey(&key, &error));
    QCOMPARE(key, QByteArray("hall-secret-key-7"));
    // Each new key is audited, also a second one (the row says a key was set, never which).
    QVERIFY2(settings.setKey("hall-secret-key-8", &error), qPrintable(error));
    QCOMPARE(db::AuditRepository(database).count(u"settings.change"_s), 2);
    QVERIFY2(settings.setKey("hall-secret-key-7", &error), qPrintable(error));
    QCOMPARE(secrets.read(queue::CounterQueueSettings::keySecretName()).secret, QByteArray("hall-secret-key-7"));
    database.close();
    QFile file(dir.filePath(u"onewindow.db"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hall-secret-key-7"));
}

void TestCounterQueueSettings::voiceSettings()
{
    QTemporaryDir dir;
    db::Database database(dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    core::MemorySecretStore secrets;
    queue::CounterQueueSettings settings(database, secrets);
    QCOMPARE(settings.volumePercent(), queue::CounterQueueSettings::defaultVolumePercent);
    QCOMPARE(settings.repeats(), queue::CounterQueueSettings::defaultRepeats);
    QVERIFY2(settings.setAnnouncement(40, 3, &error), qPrintable(error));
    QCOMPARE(settings.volumePercent(), 40);
    QCOMPARE(settings.repeats(), 3);
    QVERIFY(!settings.setAnnouncement(40, 9, &error));
    QCOMPARE(settings.repeats(), 3);
    // Saved again unchanged: no new audit row; changed back and forth: a row each time.
    QCOMPARE(db::AuditRepository(database).count(u"settings.change"_s), 1);
    QVERIFY2(settings.setAnnouncement(40, 3, &error), qPrintable(error));
    QCOMPARE(db::AuditRepository(database).count(u"settings.change"_s), 1);
    QVERIFY2(settings.setAnnouncement(50, 3, &error), qPrintable(error));
    QVERIFY2(settings.setAnnouncement(40, 3, &error), qPrintable(error));
    QCOMPARE(db::AuditRepository(database).count(u"settings.change"_s), 3);
}

QTEST_MAIN(TestCounterQueueSettings)
#include "TestCounterQueueSettings.moc"
