#include "db/CaseRepository.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace ow::db {

namespace {

const QString caseColumns = QStringLiteral(
    "c.uuid, c.number, c.item_code, c.item_name, c.item_revision, c.kind, c.citizen_uuid, c.hall_code, "
    "c.counter_number, c.clerk_uuid, c.bundle_uuid, c.state, c.form_data, c.channel, c.tracking_number, "
    "c.delivery_address, c.phone, c.accepted_at, c.deadline, c.deadline_estimated, c.closed_at, c.version, "
    "p.name, p.id_number");

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

CaseRecord readCase(const QSqlQuery& query)
{
    CaseRecord record;
    record.uuid = query.value(0).toString();
    record.number = query.value(1).toString();
    record.itemCode = query.value(2).toString();
    record.itemName = query.value(3).toString();
    record.itemRevision = query.value(4).toInt();
    record.kind = query.value(5).toString();
    record.citizenUuid = query.value(6).toString();
    record.hallCode = query.value(7).toString();
    record.counterNumber = query.value(8).toInt();
    record.clerkUuid = query.value(9).toString();
    record.bundleUuid = query.value(10).toString();
    record.state = query.value(11).toString();
    record.formData = object(query.value(12));
    record.channel = query.value(13).toString();
    record.trackingNumber = query.value(14).toString();
    record.deliveryAddress = query.value(15).toString();
    record.phone = query.value(16).toString();
    record.acceptedAt = parseTimestamp(query.value(17).toString());
    record.deadline = QDate::fromString(query.value(18).toString(), Qt::ISODate);
    record.deadlineEstimated = query.value(19).toInt() == 1;
    record.closedAt = parseTimestamp(query.value(20).toString());
    record.version = query.value(21).toInt();
    record.citizenName = query.value(22).toString();
    record.citizenIdNumber = query.value(23).toString();
    return record;
}

} // namespace

CaseRepository::CaseRepository(Database& database)
    : m_database(database)
{ }

std::optional<int> CaseRepository::nextSequence(const QString& kind, const QString& hallCode, int counterNumber,
                                                const QDate& day)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO number_sequences (kind, hall_code, counter_number, service_date, last_sequence) "
                       "VALUES (?, ?, ?, ?, 1) ON CONFLICT (kind, hall_code, counter_number, service_date) "
                       "DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence"));
    query.addBindValue(kind);
    query.addBindValue(hallCode);
    query.addBindValue(counterNumber);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool CaseRepository::insert(const CaseRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO cases (uuid, number, item_code, item_name, item_revision, kind, citizen_uuid, hall_code, "
        "counter_number, clerk_uuid, bundle_uuid, state, form_data, channel, tracking_number, delivery_address, "
        "phone, accepted_at, deadline, deadline_estimated, version, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    for (const QVariant& value : QVariantList {record.uuid,
                                               record.number,
                                               record.itemCode,
                                               text(record.itemName),
                                               record.itemRevision,
                                               record.kind,
                                               record.citizenUuid,
                                               record.hallCode,
                                               record.counterNumber,
                                               nullable(record.clerkUuid),
                                               nullable(record.bundleUuid),
                                               record.state,
                                               json(record.formData),
                                               record.channel,
                                               text(record.trackingNumber),
                                               text(record.deliveryAddress),
                                               text(record.phone),
                                               timestamp(record.acceptedAt),
                                               nullableDate(record.deadline),
                                               record.deadlineEstimated ? 1 : 0,
                                               timestamp(record.acceptedAt)}) {
        query.addBindValue(value);
    }
    return execute(query);
}

bool CaseRepository::insert(const MaterialRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO materials (uuid, case_uuid, material_code, name, status, due_date, "
                                 "received_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    for (const QVariant& value : QVariantList {record.uuid, record.caseUuid, record.code, record.name, record.status,
                                               nullableDate(record.dueDate), nullableTime(record.receivedAt),
                                               timestamp(QDateTime::currentDateTimeUtc())}) {
        query.addBindValue(value);
    }
    return execute(query);
}

bool CaseRepository::insert(const CaseEventRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO case_events (uuid, case_uuid, at, clerk_uuid, kind, from_state, "
                                 "to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         QVariantList {record.uuid, record.caseUuid, timestamp(record.at), nullable(record.clerkUuid), record.kind,
                       nullable(record.fromState), nullable(record.toState), json(record.detail)}) {
        query.addBindValue(value);
    }
    return execute(query);
}

bool CaseRepository::insert(const NoticeRecord& record)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO notices (uuid, number, item_code, id_number, citizen_name, missing, "
                                 "clerk_uuid, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         QVariantList {record.uuid, record.number, record.itemCode, record.idNumber, text(record.citizenName),
                       json(record.missing), nullable(record.clerkUuid), timestamp(record.issuedAt)}) {
        query.addBindValue(value);
    }
    return execute(query);
}

bool CaseRepository::updateState(const CaseRecord& record, const QString& newState, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cases SET state = ?, closed_at = ?, version = version + 1, updated_at = ? "
                                 "WHERE uuid = ? AND version = ?"));
    query.addBindValue(newState);
    query.addBindValue(nullableTime(record.closedAt));
    query.addBindValue(timestamp(at));
    query.addBindValue(record.uuid);
    query.addBindValue(record.version);
    return execute(query) && query.numRowsAffected() == 1;
}

bool CaseRepository::markMaterialReceived(const QString& materialUuid, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE materials SET status = 'provided', received_at = ?, version = version + 1, "
                                 "updated_at = ? WHERE uuid = ? AND status = 'missing'"));
    query.addBindValue(timestamp(at));
    query.addBindValue(timestamp(at));
    query.addBindValue(materialUuid);
    return execute(query) && query.numRowsAffected() == 1;
}

QList<CaseRecord> CaseRepository::select(const QString& where, const QVariantList& values, int limit, int offset) const
{
    QList<CaseRecord> records;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM cases c JOIN citizens p ON p.uuid = c.citizen_uuid %2 "
                                 "ORDER BY c.accepted_at DESC, c.number DESC LIMIT ? OFFSET ?")
                      .arg(caseColumns, where));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (execute(query)) {
        while (query.next()) {
            records.append(readCase(query));
        }
    }
    return records;
}

std::optional<CaseRecord> CaseRepository::byNumber(const QString& number) const
{
    const auto records = select(QStringLiteral("WHERE c.number = ?"), {number}, 1, 0);
    return records.isEmpty() ? std::nullopt : std::optional<CaseRecord>(records.constFirst());
}

QList<MaterialRecord> CaseRepository::materials(const QString& caseUuid) const
{
    QList<MaterialRecord> records;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, case_uuid, material_code, name, status, due_date, received_at, version "
                                 "FROM materials WHERE case_uuid = ? ORDER BY rowid"));
    query.addBindValue(caseUuid);
    if (execute(query)) {
        while (query.next()) {
            records.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(),
                            QDate::fromString(query.value(5).toString(), Qt::ISODate),
                            parseTimestamp(query.value(6).toString()), query.value(7).toInt()});
        }
    }
    return records;
}

QList<CaseEventRecord> CaseRepository::events(const QString& caseUuid) const
{
    QList<CaseEventRecord> records;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT e.uuid, e.case_uuid, e.at, e.clerk_uuid, k.name, e.kind, e.from_state, "
                                 "e.to_state, e.detail FROM case_events e LEFT JOIN clerks k ON k.uuid = e.clerk_uuid "
                                 "WHERE e.case_uuid = ? ORDER BY e.at, e.rowid"));
    query.addBindValue(caseUuid);
    if (execute(query)) {
        while (query.next()) {
            records.append({query.value(0).toString(), query.value(1).toString(),
                            parseTimestamp(query.value(2).toString()), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                            query.value(7).toString(), object(query.value(8))});
        }
    }
    return records;
}

QList<CaseRecord> CaseRepository::search(const QString& text, int limit) const
{
    const QString term = text.trimmed();
    if (term.isEmpty()) {
        return list({}, limit);
    }
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return select(QStringLiteral("WHERE c.number = ? OR c.number LIKE ? ESCAPE '\\' OR p.id_number = ? "
                                 "OR p.name LIKE ? ESCAPE '\\'"),
                  {term, QString(u'%' + escaped), term.toUpper(), QString(u'%' + escaped + u'%')}, limit, 0);
}

bool CaseRepository::hasActiveResult(const QString& itemCode, const QString& idNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM cases c JOIN citizens p ON p.uuid = c.citizen_uuid WHERE c.item_code = ? "
        "AND p.id_number = ? AND c.state <> 'rejected' AND NOT (c.state = 'closed' AND EXISTS (SELECT 1 FROM "
        "case_events e WHERE e.case_uuid = c.uuid AND e.to_state = 'rejected'))"));
    query.addBindValue(itemCode);
    query.addBindValue(idNumber.toUpper());
    return execute(query) && query.next() && query.value(0).toInt() > 0;
}

std::optional<QDate> CaseRepository::lastAccepted(const QString& itemCode, const QString& idNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(c.accepted_at) FROM cases c JOIN citizens p ON p.uuid = c.citizen_uuid "
                                 "WHERE c.item_code = ? AND p.id_number = ? AND c.state <> 'rejected'"));
    query.addBindValue(itemCode);
    query.addBindValue(idNumber.toUpper());
    if (!execute(query) || !query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return parseTimestamp(query.value(0).toString()).toLocalTime().date();
}

QList<CaseRecord> CaseRepository::list(const QString& state, int limit, int offset) const
{
    if (state.isEmpty()) {
        return select({}, {}, limit, offset);
    }
    return select(QStringLiteral("WHERE c.state = ?"), {state}, limit, offset);
}

} // namespace ow::db
