#include "Api.h"
#include "Store.h"
#include "idcard/IdNumber.h"
#include "sync/Protocol.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBacklog, "ow.district.backlog")

namespace ow::district {

namespace protocol = ow::sync::protocol;

namespace {

ApiReply databaseError()
{
    return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
}

// The device may read the district's backlog when the request names an active supervisor or admin of its hall
// who logged in online on this very device within the last supervisorProofHours.
bool supervisorProof(QSqlDatabase& db, const Device& device, const QString& clerkUuid, bool* ok)
{
    QSqlQuery query(db);
    *ok = run(query,
              QStringLiteral("SELECT k.role, k.hall_code, k.active, l.at FROM clerk_logins l "
                             "JOIN clerks k ON k.uuid = l.clerk_uuid WHERE l.device_id = ? AND l.clerk_uuid = ?"),
              {device.id, clerkUuid});
    if (!*ok || !query.next()) {
        return false;
    }
    const QString role = query.value(0).toString();
    const QString cutoff =
        QDateTime::currentDateTimeUtc().addSecs(-3600LL * protocol::supervisorProofHours).toString(Qt::ISODateWithMs);
    return (role == u"supervisor" || role == u"admin") && query.value(1).toString() == device.hallCode &&
        query.value(2).toInt() != 0 && query.value(3).toString() >= cutoff;
}

} // namespace

bool recordClerkLogin(ApiContext& context, const Device& device, const QString& clerkUuid)
{
    QSqlDatabase db = context.store.connection();
    QSqlQuery query(db);
    return run(query,
               QStringLiteral("INSERT INTO clerk_logins (device_id, clerk_uuid, at) VALUES (?, ?, ?) "
                              "ON CONFLICT (device_id, clerk_uuid) DO UPDATE SET at = excluded.at"),
               {device.id, clerkUuid, nowText()});
}

ApiReply handleBacklog(ApiContext& context, const ApiRequest& request, const Device& device)
{
    const auto param = [&request](const char* name) {
        return request.query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded).trimmed();
    };
    QSqlDatabase db = context.store.connection();
    const QString clerkUuid = QString::fromLatin1(request.header("x-clerk-uuid")).trimmed();
    bool ok = true;
    if (clerkUuid.isEmpty() || !supervisorProof(db, device, clerkUuid, &ok)) {
        if (!ok) {
            return databaseError();
        }
        return ApiReply::error(403, protocol::error::notSupervisor,
                               QStringLiteral("name in X-Clerk-Uuid a supervisor who logged in online on this "
                                              "device within %1 hours")
                                   .arg(protocol::supervisorProofHours));
    }
    int limit = protocol::defaultBacklogLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = param("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > protocol::maxBacklogLimit) {
            return ApiReply::error(400, protocol::error::badRequest, QStringLiteral("limit must be 1 to 500"));
        }
    }

    QStringList terms {QStringLiteral("c.state NOT IN ('closed', 'collected', 'delivered')")};
    QVariantList values;
    const auto equal = [&](const char* name, const QString& column) {
        const QString value = param(name);
        if (!value.isEmpty()) {
            terms << QString(column + QStringLiteral(" = ?"));
            values << value;
        }
    };
    equal("item", QStringLiteral("c.item_code"));
    equal("state", QStringLiteral("c.state"));
    equal("hall", QStringLiteral("c.hall_code"));
    equal("worked_by", QStringLiteral("c.clerk_uuid"));
    if (!param("counter").isEmpty()) {
        const int counter = param("counter").toInt(&ok);
        if (!ok) {
            return ApiReply::error(400, protocol::error::badRequest, QStringLiteral("counter must be a number"));
        }
        terms << QStringLiteral("c.counter_number = ?");
        values << counter;
    }
    for (const auto& [name, comparison] : {std::pair {"deadline_from", ">= ?"}, std::pair {"deadline_to", "<= ?"}}) {
        const QString value = param(name);
        if (value.isEmpty()) {
            continue;
        }
        if (!QDate::fromString(value, Qt::ISODate).isValid()) {
            return ApiReply::error(400, protocol::error::badRequest,
                                   QStringLiteral("%1 must be a date YYYY-MM-DD").arg(QLatin1StringView(name)));
        }
        // A case without a deadline has none in any range.
        terms << QString(QStringLiteral("c.deadline <> '' AND c.deadline ") + QLatin1StringView(comparison));
        values << value;
    }
    const QString awaited =
        QStringLiteral("FROM case_materials m WHERE m.case_uuid = c.uuid AND m.status = 'missing' AND NOT EXISTS "
                       "(SELECT 1 FROM case_materials r WHERE r.case_uuid = c.uuid AND r.material = m.material AND "
                       "r.status = 'received')");
    if (param("awaiting_materials") == u"1") {
        terms << QString(QStringLiteral("EXISTS (SELECT 1 ") + awaited + u')');
    }
    if (param("delivery_pending") == u"1") {
        terms << QStringLiteral("c.channel <> 'pickup' AND c.state IN ('approved', 'ready', 'issued')");
    }
    // The keyset: after=DEADLINE/NUMBER, the last row of the page before (DEADLINE empty for no deadline).
    if (request.query.hasQueryItem(QStringLiteral("after"))) {
        const QString after = param("after");
        const qsizetype slash = after.indexOf(u'/');
        if (slash < 0) {
            return ApiReply::error(400, protocol::error::badRequest, QStringLiteral("after must be DEADLINE/NUMBER"));
        }
        terms << QStringLiteral("(c.deadline > ? OR (c.deadline = ? AND c.number > ?))");
        values << after.left(slash) << after.left(slash) << after.mid(slash + 1);
    }
    values << limit + 1;

    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "SELECT c.uuid, c.number, c.item_code, c.state, c.hall_code, c.counter_number, c.clerk_uuid, "
                 "COALESCE(k.name, ''), c.citizen_uuid, COALESCE(p.id_number, ''), COALESCE(p.data, '{}'), "
                 "c.channel, c.deadline, c.data, c.version FROM cases c "
                 "LEFT JOIN clerks k ON k.uuid = c.clerk_uuid LEFT JOIN citizens p ON p.uuid = c.citizen_uuid "
                 "WHERE %1 ORDER BY c.deadline, c.number LIMIT ?")
                 .arg(terms.join(QStringLiteral(" AND "))),
             values)) {
        return databaseError();
    }
    protocol::BacklogReply reply;
    while (query.next()) {
        if (reply.cases.size() == limit) {
            reply.more = true;
            break;
        }
        const QJsonObject data = jsonObject(query.value(13).toString());
        protocol::BacklogCase row;
        row.uuid = query.value(0).toString();
        row.number = query.value(1).toString();
        row.itemCode = query.value(2).toString();
        row.kind = data.value(QStringLiteral("kind")).toString();
        row.state = query.value(3).toString();
        row.hallCode = query.value(4).toString();
        row.counterNumber = query.value(5).toInt();
        row.clerkUuid = query.value(6).toString();
        row.clerkName = query.value(7).toString();
        row.citizenUuid = query.value(8).toString();
        // PIPL: the district never hands out a full ID number in a list.
        const QString idNumber = query.value(9).toString();
        row.maskedIdNumber = idNumber.isEmpty() ? QString() : idcard::IdNumber::masked(idNumber);
        row.citizenName = jsonObject(query.value(10).toString()).value(QStringLiteral("name")).toString();
        row.channel = query.value(11).toString();
        row.deadline = query.value(12).toString();
        row.acceptedAt = data.value(QStringLiteral("accepted_at")).toString();
        row.version = query.value(14).toLongLong();
        reply.cases.append(row);
    }
    query.finish();
    for (protocol::BacklogCase& row : reply.cases) {
        QSqlQuery materials(db);
        if (!run(materials,
                 QStringLiteral("SELECT DISTINCT m.material FROM case_materials m WHERE m.case_uuid = ? AND "
                                "m.status = 'missing' AND NOT EXISTS (SELECT 1 FROM case_materials r WHERE "
                                "r.case_uuid = m.case_uuid AND r.material = m.material AND r.status = 'received') "
                                "ORDER BY m.material"),
                 {row.uuid})) {
            return databaseError();
        }
        while (materials.next()) {
            row.awaitedMaterials << materials.value(0).toString();
        }
    }
    qCDebug(lcBacklog) << "backlog page of" << reply.cases.size() << "for device" << device.id;
    return ApiReply::ok(reply.toJson());
}

} // namespace ow::district
