// Appointments as the district sends them: what the counter accepts, the day they fall on in China time, versions
// that arrive out of order, and what the kiosk's lookup returns.
#include "appointments/AppointmentService.h"
#include "core/CounterSettings.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ow::appointments::Appointment;
using ow::appointments::AppointmentService;

namespace {

const QString hall = u"330104001"_s;

QJsonObject booking(const QString& uuid, const QString& state, const QString& start = u"2026-11-24T09:00:00+08:00"_s,
                    const QString& end = u"2026-11-24T09:30:00+08:00"_s)
{
    return {{u"uuid"_s, uuid},
            {u"hall"_s, hall},
            {u"id_number"_s, u"33010619661123017x"_s},
            {u"name"_s, u"Zhang San"_s},
            {u"item_code"_s, u"senior-card"_s},
            {u"slot_start"_s, start},
            {u"slot_end"_s, end},
            {u"booking_code"_s, u"482913"_s},
            {u"state"_s, state}};
}

} // namespace

class TestAppointmentService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fromDistrict_data();
    void fromDistrict();
    void olderVersionChangesNothing();
    void citizenLookupSkipsCancelled();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ow::db::Database> m_database;
};

void TestAppointmentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<ow::db::Database>(m_dir->filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(ow::core::CounterSettings(*m_database).setIdentity({hall, u"Hall"_s, 3}, &error), qPrintable(error));
}

void TestAppointmentService::fromDistrict_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("slotStart");

    QTest::newRow("China time") << booking(u"a1"_s, u"booked"_s) << true << u"2026-11-24"_s
                                << u"2026-11-24T09:00:00+08:00"_s;
    // 17:00 UTC is 01:00 the next morning in China: the appointment is on that day's list.
    QTest::newRow("UTC late evening") << booking(u"a2"_s, u"booked"_s, u"2026-11-23T17:00:00Z"_s,
                                                 u"2026-11-23T17:30:00Z"_s)
                                      << true << u"2026-11-24"_s << u"2026-11-24T01:00:00+08:00"_s;
    QTest::newRow("ends before it starts")
        << booking(u"a3"_s, u"booked"_s, u"2026-11-24T10:00:00+08:00"_s, u"2026-11-24T09:00:00+08:00"_s) << false
        << QString() << QString();
    QJsonObject shortCode = booking(u"a4"_s, u"booked"_s);
    shortCode[u"booking_code"_s] = u"48291"_s;
    QTest::newRow("five-digit booking code") << shortCode << false << QString() << QString();
    QTest::newRow("unknown state") << booking(u"a5"_s, u"moved"_s) << false << QString() << QString();
}

void TestAppointmentService::fromDistrict()
{
    QFETCH(QJsonObject, data);
    QFETCH(bool, accepted);
    QFETCH(QString, date);
    QFETCH(QString, slotStart);
    QString error;
    const auto appointment = AppointmentService::fromDistrict(data, 1, &error);
    QCOMPARE(appointment.has_value(), accepted);
    if (!accepted) {
        QVERIFY(error.contains(data.value(u"uuid"_s).toString()));
        return;
    }
    QCOMPARE(appointment->slotDate, QDate::fromString(date, Qt::ISODate));
    QCOMPARE(appointment->slotStart, slotStart);
    QCOMPARE(appointment->idNumber, u"33010619661123017X"_s);
}

void TestAppointmentService::olderVersionChangesNothing()
{
    AppointmentService service(*m_database);
    QString error;
    const auto cancelled = AppointmentService::fromDistrict(booking(u"b1"_s, u"cancelled"_s), 2, &error);
    const auto booked = AppointmentService::fromDistrict(booking(u"b1"_s, u"booked"_s), 1, &error);
    QVERIFY(cancelled && booked);
    QVERIFY(service.apply(*cancelled));
    QVERIFY(service.apply(*booked)); // a page pulled again after the cancellation
    const QList<Appointment> day = service.onDate(QDate(2026, 11, 24));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.constFirst().state, u"cancelled"_s);
    QCOMPARE(day.constFirst().version, 2);
}

void TestAppointmentService::citizenLookupSkipsCancelled()
{
    AppointmentService service(*m_database);
    QString error;
    const auto first = AppointmentService::fromDistrict(booking(u"c1"_s, u"booked"_s), 1, &error);
    const auto second = AppointmentService::fromDistrict(
        booking(u"c2"_s, u"cancelled"_s, u"2026-11-24T14:00:00+08:00"_s, u"2026-11-24T14:30:00+08:00"_s), 1, &error);
    QVERIFY(first && second);
    QVERIFY(service.apply(*first) && service.apply(*second));
    // The card reader may give a lower-case x.
    const QList<Appointment> found = service.forCitizenOn(u"33010619661123017x"_s, QDate(2026, 11, 24));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().uuid, u"c1"_s);
    QVERIFY(service.forCitizenOn(u"33010619661123017X"_s, QDate(2026, 11, 25)).isEmpty());
    QCOMPARE(service.onDate(QDate(2026, 11, 24)).size(), 2);
}

QTEST_GUILESS_MAIN(TestAppointmentService)
#include "TestAppointmentService.moc"
