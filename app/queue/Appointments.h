#pragma once

#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Booked appointments at the hall host: what the district books, how the kiosk checks them in.
namespace ow::queue {

// One booked slot of one citizen. On the wire and in the CLI's files: {uuid, id_number, name, item_code,
// item_name, category, slot_start, slot_end, booking_code, state}; category or item_code says the line.
struct Appointment
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::Appointment)

public:
    QString uuid;
    QString idNumber;
    QString name; // the citizen's name
    QString itemCode;
    QString itemName;
    QString category; // empty: from item_code through the categories file
    QDateTime slotStart;
    QDateTime slotEnd;
    QString bookingCode; // six digits the citizen got with the booking
    QString state = QStringLiteral("booked"); // booked, checked_in, cancelled
    QString ticketNumber; // after the check-in (answers only)

    [[nodiscard]] QJsonObject toJson(bool withIdNumber = true) const;
    [[nodiscard]] static Appointment fromJson(const QJsonObject& json);
    // Empty when the appointment can be stored; else what is wrong with it, for the person who sent it.
    [[nodiscard]] QString problem() const;

    [[nodiscard]] static QJsonArray toJsonArray(const QList<Appointment>& appointments);
    [[nodiscard]] static QList<Appointment> fromJsonArray(const QJsonArray& array);
};

// Whether an appointment can be checked in at a moment.
enum class CheckInWindow
{
    Open,
    TooEarly,
    TooLate
};

// A citizen may check in this long before the slot; earlier, the kiosk asks them to come back (a walk-in
// ticket is still possible). 60 minutes covers an early bus without filling the hall hours ahead.
inline constexpr int checkInEarlyMinutes = 60;

// From checkInEarlyMinutes before the slot starts until the slot ends; after that the slot is missed.
[[nodiscard]] CheckInWindow checkInWindow(const Appointment& appointment, const QDateTime& now,
                                          int earlyMinutes = checkInEarlyMinutes);
[[nodiscard]] QString checkInWindowCode(CheckInWindow window); // open, too-early, too-late

// Which queue category serves an appointment: its own category field, else its item code through the
// "items" lists of the categories file, else the category marked "default" (else the first one).
class AppointmentCategories
{
public:
    // The categories file [{code, name, items?: [item codes], default?: true}]; files without items still work.
    [[nodiscard]] static AppointmentCategories fromCategoriesFile(const QString& path);
    [[nodiscard]] static AppointmentCategories fromJson(const QJsonArray& categories);
    [[nodiscard]] static AppointmentCategories shipped();

    // active: the categories the host serves now; a mapped category that is not among them gives the default.
    [[nodiscard]] QString categoryFor(const Appointment& appointment, const QStringList& active) const;

    [[nodiscard]] QString defaultCategory() const { return m_default; }

private:
    QHash<QString, QString> m_items;
    QString m_default;
};

} // namespace ow::queue
