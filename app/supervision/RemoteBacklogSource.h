#pragma once

#include "supervision/BacklogQuery.h"

#include <QCoreApplication>
#include <QString>

namespace ow::core {
class SecretStore;
}

namespace ow::supervision {

// The open cases of the whole district, from onewindow-district's GET /backlog. The server answers only when
// the request names a supervisor who logged in online on this counter recently; the ID numbers come masked.
// A slow or absent server makes the source unavailable (with a reason the page shows), never a hang.
class RemoteBacklogSource : public BacklogSource
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::RemoteBacklogSource)

public:
    static constexpr int defaultTimeoutMs = 3000;

    RemoteBacklogSource(db::Database& database, core::SecretStore& secrets, QString supervisorUuid,
                        int timeoutMs = defaultTimeoutMs);

    [[nodiscard]] QString name() const override { return QStringLiteral("district"); }
    [[nodiscard]] std::optional<QList<db::BacklogRecord>> fetch(const db::BacklogCriteria& criteria,
                                                                const std::optional<BacklogCursor>& after, int limit,
                                                                QString* unavailable) const override;
    // The district gives pages, not totals: its cases are not counted (the page shows what it fetched).
    [[nodiscard]] int count(const db::BacklogCriteria& criteria) const override;

    // Adds the district source to query when this counter is enrolled; false (nothing added) otherwise.
    static bool addTo(BacklogQuery& query, db::Database& database, core::SecretStore& secrets,
                      const QString& supervisorUuid);

private:
    db::Database& m_database;
    core::SecretStore& m_secrets;
    QString m_supervisorUuid;
    int m_timeoutMs;
};

} // namespace ow::supervision
