#pragma once

#include "auth/ClerkService.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::supervision {

// Personal data shown in full only on request, and every such request logged (PIPL): screens show masked ID
// numbers; "Show full ID number" comes here and leaves an audit row "id.unmask".
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::PersonalData)

public:
    explicit PersonalData(db::Database& database);

    // The full ID number of the case's citizen, after the audit row is written; nothing when it cannot be logged.
    [[nodiscard]] std::optional<QString> revealIdNumber(const auth::Clerk& actor, const QString& caseNumber,
                                                        const QString& where, QString* errorMessage);

private:
    db::Database& m_database;
};

} // namespace ow::supervision
