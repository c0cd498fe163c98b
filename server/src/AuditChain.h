#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ow::sync::protocol {
struct Op;
}

namespace ow::district {

struct Device;

// What storing one pushed audit row decided.
enum class AuditAppend
{
    Stored,
    AlreadyStored, // a row of that uuid is there: a conflict, as for any create of a known uuid
    ChainBroken, // prev_hash is not the device's last hash, or hash is not the row's own: rejected, break recorded
    InvalidPayload,
    DatabaseFailed
};

// Checks a pushed `audit append` against the device's chain and stores it, inside the caller's transaction.
// After a break the chain goes on from the rejected row's own hash, so the rows after it are still checked
// (and kept) while the device stays reported as broken.
[[nodiscard]] AuditAppend appendAuditRow(QSqlDatabase& db, const Device& device, const sync::protocol::Op& op);

} // namespace ow::district
