#pragma once

#include "db/AppointmentRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::appointments {

// An appointment (yuyue) a citizen booked online for a slot at this hall.
using Appointment = db::AppointmentRecord;

// The appointments the district sent for this counter's hall: the day's list for the counter and, for the hall
// kiosk, whether a citizen whose card was just read has a booking today.
class AppointmentService
{
    Q_DECLARE_TR_FUNCTIONS(ow::appointments::AppointmentService)

public:
    explicit AppointmentService(db::Database& database);

    // Every appointment of this counter's hall on date, by slot start, cancelled ones included (state says so).
    [[nodiscard]] QList<Appointment> onDate(QDate date) const;
    // The booked (not cancelled) appointments of one citizen on date, by slot start; idNumber as read from the
    // card (a lower-case x is accepted).
    [[nodiscard]] QList<Appointment> forCitizenOn(const QString& idNumber, QDate date) const;

    // An appointment as the district sends it (stream appointments); nothing, with the reason, when a field is
    // missing or wrong.
    [[nodiscard]] static std::optional<Appointment> fromDistrict(const QJsonObject& data, qint64 version,
                                                                 QString* errorMessage);
    // Stores a pulled appointment inside the caller's transaction; an older version than the stored one changes
    // nothing.
    [[nodiscard]] bool apply(const Appointment& appointment);

    [[nodiscard]] static QJsonObject toJson(const Appointment& appointment, bool maskIdNumber);

private:
    db::Database& m_database;
};

} // namespace ow::appointments
