// Master data from the district reaching a counter through the real onewindow-district and onewindow-cli sync
// (token in a private keyring, with-keyring.sh): calendar years, certificate templates and appointments, the
// district's refusals of bad files and the counter's refusals of data it cannot use. Runs on SQLite, and on the
// throwaway PostgreSQL cluster when OW_DISTRICT_DATABASE names it.
#include "DistrictServerProcess.h"
#include "PostgresDatabase.h"
#include "appointments/AppointmentService.h"
#include "calendar/CalendarService.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ow::tests::ProcessRun;

namespace {

const QString hall = u"330104001"_s;
const QString otherHall = u"330104002"_s;
const QString idWithLowerX = u"33010619661123017x"_s;

QJsonObject jsonOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ').remove(u'\n').remove(u'\f');
}

} // namespace

class TestMasterData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badFilesPublishNothing_data();
    void badFilesPublishNothing();
    void calendarChangesTheDeadline();
    void templateIsUsedForTheNextCertificate();
    void appointmentsReachOnlyTheirHall();
    void appointmentMovedAwayIsCancelledHere();
    void refusedDataKeepsTheOldAndShowsAsProblem();
    void appointmentNamesAPublishedItem();

private:
    ProcessRun cli(const QStringList& arguments) const;
    // onewindow-cli sync now went through push and pull. (Its exit code may be 1: the audit rows of what the pull
    // stored wait for the next push.)
    [[nodiscard]] bool syncNow() const;
    QString writeFile(const QString& name, const QJsonDocument& document) const;
    [[nodiscard]] qint64 publishedChanges() const;
    // The deadline one working day after 2026-11-30 (a Monday) as this counter computes it.
    [[nodiscard]] QDate deadlineAfterNovember30() const;
    // The text pdftotext reads from a senior card rendered at this counter.
    [[nodiscard]] QString renderedSeniorCard() const;
    [[nodiscard]] QJsonArray appointmentsOn(const QString& date) const;

    std::unique_ptr<ow::tests::DistrictServerProcess> m_server;
    QTemporaryDir m_counter;
    QTemporaryDir m_files;
};

void TestMasterData::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    const QString database = ow::tests::freshPostgresDatabase();
    QVERIFY(database.isEmpty() != ow::tests::postgresRequested());
    m_server = std::make_unique<ow::tests::DistrictServerProcess>(QStringLiteral(OW_DISTRICT_PATH), database);
    QVERIFY(m_server->isValid() && m_counter.isValid() && m_files.isValid());
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s}).exitCode, 0);
    QCOMPARE(m_server->admin({u"hall"_s, u"add"_s, u"--code"_s, otherHall, u"--name"_s, u"Xixi"_s}).exitCode, 0);
    QVERIFY(m_server->start());
    QCOMPARE(
        cli({u"hall"_s, u"set"_s, u"--code"_s, hall, u"--name"_s, u"Luojiazhuang"_s, u"--counter"_s, u"3"_s}).exitCode,
        0);
    const ProcessRun enrolled =
        cli({u"sync"_s, u"enroll"_s, u"--server"_s, m_server->url(), u"--code"_s, m_server->enrollCode(hall)});
    QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    const ProcessRun first = cli({u"sync"_s, u"now"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
}

ProcessRun TestMasterData::cli(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_counter.path()} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool TestMasterData::syncNow() const
{
    const ProcessRun run = cli({u"sync"_s, u"now"_s});
    const bool completed = jsonOf(run.out).value(u"completed"_s).toBool();
    if (!completed || (run.exitCode != 0 && run.exitCode != 1)) {
        qWarning() << run.exitCode << run.out << run.err;
        return false;
    }
    return true;
}

QString TestMasterData::writeFile(const QString& name, const QJsonDocument& document) const
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(document.toJson());
    return path;
}

qint64 TestMasterData::publishedChanges() const
{
    return jsonOf(m_server->admin({u"stats"_s, u"--json"_s}).out).value(u"changes"_s).toInteger(-1);
}

QDate TestMasterData::deadlineAfterNovember30() const
{
    ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
    QString error;
    if (!database.open(&error)) {
        qWarning() << error;
        return {};
    }
    const auto loaded = ow::calendar::CalendarService(database).load();
    return loaded.ok() ? loaded.calendar->addWorkingDays(QDate(2026, 11, 30), 1).date : QDate();
}

QString TestMasterData::renderedSeniorCard() const
{
    const QJsonObject data {{u"values"_s,
                             QJsonObject {{u"citizen.name"_s, u"Zhang San"_s},
                                          {u"citizen.id_number_masked"_s, u"330106********017X"_s},
                                          {u"certificate.number"_s, u"00000042"_s},
                                          {u"certificate.issued"_s, u"2026-11-24"_s}}},
                            {u"qr"_s, u"cert.senior-card|00000042"_s}};
    const QString dataFile = writeFile(u"card.data.json"_s, QJsonDocument(data));
    const QString pdf = m_files.filePath(u"card.pdf"_s);
    QFile::remove(pdf);
    const ProcessRun run = cli({u"certificate"_s, u"render"_s, u"--template"_s, u"cert.senior-card"_s, u"--data"_s,
                                dataFile, u"--pdf"_s, pdf});
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (!text.waitForFinished(30000)) {
        return {};
    }
    return withoutSpaces(QString::fromUtf8(text.readAllStandardOutput()));
}

QJsonArray TestMasterData::appointmentsOn(const QString& date) const
{
    const ProcessRun run = cli({u"appointment"_s, u"list"_s, u"--date"_s, date, u"--json"_s});
    if (run.exitCode != 0) {
        qWarning() << run.err;
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestMasterData::badFilesPublishNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("calendar: not JSON") << u"calendar"_s << QByteArray("{\"year\": 2027,") << 1 << u"not JSON"_s;
    QTest::newRow("calendar: year 1999") << u"calendar"_s << QByteArray(R"({"format":1,"year":1999,"holidays":[]})")
                                         << 1 << u"2000 to 2100"_s;
    QTest::newRow("calendar: holiday of another year")
        << u"calendar"_s
        << QByteArray(R"({"format":1,"year":2027,"holidays":[{"name":"x","from":"2026-12-31","to":"2027-01-01"}]})")
        << 1 << u"not dates of that year"_s;
    QTest::newRow("template: no code") << u"template"_s << QByteArray(R"({"format":1,"fields":[]})") << 1
                                       << u"needs a \"code\""_s;
    QTest::newRow("appointment: bad ID number")
        << u"appointment"_s
        << QByteArray(R"([{"hall":"330104001","id_number":"330106196611230171","name":"A","item_code":"senior-card",)"
                      R"("slot_start":"2026-11-24T09:00:00+08:00","slot_end":"2026-11-24T09:30:00+08:00",)"
                      R"("booking_code":"123456","state":"booked"}])")
        << 1 << u"ID number is not valid"_s;
    QTest::newRow("appointment: unknown hall")
        << u"appointment"_s
        << QByteArray(R"([{"hall":"999","id_number":"33010619661123017x","name":"A","item_code":"senior-card",)"
                      R"("slot_start":"2026-11-24T09:00:00+08:00","slot_end":"2026-11-24T09:30:00+08:00",)"
                      R"("booking_code":"123456","state":"booked"}])")
        << 1 << u"no hall"_s;
    QTest::newRow("appointment: five-digit booking code")
        << u"appointment"_s
        << QByteArray(R"([{"hall":"330104001","id_number":"33010619661123017x","name":"A","item_code":"senior-card",)"
                      R"("slot_start":"2026-11-24T09:00:00+08:00","slot_end":"2026-11-24T09:30:00+08:00",)"
                      R"("booking_code":"12345","state":"booked"}])")
        << 1 << u"6 digits"_s;
    QTest::newRow("appointment: time without offset")
        << u"appointment"_s
        << QByteArray(R"([{"hall":"330104001","id_number":"33010619661123017x","name":"A","item_code":"senior-card",)"
                      R"("slot_start":"2026-11-24T09:00:00","slot_end":"2026-11-24T09:30:00",)"
                      R"("booking_code":"123456","state":"booked"}])")
        << 1 << u"offset"_s;
    QTest::newRow("appointment: no file given") << u"appointment"_s << QByteArray() << 2 << u"Give one"_s;
}

void TestMasterData::badFilesPublishNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 before = publishedChanges();
    QVERIFY(before >= 0);
    QStringList arguments {kind, u"import"_s};
    if (!content.isEmpty()) {
        const QString path = m_files.filePath(kind + u".bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        arguments.append(path);
    }
    const ProcessRun run = m_server->admin(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(publishedChanges(), before);
}

void TestMasterData::calendarChangesTheDeadline()
{
    // The shipped 2026: 2026-12-01 (a Tuesday) is a working day.
    QCOMPARE(deadlineAfterNovember30(), QDate(2026, 12, 1));
    QJsonObject year = readObject(QStringLiteral(OW_CALENDAR_DIR "/cn-2026.json"));
    QVERIFY(!year.isEmpty());
    QJsonArray holidays = year.value(u"holidays"_s).toArray();
    holidays.append(QJsonObject {{u"name"_s, u"District day"_s},
                                 {u"from"_s, u"2026-12-01"_s},
                                 {u"to"_s, u"2026-12-01"_s},
                                 {u"days"_s, 1},
                                 {u"text"_s, u"December 1 off."_s}});
    year[u"holidays"_s] = holidays;
    const QString path = writeFile(u"cn-2026-district.json"_s, QJsonDocument(year));
    const ProcessRun published = m_server->admin({u"calendar"_s, u"import"_s, path});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    QVERIFY2(published.out.contains(u"Published 1 calendar year"_s), qPrintable(published.out));
    // The same file again publishes nothing new.
    const qint64 changes = publishedChanges();
    QCOMPARE(m_server->admin({u"calendar"_s, u"import"_s, path}).exitCode, 0);
    QCOMPARE(publishedChanges(), changes);

    QVERIFY(syncNow());
    QCOMPARE(deadlineAfterNovember30(), QDate(2026, 12, 2));
}

void TestMasterData::templateIsUsedForTheNextCertificate()
{
    QVERIFY2(!renderedSeniorCard().contains(u"DistrictEditionCard"_s), "the shipped template has no such text");
    QJsonObject document = readObject(QStringLiteral(OW_CERTIFICATES_DIR "/cert.senior-card.json"));
    QJsonArray fields = document.value(u"fields"_s).toArray();
    QJsonObject title = fields.at(0).toObject();
    QCOMPARE(title.value(u"id"_s).toString(), u"title"_s);
    title[u"text"_s] = u"District Edition Card"_s;
    fields[0] = title;
    document[u"fields"_s] = fields;
    const ProcessRun published =
        m_server->admin({u"template"_s, u"import"_s, writeFile(u"senior-v2.json"_s, QJsonDocument(document))});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));

    QVERIFY(syncNow());
    const QString text = renderedSeniorCard();
    QVERIFY2(text.contains(u"DistrictEditionCard"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ZhangSan"_s), qPrintable(text));
}

void TestMasterData::appointmentsReachOnlyTheirHall()
{
    QJsonArray appointments {QJsonObject {{u"uuid"_s, u"7d3c7a52-0a4e-4d7e-9a0b-000000000001"_s},
                                          {u"hall"_s, hall},
                                          {u"id_number"_s, idWithLowerX},
                                          {u"name"_s, u"Zhang San"_s},
                                          {u"item_code"_s, u"senior-card"_s},
                                          {u"slot_start"_s, u"2026-11-24T09:00:00+08:00"_s},
                                          {u"slot_end"_s, u"2026-11-24T09:30:00+08:00"_s},
                                          {u"booking_code"_s, u"482913"_s},
                                          {u"state"_s, u"booked"_s}},
                             // Another hall's booking never reaches this counter.
                             QJsonObject {{u"hall"_s, otherHall},
                                          {u"id_number"_s, idWithLowerX},
                                          {u"name"_s, u"Zhang San"_s},
                                          {u"item_code"_s, u"senior-card"_s},
                                          {u"slot_start"_s, u"2026-11-24T01:00:00Z"_s},
                                          {u"slot_end"_s, u"2026-11-24T01:30:00Z"_s},
                                          {u"booking_code"_s, u"100200"_s},
                                          {u"state"_s, u"booked"_s}}};
    const QString path = writeFile(u"appointments.json"_s, QJsonDocument(appointments));
    const ProcessRun published = m_server->admin({u"appointment"_s, u"import"_s, path});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    QVERIFY(syncNow());

    QJsonArray listed = appointmentsOn(u"2026-11-24"_s);
    QCOMPARE(listed.size(), 1);
    QJsonObject first = listed.at(0).toObject();
    QCOMPARE(first.value(u"booking_code"_s).toString(), u"482913"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"booked"_s);
    QCOMPARE(first.value(u"id_number"_s).toString(), u"330106********017X"_s);
    QCOMPARE(first.value(u"slot_start"_s).toString(), u"2026-11-24T09:00:00+08:00"_s);
    QCOMPARE(appointmentsOn(u"2026-11-25"_s).size(), 0);
    const ProcessRun text = cli({u"appointment"_s, u"list"_s, u"--date"_s, u"2026-11-24"_s});
    QVERIFY2(text.out.contains(u"09:00-09:30"_s) && text.out.contains(u"330106********017X"_s) &&
                 !text.out.contains(u"33010619661123017"_s),
             qPrintable(text.out));
    {
        ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(ow::appointments::AppointmentService(database).forCitizenOn(idWithLowerX, QDate(2026, 11, 24)).size(),
                 1);
    }

    // The citizen cancels online: the district publishes a new version and the counter shows the cancellation.
    QJsonObject cancelled = appointments.at(0).toObject();
    cancelled[u"state"_s] = u"cancelled"_s;
    appointments[0] = cancelled;
    QCOMPARE(
        m_server->admin({u"appointment"_s, u"import"_s, writeFile(u"appointments.json"_s, QJsonDocument(appointments))})
            .exitCode,
        0);
    QVERIFY(syncNow());
    listed = appointmentsOn(u"2026-11-24"_s);
    QCOMPARE(listed.size(), 1);
    first = listed.at(0).toObject();
    QCOMPARE(first.value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(first.value(u"version"_s).toInteger(), 2);
    ow::db::Database database(m_counter.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY(ow::appointments::AppointmentService(database).forCitizenOn(idWithLowerX, QDate(2026, 11, 24)).isEmpty());
}

void TestMasterData::appointmentMovedAwayIsCancelledHere()
{
    QJsonObject booking {{u"uuid"_s, u"7d3c7a52-0a4e-4d7e-9a0b-000000000002"_s},
                         {u"hall"_s, hall},
                         {u"id_number"_s, idWithLowerX},
                         {u"name"_s, u"Zhang San"_s},
                         {u"item_code"_s, u"senior-card"_s},
                         {u"slot_start"_s, u"2026-11-26T10:00:00+08:00"_s},
                         {u"slot_end"_s, u"2026-11-26T10:30:00+08:00"_s},
                         {u"booking_code"_s, u"551177"_s},
                         {u"state"_s, u"booked"_s}};
    QCOMPARE(
        m_server
            ->admin({u"appointment"_s, u"import"_s, writeFile(u"moved.json"_s, QJsonDocument(QJsonArray {booking}))})
            .exitCode,
        0);
    QVERIFY(syncNow());
    QJsonArray listed = appointmentsOn(u"2026-11-26"_s);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"state"_s).toString(), u"booked"_s);

    // The citizen moves the booking to the other hall: this hall's counters see it cancelled, not still booked.
    booking[u"hall"_s] = otherHall;
    const ProcessRun moved = m_server->admin(
        {u"appointment"_s, u"import"_s, writeFile(u"moved.json"_s, QJsonDocument(QJsonArray {booking}))});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY(syncNow());
    listed = appointmentsOn(u"2026-11-26"_s);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(listed.at(0).toObject().value(u"hall"_s).toString(), hall);
}

void TestMasterData::refusedDataKeepsTheOldAndShowsAsProblem()
{
    // Shapes the district accepts but the counter does not: a holiday whose day count is wrong, a field bound to
    // a source no counter knows.
    QJsonObject year = readObject(QStringLiteral(OW_CALENDAR_DIR "/cn-2026.json"));
    QJsonArray holidays = year.value(u"holidays"_s).toArray();
    holidays.append(QJsonObject {{u"name"_s, u"Wrong day"_s},
                                 {u"from"_s, u"2026-12-03"_s},
                                 {u"to"_s, u"2026-12-03"_s},
                                 {u"days"_s, 5},
                                 {u"text"_s, u"x"_s}});
    year[u"holidays"_s] = holidays;
    QCOMPARE(
        m_server->admin({u"calendar"_s, u"import"_s, writeFile(u"cn-2026-wrong.json"_s, QJsonDocument(year))}).exitCode,
        0);
    QJsonObject document = readObject(QStringLiteral(OW_CERTIFICATES_DIR "/cert.senior-card.json"));
    QJsonArray fields = document.value(u"fields"_s).toArray();
    QJsonObject title = fields.at(0).toObject();
    title[u"source"_s] = u"citizen.shoe_size"_s;
    fields[0] = title;
    document[u"fields"_s] = fields;
    QCOMPARE(
        m_server->admin({u"template"_s, u"import"_s, writeFile(u"senior-v3.json"_s, QJsonDocument(document))}).exitCode,
        0);

    const ProcessRun synced = cli({u"sync"_s, u"now"_s});
    QCOMPARE(synced.exitCode, 7); // records need attention
    QCOMPARE(deadlineAfterNovember30(), QDate(2026, 12, 2));
    QVERIFY(renderedSeniorCard().contains(u"DistrictEditionCard"_s));
    const QJsonArray problems =
        QJsonDocument::fromJson(cli({u"sync"_s, u"problems"_s, u"--json"_s}).out.toUtf8()).array();
    QStringList refused;
    for (const QJsonValue& problem : problems) {
        const QJsonObject row = problem.toObject();
        if (row.value(u"state"_s).toString() == u"refused"_s) {
            refused.append(row.value(u"entity"_s).toString() + u' ' + row.value(u"entity_uuid"_s).toString());
            QVERIFY(!row.value(u"reason"_s).toString().isEmpty());
        }
    }
    refused.sort();
    QCOMPARE(refused, (QStringList {u"calendar 2026"_s, u"certificate_templates cert.senior-card"_s}));
}

void TestMasterData::appointmentNamesAPublishedItem()
{
    const ProcessRun catalog = m_server->admin({u"catalog"_s, u"import"_s, QStringLiteral(OW_CATALOG_DIR)});
    QVERIFY2(catalog.exitCode == 0, qPrintable(catalog.err));
    QJsonObject booking {{u"hall"_s, hall},
                         {u"id_number"_s, idWithLowerX},
                         {u"name"_s, u"Zhang San"_s},
                         {u"item_code"_s, u"no-such-item"_s},
                         {u"slot_start"_s, u"2026-11-27T10:00:00+08:00"_s},
                         {u"slot_end"_s, u"2026-11-27T10:30:00+08:00"_s},
                         {u"booking_code"_s, u"660011"_s},
                         {u"state"_s, u"booked"_s}};
    const qint64 before = publishedChanges();
    const ProcessRun refused = m_server->admin(
        {u"appointment"_s, u"import"_s, writeFile(u"unknown-item.json"_s, QJsonDocument(QJsonArray {booking}))});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"no-such-item"_s) && refused.err.contains(u"nothing was published"_s),
             qPrintable(refused.err));
    QCOMPARE(publishedChanges(), before);

    booking[u"item_code"_s] = u"senior-card"_s;
    const ProcessRun published = m_server->admin(
        {u"appointment"_s, u"import"_s, writeFile(u"known-item.json"_s, QJsonDocument(QJsonArray {booking}))});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
}

QTEST_GUILESS_MAIN(TestMasterData)
#include "TestMasterData.moc"
