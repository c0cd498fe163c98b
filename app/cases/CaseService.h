#pragma once

#include "cases/CaseStates.h"
#include "db/CaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace ow::db {
class Database;
}

namespace ow::cases {

// A case with everything the cases page shows.
struct CaseDetail
{
    db::CaseRecord record;
    CaseKind kind = CaseKind::Promised;
    CaseState state = CaseState::Received;
    QList<db::MaterialRecord> materials;
    QList<db::CaseEventRecord> events;
    QList<CaseState> next; // the transitions allowed now
    QStringList awaitedMaterials; // names of materials accepted as "handed in later" that have not arrived

    [[nodiscard]] bool waitingForMaterials() const { return !awaitedMaterials.isEmpty(); }
};

// Working cases after acceptance: finding them, moving them along their states, receiving late materials.
// Every change is written with its event, its outbox row and an audit row in one transaction.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(ow::cases::CaseService)

public:
    using Clock = std::function<QDateTime()>;
    explicit CaseService(db::Database& database, Clock clock = {});

    [[nodiscard]] std::optional<CaseDetail> detail(const QString& number) const;
    [[nodiscard]] QList<db::CaseRecord> search(const QString& text, int limit = 200) const;
    [[nodiscard]] QList<db::CaseRecord> list(const QString& stateCode, int limit = 200, int offset = 0) const;

    // Writes more rows in the transaction of a change (a decision's notification); false rolls the change back.
    using Alongside = std::function<bool(const db::CaseRecord& changed, const QDateTime& at)>;

    [[nodiscard]] bool transition(const QString& number, CaseState to, const QString& clerkUuid, const QString& note,
                                  QString* errorMessage, const Alongside& alongside = {});
    [[nodiscard]] bool receiveMaterial(const QString& number, const QString& materialCode, const QString& clerkUuid,
                                       QString* errorMessage);

private:
    db::Database& m_database;
    Clock m_clock;
};

// The payload a case change sends to the district.
[[nodiscard]] QJsonObject casePayload(const db::CaseRecord& record);

} // namespace ow::cases
