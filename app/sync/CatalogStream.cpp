#include "sync/CatalogStream.h"

#include "catalog/CatalogService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcCatalogStream, "ow.sync.catalog")

namespace ow::sync {

qint64 importPulledCatalog(db::Database& database, const QList<protocol::PullChange>& changes)
{
    const protocol::PullChange* newest = nullptr;
    for (const protocol::PullChange& change : changes) {
        if (change.stream == QLatin1StringView(protocol::stream::catalog) && !change.deleted) {
            newest = &change;
        }
    }
    if (!newest) {
        return 0;
    }
    // The loader reads a folder (items/, bundles/): the change's files are written to a private one first.
    QTemporaryDir dir;
    const QJsonObject files = newest->data.value(QStringLiteral("files")).toObject();
    bool written = dir.isValid() && !files.isEmpty();
    for (auto it = files.begin(); written && it != files.end(); ++it) {
        const QString relative = it.key();
        // Only items/NAME.json and bundles/NAME.json: a name never leaves the folder.
        const QStringList parts = relative.split(u'/');
        if (parts.size() != 2 || (parts.at(0) != u"items" && parts.at(0) != u"bundles") ||
            !parts.at(1).endsWith(QLatin1StringView(".json")) || parts.at(1).startsWith(u'.')) {
            qCWarning(lcCatalogStream) << "catalog file name refused:" << relative;
            written = false;
            break;
        }
        QDir().mkpath(dir.filePath(parts.at(0)));
        QFile file(dir.filePath(relative));
        written = file.open(QIODevice::WriteOnly) &&
            file.write(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)) >= 0;
    }
    QString error;
    if (!written || !catalog::CatalogService(database).importCatalog(dir.path(), &error)) {
        qCWarning(lcCatalogStream) << "catalog version" << newest->version
                                   << "from the district not imported; the old catalog stays:" << error;
        return 0;
    }
    qCInfo(lcCatalogStream) << "catalog version" << newest->version << "imported from the district";
    return newest->version;
}

} // namespace ow::sync
