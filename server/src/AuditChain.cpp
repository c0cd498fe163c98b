#include "AuditChain.h"

#include "AdminCommands.h"
#include "Api.h"
#include "Store.h"
#include "db/AuditHash.h"
#include "sync/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuditChain, "ow.district.audit")

namespace ow::district {

namespace protocol = ow::sync::protocol;

namespace {

QString field(const QJsonObject& payload, const char* key)
{
    const QJsonValue value = payload.value(QLatin1StringView(key));
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AuditAppend appendAuditRow(QSqlDatabase& db, const Device& device, const protocol::Op& op)
{
    const QJsonObject& payload = op.payload;
    const QString prevHash = field(payload, "prev_hash");
    const QString hash = field(payload, "hash");
    const qint64 seq = payload.value(QStringLiteral("seq")).toInteger();
    if (prevHash.isEmpty() || hash.isEmpty() || field(payload, "uuid") != op.entityUuid) {
        return AuditAppend::InvalidPayload;
    }
    QSqlQuery exists(db);
    if (!run(exists, QStringLiteral("SELECT 1 FROM audit_log WHERE uuid = ?"), {op.entityUuid})) {
        return AuditAppend::DatabaseFailed;
    }
    if (exists.next()) {
        return AuditAppend::AlreadyStored;
    }
    exists.finish();

    QSqlQuery chain(db);
    if (!run(chain, QStringLiteral("SELECT last_hash FROM audit_chains WHERE device_id = ?"), {device.id})) {
        return AuditAppend::DatabaseFailed;
    }
    const bool known = chain.next();
    const QString expected = known ? chain.value(0).toString() : QString(db::audithash::genesis);
    chain.finish();
    const QString recomputed =
        db::audithash::rowHash({op.entityUuid, field(payload, "at"), field(payload, "clerk_uuid"),
                                field(payload, "action"), field(payload, "subject"), field(payload, "detail")},
                               prevHash);
    const bool intact = prevHash == expected && recomputed == hash;
    const QString now = nowText();
    if (!known) {
        QSqlQuery insert(db);
        if (!run(insert,
                 QStringLiteral("INSERT INTO audit_chains (device_id, rows_stored, last_seq, last_hash, updated_at) "
                                "VALUES (?, 0, 0, ?, ?)"),
                 {device.id, QString(db::audithash::genesis), now})) {
            return AuditAppend::DatabaseFailed;
        }
    }
    if (!intact) {
        qCWarning(lcAuditChain) << "audit chain of device" << device.id << "broken at seq" << seq << op.entityUuid;
        // The first break stays on record; the chain goes on from the row's own hash.
        QSqlQuery broken(db);
        if (!run(broken,
                 QStringLiteral("UPDATE audit_chains SET broken_at = COALESCE(broken_at, ?), "
                                "broken_uuid = COALESCE(broken_uuid, ?), broken_seq = COALESCE(broken_seq, ?), "
                                "last_seq = ?, last_hash = ?, updated_at = ? WHERE device_id = ?"),
                 {now, op.entityUuid, seq, seq, hash, now, device.id})) {
            return AuditAppend::DatabaseFailed;
        }
        return AuditAppend::ChainBroken;
    }
    QSqlQuery insert(db);
    QSqlQuery advance(db);
    if (!run(insert, QStringLiteral("INSERT INTO audit_log (uuid, device_id, data, at) VALUES (?, ?, ?, ?)"),
             {op.entityUuid, device.id, jsonText(payload), now}) ||
        !run(advance,
             QStringLiteral("UPDATE audit_chains SET rows_stored = rows_stored + 1, last_seq = ?, last_hash = ?, "
                            "updated_at = ? WHERE device_id = ?"),
             {seq, hash, now, device.id})) {
        return AuditAppend::DatabaseFailed;
    }
    return AuditAppend::Stored;
}

int AdminCommands::auditCheck(const QStringList& arguments)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (arguments.size() != (json ? 1 : 0)) {
        m_err << tr("audit-check takes only --json.") << Qt::endl;
        return 2;
    }
    if (!openStore()) {
        return 1;
    }
    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    if (!district::run(query,
                       QStringLiteral("SELECT d.id, d.hall_code, d.counter, d.name, COALESCE(a.rows_stored, 0), "
                                      "COALESCE(a.last_seq, 0), a.broken_at, a.broken_uuid, a.broken_seq "
                                      "FROM devices d LEFT JOIN audit_chains a ON a.device_id = d.id "
                                      "ORDER BY d.hall_code, d.counter, d.id"),
                       {})) {
        m_err << tr("The district database could not be read; try again.") << Qt::endl;
        return 1;
    }
    QJsonArray devices;
    int brokenCount = 0;
    while (query.next()) {
        const bool broken = !query.value(6).isNull();
        brokenCount += broken ? 1 : 0;
        QJsonObject device {{QStringLiteral("device_id"), query.value(0).toString()},
                            {QStringLiteral("hall"), query.value(1).toString()},
                            {QStringLiteral("counter"), query.value(2).toInt()},
                            {QStringLiteral("name"), query.value(3).toString()},
                            {QStringLiteral("rows"), query.value(4).toLongLong()},
                            {QStringLiteral("last_seq"), query.value(5).toLongLong()},
                            {QStringLiteral("intact"), !broken}};
        if (broken) {
            device.insert(QStringLiteral("broken_at"), query.value(6).toString());
            device.insert(QStringLiteral("broken_uuid"), query.value(7).toString());
            device.insert(QStringLiteral("broken_seq"), query.value(8).toLongLong());
        }
        if (!json) {
            m_out << (broken ? tr("BROKEN  %1 (hall %2, counter %3): %4 rows; the chain breaks at row %5 (%6)")
                                   .arg(device.value(QStringLiteral("device_id")).toString(),
                                        device.value(QStringLiteral("hall")).toString())
                                   .arg(device.value(QStringLiteral("counter")).toInt())
                                   .arg(device.value(QStringLiteral("rows")).toInteger())
                                   .arg(device.value(QStringLiteral("broken_seq")).toInteger())
                                   .arg(device.value(QStringLiteral("broken_uuid")).toString())
                             : tr("intact  %1 (hall %2, counter %3): %4 rows")
                                   .arg(device.value(QStringLiteral("device_id")).toString(),
                                        device.value(QStringLiteral("hall")).toString())
                                   .arg(device.value(QStringLiteral("counter")).toInt())
                                   .arg(device.value(QStringLiteral("rows")).toInteger()))
                  << Qt::endl;
        }
        devices.append(device);
    }
    if (json) {
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("devices"), devices}, {QStringLiteral("broken"), brokenCount}})
                .toJson(QJsonDocument::Indented));
    }
    return brokenCount > 0 ? 1 : 0;
}

} // namespace ow::district
