#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "ow.db")

namespace ow::db {

namespace {

const QString migrationsDir = QStringLiteral(":/db/migrations");

struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QStringList files = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcDatabase) << "ignoring migration with a malformed name" << file;
            continue;
        }
        result.append({match.captured(1).toInt(), match.captured(2), migrationsDir + u'/' + file});
    }
    return result;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString uniqueConnectionName(const QString& purpose)
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("ow-%1-%2").arg(purpose).arg(++counter);
}

bool hasSqliteHeader(const QString& path, qint64* size)
{
    QFile file(path);
    *size = file.size();
    if (*size == 0) {
        return true; // SQLite treats an empty file as an empty database
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A connection that lives for one scope and is removed from Qt's registry afterwards.
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, const QString& options)
        : m_name(uniqueConnectionName(QStringLiteral("scoped")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_ok = db.open();
        if (!m_ok) {
            m_error = db.lastError().text();
        }
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_ok = false;
};

struct ConnectionRegistry
{
    QMutex mutex;
    QStringList names;
};

QHash<QString, ConnectionRegistry*>& registries()
{
    static QHash<QString, ConnectionRegistry*> all;
    return all;
}

QMutex& registriesMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(uniqueConnectionName(QStringLiteral("db")))
{ }

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

FileReport Database::inspect(const QString& path, bool fullIntegrityCheck)
{
    FileReport report;
    const QFileInfo info(path);
    report.exists = info.exists();
    if (!report.exists) {
        report.usable = true;
        report.intact = true;
        report.message = tr("There is no data file at %1 yet; it will be created.").arg(QDir::toNativeSeparators(path));
        return report;
    }
    if (!info.isFile()) {
        report.message = tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
        return report;
    }
    qint64 size = 0;
    if (!hasSqliteHeader(path, &size)) {
        report.message = tr("%1 is not a OneWindow data file (it is not an SQLite database). "
                            "The file was left as it is.")
                             .arg(QDir::toNativeSeparators(path));
        return report;
    }

    const ScopedConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.ok()) {
        report.message = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), connection.error());
        return report;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(fullIntegrityCheck ? QStringLiteral("PRAGMA integrity_check")
                                       : QStringLiteral("PRAGMA quick_check"))) {
        report.problems << query.lastError().text();
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok") {
                report.problems << line;
            }
        }
    }
    if (!report.problems.isEmpty()) {
        qCWarning(lcDatabase) << "integrity check of" << path << "failed:" << report.problems;
        report.message = tr("The data file %1 is damaged (%2). Restore it from a backup or call IT support; "
                            "the file was left as it is.")
                             .arg(QDir::toNativeSeparators(path), report.problems.constFirst());
        return report;
    }
    report.intact = true;

    int applicationIdValue = 0;
    int tables = 0;
    if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()) {
        applicationIdValue = query.value(0).toInt();
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        report.schemaVersion = query.value(0).toInt();
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()) {
        tables = query.value(0).toInt();
    }
    if (applicationIdValue != applicationId && (applicationIdValue != 0 || tables > 0)) {
        report.message = tr("%1 is an SQLite database of another program, not a OneWindow data file. "
                            "The file was left as it is.")
                             .arg(QDir::toNativeSeparators(path));
        return report;
    }
    if (report.schemaVersion > latestSchemaVersion()) {
        report.message = tr("The data file %1 was written by a newer version of OneWindow (schema %2; this program "
                            "knows up to %3). Install the newer version; the file was left as it is.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(report.schemaVersion)
                             .arg(latestSchemaVersion());
        return report;
    }
    report.usable = true;
    report.message = tr("The data file is intact; schema version %1.").arg(report.schemaVersion);
    return report;
}

bool Database::open(QString* errorMessage, OpenMode mode)
{
    if (m_open) {
        return true;
    }
    const FileReport report = inspect(m_path, false);
    if (!report.usable) {
        *errorMessage = report.message;
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    {
        QMutexLocker locker(&registriesMutex());
        registries().insert(m_connectionPrefix, new ConnectionRegistry);
    }
    m_open = true;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *errorMessage =
            tr("The data file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        close();
        return false;
    }
    if (mode == OpenMode::Migrate && !migrate(errorMessage)) {
        close();
        return false;
    }
    return true;
}

bool Database::isOpen() const
{
    return m_open;
}

void Database::close()
{
    if (!m_open) {
        return;
    }
    ConnectionRegistry* registry = nullptr;
    {
        QMutexLocker locker(&registriesMutex());
        registry = registries().take(m_connectionPrefix);
    }
    if (registry) {
        for (const QString& name : std::as_const(registry->names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        delete registry;
    }
    m_open = false;
}

QSqlDatabase Database::connection() const
{
    const QString name =
        m_connectionPrefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    ConnectionRegistry* registry = nullptr;
    {
        QMutexLocker locker(&registriesMutex());
        registry = registries().value(m_connectionPrefix);
    }
    if (!registry) {
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        QMutexLocker locker(&registry->mutex);
        registry->names.append(name);
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QString error;
    if (!configure(db, &error)) {
        qCWarning(lcDatabase) << error;
        db.close();
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name =
        m_connectionPrefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    {
        QMutexLocker locker(&registriesMutex());
        if (ConnectionRegistry* registry = registries().value(m_connectionPrefix)) {
            QMutexLocker registryLocker(&registry->mutex);
            registry->names.removeAll(name);
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::configure(QSqlDatabase& db, QString* errorMessage) const
{
    // WAL lets readers work beside the writer; synchronous=FULL makes a commit durable before
    // anything (a number, a certificate) leaves the counter.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
    };
    QSqlQuery query(db);
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *errorMessage = tr("The data file cannot be prepared (%1): %2").arg(pragma, query.lastError().text());
            return false;
        }
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

bool Database::migrate(QString* errorMessage)
{
    QSqlDatabase db = connection();
    sqlite3* handle = nativeHandle(db);
    if (!handle) {
        *errorMessage = tr("The SQLite driver of this installation is not usable.");
        return false;
    }
    const int current = schemaVersion();
    const auto migrations = availableMigrations();
    QList<Migration> pending;
    for (const Migration& migration : migrations) {
        if (migration.version > current) {
            pending.append(migration);
        }
    }
    if (pending.isEmpty()) {
        return true;
    }

    auto exec = [handle](const QByteArray& sql, QString* error) {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
            sqlite3_free(message);
            return false;
        }
        return true;
    };

    QString error;
    if (!exec("BEGIN IMMEDIATE", &error)) {
        *errorMessage = tr("The data file is busy or read-only: %1").arg(error);
        return false;
    }
    bool ok = exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                   "applied_at TEXT NOT NULL)",
                   &error);
    for (const Migration& migration : std::as_const(pending)) {
        if (!ok) {
            break;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1").arg(migration.path);
            ok = false;
            break;
        }
        qCInfo(lcDatabase) << "applying migration" << migration.version << migration.name;
        ok = exec(file.readAll(), &error);
        if (ok) {
            const QByteArray record = QStringLiteral("INSERT INTO schema_migrations VALUES (%1, '%2', '%3')")
                                          .arg(migration.version)
                                          .arg(migration.name, timestamp(QDateTime::currentDateTimeUtc()))
                                          .toUtf8();
            ok = exec(record, &error);
        }
        if (!ok) {
            error = QStringLiteral("migration %1_%2: %3")
                        .arg(migration.version, 4, 10, QLatin1Char('0'))
                        .arg(migration.name, error);
        }
    }
    if (ok) {
        ok = exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(pending.constLast().version), &error) &&
            exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(applicationId), &error) &&
            exec("COMMIT", &error);
    }
    if (!ok) {
        QString ignored;
        exec("ROLLBACK", &ignored);
        qCWarning(lcDatabase) << "migration failed:" << error;
        *errorMessage =
            tr("The data file could not be updated to the new version and was left as it was: %1").arg(error);
        return false;
    }
    return true;
}

bool Database::backupTo(const QString& targetPath, QString* errorMessage) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        *errorMessage =
            tr("%1 exists already; choose a new file name for the backup.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
        *errorMessage = tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    sqlite3* source = nativeHandle(connection());
    if (!source) {
        *errorMessage = tr("The data file is not open.");
        return false;
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString detail;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            // Copy in steps so that a busy counter keeps writing between them.
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(50);
                }
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(destination);
        }
        if (rc != SQLITE_OK) {
            detail = QString::fromUtf8(sqlite3_errmsg(destination));
        }
    } else {
        detail = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        *errorMessage = tr("The backup could not be written (%1). Is the disk full?").arg(detail);
        return false;
    }
    const FileReport report = inspect(partial, true);
    if (!report.intact || !report.usable) {
        QFile::remove(partial);
        *errorMessage = tr("The backup did not pass its check and was removed: %1").arg(report.message);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        *errorMessage = tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock up front, so two writers wait instead of deadlocking.
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        qCWarning(lcDatabase) << "cannot begin a transaction:" << query.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK"))) {
            qCWarning(lcDatabase) << "rollback failed:" << query.lastError().text();
        }
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcDatabase) << "commit failed:" << query.lastError().text();
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool execute(QSqlQuery& query)
{
    if (!query.exec()) {
        qCWarning(lcDatabase) << query.lastQuery() << query.lastError().text();
        return false;
    }
    return true;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ow::db
