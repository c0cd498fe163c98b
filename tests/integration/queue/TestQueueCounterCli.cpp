// `onewindow-cli queue counter` points a counter at the hall host as Settings > Hall queue does: the address and
// categories in the data file, the key in the real keyring and in no file; a wrong address changes nothing.
#include "ProcessRun.h"
#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "queue/CounterQueueSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = ow::tests::ProcessRun;

const QByteArray hallKey = "counter-cli-hall-key-42";

} // namespace

class TestQueueCounterCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongAddressChangesNothing();
    void shortKeyIsRefused();
    void pointsTheCounterAtTheHost();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {});

    QTemporaryDir m_dir;
};

Run TestQueueCounterCli::cli(const QStringList& arguments, const QByteArray& input)
{
    ow::tests::ProcessOptions options;
    options.input = input;
    return ow::tests::runProcess(QStringLiteral(OW_CLI_PATH),
                                 QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir.path()} + arguments,
                                 options);
}

void TestQueueCounterCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    const Run set =
        cli({u"hall"_s, u"set"_s, u"--code"_s, u"330104001"_s, u"--name"_s, u"Hall"_s, u"--counter"_s, u"3"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    // The keyring of with-keyring.sh outlives one run: start without a hall key from an earlier one.
    ow::core::KeychainSecretStore secrets;
    QString error;
    QVERIFY2(secrets.remove(ow::queue::CounterQueueSettings::keySecretName(), &error), qPrintable(error));
}

void TestQueueCounterCli::wrongAddressChangesNothing()
{
    const Run run = cli({u"queue"_s, u"counter"_s, u"--host"_s, u"http://192.168.1.10:7700"_s, u"--key"_s,
                         QString::fromLatin1(hallKey)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"ws://"_s), qPrintable(run.err));
    ow::db::Database database(m_dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::core::KeychainSecretStore secrets;
    const ow::queue::CounterQueueSettings settings(database, secrets);
    QVERIFY(!settings.isConfigured());
    QByteArray key;
    QVERIFY2(settings.readKey(&key, &error), qPrintable(error));
    QVERIFY(key.isEmpty());
}

void TestQueueCounterCli::shortKeyIsRefused()
{
    const Run run = cli({u"queue"_s, u"counter"_s, u"--host"_s, u"ws://127.0.0.1:7700"_s}, "short\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"at least 8 characters"_s), qPrintable(run.err));
    QCOMPARE(cli({u"queue"_s, u"counter"_s, u"--key"_s, QString::fromLatin1(hallKey)}).exitCode, 2);
}

void TestQueueCounterCli::pointsTheCounterAtTheHost()
{
    QFile keyFile(m_dir.filePath(u"hall.key"_s));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(hallKey + '\n');
    keyFile.close();
    const Run run = cli({u"queue"_s, u"counter"_s, u"--host"_s, u"ws://127.0.0.1:7700"_s, u"--categories"_s, u"a, c"_s,
                         u"--key-file"_s, keyFile.fileName()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"ws://127.0.0.1:7700 (A, C)"_s), qPrintable(run.out));
    QVERIFY(keyFile.remove());

    ow::db::Database database(m_dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::core::KeychainSecretStore secrets;
    const ow::queue::CounterQueueSettings settings(database, secrets);
    QCOMPARE(settings.hostUrl().toString(), u"ws://127.0.0.1:7700"_s);
    QCOMPARE(settings.categories(), (QStringList {u"A"_s, u"C"_s}));
    QByteArray key;
    QVERIFY2(settings.readKey(&key, &error), qPrintable(error));
    QCOMPARE(key, hallKey);
    QVERIFY(ow::db::AuditRepository(database).count(u"settings.change"_s) >= 2);
    database.close();
    // The key is in the keyring only: no file of the counter's data holds it.
    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(hallKey), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestQueueCounterCli)
#include "TestQueueCounterCli.moc"
