#include "appointments/AppointmentService.h"

#include "core/CounterSettings.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ow::appointments {

namespace {

// Halls keep China time; the day of an appointment is its day there, wherever the counter's clock is set.
constexpr int chinaOffsetSeconds = 8 * 3600;

QDateTime slotTime(const QJsonObject& data, const QString& key)
{
    const QDateTime time = QDateTime::fromString(data.value(key).toString(), Qt::ISODate);
    return time.isValid() ? time.toOffsetFromUtc(chinaOffsetSeconds) : QDateTime();
}

} // namespace

AppointmentService::AppointmentService(db::Database& database)
    : m_database(database)
{ }

QList<Appointment> AppointmentService::onDate(QDate date) const
{
    const QString hall = core::CounterSettings(m_database).identity().hallCode;
    return db::AppointmentRepository(m_database).onDate(hall, date);
}

QList<Appointment> AppointmentService::forCitizenOn(const QString& idNumber, QDate date) const
{
    QList<Appointment> booked;
    const QString normalized = idNumber.trimmed().toUpper();
    for (const Appointment& appointment : db::AppointmentRepository(m_database).forCitizenOn(normalized, date)) {
        if (appointment.state == u"booked") {
            booked.append(appointment);
        }
    }
    return booked;
}

std::optional<Appointment> AppointmentService::fromDistrict(const QJsonObject& data, qint64 version,
                                                            QString* errorMessage)
{
    Appointment appointment;
    appointment.uuid = data.value(QStringLiteral("uuid")).toString();
    appointment.version = version;
    appointment.hallCode = data.value(QStringLiteral("hall")).toString();
    appointment.idNumber = data.value(QStringLiteral("id_number")).toString().trimmed().toUpper();
    appointment.name = data.value(QStringLiteral("name")).toString();
    appointment.itemCode = data.value(QStringLiteral("item_code")).toString();
    appointment.bookingCode = data.value(QStringLiteral("booking_code")).toString();
    appointment.state = data.value(QStringLiteral("state")).toString();
    const QDateTime start = slotTime(data, QStringLiteral("slot_start"));
    const QDateTime end = slotTime(data, QStringLiteral("slot_end"));
    static const QRegularExpression bookingPattern(QStringLiteral("^[0-9]{6}$"));
    if (appointment.uuid.isEmpty() || appointment.hallCode.isEmpty() || appointment.idNumber.isEmpty() ||
        appointment.itemCode.isEmpty() || !start.isValid() || !end.isValid() || end <= start ||
        !bookingPattern.match(appointment.bookingCode).hasMatch() ||
        (appointment.state != u"booked" && appointment.state != u"cancelled")) {
        *errorMessage = tr("The district sent an appointment this counter cannot use (%1).").arg(appointment.uuid);
        return std::nullopt;
    }
    appointment.slotStart = start.toString(Qt::ISODate);
    appointment.slotEnd = end.toString(Qt::ISODate);
    appointment.slotDate = start.date();
    return appointment;
}

bool AppointmentService::apply(const Appointment& appointment)
{
    return db::AppointmentRepository(m_database).upsert(appointment);
}

QJsonObject AppointmentService::toJson(const Appointment& appointment, bool maskIdNumber)
{
    return {{QStringLiteral("uuid"), appointment.uuid},
            {QStringLiteral("version"), appointment.version},
            {QStringLiteral("hall"), appointment.hallCode},
            {QStringLiteral("id_number"),
             maskIdNumber ? idcard::IdNumber::masked(appointment.idNumber) : appointment.idNumber},
            {QStringLiteral("name"), appointment.name},
            {QStringLiteral("item_code"), appointment.itemCode},
            {QStringLiteral("slot_start"), appointment.slotStart},
            {QStringLiteral("slot_end"), appointment.slotEnd},
            {QStringLiteral("date"), appointment.slotDate.toString(Qt::ISODate)},
            {QStringLiteral("booking_code"), appointment.bookingCode},
            {QStringLiteral("state"), appointment.state}};
}

} // namespace ow::appointments
