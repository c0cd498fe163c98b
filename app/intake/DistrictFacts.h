#pragma once

#include "forms/FormEngine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace ow::core {
class SecretStore;
}
namespace ow::db {
class Database;
}

namespace ow::intake {

// A citizen's shared data from the district by ID number: the object of GET /citizens/<id>/shared, an empty
// object when the district knows nothing of the citizen, nothing when it cannot be asked (offline, timeout).
using SharedLookup = std::function<std::optional<QJsonObject>(const QString& idNumber)>;

// The lookup through the enrolled district server, with a short timeout; nothing at all on a counter never
// enrolled. Each call makes its own network manager, so it works on any thread.
[[nodiscard]] SharedLookup districtSharedLookup(db::Database& database, core::SecretStore& secrets,
                                                int timeoutMs = 3000);

// Eligibility facts and prefill data (the ID card alone suffices) from the district's shared data when it answers, this
// counter's own cases for earlier results. What the district cannot be asked stays unknown, so the rule's when_unknown
// decides, as offline.
class DistrictFacts : public forms::EligibilityFacts, public forms::SharedDataProvider
{
public:
    DistrictFacts(db::Database& database, SharedLookup lookup);

    [[nodiscard]] std::optional<bool> hasRecord(const QString& dataset, const QString& idNumber) const override;
    [[nodiscard]] std::optional<bool> hasActiveResult(const QString& itemCode, const QString& idNumber) const override;
    [[nodiscard]] std::optional<QDate> lastResultDate(const QString& itemCode, const QString& idNumber) const override;
    [[nodiscard]] std::optional<QJsonObject> record(const QString& dataset, const QString& idNumber) const override;

    std::optional<QJsonObject> dataset(const QString& name, const QString& idNumber) override;

    // The district's name of a catalog dataset (hukou is its household, and so on).
    [[nodiscard]] static QString districtName(const QString& dataset);
    // A district record with the catalog's field names added (hukou_address for the household's address...).
    [[nodiscard]] static QJsonObject inCatalogTerms(const QString& dataset, const QJsonObject& district);

private:
    [[nodiscard]] std::optional<QJsonObject> shared(const QString& idNumber) const;

    struct Cached
    {
        std::optional<QJsonObject> data;
        QDateTime at;
    };

    db::Database& m_database;
    SharedLookup m_lookup;
    mutable QHash<QString, Cached> m_cache;
};

} // namespace ow::intake
