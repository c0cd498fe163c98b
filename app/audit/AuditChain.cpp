#include "AuditChain.h"

#include "db/AuditRepository.h"

namespace ow::audit {

QJsonObject ChainReport::toJson() const
{
    QJsonObject json {{QStringLiteral("intact"), intact}, {QStringLiteral("rows_checked"), rowsChecked}};
    if (intact) {
        json.insert(QStringLiteral("head"), lastHash);
    } else {
        json.insert(QStringLiteral("broken_seq"), brokenSeq);
        json.insert(QStringLiteral("broken_uuid"), brokenUuid);
        json.insert(QStringLiteral("reason"), reason);
    }
    return json;
}

ChainReport AuditChain::verify(db::Database& database)
{
    constexpr int pageSize = 2000;
    db::AuditRepository repository(database);
    ChainReport report;
    QString expectedPrev = QString(db::AuditRepository::genesisHash);
    qint64 after = 0;
    qint64 previousSeq = 0;
    for (;;) {
        const QList<db::AuditRecord> page = repository.rows(after, pageSize);
        for (const db::AuditRecord& row : page) {
            ++report.rowsChecked;
            auto broken = [&](const QString& reason) {
                report.intact = false;
                report.brokenSeq = row.seq;
                report.brokenUuid = row.uuid;
                report.reason = reason;
                return report;
            };
            if (row.prevHash != expectedPrev) {
                return broken(previousSeq == 0
                                  ? tr("Row %1 does not start the chain: rows before it were removed.").arg(row.seq)
                                  : tr("Row %1 does not follow row %2: row %2 was changed, or a row between them was "
                                       "removed or moved.")
                                        .arg(row.seq)
                                        .arg(previousSeq));
            }
            if (db::AuditRepository::rowHash(row, row.prevHash) != row.hash) {
                return broken(tr("Row %1 was changed after it was written (%2 by %3 at %4).")
                                  .arg(row.seq)
                                  .arg(row.action, row.clerkUuid.isEmpty() ? tr("the system") : row.clerkUuid, row.at));
            }
            expectedPrev = row.hash;
            previousSeq = row.seq;
        }
        if (page.size() < pageSize) {
            break;
        }
        after = page.constLast().seq;
    }
    report.lastHash = expectedPrev;
    return report;
}

} // namespace ow::audit
