#include "AdminCommands.h"

#include "Store.h"
#include "sync/Protocol.h"

#include <QDir>
#include <QJsonDocument>

namespace ow::district {

namespace protocol = ow::sync::protocol;

// The district cannot link the counter's catalog loader (it lives in the counter's core), so it checks that
// every file is a JSON object and publishes them as they are; each counter checks the whole catalog again at
// import and keeps its old one when anything is wrong.
int AdminCommands::catalogImport(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_err << tr("Give one catalog folder: admin catalog import DIR.") << Qt::endl;
        return UsageError;
    }
    const QDir dir(arguments.constFirst());
    QJsonObject files;
    for (const QString& folder : {QStringLiteral("items"), QStringLiteral("bundles")}) {
        const QStringList names =
            QDir(dir.filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const QString relative = folder + u'/' + name;
            QString error;
            const auto document = readJsonFile(dir.filePath(relative), true, &error);
            if (!document) {
                m_err << error << Qt::endl;
                return Failure;
            }
            files.insert(relative, document->object());
        }
    }
    if (files.isEmpty()) {
        m_err << tr("%1 has no items/*.json: not a catalog folder; nothing was published.").arg(dir.path()) << Qt::endl;
        return Failure;
    }
    if (!openStore()) {
        return Failure;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    QSqlQuery last(db);
    if (!transaction.isActive() ||
        !district::run(last, QStringLiteral("SELECT COALESCE(max(version), 0) FROM change_log WHERE stream = ?"),
                       {QString::fromLatin1(protocol::stream::catalog)}) ||
        !last.next()) {
        m_err << tr("The district database could not be read; try again.") << Qt::endl;
        return Failure;
    }
    const qint64 version = last.value(0).toLongLong() + 1;
    last.finish();
    // One change with the whole catalog: a counter imports it all or nothing, never half a catalog.
    const Change change {QString::fromLatin1(protocol::stream::catalog),
                         QStringLiteral("catalog"),
                         version,
                         false,
                         {},
                         {{QStringLiteral("version"), version}, {QStringLiteral("files"), files}}};
    if (!appendChange(db, change) || !transaction.commit()) {
        m_err << tr("The catalog could not be published; nothing changed. Try again.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Published catalog version %1 with %2 files to every counter.").arg(version).arg(files.size())
          << Qt::endl;
    return Success;
}

} // namespace ow::district
