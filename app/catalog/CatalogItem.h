#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::catalog {

// Instant (issued while the citizen waits) or promised (a time limit in working days).
enum class ItemKind
{
    Instant,
    Promised
};

// The kind as the clerk reads it (translated).
[[nodiscard]] QString displayKind(ItemKind kind);
// The kind as the catalog files and the CLI's JSON spell it: "instant" or "promised".
[[nodiscard]] QString kindCode(ItemKind kind);
[[nodiscard]] std::optional<ItemKind> kindFromCode(const QString& code);

// The case channel ("pickup", "delivery", "courier") for a delivery option of FORMAT.md
// ("window", "grid_worker", "courier"); empty for an unknown option.
[[nodiscard]] QString channelForDeliveryOption(const QString& option);

// One line of an item's materials list, as the clerk's checklist needs it.
struct Material
{
    QString id;
    QString name;
    QString form; // original, copy, original_and_copy, photo, electronic, form, commitment_letter
    int copies = 0; // sheets the hall keeps; 0: shown only
    bool key = false; // without it the case cannot be accepted
    bool toleranceAllowed = false; // tolerance: the case may be accepted without it
    int toleranceDueDays = 0; // working days to supply it, when toleranceAllowed
    bool commitmentAllowed = false; // a signed commitment may replace it
    QString commitmentText;
    QJsonArray waivedBy; // [{source, dataset}]: sources that make it unnecessary when they answer
    QJsonObject condition; // needed only when it holds; empty: always needed
    QString capture; // camera, scan, none; empty when the item does not say
    QString note;

    [[nodiscard]] bool isConditional() const { return !condition.isEmpty(); }
};

// One matter a clerk can take, as resources/catalog/FORMAT.md defines it.
struct CatalogItem
{
    QString code;
    int revision = 1;
    QString name;
    QString shortName; // the name when the item has none
    QStringList keywords;
    QString categoryCode;
    QString categoryName;
    QString departmentCode;
    QString departmentName;
    ItemKind kind = ItemKind::Instant;
    int timeLimitDays = 0; // working days
    std::optional<int> legalTimeLimitDays;
    bool homeService = false;
    QJsonObject guide; // the service guide's elements (FORMAT.md: "The service guide")
    QJsonArray eligibility;
    QJsonObject form; // {fields: [...]}
    QList<Material> materials;
    QJsonObject outputs;
    QStringList deliveryOptions; // channel codes: pickup, delivery, courier
    QString defaultDelivery; // a channel code
    QJsonObject definition; // the item's document as imported

    [[nodiscard]] bool isInstant() const { return kind == ItemKind::Instant; }
    [[nodiscard]] const Material* material(const QString& id) const;
    [[nodiscard]] QJsonArray formFields() const { return form.value(QStringLiteral("fields")).toArray(); }

    // Builds an item from a document that CatalogLoader has accepted; it does not validate.
    [[nodiscard]] static CatalogItem fromJson(const QJsonObject& definition);
};

// A "one thing" bundle: one intake that opens one case per item.
struct CatalogBundle
{
    QString code;
    int revision = 1;
    QString name;
    QStringList itemCodes;
    QJsonObject definition;

    // Builds a bundle from a document that CatalogLoader has accepted; it does not validate.
    [[nodiscard]] static CatalogBundle fromJson(const QJsonObject& definition);
};

// A whole catalog: what one import replaces.
struct Catalog
{
    QList<CatalogItem> items;
    QList<CatalogBundle> bundles;

    [[nodiscard]] const CatalogItem* item(const QString& code) const;
    [[nodiscard]] const CatalogBundle* bundle(const QString& code) const;
};

} // namespace ow::catalog
