#include "AppointmentRelay.h"

#include "appointments/AppointmentService.h"
#include "catalog/CatalogService.h"
#include "queue/QueueClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimeZone>

namespace ow::queue {

namespace {

Q_LOGGING_CATEGORY(lcRelay, "ow.queue.appointments")

// Slots are kept in China time (+08:00) by the district; the host compares them with its own clock.
QDateTime slotTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

AppointmentRelay::AppointmentRelay(db::Database& database, QueueClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(&client)
    , m_today([] { return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date(); })
{
    connect(&client, &QueueClient::ready, this, [this] {
        m_lastSent.clear();
        relay();
    });
}

void AppointmentRelay::relay()
{
    if (!m_client || !m_client->isReady() || m_busy) {
        return;
    }
    const appointments::AppointmentService service(m_database);
    const catalog::CatalogService catalog(m_database);
    const QDate today = m_today();
    QList<Appointment> list;
    for (const QDate& day : {today, today.addDays(1)}) {
        for (const appointments::Appointment& record : service.onDate(day)) {
            Appointment appointment;
            appointment.uuid = record.uuid;
            appointment.idNumber = record.idNumber;
            appointment.name = record.name;
            appointment.itemCode = record.itemCode;
            if (const auto item = catalog.item(record.itemCode)) {
                appointment.itemName = item->name;
            }
            appointment.slotStart = slotTime(record.slotStart);
            appointment.slotEnd = slotTime(record.slotEnd);
            appointment.bookingCode = record.bookingCode;
            appointment.state = record.state;
            if (!appointment.problem().isEmpty()) {
                qCWarning(lcRelay) << "appointment" << record.uuid << "not relayed:" << appointment.problem();
                continue;
            }
            list.append(appointment);
        }
    }
    const QByteArray hash = QCryptographicHash::hash(
        QJsonDocument(Appointment::toJsonArray(list)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    if (list.isEmpty() || hash == m_lastSent) {
        return;
    }
    m_busy = true;
    const auto count = static_cast<int>(list.size());
    m_client->putAppointments(list, this, [this, hash, count](const QueueReply& reply) {
        m_busy = false;
        if (!reply.ok) {
            // Tried again on the next connection or the next sync.
            qCWarning(lcRelay) << "appointments not relayed:" << reply.code << reply.error;
            Q_EMIT failed(reply.error);
            return;
        }
        m_lastSent = hash;
        Q_EMIT relayed(count);
    });
}

} // namespace ow::queue
