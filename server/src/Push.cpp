#include "Api.h"
#include "AuditChain.h"
#include "Store.h"
#include "sync/Protocol.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

Q_LOGGING_CATEGORY(lcPush, "ow.district.push")

namespace ow::district {

namespace protocol = ow::sync::protocol;
using protocol::OpStatus;

namespace {

// What applying one op decided; databaseFailed means "roll back and try the op again".
struct Outcome
{
    OpStatus status = OpStatus::Applied;
    QString reason;
    std::optional<qint64> version;
    bool databaseFailed = false;
};

Outcome applied(std::optional<qint64> version = std::nullopt)
{
    return {OpStatus::Applied, {}, version, false};
}

Outcome refused(OpStatus status, const char* reason, std::optional<qint64> version = std::nullopt)
{
    return {status, QLatin1StringView(reason), version, false};
}

Outcome failed()
{
    Outcome outcome;
    outcome.databaseFailed = true;
    return outcome;
}

QString text(const QJsonObject& payload, const char* key)
{
    // Never a null QString: Qt binds that as SQL NULL, and the columns are NOT NULL.
    const QJsonValue value = payload.value(QLatin1StringView(key));
    const QString result = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return result.isNull() ? QStringLiteral("") : result;
}

// The version an update was made from: base_version when given, else the op's new version less one.
std::optional<qint64> baseVersion(const QJsonObject& payload)
{
    if (payload.value(QStringLiteral("base_version")).isDouble()) {
        return payload.value(QStringLiteral("base_version")).toInteger();
    }
    if (payload.value(QStringLiteral("version")).isDouble()) {
        return payload.value(QStringLiteral("version")).toInteger() - 1;
    }
    return std::nullopt;
}

// Pushes of one op that ended in server_busy, by op_id: after this many the op is rejected for good, so a counter
// does not push an op that can never apply forever. Kept in memory: a restart gives such an op a few more tries.
constexpr int maxBusyPushes = 5;
QMutex busyMutex;
QHash<QString, int> busyPushes;

// Applies ops of one device, each in its own transaction together with its applied_ops row.
class OpApplier
{
public:
    OpApplier(ApiContext& context, const Device& device)
        : m_context(context)
        , m_device(device)
        , m_db(context.store.connection())
    { }

    protocol::OpResult apply(const protocol::Op& op)
    {
        // SQLite busy or a PostgreSQL serialization hiccup: the same op is tried again a few times.
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (m_context.opDelayMs > 0) {
                QThread::msleep(static_cast<unsigned long>(m_context.opDelayMs));
            }
            WriteTransaction transaction(m_db, m_context.store.isSqlite());
            if (!transaction.isActive()) {
                continue;
            }
            bool lookupFailed = false;
            if (auto earlier = stored(op.opId, &lookupFailed)) {
                return *earlier;
            }
            if (lookupFailed) {
                continue;
            }
            const Outcome outcome = op.opId == m_context.failingOpId && !op.opId.isEmpty() ? failed() : dispatch(op);
            if (outcome.databaseFailed) {
                continue;
            }
            protocol::OpResult result {op.opId, outcome.status, outcome.reason, outcome.version, std::nullopt};
            if (outcome.status == OpStatus::Retry) {
                // Not final: nothing is recorded, so the same op_id applies when pushed again.
                return result;
            }
            if (record(op, result) && transaction.commit()) {
                return result;
            }
            // Another request may have recorded the same op_id meanwhile; the next round answers duplicate.
        }
        int pushes = 0;
        {
            const QMutexLocker locker(&busyMutex);
            pushes = ++busyPushes[op.opId];
        }
        if (pushes >= maxBusyPushes) {
            // The op fails every time: rejected (recorded, so a further push answers duplicate); a person looks.
            const protocol::OpResult result {op.opId, OpStatus::Rejected,
                                             QLatin1StringView(protocol::error::serverError), std::nullopt,
                                             std::nullopt};
            WriteTransaction transaction(m_db, m_context.store.isSqlite());
            if (transaction.isActive() && record(op, result) && transaction.commit()) {
                qCWarning(lcPush) << "op" << op.opId << "failed" << pushes << "pushes; rejected as server_error";
                const QMutexLocker locker(&busyMutex);
                busyPushes.remove(op.opId);
                return result;
            }
        }
        qCWarning(lcPush) << "op" << op.opId << "could not be applied; the device is told to retry";
        return {op.opId, OpStatus::Retry, QLatin1StringView(protocol::reason::serverBusy), std::nullopt, std::nullopt};
    }

private:
    // The op's final result in applied_ops, inside the caller's transaction.
    bool record(const protocol::Op& op, const protocol::OpResult& result)
    {
        QSqlQuery insert(m_db);
        return run(insert,
                   QStringLiteral("INSERT INTO applied_ops (op_id, device_id, entity, entity_uuid, operation, "
                                  "status, reason, result, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {op.opId, m_device.id, op.entity, op.entityUuid, op.operation, protocol::statusCode(result.status),
                    result.reason, jsonText(result.toJson()), nowText()});
    }

    std::optional<protocol::OpResult> stored(const QString& opId, bool* lookupFailed)
    {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("SELECT status, result FROM applied_ops WHERE op_id = ?"), {opId})) {
            *lookupFailed = true;
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        QString message;
        auto result = protocol::OpResult::fromJson(jsonObject(query.value(1).toString()), &message);
        if (!result) {
            result = protocol::OpResult {opId, OpStatus::Applied, {}, std::nullopt, std::nullopt};
        }
        result->firstStatus = protocol::statusFromCode(query.value(0).toString());
        result->status = OpStatus::Duplicate;
        return result;
    }

    Outcome dispatch(const protocol::Op& op)
    {
        if (op.entityUuid.isEmpty() || op.entityUuid.size() > 64) {
            return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
        }
        if (op.entity == u"citizen") {
            return citizen(op);
        }
        if (op.entity == u"case") {
            return caseRecord(op);
        }
        if (op.entity == u"material") {
            return material(op);
        }
        if (op.entity == u"attachment") {
            return attachment(op);
        }
        if (op.entity == u"certificate") {
            return certificate(op);
        }
        if (op.entity == u"number_block") {
            return numberBlock(op);
        }
        if (op.entity == u"audit") {
            return auditEntry(op);
        }
        if (op.entity == u"print_log") {
            return logEntry(op);
        }
        return refused(OpStatus::Rejected, protocol::reason::unknownEntity);
    }

    // The stored version (and hall) of a record, nothing when it is unknown; *ok false on a database error.
    std::optional<std::pair<qint64, QString>> current(const QString& table, const QString& uuid, bool* ok)
    {
        QSqlQuery query(m_db);
        const QString hallColumn = table == u"cases" ? QStringLiteral("hall_code") : QStringLiteral("''");
        *ok = run(query, QStringLiteral("SELECT version, %1 FROM %2 WHERE uuid = ?").arg(hallColumn, table), {uuid});
        if (!*ok || !query.next()) {
            return std::nullopt;
        }
        return std::make_pair(query.value(0).toLongLong(), query.value(1).toString());
    }

    Outcome citizen(const protocol::Op& op)
    {
        const QJsonObject& payload = op.payload;
        const QString idNumber = text(payload, "id_number").trimmed().toUpper();
        bool ok = true;
        const auto server = current(QStringLiteral("citizens"), op.entityUuid, &ok);
        if (!ok) {
            return failed();
        }
        if (op.operation == u"create") {
            if (server) {
                return refused(OpStatus::Conflict, protocol::reason::alreadyExists, server->first);
            }
            if (idNumber.isEmpty()) {
                return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
            }
            const qint64 version = payload.value(QStringLiteral("version")).toInteger(1);
            QSqlQuery insert(m_db);
            if (!run(insert,
                     QStringLiteral("INSERT INTO citizens (uuid, id_number, hall_code, data, version, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {op.entityUuid, idNumber, m_device.hallCode, jsonText(payload), version, nowText()})) {
                return failed();
            }
            return applied(version);
        }
        if (op.operation == u"update") {
            if (!server) {
                return refused(OpStatus::Rejected, protocol::reason::notFound);
            }
            const auto base = baseVersion(payload);
            if (!base) {
                return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
            }
            if (*base != server->first) {
                return refused(OpStatus::Conflict, protocol::reason::staleVersion, server->first);
            }
            QSqlQuery update(m_db);
            if (!run(update,
                     QStringLiteral("UPDATE citizens SET id_number = ?, data = ?, version = ?, updated_at = ? "
                                    "WHERE uuid = ? AND version = ?"),
                     {idNumber.isEmpty() ? QStringLiteral("") : idNumber, jsonText(payload), *base + 1, nowText(),
                      op.entityUuid, *base})) {
                return failed();
            }
            return applied(*base + 1);
        }
        return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
    }

    bool caseChange(const QString& uuid, const QString& number, const QString& state, const QString& hall,
                    qint64 version)
    {
        const QString now = nowText();
        return appendChange(m_db,
                            {QLatin1StringView(protocol::stream::caseStatus),
                             uuid,
                             version,
                             false,
                             hall,
                             {{QStringLiteral("uuid"), uuid},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("state"), state},
                              {QStringLiteral("version"), version},
                              {QStringLiteral("hall_code"), hall},
                              {QStringLiteral("updated_at"), now}}});
    }

    Outcome caseRecord(const protocol::Op& op)
    {
        const QJsonObject& payload = op.payload;
        bool ok = true;
        const auto server = current(QStringLiteral("cases"), op.entityUuid, &ok);
        if (!ok) {
            return failed();
        }
        const QString state = text(payload, "state");
        if (op.operation == u"create") {
            if (server) {
                return refused(OpStatus::Conflict, protocol::reason::alreadyExists, server->first);
            }
            const QString number = text(payload, "number");
            const QString hall =
                payload.contains(QStringLiteral("hall_code")) ? text(payload, "hall_code") : m_device.hallCode;
            if (number.isEmpty() || state.isEmpty()) {
                return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
            }
            if (hall != m_device.hallCode) {
                return refused(OpStatus::Rejected, protocol::reason::notOwner);
            }
            const qint64 version = payload.value(QStringLiteral("version")).toInteger(1);
            QSqlQuery insert(m_db);
            if (!run(insert,
                     QStringLiteral("INSERT INTO cases (uuid, number, hall_code, citizen_uuid, state, data, version, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {op.entityUuid, number, hall, text(payload, "citizen_uuid"), state, jsonText(payload), version,
                      nowText()}) ||
                !caseColumns(op.entityUuid, payload) || !missingMaterials(op.entityUuid, payload) ||
                !caseChange(op.entityUuid, number, state, hall, version)) {
                return failed();
            }
            return applied(version);
        }
        if (op.operation == u"state" || op.operation == u"update") {
            if (!server) {
                return refused(OpStatus::Rejected, protocol::reason::notFound);
            }
            if (server->second != m_device.hallCode) {
                return refused(OpStatus::Rejected, protocol::reason::notOwner);
            }
            const auto base = baseVersion(payload);
            if (!base || state.isEmpty()) {
                return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
            }
            if (*base != server->first) {
                // Never last-writer-wins: a person looks at both versions.
                return refused(OpStatus::Conflict, protocol::reason::staleVersion, server->first);
            }
            QSqlQuery number(m_db);
            if (!run(number, QStringLiteral("SELECT number FROM cases WHERE uuid = ?"), {op.entityUuid}) ||
                !number.next()) {
                return failed();
            }
            const QString caseNumber = number.value(0).toString();
            number.finish();
            QSqlQuery update(m_db);
            if (!run(update,
                     QStringLiteral("UPDATE cases SET state = ?, data = ?, version = ?, updated_at = ? WHERE uuid = ? "
                                    "AND version = ?"),
                     {state, jsonText(payload), *base + 1, nowText(), op.entityUuid, *base}) ||
                update.numRowsAffected() != 1 || !caseColumns(op.entityUuid, payload) ||
                !caseChange(op.entityUuid, caseNumber, state, m_device.hallCode, *base + 1)) {
                return failed();
            }
            return applied(*base + 1);
        }
        return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
    }

    Outcome material(const protocol::Op& op)
    {
        if (op.operation != u"received") {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        const QString caseUuid = text(op.payload, "case_uuid");
        const QString code = text(op.payload, "material");
        if (caseUuid.isEmpty() || code.isEmpty()) {
            return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
        }
        bool ok = true;
        const auto owner = current(QStringLiteral("cases"), caseUuid, &ok);
        if (!ok) {
            return failed();
        }
        if (!owner) {
            return refused(OpStatus::Rejected, protocol::reason::notFound);
        }
        if (owner->second != m_device.hallCode) {
            return refused(OpStatus::Rejected, protocol::reason::notOwner);
        }
        QSqlQuery remove(m_db);
        QSqlQuery insert(m_db);
        if (!run(remove, QStringLiteral("DELETE FROM case_materials WHERE uuid = ?"), {op.entityUuid}) ||
            !run(insert,
                 QStringLiteral("INSERT INTO case_materials (uuid, case_uuid, material, status, received_at) "
                                "VALUES (?, ?, ?, 'received', ?)"),
                 {op.entityUuid, caseUuid, code, text(op.payload, "received_at")})) {
            return failed();
        }
        return applied();
    }

    Outcome attachment(const protocol::Op& op)
    {
        if (op.operation != u"create") {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        const QString sha256 = text(op.payload, "sha256");
        if (!protocol::isBlobName(sha256)) {
            return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
        }
        QSqlQuery blob(m_db);
        if (!run(blob, QStringLiteral("SELECT complete FROM blobs WHERE sha256 = ?"), {sha256})) {
            return failed();
        }
        if (!blob.next() || blob.value(0).toInt() != 1) {
            // The client uploads blobs first; until this one is complete the op waits (status retry).
            return refused(OpStatus::Retry, protocol::reason::blobMissing);
        }
        blob.finish();
        QSqlQuery exists(m_db);
        if (!run(exists, QStringLiteral("SELECT 1 FROM attachments WHERE uuid = ?"), {op.entityUuid})) {
            return failed();
        }
        if (exists.next()) {
            return refused(OpStatus::Conflict, protocol::reason::alreadyExists, 1);
        }
        exists.finish();
        QSqlQuery insert(m_db);
        if (!run(insert,
                 QStringLiteral("INSERT INTO attachments (uuid, sha256, case_uuid, citizen_uuid, data, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {op.entityUuid, sha256, text(op.payload, "case_uuid"), text(op.payload, "citizen_uuid"),
                  jsonText(op.payload), nowText()})) {
            return failed();
        }
        return applied(1);
    }

    // Certificates arrive by state (reserve, printed, spoiled, voided, reprinted, ...): the latest version wins
    // only when it is newer, so a late or replayed state never overwrites a later one.
    Outcome certificate(const protocol::Op& op)
    {
        static const QRegularExpression stateName(QStringLiteral("^[a-z][a-z_]{0,31}$"));
        if (!stateName.match(op.operation).hasMatch()) {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        bool ok = true;
        const auto server = current(QStringLiteral("certificates"), op.entityUuid, &ok);
        if (!ok) {
            return failed();
        }
        const qint64 version = op.payload.value(QStringLiteral("version")).toInteger(server ? server->first + 1 : 1);
        if (server && version <= server->first) {
            return refused(OpStatus::Conflict, protocol::reason::staleVersion, server->first);
        }
        QString state = text(op.payload, "state");
        if (state.isEmpty()) {
            state = op.operation == u"reserve" ? QStringLiteral("reserved") : op.operation;
        }
        QSqlQuery write(m_db);
        const bool stored = server
            ? run(write,
                  QStringLiteral("UPDATE certificates SET state = ?, data = ?, version = ?, updated_at = ? "
                                 "WHERE uuid = ?"),
                  {state, jsonText(op.payload), version, nowText(), op.entityUuid})
            : run(write,
                  QStringLiteral("INSERT INTO certificates (uuid, case_uuid, template_code, serial_number, state, "
                                 "data, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {op.entityUuid, text(op.payload, "case_uuid"), text(op.payload, "template_code"),
                   text(op.payload, "serial_number"), state, jsonText(op.payload), version, nowText()});
        if (!stored) {
            return failed();
        }
        return applied(version);
    }

    Outcome numberBlock(const protocol::Op& op)
    {
        if (op.operation != u"add" && op.operation != u"return") {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        const QJsonObject& payload = op.payload;
        const QString templateCode =
            text(payload, "template_code").isEmpty() ? text(payload, "template") : text(payload, "template_code");
        if (templateCode.isEmpty() || !payload.value(QStringLiteral("first")).isDouble() ||
            !payload.value(QStringLiteral("last")).isDouble()) {
            return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
        }
        QString state = text(payload, "state");
        if (state.isEmpty()) {
            state = op.operation == u"return" ? QStringLiteral("returned") : QStringLiteral("active");
        }
        // A leased block is already known (from its lease): the counter's add records its use of it.
        QSqlQuery remove(m_db);
        QSqlQuery insert(m_db);
        if (!run(remove, QStringLiteral("DELETE FROM number_blocks WHERE uuid = ?"), {op.entityUuid}) ||
            !run(insert,
                 QStringLiteral("INSERT INTO number_blocks (uuid, template_code, prefix, width, first_number, "
                                "last_number, device_id, hall_code, state, data, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {op.entityUuid, templateCode, text(payload, "prefix"), payload.value(QStringLiteral("width")).toInt(),
                  payload.value(QStringLiteral("first")).toInteger(), payload.value(QStringLiteral("last")).toInteger(),
                  m_device.id, m_device.hallCode, state, jsonText(payload), nowText()})) {
            return failed();
        }
        return applied();
    }

    Outcome auditEntry(const protocol::Op& op)
    {
        if (op.operation != u"append") {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        switch (appendAuditRow(m_db, m_device, op)) {
        case AuditAppend::Stored:
            return applied();
        case AuditAppend::AlreadyStored:
            return refused(OpStatus::Conflict, protocol::reason::alreadyExists);
        case AuditAppend::ChainBroken:
            return refused(OpStatus::Rejected, protocol::reason::auditChainBroken);
        case AuditAppend::InvalidPayload:
            return refused(OpStatus::Rejected, protocol::reason::invalidPayload);
        case AuditAppend::DatabaseFailed:
            break;
        }
        return failed();
    }

    // Materials accepted as missing at intake, so the backlog can list what a case still waits for; a later
    // `material received` op adds a received row of the same code.
    bool missingMaterials(const QString& caseUuid, const QJsonObject& payload)
    {
        const QJsonArray materials = payload.value(QStringLiteral("materials")).toArray();
        for (const QJsonValue& value : materials) {
            const QJsonObject material = value.toObject();
            const QString code = text(material, "material");
            if (text(material, "status") != u"missing" || code.isEmpty()) {
                continue;
            }
            QSqlQuery insert(m_db);
            if (!run(insert,
                     QStringLiteral("INSERT INTO case_materials (uuid, case_uuid, material, status, received_at) "
                                    "VALUES (?, ?, ?, 'missing', NULL)"),
                     {QString(caseUuid + u':' + code), caseUuid, code})) {
                return false;
            }
        }
        return true;
    }

    // The backlog's columns follow the fields the payload carries; one it does not carry keeps its value.
    bool caseColumns(const QString& uuid, const QJsonObject& payload)
    {
        static const char* const columns[] = {"item_code", "counter_number", "clerk_uuid", "channel", "deadline"};
        for (const char* column : columns) {
            const QJsonValue value = payload.value(QLatin1StringView(column));
            if (value.isUndefined() || value.isNull()) {
                continue;
            }
            const QVariant bound = value.isDouble() ? QVariant(value.toInteger()) : QVariant(text(payload, column));
            QSqlQuery update(m_db);
            if (!run(update, QStringLiteral("UPDATE cases SET %1 = ? WHERE uuid = ?").arg(QLatin1StringView(column)),
                     {bound, uuid})) {
                return false;
            }
        }
        return true;
    }

    Outcome logEntry(const protocol::Op& op)
    {
        const bool printLog = op.entity == u"print_log";
        if (op.operation != (printLog ? u"add" : u"append")) {
            return refused(OpStatus::Rejected, protocol::reason::unknownOperation);
        }
        const QString table = printLog ? QStringLiteral("print_log") : QStringLiteral("audit_log");
        QSqlQuery exists(m_db);
        if (!run(exists, QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(table), {op.entityUuid})) {
            return failed();
        }
        if (exists.next()) {
            return refused(OpStatus::Conflict, protocol::reason::alreadyExists);
        }
        exists.finish();
        QSqlQuery insert(m_db);
        if (!run(insert, QStringLiteral("INSERT INTO %1 (uuid, device_id, data, at) VALUES (?, ?, ?, ?)").arg(table),
                 {op.entityUuid, m_device.id, jsonText(op.payload), nowText()})) {
            return failed();
        }
        return applied();
    }

    ApiContext& m_context;
    const Device& m_device;
    QSqlDatabase m_db;
};

} // namespace

ApiReply handlePush(ApiContext& context, const ApiRequest& request, const Device& device)
{
    if (request.body.size() > protocol::maxPushBytes) {
        return ApiReply::error(413, protocol::error::tooLarge, QStringLiteral("a push carries at most 4 MiB"));
    }
    ApiReply failure;
    const auto json = request.jsonBody(&failure);
    if (!json) {
        return failure;
    }
    QString message;
    const auto push = protocol::PushRequest::fromJson(*json, &message);
    if (!push) {
        return ApiReply::error(400, protocol::error::badRequest, message);
    }
    if (push->ops.size() > protocol::maxOpsPerPush) {
        return ApiReply::error(413, protocol::error::tooLarge, QStringLiteral("a push carries at most 500 ops"));
    }
    OpApplier applier(context, device);
    protocol::PushReply reply;
    for (const protocol::Op& op : push->ops) {
        reply.results.append(applier.apply(op));
    }
    return ApiReply::ok(reply.toJson());
}

} // namespace ow::district
