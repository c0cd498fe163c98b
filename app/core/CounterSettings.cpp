#include "core/CounterSettings.h"

#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QRegularExpression>

namespace ow::core {

namespace {
const QString hallCodeKey = QStringLiteral("hall.code");
const QString hallNameKey = QStringLiteral("hall.name");
const QString counterNumberKey = QStringLiteral("counter.number");
const QString idleLockKey = QStringLiteral("counter.idle_lock_minutes");
const QString hallAddressKey = QStringLiteral("hall.address");
const QString hallPhoneKey = QStringLiteral("hall.phone");
const QString hallHoursKey = QStringLiteral("hall.opening_hours");
} // namespace

CounterSettings::CounterSettings(db::Database& database)
    : m_database(database)
{ }

CounterIdentity CounterSettings::identity() const
{
    const db::SettingsRepository settings(m_database);
    CounterIdentity identity;
    identity.hallCode = settings.value(hallCodeKey).value_or(QString());
    identity.hallName = settings.value(hallNameKey).value_or(QString());
    identity.counterNumber = settings.value(counterNumberKey).value_or(QString()).toInt();
    return identity;
}

bool CounterSettings::setIdentity(const CounterIdentity& identity, QString* errorMessage)
{
    // Hall codes are the 6-digit region code plus a 3-digit hall sequence, or any 3 to 12 letters and digits.
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9]{3,12}$"));
    if (!codePattern.match(identity.hallCode).hasMatch()) {
        *errorMessage = tr("The hall code must be 3 to 12 letters or digits.");
        return false;
    }
    if (identity.hallName.trimmed().isEmpty()) {
        *errorMessage = tr("The hall name must not be empty.");
        return false;
    }
    if (identity.counterNumber < 1 || identity.counterNumber > 999) {
        *errorMessage = tr("The counter number must be between 1 and 999.");
        return false;
    }
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(hallCodeKey, identity.hallCode.toUpper()) ||
        !settings.setValue(hallNameKey, identity.hallName.trimmed()) ||
        !settings.setValue(counterNumberKey, QString::number(identity.counterNumber)) ||
        !audited(QStringLiteral("hall"),
                 {{hallCodeKey, identity.hallCode.toUpper()},
                  {hallNameKey, identity.hallName.trimmed()},
                  {counterNumberKey, identity.counterNumber}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The hall and counter could not be saved to the data file.");
        return false;
    }
    return true;
}

HallContactDetails CounterSettings::contact() const
{
    const db::SettingsRepository settings(m_database);
    return {settings.value(hallAddressKey).value_or(QString()), settings.value(hallPhoneKey).value_or(QString()),
            settings.value(hallHoursKey).value_or(QString())};
}

bool CounterSettings::setContact(const HallContactDetails& contact, QString* errorMessage)
{
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9 ()+-]{0,20}$"));
    if (!phonePattern.match(contact.phone.trimmed()).hasMatch()) {
        *errorMessage = tr("The hall phone number may hold digits, spaces, brackets, + and - only.");
        return false;
    }
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(hallAddressKey, contact.address.trimmed()) ||
        !settings.setValue(hallPhoneKey, contact.phone.trimmed()) ||
        !settings.setValue(hallHoursKey, contact.openingHours.trimmed()) ||
        !audited(QStringLiteral("hall.contact"),
                 {{hallAddressKey, contact.address.trimmed()},
                  {hallPhoneKey, contact.phone.trimmed()},
                  {hallHoursKey, contact.openingHours.trimmed()}}) ||
        !transaction.commit()) {
        *errorMessage = tr("The hall's contact details could not be saved to the data file.");
        return false;
    }
    return true;
}

bool CounterSettings::audited(const QString& subject, const QJsonObject& values)
{
    return db::AuditRepository(m_database).appendSettingsChange(subject, values);
}

int CounterSettings::idleLockMinutes() const
{
    const db::SettingsRepository settings(m_database);
    bool ok = false;
    const int minutes = settings.value(idleLockKey).value_or(QString()).toInt(&ok);
    return ok ? minutes : defaultIdleLockMinutes;
}

bool CounterSettings::setIdleLockMinutes(int minutes, QString* errorMessage)
{
    if (minutes < 0 || minutes > maxIdleLockMinutes) {
        *errorMessage = tr("The idle lock must be between 0 (off) and %1 minutes.").arg(maxIdleLockMinutes);
        return false;
    }
    db::SettingsRepository settings(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive() || !settings.setValue(idleLockKey, QString::number(minutes)) ||
        !audited(QStringLiteral("counter.idle_lock"), {{idleLockKey, minutes}}) || !transaction.commit()) {
        *errorMessage = tr("The setting could not be saved to the data file.");
        return false;
    }
    return true;
}

} // namespace ow::core
