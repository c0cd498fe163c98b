#include "catalog/CatalogItem.h"

namespace ow::catalog {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& entry : value.toArray()) {
        result.append(entry.toString());
    }
    return result;
}

Material materialFromJson(const QJsonObject& json)
{
    Material material;
    material.id = json.value(QStringLiteral("id")).toString();
    material.name = json.value(QStringLiteral("name")).toString();
    material.form = json.value(QStringLiteral("form")).toString();
    material.copies = json.value(QStringLiteral("copies")).toInt();
    material.key = json.value(QStringLiteral("key")).toBool();
    material.toleranceAllowed = json.value(QStringLiteral("tolerance")).toBool();
    material.toleranceDueDays = json.value(QStringLiteral("tolerance_due_days")).toInt();
    material.commitmentAllowed = json.value(QStringLiteral("commitment")).toBool();
    material.commitmentText = json.value(QStringLiteral("commitment_text")).toString();
    material.waivedBy = json.value(QStringLiteral("waived_by")).toArray();
    material.condition = json.value(QStringLiteral("condition")).toObject();
    material.capture = json.value(QStringLiteral("capture")).toString();
    material.note = json.value(QStringLiteral("note")).toString();
    return material;
}

} // namespace

QString displayKind(ItemKind kind)
{
    return kind == ItemKind::Instant ? QCoreApplication::translate("ow::catalog::CatalogItem", "Instant")
                                     : QCoreApplication::translate("ow::catalog::CatalogItem", "Promised");
}

QString kindCode(ItemKind kind)
{
    return kind == ItemKind::Instant ? QStringLiteral("instant") : QStringLiteral("promised");
}

std::optional<ItemKind> kindFromCode(const QString& code)
{
    if (code == u"instant") {
        return ItemKind::Instant;
    }
    if (code == u"promised") {
        return ItemKind::Promised;
    }
    return std::nullopt;
}

QString channelForDeliveryOption(const QString& option)
{
    if (option == u"window") {
        return QStringLiteral("pickup");
    }
    if (option == u"grid_worker") {
        return QStringLiteral("delivery");
    }
    if (option == u"courier") {
        return QStringLiteral("courier");
    }
    return {};
}

const Material* CatalogItem::material(const QString& id) const
{
    for (const Material& entry : materials) {
        if (entry.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

CatalogItem CatalogItem::fromJson(const QJsonObject& definition)
{
    CatalogItem item;
    item.code = definition.value(QStringLiteral("code")).toString();
    item.revision = definition.value(QStringLiteral("revision")).toInt(1);
    item.name = definition.value(QStringLiteral("name")).toString();
    item.shortName = definition.value(QStringLiteral("short_name")).toString(item.name);
    item.keywords = stringList(definition.value(QStringLiteral("keywords")));
    const QJsonObject category = definition.value(QStringLiteral("category")).toObject();
    item.categoryCode = category.value(QStringLiteral("code")).toString();
    item.categoryName = category.value(QStringLiteral("name")).toString();
    const QJsonObject department = definition.value(QStringLiteral("department")).toObject();
    item.departmentCode = department.value(QStringLiteral("code")).toString();
    item.departmentName = department.value(QStringLiteral("name")).toString();
    item.kind = kindFromCode(definition.value(QStringLiteral("kind")).toString()).value_or(ItemKind::Instant);
    item.timeLimitDays = definition.value(QStringLiteral("time_limit_days")).toInt();
    const QJsonValue legal = definition.value(QStringLiteral("legal_time_limit_days"));
    if (legal.isDouble()) {
        item.legalTimeLimitDays = legal.toInt();
    }
    item.homeService = definition.value(QStringLiteral("home_service")).toBool();
    item.guide = definition.value(QStringLiteral("guide")).toObject();
    item.eligibility = definition.value(QStringLiteral("eligibility")).toArray();
    item.form = definition.value(QStringLiteral("form")).toObject();
    for (const QJsonValue& material : definition.value(QStringLiteral("materials")).toArray()) {
        item.materials.append(materialFromJson(material.toObject()));
    }
    item.outputs = definition.value(QStringLiteral("outputs")).toObject();
    const QJsonObject delivery = definition.value(QStringLiteral("delivery")).toObject();
    for (const QString& option : stringList(delivery.value(QStringLiteral("options")))) {
        item.deliveryOptions.append(channelForDeliveryOption(option));
    }
    item.defaultDelivery = channelForDeliveryOption(delivery.value(QStringLiteral("default")).toString());
    item.definition = definition;
    return item;
}

CatalogBundle CatalogBundle::fromJson(const QJsonObject& definition)
{
    CatalogBundle bundle;
    bundle.code = definition.value(QStringLiteral("code")).toString();
    bundle.revision = definition.value(QStringLiteral("revision")).toInt(1);
    bundle.name = definition.value(QStringLiteral("name")).toString();
    bundle.itemCodes = stringList(definition.value(QStringLiteral("items")));
    bundle.definition = definition;
    return bundle;
}

const CatalogItem* Catalog::item(const QString& code) const
{
    for (const CatalogItem& entry : items) {
        if (entry.code == code) {
            return &entry;
        }
    }
    return nullptr;
}

const CatalogBundle* Catalog::bundle(const QString& code) const
{
    for (const CatalogBundle& entry : bundles) {
        if (entry.code == code) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace ow::catalog
