#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ow::db {
class Database;
}

namespace ow::core {

// Which hall and counter this PC is, and the counter's policies; kept in the local store.
struct CounterIdentity
{
    QString hallCode;
    QString hallName;
    int counterNumber = 0;

    [[nodiscard]] bool isComplete() const { return !hallCode.isEmpty() && counterNumber > 0; }
};

// What the paper tells citizens about the hall: where it is, how to call it, when it is open.
struct HallContactDetails
{
    QString address;
    QString phone;
    QString openingHours;
};

class CounterSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::core::CounterSettings)

public:
    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int maxIdleLockMinutes = 120;

    explicit CounterSettings(db::Database& database);

    [[nodiscard]] CounterIdentity identity() const;
    [[nodiscard]] bool setIdentity(const CounterIdentity& identity, QString* errorMessage);

    [[nodiscard]] HallContactDetails contact() const;
    [[nodiscard]] bool setContact(const HallContactDetails& contact, QString* errorMessage);

    // Minutes without input before the window locks; 0 turns the lock off.
    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] bool setIdleLockMinutes(int minutes, QString* errorMessage);

private:
    // Appends the settings.change audit row inside the caller's transaction.
    [[nodiscard]] bool audited(const QString& subject, const QJsonObject& values);
    db::Database& m_database;
};

} // namespace ow::core
