#pragma once

#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace ow::core {
class SecretStore;
}
namespace ow::db {
class Database;
}

namespace ow::sync {

// Registers this counter with the district using a one-time code: the counter's certificate key is sent,
// the device token comes back and goes to the keychain (never to a file), the hall comes into the settings.
class Enrollment
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync::Enrollment)

public:
    Enrollment(db::Database& database, core::SecretStore& secrets, QNetworkAccessManager& network);

    // The link on success; nothing and a message a clerk or IT staff can act on otherwise.
    [[nodiscard]] std::optional<DistrictLink> enroll(const QString& serverUrl, const QString& code,
                                                     QString* errorMessage);

private:
    db::Database& m_database;
    core::SecretStore& m_secrets;
    QNetworkAccessManager& m_network;
};

} // namespace ow::sync
