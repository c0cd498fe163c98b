#include "Api.h"
#include "Store.h"
#include "sync/Protocol.h"

namespace ow::district {

namespace protocol = ow::sync::protocol;

namespace {

// Cursors are opaque to clients: a versioned position, base64url encoded.
QString encodeCursor(qint64 position)
{
    return QString::fromLatin1(QByteArray("c1:" + QByteArray::number(position))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString& cursor)
{
    if (cursor.isEmpty()) {
        return 0;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("c1:")) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 position = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || position < 0) {
        return std::nullopt;
    }
    return position;
}

} // namespace

ApiReply handlePull(ApiContext& context, const ApiRequest& request, const Device& device)
{
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    const auto position = decodeCursor(cursor);
    if (!position) {
        return ApiReply::error(400, protocol::error::badCursor,
                               QStringLiteral("the cursor was not made by this server"));
    }
    int limit = protocol::defaultPullLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > protocol::maxPullLimit) {
            return ApiReply::error(400, protocol::error::badRequest, QStringLiteral("limit must be 1 to 1000"));
        }
    }
    QSqlDatabase db = context.store.connection();
    QSqlQuery query(db);
    // One more row than asked tells whether there is more.
    if (!run(query,
             QStringLiteral("SELECT position, stream, uuid, version, deleted, data FROM change_log "
                            "WHERE position > ? AND (hall_code IS NULL OR hall_code = ?) ORDER BY position LIMIT ?"),
             {*position, device.hallCode, limit + 1})) {
        return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
    }
    protocol::PullReply reply;
    reply.nextCursor = cursor.isEmpty() ? encodeCursor(0) : cursor;
    while (query.next()) {
        if (reply.changes.size() == limit) {
            reply.more = true;
            break;
        }
        protocol::PullChange change;
        change.cursor = encodeCursor(query.value(0).toLongLong());
        change.stream = query.value(1).toString();
        change.uuid = query.value(2).toString();
        change.version = query.value(3).toLongLong();
        change.deleted = query.value(4).toInt() != 0;
        change.data = jsonObject(query.value(5).toString());
        reply.nextCursor = change.cursor;
        reply.changes.append(change);
    }
    return ApiReply::ok(reply.toJson());
}

} // namespace ow::district
