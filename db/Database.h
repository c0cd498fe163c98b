#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace ow::db {

// What a read-only look at a data file found; see Database::inspect().
struct FileReport
{
    bool exists = false;
    bool usable = false; // the file can be opened (and migrated) by this program
    bool intact = false; // PRAGMA integrity_check said ok
    int schemaVersion = 0;
    QString message; // for the user, translated
    QStringList problems; // integrity_check lines, technical
};

// Owns the local SQLite store: opens the file, sets the pragmas, applies the numbered
// migrations from db/migrations and refuses files it must not touch.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ow::db::Database)

public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file, creating it when missing. A file that is not SQLite, is damaged or has
    // a newer schema is refused without being modified.
    // AsIs opens an older schema without migrating it (a backup must not change what it copies).
    enum class OpenMode
    {
        Migrate,
        AsIs
    };
    [[nodiscard]] bool open(QString* errorMessage, OpenMode mode = OpenMode::Migrate);
    void close();
    [[nodiscard]] bool isOpen() const;

    // The connection for the calling thread (SQLite connections must not cross threads).
    [[nodiscard]] QSqlDatabase connection() const;
    // Closes the calling thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection() const;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();

    // Writes a consistent copy with the SQLite online backup API, then checks that the copy
    // opens and passes integrity_check. An existing target is never overwritten.
    [[nodiscard]] bool backupTo(const QString& targetPath, QString* errorMessage) const;

    // Reads a data file without changing it: header, integrity_check and schema version.
    [[nodiscard]] static FileReport inspect(const QString& path, bool fullIntegrityCheck);

    // The file's application id ('OWIN'), so that a foreign SQLite file is never migrated.
    static constexpr int applicationId = 0x4F57494E;

private:
    [[nodiscard]] bool configure(QSqlDatabase& db, QString* errorMessage) const;
    [[nodiscard]] bool migrate(QString* errorMessage);

    QString m_path;
    QString m_connectionPrefix;
    bool m_open = false;
};

// Rolls back unless commit() succeeded: a write either happens whole or not at all.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Timestamps in the store are UTC ISO 8601 with milliseconds.
[[nodiscard]] QString timestamp(const QDateTime& at);
[[nodiscard]] QDateTime parseTimestamp(const QString& text);
[[nodiscard]] QString newUuid();

// A text for a NOT NULL column: Qt binds a null QString as SQL NULL, while a missing text is stored empty.
[[nodiscard]] inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs a prepared query; a failure is logged with its SQL and reported as false.
[[nodiscard]] bool execute(QSqlQuery& query);

} // namespace ow::db
