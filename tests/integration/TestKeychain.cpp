// The counter key in the real system keyring (GNOME Keyring on a private D-Bus session, see
// with-keyring.sh), and certificate signing and verification through onewindow-cli.
#include "certificate/CounterKey.h"
#include "core/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Every file under a folder with its size, to show that nothing was written.
QStringList filesUnder(const QString& path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.append(file + u' ' + QString::number(QFileInfo(file).size()));
    }
    files.sort();
    return files;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storesReadsAndRemovesSecrets();
    void cliKeyIsMadeOnceAndKeptAcrossProcesses();
    void cliSignsAndVerifies();
    void cliVerifyRefusesTampering_data();
    void cliVerifyRefusesTampering();
    void withoutKeyringCliFailsReadably();

private:
    QString signPayload(const QString& name);

    QTemporaryDir m_dir;
    QString m_keysFile;
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    // Start from a counter without a key, in this private keyring only.
    ow::core::KeychainSecretStore store;
    QString error;
    QVERIFY2(store.remove(ow::certificate::CounterKey::secretName, &error), qPrintable(error));
}

void TestKeychain::storesReadsAndRemovesSecrets()
{
    ow::core::KeychainSecretStore store(QStringLiteral("OneWindow test"));
    const QString name = QStringLiteral("binary secret");
    const QByteArray secret = QByteArray("\x00\x01\xff|zero inside", 16);
    QString error;
    QVERIFY2(store.write(name, secret, &error), qPrintable(error));
    auto read = store.read(name);
    QCOMPARE(read.status, ow::core::SecretReadResult::Status::Found);
    QCOMPARE(read.secret, secret);

    // A second store object (as a second start of the program would) finds the same secret.
    ow::core::KeychainSecretStore again(QStringLiteral("OneWindow test"));
    QCOMPARE(again.read(name).secret, secret);
    QCOMPARE(ow::core::KeychainSecretStore(QStringLiteral("another service")).read(name).status,
             ow::core::SecretReadResult::Status::NotFound);

    QVERIFY2(store.remove(name, &error), qPrintable(error));
    read = store.read(name);
    QCOMPARE(read.status, ow::core::SecretReadResult::Status::NotFound);
    QVERIFY(read.errorMessage.isEmpty());
    QVERIFY2(store.remove(name, &error), qPrintable(error));
}

void TestKeychain::cliKeyIsMadeOnceAndKeptAcrossProcesses()
{
    const Run first =
        cli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"), QStringLiteral("key")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(QStringLiteral("A new signing key was made for this counter")), qPrintable(first.err));
    QVERIFY(first.out.startsWith(QStringLiteral("Key id: ")));

    const Run second =
        cli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"), QStringLiteral("key")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(!second.err.contains(QStringLiteral("new signing key")), qPrintable(second.err));
    QCOMPARE(second.out, first.out);

    // The key is in the keyring, not in the data folder.
    ow::core::KeychainSecretStore store;
    const auto stored = store.read(ow::certificate::CounterKey::secretName);
    QCOMPARE(stored.status, ow::core::SecretReadResult::Status::Found);
    QCOMPARE(stored.secret.size(), 64);
    for (const QString& file : filesUnder(m_dir.path())) {
        QFile content(file.section(u' ', 0, -2));
        QVERIFY(content.open(QIODevice::ReadOnly));
        QVERIFY2(!content.readAll().contains(stored.secret.left(32)), qPrintable(file));
    }
}

QString TestKeychain::signPayload(const QString& name)
{
    const Run run = cli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"),
                         QStringLiteral("sign"), QStringLiteral("--type"), QStringLiteral("senior-card"),
                         QStringLiteral("--number"), QStringLiteral("330104-2026-000123"), QStringLiteral("--name"),
                         name, QStringLiteral("--id-number"), QStringLiteral("11010519491231002X"),
                         QStringLiteral("--issued"), QStringLiteral("2026-03-02"), QStringLiteral("--valid-to"),
                         QStringLiteral("long-term"), QStringLiteral("--hall"), QStringLiteral("330104001")});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    return run.out.trimmed();
}

void TestKeychain::cliSignsAndVerifies()
{
    const Run key = cli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"),
                         QStringLiteral("key"), QStringLiteral("--json")});
    QCOMPARE(key.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(key.out.toUtf8()).array();
    QCOMPARE(entries.size(), 1);
    m_keysFile = m_dir.filePath(QStringLiteral("keys-from-counter.json"));
    QFile file(m_keysFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key.out.toUtf8());
    file.close();

    const QString name = QString::fromUtf8("\xF0\xA0\xAE\xB7 A|B");
    const QString payload = signPayload(name);
    QVERIFY(payload.startsWith(QStringLiteral("OW1|senior-card|")));
    QVERIFY2(payload.contains(QStringLiteral("|110105********002X|20260302|-|330104001|") +
                              entries.at(0).toObject().value(QStringLiteral("key_id")).toString() + u'|'),
             qPrintable(payload));

    const Run verified = cli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"),
                              QStringLiteral("verify"), payload, QStringLiteral("--keys"), m_keysFile});
    QCOMPARE(verified.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("reason")).toString(),
             QStringLiteral("The certificate is genuine and valid."));
    const QJsonObject fields = result.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("holder_name")).toString(), name);
    QCOMPARE(fields.value(QStringLiteral("id_number")).toString(), QStringLiteral("110105********002X"));
    QCOMPARE(fields.value(QStringLiteral("valid_until")).toString(), QStringLiteral("long-term"));

    // Without --keys the data folder's trusted-keys.json is used; without that file verify says so.
    const QStringList defaultKeys {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("certificate"),
                                   QStringLiteral("verify"), payload};
    const Run missing = cli(defaultKeys);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("trusted-keys.json cannot be read")), qPrintable(missing.err));
    QVERIFY(QFile::copy(m_keysFile, m_dir.filePath(QStringLiteral("trusted-keys.json"))));
    QCOMPARE(cli(defaultKeys).exitCode, 0);
}

void TestKeychain::cliVerifyRefusesTampering_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");
    QTest::newRow("number") << QStringLiteral("000123") << QStringLiteral("000124") << QStringLiteral("bad-signature");
    QTest::newRow("valid until") << QStringLiteral("|-|") << QStringLiteral("|20990101|")
                                 << QStringLiteral("bad-signature");
    QTest::newRow("raw separator in the name")
        << QStringLiteral("%7C") << QStringLiteral("|") << QStringLiteral("malformed");
    QTest::newRow("not a payload") << QStringLiteral("OW1|senior-card") << QStringLiteral("https://x.cn/")
                                   << QStringLiteral("malformed");
}

void TestKeychain::cliVerifyRefusesTampering()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    QVERIFY2(!m_keysFile.isEmpty(), "cliSignsAndVerifies runs first");
    const QString payload = signPayload(QString::fromUtf8("\xF0\xA0\xAE\xB7 A|B"));
    QVERIFY(payload.contains(from));
    QString tampered = payload;
    tampered.replace(from, to);
    const Run run =
        cli({QStringLiteral("certificate"), QStringLiteral("verify"), tampered, QStringLiteral("--keys"), m_keysFile});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(result.value(QStringLiteral("code")).toString(), code);
    QVERIFY(result.value(QStringLiteral("fields")).isNull());
    QVERIFY(!result.value(QStringLiteral("reason")).toString().isEmpty());
}

void TestKeychain::withoutKeyringCliFailsReadably()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    const QString home = environment.value(QStringLiteral("HOME"));
    const QStringList homeBefore = filesUnder(home);

    const Run run = cli(
        {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("certificate"), QStringLiteral("key")}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("keyring")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(GNOME Keyring or KWallet)")), qPrintable(run.err));
    // No plain-text fallback: nothing appears in the data folder or the home folder.
    QCOMPARE(filesUnder(dir.path()), QStringList());
    QCOMPARE(filesUnder(home), homeBefore);

    const Run sign =
        cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("certificate"), QStringLiteral("sign"),
             QStringLiteral("--type"), QStringLiteral("t"), QStringLiteral("--number"), QStringLiteral("1"),
             QStringLiteral("--name"), QStringLiteral("N"), QStringLiteral("--id-number"),
             QStringLiteral("11010519491231002X"), QStringLiteral("--issued"), QStringLiteral("2026-03-02"),
             QStringLiteral("--valid-to"), QStringLiteral("long-term"), QStringLiteral("--hall"), QStringLiteral("H")},
            environment);
    QCOMPARE(sign.exitCode, 1);
    QVERIFY(sign.out.isEmpty());
    QVERIFY2(sign.err.contains(QStringLiteral("keyring")), qPrintable(sign.err));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
