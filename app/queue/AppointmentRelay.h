#pragma once

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ow::db {
class Database;
}

namespace ow::queue {

class QueueClient;

// Carries the appointments the district sent to this counter on to the hall host, so the kiosk can check citizens
// in by card or booking code. Every counter of the hall relays the same list; the host stores by uuid, so a repeat
// changes nothing and a cancellation replaces the booking.
class AppointmentRelay : public QObject
{
    Q_OBJECT

public:
    AppointmentRelay(db::Database& database, QueueClient& client, QObject* parent = nullptr);

    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    // Sends today's and tomorrow's appointments when the host is connected and they changed since the last send.
    void relay();

Q_SIGNALS:
    void relayed(int count);
    void failed(const QString& message);

private:
    db::Database& m_database;
    QPointer<QueueClient> m_client;
    std::function<QDate()> m_today;
    QByteArray m_lastSent; // a hash of the list the host confirmed; cleared on every new connection
    bool m_busy = false;
};

} // namespace ow::queue
