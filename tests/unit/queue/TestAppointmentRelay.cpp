// The district's appointments reach the hall host through a counter: the kiosk can then find a citizen by booking
// code, a cancellation replaces the booking, and an unchanged list is not sent again.
#include "appointments/AppointmentService.h"
#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/Database.h"
#include "queue/AppointmentRelay.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueueStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ow::queue;

namespace {

const QByteArray key = "relay-test-hall-key";
const QString hall = u"330104001"_s;
const QDate day(2026, 11, 24);

QJsonObject booking(const QString& uuid, const QString& state, const QString& hallCode = hall)
{
    return {{u"uuid"_s, uuid},
            {u"hall"_s, hallCode},
            {u"id_number"_s, u"33010619661123017x"_s},
            {u"name"_s, u"Zhang San"_s},
            {u"item_code"_s, u"senior-card"_s},
            {u"slot_start"_s, u"2026-11-24T10:30:00+08:00"_s},
            {u"slot_end"_s, u"2026-11-24T11:00:00+08:00"_s},
            {u"booking_code"_s, u"482913"_s},
            {u"state"_s, state}};
}

} // namespace

class TestAppointmentRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bookingReachesTheKioskLookup();
    void cancellationReplacesTheBooking();
    void guessingBookingCodesIsStopped();

private:
    void pull(const QJsonObject& data, qint64 version);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
    std::unique_ptr<QueueStore> m_store;
    std::unique_ptr<QueueHost> m_host;
    std::unique_ptr<QueueClient> m_client;
    std::unique_ptr<AppointmentRelay> m_relay;
};

void TestAppointmentRelay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(ow::core::CounterSettings(*m_database).setIdentity({hall, u"Hall"_s, 3}, &error), qPrintable(error));

    QVERIFY2(ow::catalog::CatalogService(*m_database).ensureShipped(&error), qPrintable(error));

    m_store = std::make_unique<QueueStore>(m_dir->filePath(u"hall-queue.sqlite"_s));
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_host = std::make_unique<QueueHost>(*m_store, key);
    QVERIFY2(m_host->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_client = std::make_unique<QueueClient>();
    m_client->setUrl(QUrl(u"ws://127.0.0.1:%1"_s.arg(m_host->port())));
    m_client->setKey(key);
    m_client->setRole(u"counter"_s, 3);
    m_relay = std::make_unique<AppointmentRelay>(*m_database, *m_client);
    m_relay->setToday([] { return day; });
}

void TestAppointmentRelay::cleanup()
{
    m_relay.reset();
    m_client.reset();
    m_host.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

void TestAppointmentRelay::pull(const QJsonObject& data, qint64 version)
{
    QString error;
    const auto appointment = ow::appointments::AppointmentService::fromDistrict(data, version, &error);
    QVERIFY2(appointment, qPrintable(error));
    QVERIFY(ow::appointments::AppointmentService(*m_database).apply(*appointment));
}

void TestAppointmentRelay::bookingReachesTheKioskLookup()
{
    pull(booking(u"b1"_s, u"booked"_s), 1);
    // Another hall's booking never reaches this counter's list, so it is never relayed.
    pull(booking(u"b2"_s, u"booked"_s, u"330104999"_s), 1);
    QSignalSpy relayed(m_relay.get(), &AppointmentRelay::relayed);
    m_client->open();
    QTRY_COMPARE(relayed.size(), 1);
    QCOMPARE(relayed.first().first().toInt(), 1);

    const QDateTime tenAm(day, QTime(10, 0), QTimeZone(8 * 3600));
    const auto found = m_store->findAppointment({}, u"482913"_s, tenAm);
    QVERIFY(found);
    QCOMPARE(found->uuid, u"b1"_s);
    QCOMPARE(found->idNumber, u"33010619661123017X"_s);
    QCOMPARE(found->state, u"booked"_s);
    QCOMPARE(found->slotStart, QDateTime(day, QTime(10, 30), QTimeZone(8 * 3600)));
    QVERIFY2(!found->itemName.isEmpty(), "the kiosk names the service from the counter's catalog");

    // Nothing changed: a sync run relays nothing.
    m_relay->relay();
    QTest::qWait(200);
    QCOMPARE(relayed.size(), 1);
}

void TestAppointmentRelay::cancellationReplacesTheBooking()
{
    pull(booking(u"b1"_s, u"booked"_s), 1);
    QSignalSpy relayed(m_relay.get(), &AppointmentRelay::relayed);
    m_client->open();
    QTRY_COMPARE(relayed.size(), 1);

    pull(booking(u"b1"_s, u"cancelled"_s), 2);
    m_relay->relay();
    QTRY_COMPARE(relayed.size(), 2);
    const QList<Appointment> stored = m_store->appointments(day);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, u"cancelled"_s);
}

void TestAppointmentRelay::guessingBookingCodesIsStopped()
{
    QDateTime clock(day, QTime(10, 0), QTimeZone(8 * 3600));
    m_host->setClock([&clock] { return clock; });
    pull(booking(u"b1"_s, u"booked"_s), 1);
    QSignalSpy relayed(m_relay.get(), &AppointmentRelay::relayed);
    m_client->open();
    QTRY_COMPARE(relayed.size(), 1);

    const auto lookUp = [this](const QString& code, const QString& idNumber = QString()) {
        QueueReply answer;
        bool answered = false;
        m_client->findAppointment(idNumber, code, this, [&](const QueueReply& reply) {
            answer = reply;
            answered = true;
        });
        if (!QTest::qWaitFor([&answered] { return answered; }, 5000)) {
            answer.code = u"no answer"_s;
        }
        return answer;
    };
    for (int i = 0; i < QueueHost::maxWrongCodes; ++i) {
        const QueueReply wrong = lookUp(u"%1"_s.arg(100000 + i));
        QCOMPARE(wrong.code, u"not-found"_s);
    }
    // Even the right code is refused now, with a message for the citizen.
    const QueueReply refused = lookUp(u"482913"_s);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.code, u"too-many"_s);
    QVERIFY(refused.error.contains(u"ask at a counter"_s));
    // A card laid on the reader still finds the appointment: only typed codes are limited.
    const QueueReply byCard = lookUp(QString(), u"33010619661123017X"_s);
    QVERIFY2(byCard.ok, qPrintable(byCard.error));

    clock = clock.addSecs(QueueHost::wrongCodeWindowMinutes * 60 + 1);
    const QueueReply later = lookUp(u"482913"_s);
    QVERIFY2(later.ok, qPrintable(later.error));
    QCOMPARE(later.data.value(u"window"_s).toString(), u"open"_s);
}

QTEST_GUILESS_MAIN(TestAppointmentRelay)
#include "TestAppointmentRelay.moc"
