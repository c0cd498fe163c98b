// The local store: migrations, refusals that leave files untouched, atomic writes, backups.
#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using ow::db::Database;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with the raw SQLite API, outside of Database, as another program would.
bool rawExec(const QString& path, const char* sql)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &handle) != SQLITE_OK) {
        sqlite3_close(handle);
        return false;
    }
    const bool ok = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(handle);
    return ok;
}

QString pragma(Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

int settingsCount(Database& database, const QString& prefix)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE ?"));
    query.addBindValue(QString(prefix + u'%'));
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty();
    void reopensWithoutMigratingAgain();
    void refusesUnusableFiles_data();
    void refusesUnusableFiles();
    void failedWriteInTransactionLeavesFileConsistent();
    void killInTransactionLosesOnlyUncommitted();
    void backupIsConsistentAndChecked();
    void backupNeverOverwrites();
    void inspectReportsDamage();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::migratesFromEmpty()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/onewindow.db"));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(database, QStringLiteral("application_id")).toInt(), Database::applicationId);

    const QStringList expectedTables = {
        QStringLiteral("clerks"),           QStringLiteral("halls"),         QStringLiteral("counters"),
        QStringLiteral("catalog_items"),    QStringLiteral("citizens"),      QStringLiteral("cases"),
        QStringLiteral("case_events"),      QStringLiteral("materials"),     QStringLiteral("attachments"),
        QStringLiteral("certificates"),     QStringLiteral("queue_tickets"), QStringLiteral("audit_log"),
        QStringLiteral("outbox"),           QStringLiteral("sync_cursors"),  QStringLiteral("settings"),
        QStringLiteral("schema_migrations")};
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    for (const QString& table : expectedTables) {
        QVERIFY2(tables.contains(table), qPrintable(table));
    }
    // Foreign keys are enforced: a case for a citizen that does not exist is refused.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO case_events (uuid, case_uuid, at, kind) "
                                       "VALUES ('e', 'no-such-case', '2026-01-01', 'x')")));
}

void TestDatabase::reopensWithoutMigratingAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen/onewindow.db"));
    {
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(ow::db::SettingsRepository(database).setValue(QStringLiteral("kept"), QStringLiteral("yes")));
    }
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(ow::db::SettingsRepository(database).value(QStringLiteral("kept")).value_or(QString()),
             QStringLiteral("yes"));
    QSqlQuery query(database.connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT max(version), count(*) = count(DISTINCT version) FROM schema_migrations")) &&
        query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());
    QVERIFY(query.value(1).toBool()); // no migration recorded twice
}

void TestDatabase::refusesUnusableFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated header") << QStringLiteral("truncated") << QStringLiteral("not an SQLite database");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version of OneWindow");
    QTest::newRow("another program's database")
        << QStringLiteral("foreign") << QStringLiteral("SQLite database of another program");
    QTest::newRow("damaged pages") << QStringLiteral("damaged") << QStringLiteral("is damaged");
}

void TestDatabase::refusesUnusableFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedMessage);
    const QString path = m_dir.filePath(QStringLiteral("refuse-%1.db").arg(kind));
    if (kind == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,id_number\nzhang,110101199003074514\n");
    } else if (kind == u"truncated") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite for");
    } else if (kind == u"newer") {
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
        }
        QVERIFY(rawExec(path, "PRAGMA user_version = 9999"));
    } else if (kind == u"foreign") {
        QVERIFY(rawExec(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"));
    } else if (kind == u"damaged") {
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            ow::db::SettingsRepository settings(database);
            for (int i = 0; i < 300; ++i) {
                QVERIFY(settings.setValue(QStringLiteral("key.%1").arg(i), QString(200, u'v')));
            }
            QSqlQuery checkpoint(database.connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Scribble over the middle of the file, as a failing disk would.
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database database(path);
    QString error;
    QVERIFY(!database.open(&error));
    QVERIFY2(error.contains(expectedMessage), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("left as it is")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::failedWriteInTransactionLeavesFileConsistent()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic/onewindow.db"));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ow::db::SettingsRepository settings(database);
    QVERIFY(settings.setValue(QStringLiteral("before"), QStringLiteral("1")));
    {
        ow::db::Transaction transaction(database.connection());
        QVERIFY(transaction.isActive());
        QVERIFY(settings.setValue(QStringLiteral("batch.1"), QStringLiteral("a")));
        QVERIFY(settings.setValue(QStringLiteral("batch.2"), QStringLiteral("b")));
        // The third write of the batch fails (a NOT NULL value is missing); the batch must vanish whole.
        QSqlQuery failing(database.connection());
        failing.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, NULL, ?)"));
        failing.addBindValue(QStringLiteral("batch.3"));
        failing.addBindValue(QStringLiteral("2026-01-01"));
        QVERIFY(!ow::db::execute(failing));
    } // no commit: rolled back
    QCOMPARE(settingsCount(database, QStringLiteral("batch.")), 0);
    database.close();

    const ow::db::FileReport report = Database::inspect(path, true);
    QVERIFY2(report.intact && report.usable, qPrintable(report.message));
    Database reopened(path);
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QCOMPARE(settingsCount(reopened, QStringLiteral("before")), 1);
    QCOMPARE(settingsCount(reopened, QStringLiteral("batch.")), 0);
}

void TestDatabase::killInTransactionLosesOnlyUncommitted()
{
    const QString path = m_dir.filePath(QStringLiteral("crash/onewindow.db"));
    QProcess writer;
    writer.start(QStringLiteral(OW_DBCRASH_PATH), {path, QStringLiteral("20"), QStringLiteral("500")});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // it really died mid-transaction

    const ow::db::FileReport report = Database::inspect(path, true);
    QVERIFY2(report.intact && report.usable, qPrintable(report.message));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QCOMPARE(settingsCount(database, QStringLiteral("committed.")), 20);
    QCOMPARE(settingsCount(database, QStringLiteral("uncommitted.")), 0);
}

void TestDatabase::backupIsConsistentAndChecked()
{
    const QString path = m_dir.filePath(QStringLiteral("backup/onewindow.db"));
    const QString target = m_dir.filePath(QStringLiteral("backup/copy.db"));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(ow::db::SettingsRepository(database).setValue(QStringLiteral("hall.name"), QStringLiteral("hall")));
    QVERIFY2(database.backupTo(target, &error), qPrintable(error));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));

    const ow::db::FileReport report = Database::inspect(target, true);
    QVERIFY2(report.intact && report.usable, qPrintable(report.message));
    QCOMPARE(report.schemaVersion, Database::latestSchemaVersion());
    Database copy(target);
    QVERIFY2(copy.open(&error), qPrintable(error));
    QCOMPARE(ow::db::SettingsRepository(copy).value(QStringLiteral("hall.name")).value_or(QString()),
             QStringLiteral("hall"));
}

void TestDatabase::backupNeverOverwrites()
{
    const QString path = m_dir.filePath(QStringLiteral("backup2/onewindow.db"));
    const QString target = m_dir.filePath(QStringLiteral("backup2/existing.db"));
    Database database(path);
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    {
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    QVERIFY(!database.backupTo(target, &error));
    QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));

    QVERIFY(!database.backupTo(m_dir.filePath(QStringLiteral("no/such/folder/copy.db")), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestDatabase::inspectReportsDamage()
{
    const ow::db::FileReport missing = Database::inspect(m_dir.filePath(QStringLiteral("nothing.db")), true);
    QVERIFY(!missing.exists);
    QVERIFY(missing.usable);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
