// onewindow-cli as IT staff and scripts use it: real processes on real data files.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// The newest migration in the source tree: the schema version a freshly made data file has.
int latestSchemaVersion()
{
    const QStringList migrations = QDir(qEnvironmentVariable("OW_SOURCE_DIR") + QStringLiteral("/db/migrations"))
                                       .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return migrations.isEmpty() ? -1 : migrations.constLast().left(4).toInt();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void usageMistakesExitTwo_data();
    void usageMistakesExitTwo();
    void clerkAddReadsPasswordFromStandardInput();
    void clerkAddRefusesBadInput();
    void hallSetAndShow();
    void dbCheckOnGoodFile();
    void dbCheckOnBadFiles_data();
    void dbCheckOnBadFiles();
    void dbBackupWritesCheckedCopy();
    void chineseMessagesByDefault();
    void auditVerifyFindsTampering();

private:
    QString dataArg() const { return m_dir.path(); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::versionAndHelp()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("onewindow-cli 0.")));
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("db backup FILE")));
    QVERIFY(help.out.contains(QStringLiteral("clerk add --login")));
    QVERIFY(help.out.contains(QStringLiteral("audit verify [--json]")));
    QVERIFY(help.out.contains(QStringLiteral("-h, --help")));
}

void TestCli::usageMistakesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {} << u"Usage: onewindow-cli"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"Unknown command frobnicate"_s;
    QTest::newRow("unknown subcommand") << QStringList {u"db"_s, u"explode"_s} << u"db takes one of: check, backup"_s;
    QTest::newRow("missing role") << QStringList {u"clerk"_s, u"add"_s, u"--login"_s, u"x1"_s, u"--name"_s, u"X"_s}
                                  << u"needs --role"_s;
    QTest::newRow("bad role") << QStringList {u"clerk"_s,  u"add"_s, u"--login"_s, u"x1"_s,
                                              u"--name"_s, u"X"_s,   u"--role"_s,  u"boss"_s}
                              << u"clerk, supervisor or admin"_s;
    QTest::newRow("unknown option") << QStringList {u"clerk"_s, u"list"_s, u"--colour"_s} << u"Unknown option"_s;
    QTest::newRow("backup without file") << QStringList {u"db"_s, u"backup"_s} << u"takes one FILE"_s;
    QTest::newRow("data dir without value")
        << QStringList {u"db"_s, u"check"_s, u"--data-dir"_s} << u"--data-dir needs a value"_s;
}

void TestCli::usageMistakesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(QStringList {QStringLiteral("--data-dir"), dataArg()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::clerkAddReadsPasswordFromStandardInput()
{
    const QString rareName = QString::fromUcs4(U"\U00005F20\U00020BB7");
    const Run add = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("clerk"), QStringLiteral("add"),
                         QStringLiteral("--login"), QStringLiteral("zhang"), QStringLiteral("--name"), rareName,
                         QStringLiteral("--role"), QStringLiteral("supervisor")},
                        "a long passphrase\n");
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.contains(QStringLiteral("Clerk zhang")), qPrintable(add.out + add.err));

    const Run list = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("clerk"), QStringLiteral("list"),
                          QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray clerks = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(clerks.size(), 1);
    QCOMPARE(clerks.at(0)[QStringLiteral("login")].toString(), QStringLiteral("zhang"));
    QCOMPARE(clerks.at(0)[QStringLiteral("name")].toString(), rareName);
    QCOMPARE(clerks.at(0)[QStringLiteral("role")].toString(), QStringLiteral("supervisor"));
    QVERIFY(!list.out.contains(QStringLiteral("argon2"))); // verifiers never leave the store

    const Run plain = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("clerk"), QStringLiteral("list")});
    QVERIFY(plain.out.contains(QStringLiteral("zhang\t") + rareName + QStringLiteral("\tSupervisor")));
}

void TestCli::clerkAddRefusesBadInput()
{
    const QStringList base = {QStringLiteral("--data-dir"), dataArg(),
                              QStringLiteral("clerk"),      QStringLiteral("add"),
                              QStringLiteral("--name"),     QStringLiteral("Li"),
                              QStringLiteral("--role"),     QStringLiteral("clerk")};
    const Run empty = cli(base + QStringList {QStringLiteral("--login"), QStringLiteral("li")}, "");
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("at least 8 characters")), qPrintable(empty.err));
    const Run duplicate = cli(base + QStringList {QStringLiteral("--login"), QStringLiteral("ZHANG")}, "long enough");
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains(QStringLiteral("taken already")), qPrintable(duplicate.err));
}

void TestCli::hallSetAndShow()
{
    const Run bad = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("hall"), QStringLiteral("set"),
                         QStringLiteral("--code"), QStringLiteral("330104001"), QStringLiteral("--name"),
                         QStringLiteral("Hall"), QStringLiteral("--counter"), QStringLiteral("three")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("between 1 and 999")));

    const Run set = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("hall"), QStringLiteral("set"),
                         QStringLiteral("--code"), QStringLiteral("330104001"), QStringLiteral("--name"),
                         QStringLiteral("Luojiazhuang"), QStringLiteral("--counter"), QStringLiteral("3")});
    QCOMPARE(set.exitCode, 0);
    const Run show = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("hall"), QStringLiteral("show"),
                          QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("hall_code")].toString(), QStringLiteral("330104001"));
    QCOMPARE(json[QStringLiteral("hall_name")].toString(), QStringLiteral("Luojiazhuang"));
    QCOMPARE(json[QStringLiteral("counter")].toInt(), 3);
}

void TestCli::dbCheckOnGoodFile()
{
    const Run check = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith(QStringLiteral("ok: ")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("schema version %1").arg(latestSchemaVersion())), qPrintable(check.out));
    const Run json = cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("db"), QStringLiteral("check"),
                          QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(report[QStringLiteral("schema_version")].toInt(), latestSchemaVersion());
}

void TestCli::dbCheckOnBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << u"There is no data file"_s;
    QTest::newRow("text") << QByteArray("this is a CSV export, not a database\n") << u"not an SQLite database"_s;
}

void TestCli::dbCheckOnBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onewindow.db"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("backup")}) {
        QStringList arguments = {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("db"), command};
        if (command == u"backup") {
            arguments << dir.filePath(QStringLiteral("copy.db"));
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.db"))));
    }
    // Neither the check nor any other command changes a file it refuses.
    const Run list = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("clerk"), QStringLiteral("list")});
    if (!content.isEmpty()) {
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(fileHash(path), before);
    }
}

void TestCli::dbBackupWritesCheckedCopy()
{
    const QString target = m_dir.filePath(QStringLiteral("backups/monday.db"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("backups"))));
    const Run backup =
        cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("db"), QStringLiteral("backup"), target});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.contains(QStringLiteral("checked")), qPrintable(backup.out + backup.err));

    // The copy is a working data folder of its own.
    QTemporaryDir restored;
    QVERIFY(QFile::copy(target, restored.filePath(QStringLiteral("onewindow.db"))));
    const Run check =
        cli({QStringLiteral("--data-dir"), restored.path(), QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    const Run list =
        cli({QStringLiteral("--data-dir"), restored.path(), QStringLiteral("clerk"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QStringLiteral("zhang")));

    const Run again =
        cli({QStringLiteral("--data-dir"), dataArg(), QStringLiteral("db"), QStringLiteral("backup"), target});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("exists already")));
}

void TestCli::chineseMessagesByDefault()
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--data-dir"), dataArg(),
                   QStringLiteral("frobnicate")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    // "Unknown command" in the zh_CN translation
    QVERIFY2(err.contains(QString::fromUtf8("\xE6\x9C\xAA\xE7\x9F\xA5\xE5\x91\xBD\xE4\xBB\xA4")), qPrintable(err));
}

void TestCli::auditVerifyFindsTampering()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList data {QStringLiteral("--data-dir"), dir.path()};
    for (const QString& login : {QStringLiteral("li"), QStringLiteral("zhao"), QStringLiteral("qian")}) {
        QCOMPARE(
            cli(data +
                    QStringList {QStringLiteral("clerk"), QStringLiteral("add"), QStringLiteral("--login"), login,
                                 QStringLiteral("--name"), login, QStringLiteral("--role"), QStringLiteral("clerk")},
                "a long passphrase\n")
                .exitCode,
            0);
    }
    const Run intact = cli(data + QStringList {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(QStringLiteral("the audit chain holds")), qPrintable(intact.out + intact.err));

    // Someone with the sqlite3 tool removes the guards and rewrites who was added second.
    const QString file = dir.filePath(QStringLiteral("onewindow.db"));
    QVERIFY(QFile::exists(file));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {file,
                  QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET subject = 'x' "
                                 "WHERE seq = (SELECT min(seq) + 1 FROM audit_log)")});
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    const QByteArray before = fileHash(file);

    const Run broken = cli(data + QStringList {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("The audit chain is broken at row 2")), qPrintable(broken.err));
    QVERIFY2(broken.err.contains(QStringLiteral("changed after it was written")), qPrintable(broken.err));
    const Run json =
        cli(data + QStringList {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report[QStringLiteral("intact")].toBool(), false);
    QCOMPARE(report[QStringLiteral("broken_seq")].toInt(), 2);
    QCOMPARE(fileHash(file), before); // checking never writes the file it checks
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
