#include "Api.h"
#include "Store.h"
#include "sync/Protocol.h"

namespace ow::district {

namespace protocol = ow::sync::protocol;

ApiReply handleSharedData(ApiContext& context, const QString& idNumber, const Device& device)
{
    // Cards print a lower-case x at times; the population keeps the upper-case form.
    const QString normalized = idNumber.trimmed().toUpper();
    QSqlDatabase db = context.store.connection();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT data FROM population WHERE id_number = ?"), {normalized})) {
        return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
    }
    QJsonObject shared;
    if (query.next()) {
        const QJsonObject record = jsonObject(query.value(0).toString());
        for (const char* key : {"household", "disability", "min_living_allowance"}) {
            const QJsonValue value = record.value(QLatin1StringView(key));
            if (value.isObject()) {
                shared.insert(QLatin1StringView(key), value);
            }
        }
    }
    query.finish();
    // Who looked at whose shared data is kept (PIPL), found or not.
    QSqlQuery log(db);
    if (!run(log, QStringLiteral("INSERT INTO shared_lookups (device_id, id_number, found, at) VALUES (?, ?, ?, ?)"),
             {device.id, normalized, shared.isEmpty() ? 0 : 1, nowText()})) {
        return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
    }
    if (shared.isEmpty()) {
        return ApiReply::error(404, protocol::error::notFound, QStringLiteral("no shared data for this citizen"));
    }
    return ApiReply::ok(shared);
}

} // namespace ow::district
