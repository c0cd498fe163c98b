#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ow::db {

class Database;

// An appointment (yuyue) of the counter's hall as the district sends it.
struct AppointmentRecord
{
    QString uuid;
    qint64 version = 1;
    QString hallCode;
    QString idNumber; // normalized (upper-case X)
    QString name;
    QString itemCode;
    QString slotStart; // ISO 8601 with +08:00
    QString slotEnd;
    QDate slotDate; // the day of slotStart in China time
    QString bookingCode; // six digits
    QString state; // booked, cancelled
};

// The appointments pulled from the district: stored by uuid, a newer version replaces an older one.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(Database& database);

    // Inserts the appointment or replaces the stored one when this version is newer; an older or equal version
    // changes nothing (a page pulled twice).
    [[nodiscard]] bool upsert(const AppointmentRecord& appointment);
    // The appointments of one hall on one day, by slot start; every state.
    [[nodiscard]] QList<AppointmentRecord> onDate(const QString& hallCode, QDate date) const;
    // One citizen's appointments on one day, by slot start; every state.
    [[nodiscard]] QList<AppointmentRecord> forCitizenOn(const QString& idNumber, QDate date) const;

private:
    Database& m_database;
};

} // namespace ow::db
