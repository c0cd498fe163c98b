#pragma once

#include "db/CitizenRepository.h"
#include "idcard/CardInfo.h"

#include <QCoreApplication>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::intake {

// The citizen behind a card read, and what this counter already knows of them.
struct CitizenLookup
{
    db::CitizenRecord citizen;
    bool known = false; // the citizen was in the local store before this read
    QList<db::CaseSummary> earlierCases;
};

// Finds or records citizens from what their ID card says.
class CitizenService
{
    Q_DECLARE_TR_FUNCTIONS(ow::intake::CitizenService)

public:
    static constexpr int earlierCasesShown = 20;

    explicit CitizenService(db::Database& database);

    // Records the card's holder (new, or with changed card fields) together with its outbox row and an
    // audit row, in one transaction; the card is the source of truth for what it carries.
    [[nodiscard]] std::optional<CitizenLookup> recordCard(const idcard::CardInfo& card, const QString& clerkUuid,
                                                          QString* errorMessage);
    [[nodiscard]] std::optional<CitizenLookup> find(const QString& idNumber) const;
    // Showing a whole ID number on screen is a view of personal data (PIPL): it is logged.
    [[nodiscard]] bool recordIdNumberShown(const QString& citizenUuid, const QString& clerkUuid);

private:
    db::Database& m_database;
};

} // namespace ow::intake
