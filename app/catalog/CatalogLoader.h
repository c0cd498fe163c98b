#pragma once

#include "catalog/CatalogItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

namespace ow::catalog {

// The outcome of loading: a whole catalog, or every violation found (translated, one per line, each naming
// the file, the item or bundle code and the field or material).
struct CatalogLoadResult
{
    std::optional<Catalog> catalog;
    QStringList errors;

    [[nodiscard]] bool ok() const { return catalog.has_value(); }
};

// Reads a catalog and checks every rule of resources/catalog/FORMAT.md; a catalog is accepted whole or not at all.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(ow::catalog::CatalogLoader)

public:
    // A folder holding items/*.json and bundles/*.json (also a resource folder such as ":/catalog"), or one
    // JSON file {"format": 1, "items": [...], "bundles": [...]} as the district sends it.
    [[nodiscard]] static CatalogLoadResult load(const QString& path);
    // One catalog document in memory (the single-file form); sourceName names it in the messages.
    [[nodiscard]] static CatalogLoadResult loadDocument(const QByteArray& json, const QString& sourceName);

    // The newest catalog format this program reads.
    static constexpr int supportedFormat = 1;
};

} // namespace ow::catalog
