#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ow::db {
class Database;
}

namespace ow::sync {

// The district this counter is enrolled with; the device token itself is in the keychain, never here.
struct DistrictLink
{
    QUrl server;
    QString deviceId;
    QString hallCode;
    QString hallName;
    QString keyId;
    QDateTime enrolledAt;

    [[nodiscard]] bool isEnrolled() const { return server.isValid() && !deviceId.isEmpty(); }
};

// Sync settings kept in the counter's store: the enrolment, the last good sync and the policies.
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::SyncSettings)

public:
    // The name of the device token in the SecretStore: one per enrolment, so a second data folder on the same
    // PC (a training counter) never reads or overwrites the first one's token.
    [[nodiscard]] static QString tokenSecretName(const QString& deviceId);
    static constexpr int defaultOfflineLoginDays = 7;
    static constexpr int maxOfflineLoginDays = 90;
    static constexpr int defaultNumbersLowWater = 50;
    static constexpr int defaultNumbersLeaseSize = 500;

    explicit SyncSettings(db::Database& database);

    [[nodiscard]] DistrictLink link() const;
    [[nodiscard]] bool setLink(const DistrictLink& link);

    [[nodiscard]] QDateTime lastSuccess() const;
    [[nodiscard]] bool setLastSuccess(const QDateTime& at);

    // Days a clerk may log in offline after the last login the district confirmed.
    [[nodiscard]] int offlineLoginDays() const;
    [[nodiscard]] bool setOfflineLoginDays(int days, QString* errorMessage);

    // A template with fewer numbers left than the low-water mark leases a new block of the lease size.
    [[nodiscard]] int numbersLowWater() const;
    [[nodiscard]] int numbersLeaseSize() const;
    [[nodiscard]] bool setNumberLeasing(int lowWater, int leaseSize, QString* errorMessage);

    // The settings key that ClerkService reads (auth must not depend on sync).
    static const QString offlineLoginDaysKey;

private:
    [[nodiscard]] int intValue(const QString& key, int fallback) const;

    db::Database& m_database;
};

} // namespace ow::sync
