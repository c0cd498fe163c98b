// Appointments at the hall host: which category serves them, when they can be checked in, and what a check-in
// gives (a ticket at the slot, the same one a second time).
#include "idcard/IdNumber.h"
#include "queue/Appointments.h"
#include "queue/QueueStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ow;

namespace {

QString idNumberBornIn(int year)
{
    const QString first17 = u"110101"_s + QString::number(year) + u"0101123"_s;
    return first17 + *idcard::IdNumber::checkCharacter(first17);
}

queue::Appointment appointment(const QDateTime& start, const QString& uuid = u"a-1"_s)
{
    queue::Appointment result;
    result.uuid = uuid;
    result.idNumber = idNumberBornIn(1980);
    result.name = u"Zhang San"_s;
    result.itemCode = u"pension-eligibility-check"_s;
    result.itemName = u"Pension check"_s;
    result.slotStart = start;
    result.slotEnd = start.addSecs(30 * 60);
    result.bookingCode = u"123456"_s;
    return result;
}

} // namespace

class TestAppointments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryFor_data();
    void categoryFor();
    void oldCategoriesFilesStillMap();
    void checkInWindow_data();
    void checkInWindow();
    void problems_data();
    void problems();
    void checkInGivesOneTicketAtTheSlot();
    void checkInOutsideTheWindowIsRefused_data();
    void checkInOutsideTheWindowIsRefused();
    void walkInWithTheCardOfAnAppointedCitizenChecksIn();
    void putKeepsACheckIn();
};

void TestAppointments::categoryFor_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("itemCode");
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QString>("expected");
    const QStringList all {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s};
    QTest::newRow("own category wins") << u"F"_s << u"pension-eligibility-check"_s << all << u"F"_s;
    QTest::newRow("item code mapped") << QString() << u"pension-eligibility-check"_s << all << u"B"_s;
    QTest::newRow("elderly item") << QString() << u"senior-card"_s << all << u"C"_s;
    QTest::newRow("unknown item gives default") << QString() << u"no-such-item"_s << all << u"A"_s;
    QTest::newRow("inactive category gives default") << u"F"_s << QString() << QStringList {u"A"_s, u"B"_s} << u"A"_s;
    QTest::newRow("default inactive gives first") << QString() << u"x"_s << QStringList {u"D"_s, u"E"_s} << u"D"_s;
}

void TestAppointments::categoryFor()
{
    QFETCH(QString, category);
    QFETCH(QString, itemCode);
    QFETCH(QStringList, active);
    QFETCH(QString, expected);
    queue::Appointment booked;
    booked.category = category;
    booked.itemCode = itemCode;
    QCOMPARE(queue::AppointmentCategories::shipped().categoryFor(booked, active), expected);
}

void TestAppointments::oldCategoriesFilesStillMap()
{
    // A file of the first format ({code, name} only) still loads; its first category takes every appointment.
    const QJsonArray old =
        QJsonDocument::fromJson(R"([{"code": "K", "name": "One"}, {"code": "L", "name": "Two"}])").array();
    const auto mapping = queue::AppointmentCategories::fromJson(old);
    QCOMPARE(mapping.defaultCategory(), u"K"_s);
    queue::Appointment booked;
    booked.itemCode = u"senior-card"_s;
    QCOMPARE(mapping.categoryFor(booked, {u"K"_s, u"L"_s}), u"K"_s);
    QVERIFY(!queue::QueueStore::defaultCategories().isEmpty());
}

void TestAppointments::checkInWindow_data()
{
    QTest::addColumn<int>("minutesFromSlotStart");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two hours early") << -120 << u"too-early"_s;
    QTest::newRow("61 minutes early") << -61 << u"too-early"_s;
    QTest::newRow("60 minutes early") << -60 << u"open"_s;
    QTest::newRow("at the slot") << 0 << u"open"_s;
    QTest::newRow("29 minutes into a 30-minute slot") << 29 << u"open"_s;
    QTest::newRow("at the slot's end") << 30 << u"too-late"_s;
    QTest::newRow("an hour late") << 60 << u"too-late"_s;
}

void TestAppointments::checkInWindow()
{
    QFETCH(int, minutesFromSlotStart);
    QFETCH(QString, expected);
    const QDateTime start(QDate(2026, 11, 24), QTime(10, 30));
    const auto booked = appointment(start);
    QCOMPARE(queue::checkInWindowCode(queue::checkInWindow(booked, start.addSecs(60LL * minutesFromSlotStart))),
             expected);
}

void TestAppointments::problems_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("problemContains");
    const QString good = uR"({"uuid": "u1", "id_number": "%1", "slot_start": "2026-11-24T10:30:00",
        "slot_end": "2026-11-24T11:00:00", "booking_code": "123456", "item_code": "senior-card"})"_s.arg(
        idNumberBornIn(1950));
    QTest::newRow("good") << good << QString();
    QTest::newRow("no uuid") << QString(good).replace(u"\"u1\""_s, u"\"\""_s) << u"uuid"_s;
    QTest::newRow("end before start") << QString(good).replace(u"11:00:00"_s, u"10:00:00"_s) << u"slot_end"_s;
    QTest::newRow("short code") << QString(good).replace(u"123456"_s, u"1234"_s) << u"6 digits"_s;
}

void TestAppointments::problems()
{
    QFETCH(QString, json);
    QFETCH(QString, problemContains);
    const auto parsed = queue::Appointment::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    const QString problem = parsed.problem();
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(parsed.slotStart, QDateTime(QDate(2026, 11, 24), QTime(10, 30)));
    } else {
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    }
}

void TestAppointments::checkInGivesOneTicketAtTheSlot()
{
    QTemporaryDir dir;
    queue::QueueStore store(dir.filePath(u"hall.sqlite"_s));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QDateTime slot(QDate(2026, 11, 24), QTime(10, 30));
    const QDateTime now = slot.addSecs(-20 * 60);
    QVERIFY2(store.putAppointments({appointment(slot)}, now, &error), qPrintable(error));

    const queue::QueueResult first = store.checkIn(idNumberBornIn(1980), {}, now);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.ticket.category, u"B"_s);
    QCOMPARE(first.ticket.priorityReason, u"appointment"_s);
    QCOMPARE(first.ticket.appointmentAt, slot);
    QVERIFY(!first.extra.value(u"again"_s).toBool());
    QCOMPARE(store.appointments(slot.date()).value(0).state, u"checked_in"_s);

    // By the booking code too: the same ticket, not a second one.
    const queue::QueueResult second = store.checkIn({}, u"123456"_s, now.addSecs(60));
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.ticket.number, first.ticket.number);
    QVERIFY(second.extra.value(u"again"_s).toBool());
    QCOMPARE(store.tickets(slot.date()).size(), 1);

    QCOMPARE(store.checkIn({}, u"654321"_s, now).code, u"not-found"_s);
}

void TestAppointments::checkInOutsideTheWindowIsRefused_data()
{
    QTest::addColumn<int>("minutesFromSlotStart");
    QTest::addColumn<QString>("code");
    QTest::newRow("too early") << -90 << u"too-early"_s;
    QTest::newRow("too late") << 45 << u"too-late"_s;
}

void TestAppointments::checkInOutsideTheWindowIsRefused()
{
    QFETCH(int, minutesFromSlotStart);
    QFETCH(QString, code);
    QTemporaryDir dir;
    queue::QueueStore store(dir.filePath(u"hall.sqlite"_s));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QDateTime slot(QDate(2026, 11, 24), QTime(10, 30));
    const QDateTime now = slot.addSecs(60LL * minutesFromSlotStart);
    QVERIFY2(store.putAppointments({appointment(slot)}, now, &error), qPrintable(error));
    const queue::QueueResult result = store.checkIn(idNumberBornIn(1980), {}, now);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, code);
    QVERIFY2(result.error.contains(u"10:30"_s), qPrintable(result.error));
    QCOMPARE(store.tickets(slot.date()).size(), 0);
}

void TestAppointments::walkInWithTheCardOfAnAppointedCitizenChecksIn()
{
    QTemporaryDir dir;
    queue::QueueStore store(dir.filePath(u"hall.sqlite"_s));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QDateTime slot(QDate(2026, 11, 24), QTime(10, 30));
    const QDateTime now = slot.addSecs(-5 * 60);
    QVERIFY2(store.putAppointments({appointment(slot)}, now, &error), qPrintable(error));
    queue::TicketRequest request;
    request.category = u"A"_s;
    request.idNumber = idNumberBornIn(1980);
    const queue::QueueResult result = store.issue(request, now);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.ticket.priorityReason, u"appointment"_s);
    QCOMPARE(result.ticket.appointmentAt, slot);
    QCOMPARE(store.appointments(slot.date()).value(0).state, u"checked_in"_s);
}

void TestAppointments::putKeepsACheckIn()
{
    QTemporaryDir dir;
    queue::QueueStore store(dir.filePath(u"hall.sqlite"_s));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QDateTime slot(QDate(2026, 11, 24), QTime(10, 30));
    QVERIFY2(store.putAppointments({appointment(slot)}, slot, &error), qPrintable(error));
    QVERIFY(store.checkIn(idNumberBornIn(1980), {}, slot).ok);
    auto moved = appointment(slot.addSecs(3600));
    QVERIFY2(store.putAppointments({moved, appointment(slot, u"a-2"_s)}, slot, &error), qPrintable(error));
    const QList<queue::Appointment> stored = store.appointments(slot.date());
    QCOMPARE(stored.size(), 2);
    // Ordered by slot: the moved one comes last now.
    QCOMPARE(stored.at(1).uuid, u"a-1"_s);
    QCOMPARE(stored.at(1).state, u"checked_in"_s);
    QCOMPARE(stored.at(1).slotStart, slot.addSecs(3600));
    QCOMPARE(stored.at(0).state, u"booked"_s);
    // A bad one refuses the whole list.
    auto bad = appointment(slot, u"a-3"_s);
    bad.bookingCode = u"12"_s;
    QVERIFY(!store.putAppointments({bad}, slot, &error));
    QCOMPARE(store.appointments(slot.date()).size(), 2);
}

QTEST_GUILESS_MAIN(TestAppointments)
#include "TestAppointments.moc"
