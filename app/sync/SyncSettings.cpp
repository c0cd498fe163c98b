#include "sync/SyncSettings.h"

#include "db/Database.h"
#include "db/SettingsRepository.h"

namespace ow::sync {

namespace {
const QString serverKey = QStringLiteral("sync.server_url");
const QString deviceKey = QStringLiteral("sync.device_id");
const QString hallCodeKey = QStringLiteral("sync.hall_code");
const QString hallNameKey = QStringLiteral("sync.hall_name");
const QString keyIdKey = QStringLiteral("sync.key_id");
const QString enrolledAtKey = QStringLiteral("sync.enrolled_at");
const QString lastSuccessKey = QStringLiteral("sync.last_success");
const QString lowWaterKey = QStringLiteral("sync.numbers_low_water");
const QString leaseSizeKey = QStringLiteral("sync.numbers_lease_size");
} // namespace

QString SyncSettings::tokenSecretName(const QString& deviceId)
{
    return QStringLiteral("district token %1").arg(deviceId);
}
const QString SyncSettings::offlineLoginDaysKey = QStringLiteral("auth.offline_login_days");

SyncSettings::SyncSettings(db::Database& database)
    : m_database(database)
{ }

DistrictLink SyncSettings::link() const
{
    const db::SettingsRepository settings(m_database);
    DistrictLink link;
    const QString server = settings.value(serverKey).value_or(QString());
    if (!server.isEmpty()) {
        link.server = QUrl(server);
    }
    link.deviceId = settings.value(deviceKey).value_or(QString());
    link.hallCode = settings.value(hallCodeKey).value_or(QString());
    link.hallName = settings.value(hallNameKey).value_or(QString());
    link.keyId = settings.value(keyIdKey).value_or(QString());
    link.enrolledAt = db::parseTimestamp(settings.value(enrolledAtKey).value_or(QString()));
    return link;
}

bool SyncSettings::setLink(const DistrictLink& link)
{
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    return transaction.isActive() && settings.setValue(serverKey, link.server.toString()) &&
        settings.setValue(deviceKey, link.deviceId) && settings.setValue(hallCodeKey, link.hallCode) &&
        settings.setValue(hallNameKey, link.hallName) && settings.setValue(keyIdKey, link.keyId) &&
        settings.setValue(enrolledAtKey, db::timestamp(link.enrolledAt)) && transaction.commit();
}

QDateTime SyncSettings::lastSuccess() const
{
    return db::parseTimestamp(db::SettingsRepository(m_database).value(lastSuccessKey).value_or(QString()));
}

bool SyncSettings::setLastSuccess(const QDateTime& at)
{
    return db::SettingsRepository(m_database).setValue(lastSuccessKey, db::timestamp(at));
}

int SyncSettings::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int value = db::SettingsRepository(m_database).value(key).value_or(QString()).toInt(&ok);
    return ok ? value : fallback;
}

int SyncSettings::offlineLoginDays() const
{
    return intValue(offlineLoginDaysKey, defaultOfflineLoginDays);
}

bool SyncSettings::setOfflineLoginDays(int days, QString* errorMessage)
{
    if (days < 1 || days > maxOfflineLoginDays) {
        *errorMessage = tr("Offline logins may last 1 to %1 days.").arg(maxOfflineLoginDays);
        return false;
    }
    if (!db::SettingsRepository(m_database).setValue(offlineLoginDaysKey, QString::number(days))) {
        *errorMessage = tr("The setting could not be saved to the data file.");
        return false;
    }
    return true;
}

int SyncSettings::numbersLowWater() const
{
    return intValue(lowWaterKey, defaultNumbersLowWater);
}

int SyncSettings::numbersLeaseSize() const
{
    return intValue(leaseSizeKey, defaultNumbersLeaseSize);
}

bool SyncSettings::setNumberLeasing(int lowWater, int leaseSize, QString* errorMessage)
{
    if (lowWater < 0 || leaseSize < 1 || leaseSize > 100000 || lowWater >= leaseSize) {
        *errorMessage = tr("The lease size must be 1 to 100000 numbers and above the low-water mark.");
        return false;
    }
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(lowWaterKey, QString::number(lowWater)) ||
        !settings.setValue(leaseSizeKey, QString::number(leaseSize)) || !transaction.commit()) {
        *errorMessage = tr("The setting could not be saved to the data file.");
        return false;
    }
    return true;
}

} // namespace ow::sync
