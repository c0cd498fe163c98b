#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "ow.district.store")

namespace ow::district {

namespace {

const QString migrationsDir = QStringLiteral(":/district/migrations");

struct Migration
{
    int version = 0;
    QString path;
};

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> result;
    const QStringList files = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            result.append({match.captured(1).toInt(), migrationsDir + u'/' + file});
        }
    }
    return result;
}

// Statements of a migration file: comments dropped, split at semicolons (the files use no triggers).
QStringList statementsOf(const QString& sql)
{
    QString code;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        const qsizetype comment = line.indexOf(QLatin1StringView("--"));
        code += (comment >= 0 ? line.left(comment) : line) + u'\n';
    }
    QStringList statements;
    const QStringList parts = code.split(u';');
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            statements.append(part.trimmed());
        }
    }
    return statements;
}

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "statement failed:" << sql.left(200) << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

std::optional<StoreLocation> StoreLocation::parse(const QString& url, QString* errorMessage)
{
    StoreLocation location;
    if (url.startsWith(QLatin1StringView("sqlite:"))) {
        location.kind = Kind::Sqlite;
        location.path = url.mid(7);
        if (location.path.startsWith(QLatin1StringView("//"))) {
            location.path = location.path.mid(2);
        }
        if (location.path.isEmpty()) {
            *errorMessage =
                Store::tr("The database \"%1\" names no file; write sqlite:/path/to/district.sqlite.").arg(url);
            return std::nullopt;
        }
        return location;
    }
    if (url.startsWith(QLatin1StringView("postgresql://")) || url.startsWith(QLatin1StringView("postgres://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        location.kind = Kind::Postgres;
        location.host = parsed.host();
        location.port = parsed.port(5432);
        location.user = parsed.userName();
        location.password = parsed.password();
        location.database = parsed.path().mid(1);
        if (!parsed.isValid() || location.host.isEmpty() || location.database.isEmpty()) {
            *errorMessage = Store::tr("The database \"%1\" is not a PostgreSQL address; write "
                                      "postgresql://user@host:port/database.")
                                .arg(url);
            return std::nullopt;
        }
        return location;
    }
    *errorMessage =
        Store::tr("Unknown database \"%1\": give sqlite:PATH or postgresql://user@host:port/database.").arg(url);
    return std::nullopt;
}

QString StoreLocation::display() const
{
    if (kind == Kind::Sqlite) {
        return QStringLiteral("sqlite:") + path;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Store::Store(StoreLocation location)
    : m_location(std::move(location))
    , m_prefix(QStringLiteral("ow-district-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-')
{ }

Store::~Store()
{
    const QMutexLocker locker(&m_connectionsMutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Store::connection()
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open()) {
            return db;
        }
        qCWarning(lcStore) << "cannot reopen" << m_location.display() << db.lastError().text();
        return db;
    }
    QSqlDatabase db;
    if (isSqlite()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    {
        const QMutexLocker locker(&m_connectionsMutex);
        m_connectionNames.append(name);
    }
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_location.display() << db.lastError().text();
        return db;
    }
    if (!isSqlite()) {
        exec(db, QStringLiteral("SET client_min_messages = warning"));
    } else {
        // WAL lets pulls read while a push writes; FULL makes a commit durable before the reply.
        if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !exec(db, QStringLiteral("PRAGMA synchronous=FULL")) ||
            !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"))) {
            db.close();
        }
    }
    return db;
}

bool Store::open(QString* errorMessage)
{
    if (isSqlite()) {
        const QFileInfo info(m_location.path);
        if (!QDir().mkpath(info.absolutePath())) {
            *errorMessage = tr("The folder %1 for the database cannot be created.").arg(info.absolutePath());
            return false;
        }
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *errorMessage =
            tr("The database %1 cannot be opened: %2").arg(m_location.display(), db.lastError().text().trimmed());
        return false;
    }
    return migrate(db, errorMessage);
}

int Store::schemaVersion()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool Store::migrate(QSqlDatabase& db, QString* errorMessage)
{
    const auto failed = [&] {
        *errorMessage = tr("The database %1 could not be brought up to date; see the log.").arg(m_location.display());
        return false;
    };
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY NOT NULL, "
                             "applied_at TEXT NOT NULL)"))) {
        return failed();
    }
    WriteTransaction transaction(db, isSqlite());
    // Two servers starting at once on PostgreSQL: the second waits here, then finds nothing to do.
    if (!transaction.isActive() ||
        (!isSqlite() && !exec(db, QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")))) {
        return failed();
    }
    const int current = schemaVersion();
    const auto migrations = availableMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest) {
        *errorMessage = tr("The database %1 was made by a newer onewindow-district (schema %2, this program knows %3); "
                           "install the newer program.")
                            .arg(m_location.display())
                            .arg(current)
                            .arg(latest);
        return false;
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            return failed();
        }
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString& statement : statements) {
            if (!exec(db, statement)) {
                return failed();
            }
        }
        QSqlQuery record(db);
        if (!run(record, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                 {migration.version, nowText()})) {
            return failed();
        }
        qCInfo(lcStore) << "applied migration" << migration.version << "to" << m_location.display();
    }
    if (!transaction.commit()) {
        return failed();
    }
    return true;
}

WriteTransaction::WriteTransaction(QSqlDatabase db, bool sqlite)
    : m_db(std::move(db))
{
    m_active = m_db.isOpen() && exec(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (!exec(m_db, QStringLiteral("COMMIT"))) {
        exec(m_db, QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void WriteTransaction::rollback()
{
    if (m_active) {
        m_active = false;
        if (!exec(m_db, QStringLiteral("ROLLBACK"))) {
            qCWarning(lcStore) << "rollback failed";
        }
    }
}

bool appendChange(QSqlDatabase& db, const Change& change)
{
    // The counter row stays locked until this transaction ends: positions commit in order.
    QSqlQuery next(db);
    if (!run(next, QStringLiteral("UPDATE change_counter SET position = position + 1 WHERE id = 1 RETURNING position"),
             {}) ||
        !next.next()) {
        return false;
    }
    const qint64 position = next.value(0).toLongLong();
    next.finish();
    QSqlQuery insert(db);
    return run(insert,
               QStringLiteral("INSERT INTO change_log (position, stream, uuid, version, deleted, hall_code, data, at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {position, change.stream, change.uuid, change.version, change.deleted ? 1 : 0,
                change.hallCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(change.hallCode),
                jsonText(change.data), nowText()});
}

bool run(QSqlQuery& query)
{
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastQuery().left(200) << query.lastError().text();
        return false;
    }
    return true;
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << sql.left(200) << query.lastError().text();
        return false;
    }
    for (const QVariant& value : values) {
        // A null QString is bound as SQL NULL; only an explicitly null QVariant should be.
        const bool nullText = !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    return run(query);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace ow::district
