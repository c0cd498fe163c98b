#include "intake/DistrictFacts.h"

#include "core/SecretStore.h"
#include "db/CaseRepository.h"
#include "intake/IntakeService.h"
#include "sync/DistrictClient.h"
#include "sync/SyncSettings.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace ow::intake {

namespace {
// An answer is kept a while, so one intake does not ask the district once per rule; "unknown" only briefly,
// so the counter notices when the district is back.
constexpr qint64 knownSeconds = 10 * 60;
constexpr qint64 unknownSeconds = 60;
} // namespace

SharedLookup districtSharedLookup(db::Database& database, core::SecretStore& secrets, int timeoutMs)
{
    return [&database, &secrets, timeoutMs](const QString& idNumber) -> std::optional<QJsonObject> {
        const sync::DistrictLink link = sync::SyncSettings(database).link();
        if (!link.isEnrolled()) {
            return std::nullopt;
        }
        const core::SecretReadResult token = secrets.read(sync::SyncSettings::tokenSecretName(link.deviceId));
        if (token.status != core::SecretReadResult::Status::Found) {
            return std::nullopt;
        }
        QNetworkAccessManager network;
        sync::DistrictClient client(network, link.server, token.secret);
        client.setTimeout(timeoutMs);
        const sync::DistrictReply reply = client.get(
            QStringLiteral("/citizens/") + QString::fromLatin1(QUrl::toPercentEncoding(idNumber.trimmed().toUpper())) +
            QStringLiteral("/shared"));
        if (reply.ok()) {
            return reply.json;
        }
        if (reply.httpStatus == 404) {
            return QJsonObject(); // known: the district has nothing on this citizen
        }
        return std::nullopt;
    };
}

DistrictFacts::DistrictFacts(db::Database& database, SharedLookup lookup)
    : m_database(database)
    , m_lookup(std::move(lookup))
{ }

QString DistrictFacts::districtName(const QString& dataset)
{
    if (dataset == u"hukou") {
        return QStringLiteral("household");
    }
    if (dataset == u"disability_assessment") {
        return QStringLiteral("disability");
    }
    if (dataset == u"social_assistance") {
        return QStringLiteral("min_living_allowance");
    }
    return dataset;
}

std::optional<QJsonObject> DistrictFacts::shared(const QString& idNumber) const
{
    const QString key = idNumber.trimmed().toUpper();
    if (key.isEmpty() || !m_lookup) {
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend() && cached->at.secsTo(now) < (cached->data ? knownSeconds : unknownSeconds)) {
        return cached->data;
    }
    const std::optional<QJsonObject> data = m_lookup(key);
    m_cache.insert(key, {data, now});
    return data;
}

QJsonObject DistrictFacts::inCatalogTerms(const QString& dataset, const QJsonObject& district)
{
    if (district.isEmpty()) {
        return district;
    }
    // The district's own field names stay; the catalog's names (resources/catalog/FORMAT.md) are added.
    QJsonObject record = district;
    if (dataset == u"hukou") {
        record.insert(QStringLiteral("hukou_address"), district.value(QStringLiteral("address")));
        record.insert(QStringLiteral("relation_to_head"), district.value(QStringLiteral("relation")));
        record.insert(QStringLiteral("household_members"), district.value(QStringLiteral("members")));
        // The household number starts with the region code of the registry that keeps it.
        const QString region = district.value(QStringLiteral("household_number")).toString().left(6);
        if (region.size() == 6 && std::all_of(region.begin(), region.end(), [](QChar c) { return c.isDigit(); })) {
            record.insert(QStringLiteral("hukou_region"), region);
        }
    } else if (dataset == u"social_assistance" && !record.contains(QStringLiteral("card_number"))) {
        record.insert(QStringLiteral("card_number"), district.value(QStringLiteral("certificate_number")));
    }
    return record;
}

std::optional<QJsonObject> DistrictFacts::record(const QString& dataset, const QString& idNumber) const
{
    const auto all = shared(idNumber);
    if (!all) {
        return std::nullopt;
    }
    // The district answered: a dataset it does not mention is known to be absent (an empty object).
    return inCatalogTerms(dataset, all->value(districtName(dataset)).toObject());
}

std::optional<bool> DistrictFacts::hasRecord(const QString& dataset, const QString& idNumber) const
{
    const auto found = record(dataset, idNumber);
    if (!found) {
        return std::nullopt;
    }
    return !found->isEmpty();
}

std::optional<bool> DistrictFacts::hasActiveResult(const QString& itemCode, const QString& idNumber) const
{
    return LocalEligibilityFacts(m_database).hasActiveResult(itemCode, idNumber);
}

std::optional<QDate> DistrictFacts::lastResultDate(const QString& itemCode, const QString& idNumber) const
{
    return LocalEligibilityFacts(m_database).lastResultDate(itemCode, idNumber);
}

std::optional<QJsonObject> DistrictFacts::dataset(const QString& name, const QString& idNumber)
{
    const auto found = record(name, idNumber);
    if (!found || found->isEmpty()) {
        return std::nullopt;
    }
    return found;
}

} // namespace ow::intake
