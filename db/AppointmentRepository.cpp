#include "db/AppointmentRepository.h"

#include "db/Database.h"

namespace ow::db {

namespace {

const QString columns = QStringLiteral(
    "uuid, version, hall_code, id_number, name, item_code, slot_start, slot_end, slot_date, booking_code, state");

QList<AppointmentRecord> readAll(QSqlQuery& query)
{
    QList<AppointmentRecord> records;
    if (!execute(query)) {
        return records;
    }
    while (query.next()) {
        AppointmentRecord record;
        record.uuid = query.value(0).toString();
        record.version = query.value(1).toLongLong();
        record.hallCode = query.value(2).toString();
        record.idNumber = query.value(3).toString();
        record.name = query.value(4).toString();
        record.itemCode = query.value(5).toString();
        record.slotStart = query.value(6).toString();
        record.slotEnd = query.value(7).toString();
        record.slotDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        record.bookingCode = query.value(9).toString();
        record.state = query.value(10).toString();
        records.append(record);
    }
    return records;
}

} // namespace

AppointmentRepository::AppointmentRepository(Database& database)
    : m_database(database)
{ }

bool AppointmentRepository::upsert(const AppointmentRecord& appointment)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO appointments (%1, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (uuid) DO UPDATE SET version = excluded.version, "
                       "hall_code = excluded.hall_code, id_number = excluded.id_number, "
                       "name = excluded.name, item_code = excluded.item_code, "
                       "slot_start = excluded.slot_start, slot_end = excluded.slot_end, "
                       "slot_date = excluded.slot_date, booking_code = excluded.booking_code, "
                       "state = excluded.state, received_at = excluded.received_at "
                       "WHERE excluded.version > appointments.version")
            .arg(columns));
    for (const QVariant& value : QVariantList {
             appointment.uuid, appointment.version, text(appointment.hallCode), text(appointment.idNumber),
             text(appointment.name), text(appointment.itemCode), text(appointment.slotStart), text(appointment.slotEnd),
             appointment.slotDate.toString(Qt::ISODate), text(appointment.bookingCode), text(appointment.state),
             timestamp(QDateTime::currentDateTimeUtc())}) {
        query.addBindValue(value);
    }
    return execute(query);
}

QList<AppointmentRecord> AppointmentRepository::onDate(const QString& hallCode, QDate date) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM appointments WHERE hall_code = ? AND slot_date = ? "
                                 "ORDER BY slot_start, booking_code")
                      .arg(columns));
    query.addBindValue(hallCode);
    query.addBindValue(date.toString(Qt::ISODate));
    return readAll(query);
}

QList<AppointmentRecord> AppointmentRepository::forCitizenOn(const QString& idNumber, QDate date) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM appointments WHERE id_number = ? AND slot_date = ? "
                                 "ORDER BY slot_start, booking_code")
                      .arg(columns));
    query.addBindValue(idNumber);
    query.addBindValue(date.toString(Qt::ISODate));
    return readAll(query);
}

} // namespace ow::db
