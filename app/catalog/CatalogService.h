#pragma once

#include "catalog/CatalogItem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::catalog {

// What one import brought in.
struct CatalogImportSummary
{
    int items = 0;
    int bundles = 0;
};

// The catalog of this counter: imports (a folder, a district file or the shipped copy), lists and the clerk's search.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(ow::catalog::CatalogService)

public:
    explicit CatalogService(db::Database& database);

    // Checks the whole catalog and replaces the stored one with it, with an audit row "catalog.import". On any
    // violation nothing changes and errorMessage holds every violation, one per line.
    [[nodiscard]] std::optional<CatalogImportSummary> importCatalog(const QString& path, QString* errorMessage);
    // Imports the catalog shipped inside the program (shippedPath) when the store has no catalog yet.
    [[nodiscard]] bool ensureShipped(QString* errorMessage);

    [[nodiscard]] QList<CatalogItem> items() const; // active items, by name in pinyin order
    [[nodiscard]] std::optional<CatalogItem> item(const QString& code) const; // also one the district retired
    [[nodiscard]] QList<CatalogBundle> bundles() const;
    // Items matching text (every item when it is empty): most used at this counter in the last recentUseDays
    // first, then by name in pinyin order. Chinese substrings of any length match; limit < 0 means no limit.
    [[nodiscard]] QList<CatalogItem> search(const QString& text, int limit = -1) const;

    static constexpr int recentUseDays = 90;
    static QString shippedPath() { return QStringLiteral(":/catalog"); }

private:
    // Parsed items are kept until the stored catalog changes (search runs on every key the clerk types).
    void refreshCache() const;

    db::Database& m_database;
    mutable QString m_cacheStamp;
    mutable QHash<QString, CatalogItem> m_cache;
    mutable QStringList m_cacheOrder;
};

} // namespace ow::catalog
