#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace ow::district {

// Where the district keeps its state: `sqlite:PATH` or `postgresql://user[:password]@host[:port]/db`.
struct StoreLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Sqlite;
    QString path; // sqlite
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    [[nodiscard]] static std::optional<StoreLocation> parse(const QString& url, QString* errorMessage);
    [[nodiscard]] QString display() const; // without the password
};

// The district's database: one connection per thread (the HTTP workers and the main thread), numbered
// migrations from server/migrations applied at open, and the serialized change log.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(ow::district::Store)

public:
    explicit Store(StoreLocation location);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens this thread's connection and brings the schema up to date.
    [[nodiscard]] bool open(QString* errorMessage);
    // This thread's connection, opened on first use; invalid when the database cannot be reached.
    [[nodiscard]] QSqlDatabase connection();
    [[nodiscard]] const StoreLocation& location() const { return m_location; }
    [[nodiscard]] bool isSqlite() const { return m_location.kind == StoreLocation::Kind::Sqlite; }
    [[nodiscard]] int schemaVersion();

private:
    [[nodiscard]] bool migrate(QSqlDatabase& db, QString* errorMessage);

    StoreLocation m_location;
    QString m_prefix; // of the connection names of this store
    QMutex m_connectionsMutex;
    QStringList m_connectionNames;
};

// A write transaction on one connection; rolls back unless committed. On SQLite it begins IMMEDIATE,
// so writers queue on the busy timeout instead of failing when they upgrade a read lock.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, bool sqlite);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// One row for the change log; hall empty means every hall pulls it.
struct Change
{
    QString stream;
    QString uuid;
    qint64 version = 1;
    bool deleted = false;
    QString hallCode;
    QJsonObject data;
};

// Appends a change inside the caller's transaction, taking the next position from change_counter.
[[nodiscard]] bool appendChange(QSqlDatabase& db, const Change& change);

// Runs a prepared query with its bound values; logs the database's message on failure.
[[nodiscard]] bool run(QSqlQuery& query);
// Prepares sql, binds values in order and runs it.
[[nodiscard]] bool run(QSqlQuery& query, const QString& sql, const QVariantList& values);

[[nodiscard]] QString nowText();
[[nodiscard]] QString jsonText(const QJsonObject& object);
[[nodiscard]] QJsonObject jsonObject(const QString& text);

} // namespace ow::district
