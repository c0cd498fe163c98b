#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::db {

class Database;

// One catalog item as the store keeps it; `definition` is the item's JSON document (compact UTF-8).
struct CatalogItemRow
{
    QString code;
    int revision = 1;
    QString name;
    QString shortName;
    QStringList keywords;
    QString categoryCode;
    QString categoryName;
    QString departmentCode;
    QString departmentName;
    QString kind; // instant or promised
    int timeLimitDays = 0;
    std::optional<int> legalTimeLimitDays;
    QString scope; // the guide's scope, searched with the names
    QByteArray definition;
    bool active = true; // false: an item the latest catalog no longer has (old cases still name it)
};

// One bundle (one intake, several items) as the store keeps it.
struct CatalogBundleRow
{
    QString code;
    int revision = 1;
    QString name;
    QStringList itemCodes;
    QByteArray definition;
};

// A search result: the item and how many cases this counter accepted for it since the given time.
struct CatalogHit
{
    QString code;
    QString name;
    int recentUses = 0;
};

// What a search text becomes: an FTS5 MATCH expression for the terms of three or more characters (the
// trigram tokenizer needs three) and LIKE patterns for the shorter ones. Terms are separated by spaces; all
// must match.
struct CatalogQuery
{
    QString match;
    QStringList likePatterns;

    [[nodiscard]] bool isEmpty() const { return match.isEmpty() && likePatterns.isEmpty(); }
    [[nodiscard]] static CatalogQuery parse(const QString& text);
};

// The service catalog in the local store: items, bundles and the full-text index the clerk searches.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& database);

    // Replaces the whole catalog atomically (a savepoint, so it also nests in a caller's transaction):
    // items missing from the new catalog are kept inactive, bundles and the search index are rebuilt.
    [[nodiscard]] bool replaceAll(const QList<CatalogItemRow>& items, const QList<CatalogBundleRow>& bundles);

    [[nodiscard]] int activeCount() const; // -1 when the store cannot be read
    [[nodiscard]] QList<CatalogItemRow> list() const; // active items by name
    [[nodiscard]] std::optional<CatalogItemRow> item(const QString& code) const; // active or not
    [[nodiscard]] QList<CatalogBundleRow> bundles() const;
    // Active items matching text (all of them when text is empty), most used since usedSince first, then by name.
    [[nodiscard]] QList<CatalogHit> search(const QString& text, const QDateTime& usedSince, int limit) const;
    // Changes whenever the stored catalog changes: lets a reader keep parsed items between calls.
    [[nodiscard]] QString stamp() const;

private:
    Database& m_database;
};

} // namespace ow::db
