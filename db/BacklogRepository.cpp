#include "db/BacklogRepository.h"

#include "db/Database.h"

namespace ow::db {

namespace {

// Word for word the WHERE of the partial index cases_open_deadline (migration 0010), so SQLite picks it.
const QString openCases = QStringLiteral("c.state NOT IN ('closed', 'collected', 'delivered')");
const QString deadlineKey = QStringLiteral("ifnull(c.deadline, '')");
const QString responsibleClerk = QStringLiteral("ifnull(c.assignee_uuid, c.clerk_uuid)");
// Group separator for the awaited materials' names (a character no name contains).
const QChar nameSeparator(0x1F);

QString where(const BacklogCriteria& criteria, QVariantList* values)
{
    QStringList terms {openCases};
    auto add = [&](const QString& term, const QVariant& value) {
        terms << term;
        values->append(value);
    };
    if (!criteria.itemCode.isEmpty()) {
        add(QStringLiteral("c.item_code = ?"), criteria.itemCode);
    }
    if (!criteria.state.isEmpty()) {
        add(QStringLiteral("c.state = ?"), criteria.state);
    }
    if (!criteria.clerkUuid.isEmpty()) {
        add(QString(responsibleClerk + QStringLiteral(" = ?")), criteria.clerkUuid);
    }
    if (criteria.counterNumber > 0) {
        add(QStringLiteral("c.counter_number = ?"), criteria.counterNumber);
    }
    if (!criteria.hallCode.isEmpty()) {
        add(QStringLiteral("c.hall_code = ?"), criteria.hallCode);
    }
    if (criteria.deadlineFrom.isValid() || criteria.deadlineTo.isValid()) {
        terms << QStringLiteral("c.deadline IS NOT NULL");
    }
    // Bounds on the index's own expression, so a range of deadlines is a range of the index.
    if (criteria.deadlineFrom.isValid()) {
        add(QString(deadlineKey + QStringLiteral(" >= ?")), criteria.deadlineFrom.toString(Qt::ISODate));
    }
    if (criteria.deadlineTo.isValid()) {
        add(QString(deadlineKey + QStringLiteral(" <= ?")), criteria.deadlineTo.toString(Qt::ISODate));
    }
    if (criteria.awaitingMaterials) {
        terms << QStringLiteral(
            "EXISTS (SELECT 1 FROM materials m WHERE m.case_uuid = c.uuid AND m.status = 'missing')");
    }
    if (criteria.deliveryPending) {
        terms << QStringLiteral("c.channel <> 'pickup' AND c.state IN ('approved', 'ready', 'issued')");
    }
    return QString(QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")));
}

} // namespace

BacklogRepository::BacklogRepository(Database& database)
    : m_database(database)
{ }

QStringList BacklogRepository::closedStates()
{
    return {QStringLiteral("closed"), QStringLiteral("collected"), QStringLiteral("delivered")};
}

QList<BacklogRecord> BacklogRepository::page(const BacklogCriteria& criteria, const std::optional<BacklogKey>& after,
                                             int limit) const
{
    QVariantList values;
    QString filter = where(criteria, &values);
    if (after) {
        filter += QString(QStringLiteral(" AND (") + deadlineKey + QStringLiteral(", c.number) > (?, ?)"));
        values << text(after->deadline) << after->number;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT c.uuid, c.number, c.item_code, c.item_name, c.kind, c.state, c.hall_code, c.counter_number, "
            "%1, k.name, c.citizen_uuid, p.name, p.id_number, c.phone, c.channel, c.accepted_at, c.deadline, "
            "c.deadline_estimated, c.version, (SELECT group_concat(m.name, char(31)) FROM materials m "
            "WHERE m.case_uuid = c.uuid AND m.status = 'missing') "
            "FROM cases c JOIN citizens p ON p.uuid = c.citizen_uuid LEFT JOIN clerks k ON k.uuid = %1 "
            "%2 ORDER BY %3, c.number LIMIT ?")
            .arg(responsibleClerk, filter, deadlineKey));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    QList<BacklogRecord> records;
    if (!execute(query)) {
        return records;
    }
    while (query.next()) {
        BacklogRecord record;
        record.uuid = query.value(0).toString();
        record.number = query.value(1).toString();
        record.itemCode = query.value(2).toString();
        record.itemName = query.value(3).toString();
        record.kind = query.value(4).toString();
        record.state = query.value(5).toString();
        record.hallCode = query.value(6).toString();
        record.counterNumber = query.value(7).toInt();
        record.clerkUuid = query.value(8).toString();
        record.clerkName = query.value(9).toString();
        record.citizenUuid = query.value(10).toString();
        record.citizenName = query.value(11).toString();
        record.citizenIdNumber = query.value(12).toString();
        record.phone = query.value(13).toString();
        record.channel = query.value(14).toString();
        record.acceptedAt = parseTimestamp(query.value(15).toString());
        record.deadline = QDate::fromString(query.value(16).toString(), Qt::ISODate);
        record.deadlineEstimated = query.value(17).toInt() == 1;
        record.version = query.value(18).toInt();
        const QString awaited = query.value(19).toString();
        if (!awaited.isEmpty()) {
            record.awaitedMaterials = awaited.split(nameSeparator);
        }
        records.append(record);
    }
    return records;
}

int BacklogRepository::count(const BacklogCriteria& criteria) const
{
    QVariantList values;
    const QString filter = where(criteria, &values);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM cases c %1").arg(filter));
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    return execute(query) && query.next() ? query.value(0).toInt() : -1;
}

QList<CaseFigureRecord> BacklogRepository::figures(const QDateTime& from, const QDateTime& to,
                                                   const QString& hallCode) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.item_code, c.item_name, c.kind, c.counter_number, c.clerk_uuid, k.name, c.accepted_at, c.deadline, "
        "(SELECT min(e.at) FROM case_events e WHERE e.case_uuid = c.uuid "
        "AND e.to_state IN ('approved', 'rejected', 'issued')) "
        "FROM cases c LEFT JOIN clerks k ON k.uuid = c.clerk_uuid "
        "WHERE c.accepted_at >= ? AND c.accepted_at < ? AND (? = '' OR c.hall_code = ?) ORDER BY c.accepted_at"));
    query.addBindValue(timestamp(from));
    query.addBindValue(timestamp(to));
    query.addBindValue(text(hallCode));
    query.addBindValue(text(hallCode));
    QList<CaseFigureRecord> records;
    if (!execute(query)) {
        return records;
    }
    while (query.next()) {
        records.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toInt(),
             query.value(4).toString(), query.value(5).toString(), parseTimestamp(query.value(6).toString()),
             QDate::fromString(query.value(7).toString(), Qt::ISODate), parseTimestamp(query.value(8).toString())});
    }
    return records;
}

bool BacklogRepository::insert(const NotificationRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO notifications (uuid, case_uuid, citizen_uuid, kind, channel, phone, "
                                 "message, clerk_uuid, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : QVariantList {record.uuid, record.caseUuid, record.citizenUuid, record.kind,
                                               record.channel, text(record.phone), record.message,
                                               record.clerkUuid.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                          : QVariant(record.clerkUuid),
                                               timestamp(record.createdAt), record.state}) {
        query.addBindValue(value);
    }
    return execute(query);
}

QList<NotificationRecord> BacklogRepository::notifications(const QString& caseUuid) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT uuid, case_uuid, citizen_uuid, kind, channel, phone, message, clerk_uuid, "
                       "created_at, state FROM notifications WHERE case_uuid = ? ORDER BY created_at, rowid"));
    query.addBindValue(caseUuid);
    QList<NotificationRecord> records;
    if (execute(query)) {
        while (query.next()) {
            records.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                            query.value(6).toString(), query.value(7).toString(),
                            parseTimestamp(query.value(8).toString()), query.value(9).toString()});
        }
    }
    return records;
}

bool BacklogRepository::assign(const QString& caseUuid, int version, const QString& assigneeUuid, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cases SET assignee_uuid = ?, version = version + 1, updated_at = ? "
                                 "WHERE uuid = ? AND version = ?"));
    query.addBindValue(assigneeUuid);
    query.addBindValue(timestamp(at));
    query.addBindValue(caseUuid);
    query.addBindValue(version);
    return execute(query) && query.numRowsAffected() == 1;
}

} // namespace ow::db
