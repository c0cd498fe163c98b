#include "Api.h"
#include "Store.h"
#include "sync/Protocol.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcNumbers, "ow.district.numbers")

namespace ow::district {

namespace protocol = ow::sync::protocol;

ApiReply handleLease(ApiContext& context, const ApiRequest& request, const Device& device)
{
    ApiReply failure;
    const auto json = request.jsonBody(&failure);
    if (!json) {
        return failure;
    }
    QString message;
    const auto lease = protocol::LeaseRequest::fromJson(*json, &message);
    if (!lease) {
        return ApiReply::error(400, protocol::error::badRequest, message);
    }
    const auto serverError = [] {
        return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the database failed; try again"));
    };
    QSqlDatabase db = context.store.connection();
    WriteTransaction transaction(db, context.store.isSqlite());
    if (!transaction.isActive()) {
        return serverError();
    }
    // The update locks the series row until commit: two leases of one series never get the same numbers.
    QSqlQuery take(db);
    if (!run(take,
             QStringLiteral("UPDATE number_series SET next_number = next_number + ? WHERE template_code = ? "
                            "RETURNING next_number, prefix, width"),
             {lease->count, lease->templateCode})) {
        return serverError();
    }
    if (!take.next()) {
        return ApiReply::error(404, protocol::error::unknownSeries,
                               QStringLiteral("no number series for template %1").arg(lease->templateCode));
    }
    protocol::Lease block;
    block.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    block.templateCode = lease->templateCode;
    block.last = take.value(0).toLongLong() - 1;
    block.first = block.last - lease->count + 1;
    block.prefix = take.value(1).toString();
    block.width = take.value(2).toInt();
    take.finish();
    QSqlQuery insert(db);
    if (!run(insert,
             QStringLiteral("INSERT INTO number_blocks (uuid, template_code, prefix, width, first_number, "
                            "last_number, device_id, hall_code, state, data, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'leased', ?, ?)"),
             {block.uuid, block.templateCode, block.prefix, block.width, block.first, block.last, device.id,
              device.hallCode, jsonText(block.toJson()), nowText()}) ||
        !transaction.commit()) {
        return serverError();
    }
    qCInfo(lcNumbers) << "leased" << block.templateCode << block.first << "to" << block.last << "to device"
                      << device.id;
    return ApiReply::ok(block.toJson());
}

} // namespace ow::district
