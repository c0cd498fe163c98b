#include "queue/Appointments.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ow::queue {

QJsonObject Appointment::toJson(bool withIdNumber) const
{
    QJsonObject json {{QStringLiteral("uuid"), uuid},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("item_code"), itemCode},
                      {QStringLiteral("item_name"), itemName},
                      {QStringLiteral("category"), category},
                      {QStringLiteral("slot_start"), wireTime(slotStart)},
                      {QStringLiteral("slot_end"), wireTime(slotEnd)},
                      {QStringLiteral("booking_code"), bookingCode},
                      {QStringLiteral("state"), state}};
    if (withIdNumber) {
        json.insert(QStringLiteral("id_number"), idNumber);
    }
    if (!ticketNumber.isEmpty()) {
        json.insert(QStringLiteral("ticket_number"), ticketNumber);
    }
    return json;
}

Appointment Appointment::fromJson(const QJsonObject& json)
{
    Appointment appointment;
    appointment.uuid = json.value(QStringLiteral("uuid")).toString().trimmed();
    appointment.idNumber = json.value(QStringLiteral("id_number")).toString().trimmed().toUpper();
    appointment.name = json.value(QStringLiteral("name")).toString().trimmed();
    appointment.itemCode = json.value(QStringLiteral("item_code")).toString().trimmed();
    appointment.itemName = json.value(QStringLiteral("item_name")).toString().trimmed();
    appointment.category = json.value(QStringLiteral("category")).toString().trimmed().toUpper();
    // Wire times, or local times such as 2026-11-24T10:30 written by hand in a file for the CLI.
    const auto time = [&](const QString& key) {
        const QString text = json.value(key).toString();
        const QDateTime wire = parseWireTime(text);
        return wire.isValid() ? wire : QDateTime::fromString(text, Qt::ISODate);
    };
    appointment.slotStart = time(QStringLiteral("slot_start"));
    appointment.slotEnd = time(QStringLiteral("slot_end"));
    appointment.bookingCode = json.value(QStringLiteral("booking_code")).toString().trimmed();
    appointment.state = json.value(QStringLiteral("state")).toString(QStringLiteral("booked"));
    appointment.ticketNumber = json.value(QStringLiteral("ticket_number")).toString();
    return appointment;
}

QString Appointment::problem() const
{
    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{6}$"));
    if (uuid.isEmpty()) {
        return tr("An appointment has no uuid.");
    }
    if (!slotStart.isValid() || !slotEnd.isValid() || slotEnd <= slotStart) {
        return tr("Appointment %1 needs slot_start and slot_end, the end after the start.").arg(uuid);
    }
    if (!bookingCode.isEmpty() && !codePattern.match(bookingCode).hasMatch()) {
        return tr("The booking code of appointment %1 must be 6 digits.").arg(uuid);
    }
    if (idNumber.isEmpty() && bookingCode.isEmpty()) {
        return tr("Appointment %1 needs an ID number or a booking code, or nobody can check it in.").arg(uuid);
    }
    if (state != u"booked" && state != u"checked_in" && state != u"cancelled") {
        return tr("The state of appointment %1 must be booked, checked_in or cancelled.").arg(uuid);
    }
    return {};
}

QJsonArray Appointment::toJsonArray(const QList<Appointment>& appointments)
{
    QJsonArray array;
    for (const Appointment& appointment : appointments) {
        array.append(appointment.toJson());
    }
    return array;
}

QList<Appointment> Appointment::fromJsonArray(const QJsonArray& array)
{
    QList<Appointment> result;
    for (const QJsonValue& value : array) {
        result.append(fromJson(value.toObject()));
    }
    return result;
}

CheckInWindow checkInWindow(const Appointment& appointment, const QDateTime& now, int earlyMinutes)
{
    if (now < appointment.slotStart.addSecs(-60LL * earlyMinutes)) {
        return CheckInWindow::TooEarly;
    }
    if (now >= appointment.slotEnd) {
        return CheckInWindow::TooLate;
    }
    return CheckInWindow::Open;
}

QString checkInWindowCode(CheckInWindow window)
{
    switch (window) {
    case CheckInWindow::Open:
        return QStringLiteral("open");
    case CheckInWindow::TooEarly:
        return QStringLiteral("too-early");
    case CheckInWindow::TooLate:
        return QStringLiteral("too-late");
    }
    return {};
}

AppointmentCategories AppointmentCategories::fromJson(const QJsonArray& categories)
{
    AppointmentCategories result;
    for (const QJsonValue& value : categories) {
        const QJsonObject category = value.toObject();
        const QString code = category.value(QStringLiteral("code")).toString().toUpper();
        if (code.isEmpty()) {
            continue;
        }
        // The first category unless another one is marked as the default.
        if (result.m_default.isEmpty() || category.value(QStringLiteral("default")).toBool()) {
            result.m_default = code;
        }
        const QJsonArray items = category.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            result.m_items.insert(item.toString().trimmed(), code);
        }
    }
    return result;
}

AppointmentCategories AppointmentCategories::fromCategoriesFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return fromJson(QJsonDocument::fromJson(file.readAll()).array());
}

AppointmentCategories AppointmentCategories::shipped()
{
    return fromCategoriesFile(QStringLiteral(":/queue/default-categories.json"));
}

QString AppointmentCategories::categoryFor(const Appointment& appointment, const QStringList& active) const
{
    const auto usable = [&](const QString& code) {
        return !code.isEmpty() && active.contains(code);
    };
    if (usable(appointment.category)) {
        return appointment.category;
    }
    const QString mapped = m_items.value(appointment.itemCode);
    if (usable(mapped)) {
        return mapped;
    }
    if (usable(m_default)) {
        return m_default;
    }
    return active.value(0);
}

} // namespace ow::queue
