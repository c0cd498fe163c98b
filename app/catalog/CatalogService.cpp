#include "catalog/CatalogService.h"

#include "catalog/CatalogLoader.h"
#include "db/AuditRepository.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"

#include <QCollator>
#include <QDir>
#include <QJsonDocument>

namespace ow::catalog {

namespace {

db::CatalogItemRow toRow(const CatalogItem& item)
{
    db::CatalogItemRow row;
    row.code = item.code;
    row.revision = item.revision;
    row.name = item.name;
    row.shortName = item.shortName;
    row.keywords = item.keywords;
    row.categoryCode = item.categoryCode;
    row.categoryName = item.categoryName;
    row.departmentCode = item.departmentCode;
    row.departmentName = item.departmentName;
    row.kind = kindCode(item.kind);
    row.timeLimitDays = item.timeLimitDays;
    row.legalTimeLimitDays = item.legalTimeLimitDays;
    row.scope = item.guide.value(QStringLiteral("scope")).toString();
    row.definition = QJsonDocument(item.definition).toJson(QJsonDocument::Compact);
    return row;
}

// Clerks read names in pinyin order (ICU's Chinese collation), not in code point order.
QCollator nameCollator()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    return collator;
}

CatalogItem fromRow(const db::CatalogItemRow& row)
{
    return CatalogItem::fromJson(QJsonDocument::fromJson(row.definition).object());
}

} // namespace

CatalogService::CatalogService(db::Database& database)
    : m_database(database)
{ }

std::optional<CatalogImportSummary> CatalogService::importCatalog(const QString& path, QString* errorMessage)
{
    const CatalogLoadResult loaded = CatalogLoader::load(path);
    if (!loaded.ok()) {
        *errorMessage = loaded.errors.join(u'\n');
        return std::nullopt;
    }
    QList<db::CatalogItemRow> items;
    QJsonObject revisions;
    for (const CatalogItem& item : loaded.catalog->items) {
        items.append(toRow(item));
        revisions.insert(item.code, item.revision);
    }
    QList<db::CatalogBundleRow> bundles;
    for (const CatalogBundle& bundle : loaded.catalog->bundles) {
        bundles.append({bundle.code, bundle.revision, bundle.name, bundle.itemCodes,
                        QJsonDocument(bundle.definition).toJson(QJsonDocument::Compact)});
    }
    const CatalogImportSummary summary {static_cast<int>(items.size()), static_cast<int>(bundles.size())};

    db::CatalogRepository catalog(m_database);
    db::AuditRepository audit(m_database);
    db::Transaction transaction(m_database.connection());
    const QJsonObject detail {{QStringLiteral("source"), path},
                              {QStringLiteral("items"), summary.items},
                              {QStringLiteral("bundles"), summary.bundles},
                              {QStringLiteral("revisions"), revisions}};
    if (!transaction.isActive() || !catalog.replaceAll(items, bundles) ||
        !audit.append({}, QStringLiteral("catalog.import"), QStringLiteral("catalog"), detail) ||
        !transaction.commit()) {
        *errorMessage = tr("The catalog could not be saved to the data file; the previous catalog stays in use.");
        return std::nullopt;
    }
    qCInfo(lcCatalog) << "imported" << summary.items << "items and" << summary.bundles << "bundles from" << path;
    return summary;
}

bool CatalogService::ensureShipped(QString* errorMessage)
{
    const int count = db::CatalogRepository(m_database).activeCount();
    if (count > 0) {
        return true;
    }
    if (count < 0) {
        *errorMessage = tr("The catalog cannot be read from the data file.");
        return false;
    }
    QString error;
    if (!importCatalog(shippedPath(), &error)) {
        qCWarning(lcCatalog) << "the shipped catalog was refused:" << error;
        *errorMessage = tr("The catalog shipped with this program could not be installed: %1").arg(error);
        return false;
    }
    return true;
}

void CatalogService::refreshCache() const
{
    const db::CatalogRepository catalog(m_database);
    const QString stamp = catalog.stamp();
    if (!stamp.isEmpty() && stamp == m_cacheStamp) {
        return;
    }
    m_cache.clear();
    m_cacheOrder.clear();
    QList<db::CatalogItemRow> rows = catalog.list();
    const QCollator collator = nameCollator();
    std::stable_sort(rows.begin(), rows.end(), [&collator](const db::CatalogItemRow& a, const db::CatalogItemRow& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const db::CatalogItemRow& row : std::as_const(rows)) {
        m_cache.insert(row.code, fromRow(row));
        m_cacheOrder.append(row.code);
    }
    m_cacheStamp = stamp;
}

QList<CatalogItem> CatalogService::items() const
{
    refreshCache();
    QList<CatalogItem> result;
    result.reserve(m_cacheOrder.size());
    for (const QString& code : std::as_const(m_cacheOrder)) {
        result.append(m_cache.value(code));
    }
    return result;
}

std::optional<CatalogItem> CatalogService::item(const QString& code) const
{
    refreshCache();
    const auto cached = m_cache.constFind(code);
    if (cached != m_cache.constEnd()) {
        return *cached;
    }
    const auto row = db::CatalogRepository(m_database).item(code);
    if (!row) {
        return std::nullopt;
    }
    return fromRow(*row);
}

QList<CatalogBundle> CatalogService::bundles() const
{
    QList<CatalogBundle> result;
    for (const db::CatalogBundleRow& row : db::CatalogRepository(m_database).bundles()) {
        result.append(CatalogBundle::fromJson(QJsonDocument::fromJson(row.definition).object()));
    }
    return result;
}

QList<CatalogItem> CatalogService::search(const QString& text, int limit) const
{
    refreshCache();
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-recentUseDays);
    // The limit applies after sorting by name in pinyin order, which SQLite cannot do.
    QList<db::CatalogHit> hits = db::CatalogRepository(m_database).search(text, since, -1);
    const QCollator collator = nameCollator();
    std::stable_sort(hits.begin(), hits.end(), [&collator](const db::CatalogHit& a, const db::CatalogHit& b) {
        return a.recentUses != b.recentUses ? a.recentUses > b.recentUses : collator.compare(a.name, b.name) < 0;
    });
    QList<CatalogItem> result;
    for (const db::CatalogHit& hit : std::as_const(hits)) {
        if (limit >= 0 && result.size() >= limit) {
            break;
        }
        const auto cached = m_cache.constFind(hit.code);
        if (cached != m_cache.constEnd()) {
            result.append(*cached);
        }
    }
    return result;
}

} // namespace ow::catalog
