#include "AdminCommands.h"

#include "Store.h"
#include "sync/Protocol.h"

#include <QDir>
#include <QFile>
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
        return 2;
    }
    const QDir dir(arguments.constFirst());
    QJsonObject files;
    for (const QString& folder : {QStringLiteral("items"), QStringLiteral("bundles")}) {
        const QStringList names =
            QDir(dir.filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const QString relative = folder + u'/' + name;
            QFile file(dir.filePath(relative));
            if (!file.open(QIODevice::ReadOnly)) {
                m_err << tr("The file %1 cannot be read: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
                return 1;
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                m_err << tr("%1 is not a JSON object (%2); nothing was published.")
                             .arg(file.fileName(), parseError.errorString())
                      << Qt::endl;
                return 1;
            }
            files.insert(relative, document.object());
        }
    }
    if (files.isEmpty()) {
        m_err << tr("%1 has no items/*.json: not a catalog folder; nothing was published.").arg(dir.path()) << Qt::endl;
        return 1;
    }
    if (!openStore()) {
        return 1;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    QSqlQuery last(db);
    if (!transaction.isActive() ||
        !district::run(last, QStringLiteral("SELECT COALESCE(max(version), 0) FROM change_log WHERE stream = ?"),
                       {QString::fromLatin1(protocol::stream::catalog)}) ||
        !last.next()) {
        m_err << tr("The district database could not be read; try again.") << Qt::endl;
        return 1;
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
        return 1;
    }
    m_out << tr("Published catalog version %1 with %2 files to every counter.").arg(version).arg(files.size())
          << Qt::endl;
    return 0;
}

} // namespace ow::district
