#include "queue/QueueStore.h"

#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

Q_LOGGING_CATEGORY(lcQueue, "ow.queue", QtInfoMsg)

namespace ow::queue {

namespace {

const QString migrationsDir = QStringLiteral(":/queue/migrations");

// Every column of a ticket, in the order readTicket() expects them.
const QString ticketColumns = QStringLiteral(
    "uuid, number, category, day, priority, priority_reason, appointment_at, id_number, issued_at, state, counter, "
    "called_at, finished_at, no_shows, ahead, reason_code, reason, case_uuids, rating, clerk, target_counter, "
    "(SELECT name FROM categories c WHERE c.code = tickets.category)");

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(db::timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

QString casesJson(const QStringList& uuids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact));
}

QStringList casesFromJson(const QString& text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array) {
        result.append(value.toString());
    }
    return result;
}

Ticket ticketFrom(const QSqlQuery& query)
{
    Ticket ticket;
    ticket.uuid = query.value(0).toString();
    ticket.number = query.value(1).toString();
    ticket.category = query.value(2).toString();
    ticket.day = query.value(3).toString();
    ticket.priority = query.value(4).toBool();
    ticket.priorityReason = query.value(5).toString();
    ticket.appointmentAt = db::parseTimestamp(query.value(6).toString());
    ticket.idNumber = query.value(7).toString();
    ticket.issuedAt = db::parseTimestamp(query.value(8).toString());
    ticket.state = query.value(9).toString();
    ticket.counter = query.value(10).toInt();
    ticket.calledAt = db::parseTimestamp(query.value(11).toString());
    ticket.finishedAt = db::parseTimestamp(query.value(12).toString());
    ticket.noShows = query.value(13).toInt();
    ticket.ahead = query.value(14).toInt();
    ticket.reasonCode = query.value(15).toString();
    ticket.reason = query.value(16).toString();
    ticket.caseUuids = casesFromJson(query.value(17).toString());
    ticket.rating = query.value(18).toInt();
    ticket.clerk = query.value(19).toString();
    if (ticket.state == u"waiting" && query.value(20).toInt() > 0) {
        ticket.counter = query.value(20).toInt();
    }
    ticket.categoryName = query.value(21).toString();
    return ticket;
}

// The statements of a migration file: our files end each statement with a semicolon at the end of a line.
QStringList statements(const QString& sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("--"))) {
            continue;
        }
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        result.append(current.trimmed());
    }
    return result;
}

QString connectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("ow-queue-%1").arg(++counter);
}

// One operation, all or nothing. Inside the host's batch (beginBatch) it nests in the batch's transaction and
// the batch's commit makes it durable; alone it is its own transaction.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase& database)
        : m_query(database)
    {
        m_active = m_query.exec(QStringLiteral("SAVEPOINT ow_operation"));
        if (!m_active) {
            qCWarning(lcQueue) << "cannot begin an operation:" << m_query.lastError().text();
        }
    }
    ~Savepoint()
    {
        if (m_active) {
            m_query.exec(QStringLiteral("ROLLBACK TO ow_operation"));
            m_query.exec(QStringLiteral("RELEASE ow_operation"));
        }
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit()
    {
        if (!m_active || !m_query.exec(QStringLiteral("RELEASE ow_operation"))) {
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlQuery m_query;
    bool m_active = false;
};

} // namespace

QueueResult QueueResult::success(Ticket value)
{
    QueueResult result;
    result.ok = true;
    result.ticket = std::move(value);
    return result;
}

QueueResult QueueResult::failure(QString message, QString errorCode)
{
    QueueResult result;
    result.error = std::move(message);
    result.code = std::move(errorCode);
    return result;
}

QJsonObject StatisticsRow::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("tickets"), tickets},
            {QStringLiteral("served"), served},
            {QStringLiteral("dropped"), dropped},
            {QStringLiteral("average_wait_seconds"), qRound(averageWaitSeconds)},
            {QStringLiteral("max_wait_seconds"), qRound(maxWaitSeconds)},
            {QStringLiteral("average_service_seconds"), qRound(averageServiceSeconds)},
            {QStringLiteral("average_rating"), qRound(averageRating * 100) / 100.0},
            {QStringLiteral("ratings"), ratings}};
}

QueueStore::QueueStore(QString path)
    : m_path(std::move(path))
    , m_connection(connectionName())
{ }

QueueStore::~QueueStore()
{
    close();
}

void QueueStore::close()
{
    if (!m_open) {
        return;
    }
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

QSqlDatabase QueueStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int QueueStore::latestSchemaVersion()
{
    return static_cast<int>(QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files).size());
}

QString QueueStore::dayOf(const QDateTime& at)
{
    return at.toLocalTime().date().toString(Qt::ISODate);
}

bool QueueStore::open(QString* errorMessage)
{
    if (m_open) {
        return true;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.exists() && info.size() > 0) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *errorMessage = tr("%1 is not a queue file of a OneWindow hall host; it was left as it is.")
                                .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
    }
    m_open = true;
    if (!openConnection(errorMessage)) {
        close();
        return false;
    }
    return true;
}

bool QueueStore::openConnection(QString* errorMessage)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *errorMessage = tr("The queue file %1 cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(m_path), database.lastError().text());
        return false;
    }
    // WAL and synchronous=FULL: a ticket is on disk before the kiosk prints it, so a kill -9 loses none.
    QSqlQuery query(database);
    for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!query.exec(pragma)) {
            *errorMessage = tr("The queue file cannot be prepared: %1").arg(query.lastError().text());
            return false;
        }
    }
    return migrate(errorMessage) && (!categories().isEmpty() || setCategories(defaultCategories(), errorMessage));
}

bool QueueStore::migrate(QString* errorMessage)
{
    QSqlQuery query(db());
    int applicationIdValue = 0;
    int version = 0;
    int tables = 0;
    if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()) {
        applicationIdValue = query.value(0).toInt();
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        version = query.value(0).toInt();
    }
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()) {
        tables = query.value(0).toInt();
    }
    if (applicationIdValue != applicationId && (applicationIdValue != 0 || tables > 0)) {
        *errorMessage = tr("%1 is not a queue file of a OneWindow hall host; it was left as it is.")
                            .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const QStringList files = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (version > files.size()) {
        *errorMessage = tr("The queue file %1 was written by a newer version of OneWindow; install that version.")
                            .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (version == files.size()) {
        return true;
    }
    db::Transaction transaction(db());
    bool ok = transaction.isActive();
    for (qsizetype i = version; ok && i < files.size(); ++i) {
        QFile file(migrationsDir + u'/' + files.at(i));
        ok = file.open(QIODevice::ReadOnly);
        const QStringList sql = statements(QString::fromUtf8(file.readAll()));
        for (const QString& statement : sql) {
            if (!ok) {
                break;
            }
            ok = query.exec(statement);
            if (!ok) {
                qCWarning(lcQueue) << "queue migration" << files.at(i) << "failed:" << query.lastError().text();
            }
        }
    }
    ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(files.size())) &&
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) && transaction.commit();
    if (!ok) {
        *errorMessage = tr("The queue file could not be updated to the new version and was left as it was.");
    }
    return ok;
}

QList<Category> QueueStore::defaultCategories()
{
    QString ignored;
    return readCategories(QStringLiteral(":/queue/default-categories.json"), &ignored).value_or(QList<Category>());
}

std::optional<QList<Category>> QueueStore::readCategories(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The categories file %1 cannot be read.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray()) {
        *errorMessage = tr("The categories file %1 must hold a list of {\"code\": \"A\", \"name\": \"...\"}.")
                            .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]$"));
    QList<Category> result;
    QStringList seen;
    for (const QJsonValue& value : document.array()) {
        const Category category = Category::fromJson(value.toObject());
        if (!codePattern.match(category.code).hasMatch() || category.name.trimmed().isEmpty() ||
            seen.contains(category.code)) {
            *errorMessage = tr("In %1, every category needs a name and its own code of one capital letter "
                               "(A to Z).")
                                .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        seen.append(category.code);
        result.append(category);
    }
    if (result.isEmpty()) {
        *errorMessage = tr("The categories file %1 lists no category.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return result;
}

bool QueueStore::setCategories(const QList<Category>& categories, QString* errorMessage)
{
    Savepoint transaction(db());
    QSqlQuery query(db());
    bool ok = transaction.isActive() && query.exec(QStringLiteral("UPDATE categories SET active = 0"));
    query.prepare(QStringLiteral("INSERT INTO categories (code, name, position, active) VALUES (?, ?, ?, 1) "
                                 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                 "position = excluded.position, active = 1"));
    for (int i = 0; ok && i < categories.size(); ++i) {
        query.addBindValue(categories.at(i).code);
        query.addBindValue(categories.at(i).name.trimmed());
        query.addBindValue(i);
        ok = db::execute(query);
    }
    if (!ok || !transaction.commit()) {
        *errorMessage = tr("The categories could not be saved in the queue file.");
        return false;
    }
    return true;
}

QList<Category> QueueStore::categories() const
{
    QList<Category> result;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT code, name FROM categories WHERE active = 1 ORDER BY position, code"));
    if (db::execute(query)) {
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString(), 0});
        }
    }
    return result;
}

bool QueueStore::beginBatch()
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcQueue) << "cannot begin a batch:" << query.lastError().text();
        return false;
    }
    return true;
}

bool QueueStore::commitBatch()
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("COMMIT"))) {
        return true;
    }
    qCWarning(lcQueue) << "cannot commit a batch:" << query.lastError().text();
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

QueueResult QueueStore::storeFailure() const
{
    return QueueResult::failure(tr("The hall host could not write to its queue file. Ask IT support to check the "
                                   "hall PC's disk."),
                                QStringLiteral("store"));
}

std::optional<Ticket> QueueStore::readTicket(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE %2").arg(ticketColumns, where));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!db::execute(query) || !query.next()) {
        return std::nullopt;
    }
    return ticketFrom(query);
}

std::optional<Ticket> QueueStore::ticket(const QString& number, const QString& day) const
{
    return readTicket(QStringLiteral("day = ? AND number = ?"), {day, number});
}

std::optional<Ticket> QueueStore::current(int counter) const
{
    return readTicket(QStringLiteral("state = 'called' AND counter = ? ORDER BY called_at DESC LIMIT 1"), {counter});
}

QueueResult QueueStore::issue(const TicketRequest& request, const QDateTime& now)
{
    if (request.appointmentAt.isValid() || request.idNumber.isEmpty()) {
        return issueTicket(request, now, {});
    }
    const auto appointment = findAppointment(request.idNumber.toUpper(), {}, now);
    if (!appointment || appointment->state != u"booked" ||
        checkInWindow(*appointment, now, checkInEarlyLimitMinutes) != CheckInWindow::Open) {
        return issueTicket(request, now, {});
    }
    TicketRequest appointed = request;
    appointed.appointmentAt = appointment->slotStart;
    return issueTicket(appointed, now, appointment->uuid);
}

QueueResult QueueStore::issueTicket(const TicketRequest& request, const QDateTime& now, const QString& appointmentUuid)
{
    const QList<Category> all = categories();
    const auto category =
        std::find_if(all.cbegin(), all.cend(), [&](const Category& c) { return c.code == request.category.toUpper(); });
    if (category == all.cend()) {
        QStringList codes;
        for (const Category& c : all) {
            codes.append(c.code);
        }
        return QueueResult::failure(tr("There is no category %1 in this hall; choose one of %2.")
                                        .arg(request.category, codes.join(QStringLiteral(", "))),
                                    QStringLiteral("unknown-category"));
    }
    Ticket ticket;
    ticket.uuid = db::newUuid();
    ticket.category = category->code;
    ticket.categoryName = category->name;
    ticket.day = dayOf(now);
    ticket.issuedAt = now;
    ticket.state = QStringLiteral("waiting");
    int age = -1;
    if (!request.idNumber.isEmpty()) {
        const idcard::IdNumberCheck check = idcard::IdNumber::check(request.idNumber, now.toLocalTime().date());
        if (!check.valid) {
            return QueueResult::failure(check.reason, QStringLiteral("invalid"));
        }
        ticket.idNumber = check.normalized;
        age = check.age;
    }
    // One reason is printed: the appointment (it decides when the ticket is called), else age, else disability.
    ticket.appointmentAt = request.appointmentAt;
    if (request.appointmentAt.isValid()) {
        ticket.priorityReason = QStringLiteral("appointment");
    } else if (age >= 70) {
        ticket.priorityReason = QStringLiteral("age");
    } else if (request.disability) {
        ticket.priorityReason = QStringLiteral("disability");
    }
    ticket.priority = !ticket.priorityReason.isEmpty();

    Savepoint transaction(db());
    QSqlQuery query(db());
    // Tickets handed over from a counter's own range have seq 0, so they never move the host's numbers.
    query.prepare(QStringLiteral("SELECT seq FROM tickets WHERE day = ? AND category = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(ticket.day);
    query.addBindValue(ticket.category);
    if (!transaction.isActive() || !db::execute(query)) {
        return storeFailure();
    }
    const int seq = (query.next() ? query.value(0).toInt() : 0) + 1;
    // People before this ticket: everybody waiting in its category, or only the priority ones for a priority ticket.
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE day = ? AND category = ? AND state = 'waiting' "
                                 "AND priority >= ?"));
    query.addBindValue(ticket.day);
    query.addBindValue(ticket.category);
    query.addBindValue(ticket.priority ? 1 : 0);
    if (!db::execute(query) || !query.next()) {
        return storeFailure();
    }
    ticket.ahead = query.value(0).toInt();
    ticket.number = ticket.category + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    query.prepare(QStringLiteral("INSERT INTO tickets (uuid, day, number, seq, category, priority, priority_reason, "
                                 "appointment_at, id_number, issued_at, queued_at, state, ahead) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?)"));
    query.addBindValue(ticket.uuid);
    query.addBindValue(ticket.day);
    query.addBindValue(ticket.number);
    query.addBindValue(seq);
    query.addBindValue(ticket.category);
    query.addBindValue(ticket.priority ? 1 : 0);
    query.addBindValue(db::text(ticket.priorityReason));
    query.addBindValue(timeOrNull(ticket.appointmentAt));
    query.addBindValue(db::text(ticket.idNumber));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(ticket.ahead);
    if (!db::execute(query)) {
        return storeFailure();
    }
    if (!appointmentUuid.isEmpty()) {
        query.prepare(QStringLiteral("UPDATE appointments SET state = 'checked_in', ticket_uuid = ?, checked_in_at = ? "
                                     "WHERE uuid = ?"));
        query.addBindValue(ticket.uuid);
        query.addBindValue(db::timestamp(now));
        query.addBindValue(appointmentUuid);
        if (!db::execute(query)) {
            return storeFailure();
        }
    }
    if (!transaction.commit()) {
        return storeFailure();
    }
    qCDebug(lcQueue) << "issued" << ticket.number;
    return QueueResult::success(ticket);
}

bool QueueStore::putAppointments(const QList<Appointment>& appointments, const QDateTime& now, QString* errorMessage)
{
    for (const Appointment& appointment : appointments) {
        const QString problem = appointment.problem();
        if (!problem.isEmpty()) {
            *errorMessage = problem;
            return false;
        }
    }
    Savepoint transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO appointments (uuid, id_number, name, item_code, item_name, category, day, slot_start, slot_end, "
        "booking_code, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET id_number = excluded.id_number, name = excluded.name, "
        "item_code = excluded.item_code, item_name = excluded.item_name, category = excluded.category, "
        "day = excluded.day, slot_start = excluded.slot_start, slot_end = excluded.slot_end, "
        "booking_code = excluded.booking_code, updated_at = excluded.updated_at, "
        // The host knows best whether the citizen came: a check-in is never undone by a later copy.
        "state = CASE WHEN appointments.state = 'checked_in' THEN 'checked_in' ELSE excluded.state END"));
    bool ok = transaction.isActive();
    for (const Appointment& appointment : appointments) {
        if (!ok) {
            break;
        }
        query.addBindValue(appointment.uuid);
        query.addBindValue(db::text(appointment.idNumber));
        query.addBindValue(db::text(appointment.name));
        query.addBindValue(db::text(appointment.itemCode));
        query.addBindValue(db::text(appointment.itemName));
        query.addBindValue(db::text(appointment.category));
        query.addBindValue(dayOf(appointment.slotStart));
        query.addBindValue(db::timestamp(appointment.slotStart));
        query.addBindValue(db::timestamp(appointment.slotEnd));
        query.addBindValue(db::text(appointment.bookingCode));
        query.addBindValue(appointment.state);
        query.addBindValue(db::timestamp(now));
        ok = db::execute(query);
    }
    if (!ok || !transaction.commit()) {
        *errorMessage = tr("The appointments could not be saved in the queue file.");
        return false;
    }
    qCInfo(lcQueue) << "stored" << appointments.size() << "appointments";
    return true;
}

QList<Appointment> QueueStore::readAppointments(const QString& where, const QVariantList& values) const
{
    QList<Appointment> result;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT a.uuid, a.id_number, a.name, a.item_code, a.item_name, a.category, "
                                 "a.slot_start, a.slot_end, a.booking_code, a.state, t.number "
                                 "FROM appointments a LEFT JOIN tickets t ON t.uuid = a.ticket_uuid "
                                 "WHERE %1 ORDER BY a.slot_start, a.uuid")
                      .arg(where));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!db::execute(query)) {
        return result;
    }
    while (query.next()) {
        Appointment appointment;
        appointment.uuid = query.value(0).toString();
        appointment.idNumber = query.value(1).toString();
        appointment.name = query.value(2).toString();
        appointment.itemCode = query.value(3).toString();
        appointment.itemName = query.value(4).toString();
        appointment.category = query.value(5).toString();
        appointment.slotStart = db::parseTimestamp(query.value(6).toString());
        appointment.slotEnd = db::parseTimestamp(query.value(7).toString());
        appointment.bookingCode = query.value(8).toString();
        appointment.state = query.value(9).toString();
        appointment.ticketNumber = query.value(10).toString();
        result.append(appointment);
    }
    return result;
}

int QueueStore::dropOldAppointments(const QDate& today, int keepDays)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM appointments WHERE day < ?"));
    query.addBindValue(today.addDays(-keepDays).toString(QStringLiteral("yyyy-MM-dd")));
    if (!query.exec()) {
        qCWarning(lcQueue) << "old appointments could not be dropped:" << query.lastError().text();
        return -1;
    }
    const int dropped = query.numRowsAffected();
    if (dropped > 0) {
        qCInfo(lcQueue) << "dropped" << dropped << "appointments older than" << keepDays << "days";
    }
    return dropped;
}

QList<Appointment> QueueStore::appointments(const QDate& day) const
{
    return readAppointments(QStringLiteral("a.day = ?"), {day.toString(Qt::ISODate)});
}

std::optional<Appointment> QueueStore::findAppointment(const QString& idNumber, const QString& bookingCode,
                                                       const QDateTime& now) const
{
    if (idNumber.isEmpty() == bookingCode.isEmpty()) {
        return std::nullopt;
    }
    const QList<Appointment> found = readAppointments(
        idNumber.isEmpty() ? QStringLiteral("a.day = ? AND a.booking_code = ? AND a.state != 'cancelled'")
                           : QStringLiteral("a.day = ? AND a.id_number = ? AND a.state != 'cancelled'"),
        {dayOf(now), idNumber.isEmpty() ? bookingCode : idNumber});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    for (const Appointment& appointment : found) {
        if (checkInWindow(appointment, now, checkInEarlyLimitMinutes) != CheckInWindow::TooLate) {
            return appointment;
        }
    }
    return found.constLast();
}

QueueResult QueueStore::checkIn(const QString& idNumber, const QString& bookingCode, const QDateTime& now)
{
    const auto appointment = findAppointment(idNumber.toUpper(), bookingCode, now);
    if (!appointment) {
        return QueueResult::failure(
            bookingCode.isEmpty() ? tr("There is no appointment for today with this ID card.")
                                  : tr("There is no appointment for today with the booking code %1.").arg(bookingCode),
            QStringLiteral("not-found"));
    }
    const QJsonObject shown {{QStringLiteral("appointment"), appointment->toJson(false)}};
    if (appointment->state == u"checked_in" && !appointment->ticketNumber.isEmpty()) {
        auto again = ticket(appointment->ticketNumber, dayOf(now));
        if (again) {
            QueueResult result = QueueResult::success(*again);
            result.extra = shown;
            result.extra.insert(QStringLiteral("again"), true);
            return result;
        }
    }
    const CheckInWindow window = checkInWindow(*appointment, now, checkInEarlyLimitMinutes);
    if (window != CheckInWindow::Open) {
        const QString slot = appointment->slotStart.toLocalTime().toString(QStringLiteral("HH:mm"));
        QueueResult result = QueueResult::failure(
            window == CheckInWindow::TooEarly
                ? tr("Your appointment is at %1. Check-in opens %2 minutes before it.")
                      .arg(slot)
                      .arg(checkInEarlyLimitMinutes)
                : tr("Your appointment at %1 has passed. Please take a ticket for your service.").arg(slot),
            checkInWindowCode(window));
        result.extra = shown;
        return result;
    }
    QStringList active;
    for (const Category& category : categories()) {
        active.append(category.code);
    }
    TicketRequest request;
    request.category = appointmentCategories.categoryFor(*appointment, active);
    // A booking code alone is enough; the ID number ties the ticket to the citizen when the district sent one.
    if (idcard::IdNumber::check(appointment->idNumber, now.toLocalTime().date()).valid) {
        request.idNumber = appointment->idNumber;
    }
    request.appointmentAt = appointment->slotStart;
    QueueResult result = issueTicket(request, now, appointment->uuid);
    if (result.ok) {
        result.extra = shown;
    }
    return result;
}

bool QueueStore::finishCurrent(int counter, const QDateTime& now)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE tickets SET state = 'finished', finished_at = ? "
                                 "WHERE state = 'called' AND counter = ?"));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(counter);
    return db::execute(query);
}

bool QueueStore::registerCounter(int counter, const QStringList& categories, const QString& clerk, const QDateTime& now,
                                 QString* errorMessage)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO counters (number, categories, clerk, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (number) DO UPDATE SET categories = excluded.categories, "
                                 "clerk = excluded.clerk, updated_at = excluded.updated_at"));
    query.addBindValue(counter);
    query.addBindValue(db::text(categories.join(u',')));
    query.addBindValue(db::text(clerk));
    query.addBindValue(db::timestamp(now));
    if (!db::execute(query)) {
        *errorMessage = storeFailure().error;
        return false;
    }
    return true;
}

bool QueueStore::setPaused(int counter, bool paused, const QDateTime& now, QString* errorMessage)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO counters (number, paused, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (number) DO UPDATE SET paused = excluded.paused, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(counter);
    query.addBindValue(paused ? 1 : 0);
    query.addBindValue(db::timestamp(now));
    if (!db::execute(query)) {
        *errorMessage = storeFailure().error;
        return false;
    }
    return true;
}

QueueResult QueueStore::callNext(int counter, const QStringList& categories, const QString& clerk, const QDateTime& now)
{
    if (counter <= 0) {
        return QueueResult::failure(tr("The counter number must be between 1 and 999."), QStringLiteral("invalid"));
    }
    Savepoint transaction(db());
    if (!transaction.isActive()) {
        return storeFailure();
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT paused FROM counters WHERE number = ?"));
    query.addBindValue(counter);
    if (db::execute(query) && query.next() && query.value(0).toBool()) {
        return QueueResult::failure(tr("Counter %1 is paused; resume it before calling.").arg(counter),
                                    QStringLiteral("paused"));
    }
    QString error;
    if (!finishCurrent(counter, now) || !registerCounter(counter, categories, clerk, now, &error)) {
        return storeFailure();
    }

    // Only the head of each line can win (QueueRules orders within a line by place, slot and number), so the store
    // hands the rules at most three tickets instead of everybody waiting: the call stays fast in a full hall.
    QString eligible = QStringLiteral("day = ? AND state = 'waiting' AND (eligible_at IS NULL OR eligible_at <= ?) "
                                      "AND (target_counter = ? OR (target_counter = 0");
    if (!categories.isEmpty()) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), categories.size());
        eligible += QStringLiteral(" AND category IN (%1)").arg(marks.join(u','));
    }
    eligible += QStringLiteral("))");
    const QString slotDue = QStringLiteral("(appointment_at IS NOT NULL AND appointment_at <= ?)");
    const QString slotFrom = db::timestamp(now.addSecs(60LL * rules.appointmentEarlyMinutes));
    const QStringList lines {
        QStringLiteral("%1 AND %2 ORDER BY appointment_at, queued_at, number").arg(eligible, slotDue),
        QStringLiteral("%1 AND NOT %2 AND priority = 1 ORDER BY queued_at, number").arg(eligible, slotDue),
        QStringLiteral("%1 AND NOT %2 AND priority = 0 ORDER BY queued_at, number").arg(eligible, slotDue),
    };
    QList<WaitingTicket> waiting;
    for (const QString& line : lines) {
        query.prepare(QStringLiteral("SELECT uuid, number, category, queued_at, priority, priority_reason, "
                                     "appointment_at, eligible_at, target_counter, from_counter "
                                     "FROM tickets WHERE %1 LIMIT 1")
                          .arg(line));
        query.addBindValue(dayOf(now));
        query.addBindValue(db::timestamp(now));
        query.addBindValue(counter);
        for (const QString& category : categories) {
            query.addBindValue(category);
        }
        query.addBindValue(slotFrom);
        if (!db::execute(query)) {
            return storeFailure();
        }
        if (query.next()) {
            WaitingTicket ticket;
            ticket.uuid = query.value(0).toString();
            ticket.number = query.value(1).toString();
            ticket.category = query.value(2).toString();
            ticket.queuedAt = db::parseTimestamp(query.value(3).toString());
            ticket.priority = query.value(4).toBool();
            ticket.priorityReason = query.value(5).toString();
            ticket.appointmentAt = db::parseTimestamp(query.value(6).toString());
            ticket.eligibleAt = db::parseTimestamp(query.value(7).toString());
            ticket.targetCounter = query.value(8).toInt();
            ticket.fromCounter = query.value(9).toInt();
            waiting.append(ticket);
        }
    }
    QList<PastCall> history;
    query.prepare(QStringLiteral("SELECT priority, appointment FROM calls WHERE counter = ? AND kind = 'call' "
                                 "ORDER BY id DESC LIMIT 32"));
    query.addBindValue(counter);
    if (!db::execute(query)) {
        return storeFailure();
    }
    while (query.next()) {
        history.prepend({query.value(0).toBool(), query.value(1).toBool()});
    }

    const Choice choice = rules.choose(waiting, now, counter, categories, history);
    if (!choice.found()) {
        if (!transaction.commit()) {
            return storeFailure();
        }
        return QueueResult::failure(tr("Nobody is waiting for this counter."), QStringLiteral("empty"));
    }
    const WaitingTicket& chosen = waiting.at(choice.index);
    const bool appointment = choice.reasonCode == u"appointment";
    query.prepare(QStringLiteral("UPDATE tickets SET state = 'called', counter = ?, called_at = ?, "
                                 "first_called_at = COALESCE(first_called_at, ?), reason_code = ?, reason = ?, "
                                 "clerk = ?, target_counter = 0, eligible_at = NULL WHERE uuid = ?"));
    query.addBindValue(counter);
    query.addBindValue(db::timestamp(now));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(choice.reasonCode);
    query.addBindValue(choice.reason);
    query.addBindValue(db::text(clerk));
    query.addBindValue(chosen.uuid);
    if (!db::execute(query)) {
        return storeFailure();
    }
    query.prepare(
        QStringLiteral("INSERT INTO calls (ticket_uuid, number, category, counter, at, kind, priority, "
                       "appointment, reason_code, reason, clerk) VALUES (?, ?, ?, ?, ?, 'call', ?, ?, ?, ?, ?)"));
    query.addBindValue(chosen.uuid);
    query.addBindValue(chosen.number);
    query.addBindValue(chosen.category);
    query.addBindValue(counter);
    query.addBindValue(db::timestamp(now));
    query.addBindValue(chosen.priority && !appointment ? 1 : 0);
    query.addBindValue(appointment ? 1 : 0);
    query.addBindValue(choice.reasonCode);
    query.addBindValue(choice.reason);
    query.addBindValue(db::text(clerk));
    if (!db::execute(query) || !transaction.commit()) {
        return storeFailure();
    }
    auto called = readTicket(QStringLiteral("uuid = ?"), {chosen.uuid});
    if (!called) {
        return storeFailure();
    }
    qCDebug(lcQueue) << "counter" << counter << "called" << called->number << choice.reasonCode;
    return QueueResult::success(*called);
}

QueueResult QueueStore::recall(int counter, const QDateTime& now)
{
    const auto called = current(counter);
    if (!called) {
        return QueueResult::failure(tr("Counter %1 has no called ticket to call again.").arg(counter),
                                    QStringLiteral("not-found"));
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO calls (ticket_uuid, number, category, counter, at, kind, reason_code, "
                                 "reason, clerk) VALUES (?, ?, ?, ?, ?, 'recall', ?, ?, ?)"));
    query.addBindValue(called->uuid);
    query.addBindValue(called->number);
    query.addBindValue(called->category);
    query.addBindValue(counter);
    query.addBindValue(db::timestamp(now));
    query.addBindValue(called->reasonCode);
    query.addBindValue(called->reason);
    query.addBindValue(db::text(called->clerk));
    if (!db::execute(query)) {
        return storeFailure();
    }
    return QueueResult::success(*called);
}

QueueResult QueueStore::noShow(int counter, const QDateTime& now)
{
    auto called = current(counter);
    if (!called) {
        return QueueResult::failure(tr("Counter %1 has no called ticket.").arg(counter), QStringLiteral("not-found"));
    }
    QSqlQuery query(db());
    // Back in line once, after a delay and with its old place; the second time it is dropped.
    const bool returns = called->noShows == 0;
    if (returns) {
        query.prepare(QStringLiteral("UPDATE tickets SET state = 'waiting', no_shows = no_shows + 1, counter = 0, "
                                     "eligible_at = ? WHERE uuid = ?"));
        query.addBindValue(db::timestamp(now.addSecs(noShowDelaySeconds)));
    } else {
        query.prepare(QStringLiteral("UPDATE tickets SET state = 'dropped', no_shows = no_shows + 1, finished_at = ? "
                                     "WHERE uuid = ?"));
        query.addBindValue(db::timestamp(now));
    }
    query.addBindValue(called->uuid);
    if (!db::execute(query)) {
        return storeFailure();
    }
    QueueResult result = QueueResult::success(*readTicket(QStringLiteral("uuid = ?"), {called->uuid}));
    if (returns) {
        result.extra.insert(QStringLiteral("returns_at"), wireTime(now.addSecs(noShowDelaySeconds)));
    }
    return result;
}

QueueResult QueueStore::transfer(int counter, const QString& toCategory, int toCounter, const QDateTime& now)
{
    Q_UNUSED(now)
    auto called = current(counter);
    if (!called) {
        return QueueResult::failure(tr("Counter %1 has no called ticket.").arg(counter), QStringLiteral("not-found"));
    }
    QString category = called->category;
    if (!toCategory.isEmpty()) {
        const QList<Category> all = categories();
        if (std::none_of(all.cbegin(), all.cend(), [&](const Category& c) { return c.code == toCategory.toUpper(); })) {
            return QueueResult::failure(tr("There is no category %1 in this hall.").arg(toCategory),
                                        QStringLiteral("unknown-category"));
        }
        category = toCategory.toUpper();
    } else if (toCounter <= 0 || toCounter == counter) {
        return QueueResult::failure(tr("Transfer to another category or to another counter."),
                                    QStringLiteral("invalid"));
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE tickets SET state = 'waiting', category = ?, target_counter = ?, "
                                 "from_counter = ?, counter = 0, eligible_at = NULL WHERE uuid = ?"));
    query.addBindValue(category);
    query.addBindValue(qMax(0, toCounter));
    query.addBindValue(counter);
    query.addBindValue(called->uuid);
    if (!db::execute(query)) {
        return storeFailure();
    }
    return QueueResult::success(*readTicket(QStringLiteral("uuid = ?"), {called->uuid}));
}

QueueResult QueueStore::finish(int counter, const QStringList& caseUuids, int rating, const QDateTime& now)
{
    auto called = current(counter);
    if (!called) {
        return QueueResult::failure(tr("Counter %1 has no called ticket.").arg(counter), QStringLiteral("not-found"));
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE tickets SET state = 'finished', finished_at = ?, case_uuids = ?, rating = ? "
                                 "WHERE uuid = ?"));
    query.addBindValue(db::timestamp(now));
    query.addBindValue(casesJson(caseUuids));
    query.addBindValue(isValidRating(rating) ? rating : 0);
    query.addBindValue(called->uuid);
    if (!db::execute(query)) {
        return storeFailure();
    }
    return QueueResult::success(*readTicket(QStringLiteral("uuid = ?"), {called->uuid}));
}

QueueResult QueueStore::annotate(const QString& number, const QString& day, const QStringList& caseUuids, int rating)
{
    auto found = ticket(number, day);
    if (!found) {
        return QueueResult::failure(tr("There is no ticket %1 today.").arg(number), QStringLiteral("not-found"));
    }
    if (rating != 0 && !isValidRating(rating)) {
        return QueueResult::failure(tr("A rating is a number from 1 (very dissatisfied) to 5 (very satisfied)."),
                                    QStringLiteral("invalid"));
    }
    QStringList cases = found->caseUuids;
    for (const QString& uuid : caseUuids) {
        if (!cases.contains(uuid)) {
            cases.append(uuid);
        }
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE tickets SET case_uuids = ?, rating = ? WHERE uuid = ?"));
    query.addBindValue(casesJson(cases));
    query.addBindValue(rating != 0 ? rating : found->rating);
    query.addBindValue(found->uuid);
    if (!db::execute(query)) {
        return storeFailure();
    }
    return QueueResult::success(*readTicket(QStringLiteral("uuid = ?"), {found->uuid}));
}

QueueResult QueueStore::handOver(const QString& batchUuid, int counter, const QList<Ticket>& records,
                                 const QDateTime& now)
{
    if (batchUuid.isEmpty() || counter <= 0) {
        return QueueResult::failure(tr("The hand-over names no batch or counter."), QStringLiteral("invalid"));
    }
    Savepoint transaction(db());
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT tickets FROM handovers WHERE batch_uuid = ?"));
    query.addBindValue(batchUuid);
    if (!transaction.isActive() || !db::execute(query)) {
        return storeFailure();
    }
    QueueResult result = QueueResult::success({});
    if (query.next()) {
        result.extra.insert(QStringLiteral("duplicate"), true);
        result.extra.insert(QStringLiteral("taken"), query.value(0).toInt());
        return result;
    }
    int taken = 0;
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO tickets (uuid, day, number, seq, category, id_number, "
                                 "issued_at, queued_at, state, counter, first_called_at, called_at, finished_at, "
                                 "case_uuids, rating, clerk, source, reason_code, reason) "
                                 "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', 'local', ?)"));
    for (const Ticket& record : records) {
        query.addBindValue(record.uuid);
        query.addBindValue(record.day);
        query.addBindValue(record.number);
        query.addBindValue(record.category);
        query.addBindValue(db::text(record.idNumber));
        query.addBindValue(db::timestamp(record.issuedAt));
        query.addBindValue(db::timestamp(record.issuedAt));
        query.addBindValue(record.state == u"dropped" ? QStringLiteral("dropped") : QStringLiteral("finished"));
        query.addBindValue(counter);
        query.addBindValue(timeOrNull(record.calledAt));
        query.addBindValue(timeOrNull(record.calledAt));
        query.addBindValue(timeOrNull(record.finishedAt));
        query.addBindValue(casesJson(record.caseUuids));
        query.addBindValue(isValidRating(record.rating) ? record.rating : 0);
        query.addBindValue(db::text(record.clerk));
        query.addBindValue(tr("Served from counter %1's own range while the hall host was unreachable.").arg(counter));
        if (!db::execute(query)) {
            return storeFailure();
        }
        taken += query.numRowsAffected() > 0 ? 1 : 0;
    }
    query.prepare(QStringLiteral("INSERT INTO handovers (batch_uuid, counter, tickets, at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(batchUuid);
    query.addBindValue(counter);
    query.addBindValue(taken);
    query.addBindValue(db::timestamp(now));
    if (!db::execute(query) || !transaction.commit()) {
        return storeFailure();
    }
    result.extra.insert(QStringLiteral("duplicate"), false);
    result.extra.insert(QStringLiteral("taken"), taken);
    return result;
}

int QueueStore::waitingCount(const QDate& day) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE day = ? AND state = 'waiting'"));
    query.addBindValue(day.toString(Qt::ISODate));
    return db::execute(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<Ticket> QueueStore::tickets(const QDate& day) const
{
    QList<Ticket> result;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE day = ? ORDER BY issued_at, number").arg(ticketColumns));
    query.addBindValue(day.toString(Qt::ISODate));
    if (db::execute(query)) {
        while (query.next()) {
            result.append(ticketFrom(query));
        }
    }
    return result;
}

HallStatus QueueStore::status(const QDate& day, int recentCalls) const
{
    HallStatus status;
    status.categories = categories();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT category, count(*) FROM tickets WHERE day = ? AND state = 'waiting' "
                                 "GROUP BY category"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (db::execute(query)) {
        while (query.next()) {
            for (Category& category : status.categories) {
                if (category.code == query.value(0).toString()) {
                    category.waiting = query.value(1).toInt();
                }
            }
            status.waiting += query.value(1).toInt();
        }
    }
    query.prepare(QStringLiteral("SELECT number, categories, paused, clerk, "
                                 "(SELECT t.number FROM tickets t WHERE t.state = 'called' AND t.counter = "
                                 "counters.number ORDER BY t.called_at DESC LIMIT 1) FROM counters ORDER BY number"));
    if (db::execute(query)) {
        while (query.next()) {
            CounterState counter;
            counter.number = query.value(0).toInt();
            counter.categories = query.value(1).toString().split(u',', Qt::SkipEmptyParts);
            counter.paused = query.value(2).toBool();
            counter.clerk = query.value(3).toString();
            counter.current = query.value(4).toString();
            status.counters.append(counter);
        }
    }
    const QDateTime midnight(day, QTime(0, 0));
    query.prepare(QStringLiteral("SELECT number, category, counter, at, kind FROM calls WHERE at >= ? "
                                 "ORDER BY id DESC LIMIT ?"));
    query.addBindValue(db::timestamp(midnight));
    query.addBindValue(recentCalls);
    if (db::execute(query)) {
        while (query.next()) {
            status.recentCalls.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                                       db::parseTimestamp(query.value(3).toString()),
                                       query.value(4).toString() == u"recall"});
        }
    }
    return status;
}

QList<StatisticsRow> QueueStore::statistics(const QString& by, const QDate& from, const QDate& to) const
{
    QString key;
    QString filter = QStringLiteral("1");
    if (by == u"category") {
        key = QStringLiteral("category");
    } else if (by == u"counter") {
        key = QStringLiteral("CAST(counter AS TEXT)");
        filter = QStringLiteral("counter > 0");
    } else if (by == u"clerk") {
        key = QStringLiteral("clerk");
        filter = QStringLiteral("clerk <> ''");
    } else if (by == u"rating") {
        key = QStringLiteral("CAST(rating AS TEXT)");
        filter = QStringLiteral("rating > 0");
    } else {
        key = QStringLiteral("day");
    }
    QSqlQuery query(db());
    // Waiting: issue to first call. Service: last call to finish. Both in seconds.
    query.prepare(QStringLiteral("SELECT %1, count(*), sum(state = 'finished'), sum(state = 'dropped'), "
                                 "avg((julianday(first_called_at) - julianday(issued_at)) * 86400), "
                                 "max((julianday(first_called_at) - julianday(issued_at)) * 86400), "
                                 "avg(CASE WHEN state = 'finished' THEN "
                                 "(julianday(finished_at) - julianday(called_at)) * 86400 END), "
                                 "avg(NULLIF(rating, 0)), count(NULLIF(rating, 0)) "
                                 "FROM tickets WHERE day BETWEEN ? AND ? AND %2 GROUP BY 1 ORDER BY 1")
                      .arg(key, filter));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    QList<StatisticsRow> rows;
    if (db::execute(query)) {
        while (query.next()) {
            StatisticsRow row;
            row.key = query.value(0).toString();
            row.tickets = query.value(1).toInt();
            row.served = query.value(2).toInt();
            row.dropped = query.value(3).toInt();
            row.averageWaitSeconds = query.value(4).toDouble();
            row.maxWaitSeconds = query.value(5).toDouble();
            row.averageServiceSeconds = query.value(6).toDouble();
            row.averageRating = query.value(7).toDouble();
            row.ratings = query.value(8).toInt();
            rows.append(row);
        }
    }
    return rows;
}

} // namespace ow::queue
