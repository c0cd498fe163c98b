#include "queue/CounterQueueSettings.h"

#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QRegularExpression>

namespace ow::queue {

namespace {
const QString hostKey = QStringLiteral("queue.host_url");
const QString categoriesKey = QStringLiteral("queue.categories");
const QString volumeKey = QStringLiteral("queue.voice_volume");
const QString repeatsKey = QStringLiteral("queue.voice_repeats");
} // namespace

CounterQueueSettings::CounterQueueSettings(db::Database& database, core::SecretStore& secrets)
    : m_database(database)
    , m_secrets(secrets)
{ }

QUrl CounterQueueSettings::hostUrl() const
{
    const QString text = db::SettingsRepository(m_database).value(hostKey).value_or(QString());
    return text.isEmpty() ? QUrl() : QUrl(text);
}

QStringList CounterQueueSettings::categories() const
{
    const QString text = db::SettingsRepository(m_database).value(categoriesKey).value_or(QString());
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int CounterQueueSettings::volumePercent() const
{
    bool ok = false;
    const int value = db::SettingsRepository(m_database).value(volumeKey).value_or(QString()).toInt(&ok);
    return ok ? std::clamp(value, 0, 100) : defaultVolumePercent;
}

int CounterQueueSettings::repeats() const
{
    bool ok = false;
    const int value = db::SettingsRepository(m_database).value(repeatsKey).value_or(QString()).toInt(&ok);
    return ok ? std::clamp(value, 1, maxRepeats) : defaultRepeats;
}

bool CounterQueueSettings::setHost(const QString& url, const QString& categories, QString* errorMessage)
{
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed);
    if (!trimmed.isEmpty() &&
        (!parsed.isValid() || (parsed.scheme() != u"ws" && parsed.scheme() != u"wss") || parsed.host().isEmpty())) {
        *errorMessage = tr("The hall queue host must be an address like ws://192.168.1.10:8765.");
        return false;
    }
    QStringList codes;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]$"));
    for (const QString& part : categories.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!codePattern.match(code).hasMatch()) {
            *errorMessage = tr("Categories are ticket letters separated by commas, like A, B.");
            return false;
        }
        if (!codes.contains(code)) {
            codes.append(code);
        }
    }
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(hostKey, trimmed) ||
        !settings.setValue(categoriesKey, codes.join(QLatin1Char(','))) ||
        !db::AuditRepository(m_database)
             .appendSettingsChange(QStringLiteral("queue.host"),
                                   {{hostKey, trimmed}, {categoriesKey, codes.join(QLatin1Char(','))}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The hall queue settings could not be saved to the data file.");
        return false;
    }
    return true;
}

bool CounterQueueSettings::setAnnouncement(int volumePercent, int repeats, QString* errorMessage)
{
    if (volumePercent < 0 || volumePercent > 100 || repeats < 1 || repeats > maxRepeats) {
        *errorMessage = tr("The volume must be 0 to 100 and the repeats 1 to %1.").arg(maxRepeats);
        return false;
    }
    db::SettingsRepository settings(m_database);
    if (this->volumePercent() == volumePercent && this->repeats() == repeats && settings.value(volumeKey).has_value() &&
        settings.value(repeatsKey).has_value()) {
        return true;
    }
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(volumeKey, QString::number(volumePercent)) ||
        !settings.setValue(repeatsKey, QString::number(repeats)) ||
        !db::AuditRepository(m_database)
             .appendSettingsChange(QStringLiteral("queue.announcement"),
                                   {{volumeKey, volumePercent}, {repeatsKey, repeats}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The hall queue settings could not be saved to the data file.");
        return false;
    }
    return true;
}

bool CounterQueueSettings::readKey(QByteArray* key, QString* errorMessage) const
{
    const core::SecretReadResult result = m_secrets.read(keySecretName());
    if (result.status == core::SecretReadResult::Status::Failed) {
        *errorMessage = result.errorMessage;
        return false;
    }
    *key = result.status == core::SecretReadResult::Status::Found ? result.secret : QByteArray();
    return true;
}

bool CounterQueueSettings::setKey(const QByteArray& key, QString* errorMessage)
{
    const bool stored = key.isEmpty() ? m_secrets.remove(keySecretName(), errorMessage)
                                      : m_secrets.write(keySecretName(), key, errorMessage);
    if (!stored) {
        return false;
    }
    // Who changed the hall key and when is audited; the key itself never leaves the keychain.
    // Every new key is a change, even when the log's values look the same.
    if (!db::AuditRepository(m_database)
             .append({}, QStringLiteral("settings.change"), QStringLiteral("queue.key"),
                     {{QStringLiteral("key_set"), !key.isEmpty()}})) {
        *errorMessage = tr("The hall key was changed, but the change could not be recorded in the data file.");
        return false;
    }
    return true;
}

} // namespace ow::queue
