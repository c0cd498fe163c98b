#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ow::db {
class Database;
}

namespace ow::audit {

// The outcome of walking the audit chain from its first row.
struct ChainReport
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 brokenSeq = 0; // the first row that does not hold, 0 when intact
    QString brokenUuid;
    QString reason; // for IT staff, in words
    QString lastHash; // the chain's head when intact

    [[nodiscard]] QJsonObject toJson() const;
};

// Checks the hash chain of the local audit log: each row must link to the row before it and hash to what it
// says. Names the first row that breaks it: an edited row fails its own hash, a deleted or moved row breaks
// the link of the row after the gap.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(ow::audit::AuditChain)

public:
    [[nodiscard]] static ChainReport verify(db::Database& database);
};

} // namespace ow::audit
