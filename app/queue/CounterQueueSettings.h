#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace ow::db {
class Database;
}
namespace ow::core {
class SecretStore;
}

namespace ow::queue {

// How this counter reaches the hall queue: the host's address and the categories it serves (in the counter's
// data file), and the hall key (in the OS keychain through the SecretStore, never in a settings file).
// The announcement's volume and repeats are here too, for the PC that runs the hall display.
class CounterQueueSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::CounterQueueSettings)

public:
    static constexpr int defaultVolumePercent = 80;
    static constexpr int defaultRepeats = 2;
    static constexpr int maxRepeats = 5;

    CounterQueueSettings(db::Database& database, core::SecretStore& secrets);

    // Empty: no host configured, the Queue page says so.
    [[nodiscard]] QUrl hostUrl() const;
    // Empty: every category.
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] int volumePercent() const;
    [[nodiscard]] int repeats() const;
    [[nodiscard]] bool isConfigured() const { return hostUrl().isValid() && !hostUrl().isEmpty(); }

    // categories as typed ("A, B"): letters only, upper-cased.
    [[nodiscard]] bool setHost(const QString& url, const QString& categories, QString* errorMessage);
    [[nodiscard]] bool setAnnouncement(int volumePercent, int repeats, QString* errorMessage);

    // NotFound gives an empty key without an error.
    [[nodiscard]] bool readKey(QByteArray* key, QString* errorMessage) const;
    [[nodiscard]] bool setKey(const QByteArray& key, QString* errorMessage);

    [[nodiscard]] static QString keySecretName() { return QStringLiteral("hall-queue-key"); }

private:
    db::Database& m_database;
    core::SecretStore& m_secrets;
};

} // namespace ow::queue
