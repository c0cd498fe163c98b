#pragma once

// Server tests run once on SQLite and once on the throwaway PostgreSQL cluster of tests/tools/pg-cluster: ctest
// sets OW_DISTRICT_DATABASE=pg-url-file:FILE for the second run. Each test gets a database of its own there.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtDebug>

namespace ow::tests {

// True when this run is the PostgreSQL one.
inline bool postgresRequested()
{
    return qEnvironmentVariable("OW_DISTRICT_DATABASE").startsWith(QLatin1StringView("pg-url-file:"));
}

// A new empty database on the cluster, as a URL for --database; empty on failure (or in the SQLite run).
inline QString freshPostgresDatabase()
{
    if (!postgresRequested()) {
        return {};
    }
    QFile file(qEnvironmentVariable("OW_DISTRICT_DATABASE").mid(12));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "no cluster address in" << file.fileName();
        return {};
    }
    const QUrl base(QString::fromUtf8(file.readAll()).trimmed());
    const QString name =
        QStringLiteral("ow_test_") + QUuid::createUuid().toString(QUuid::WithoutBraces).remove(u'-').left(16);
    const QString connection = QStringLiteral("pg-admin-") + name;
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(base.host());
        db.setPort(base.port());
        db.setUserName(base.userName());
        db.setDatabaseName(base.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!created) {
                qWarning() << query.lastError().text();
            }
        } else {
            qWarning() << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created) {
        return {};
    }
    QUrl url = base;
    url.setPath(u'/' + name);
    return url.toString();
}

// A read-only look at the server's database (SQLite file or PostgreSQL URL) under the connection name.
inline QSqlDatabase openServerDatabase(const QString& database, const QString& connection)
{
    if (database.startsWith(QLatin1StringView("sqlite:"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return db;
    }
    const QUrl url(database);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace ow::tests
