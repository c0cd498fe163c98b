#pragma once

#include "auth/ClerkService.h"
#include "calendar/WorkingCalendar.h"
#include "cases/CaseService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow::db {
class Database;
}

namespace ow::supervision {

// What the back office decides on a case with a promised time limit.
enum class Decision
{
    Approve,
    ReturnForMaterial, // the case stays in review and waits for the requested materials
    Reject,
    Reassign, // another clerk works the case
};

struct DecisionRequest
{
    QString caseNumber {};
    Decision decision = Decision::Approve;
    QString reason {}; // needed for everything but an approval; the citizen reads it
    QStringList requestedMaterials {}; // ReturnForMaterial: what to bring
    int materialDueWorkingDays = 10; // ReturnForMaterial: by when
    QString assigneeUuid {}; // Reassign: the clerk who takes the case
};

// Back-office decisions by a supervisor: approve, return for more material, reject, reassign. Each is written
// with its case event, the citizen's notification, outbox and audit rows in one transaction; the state
// changes go through CaseService::transition, so CaseStates stays the one place that says what may follow what.
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::DecisionService)

public:
    using Clock = std::function<QDateTime()>;
    DecisionService(db::Database& database, calendar::WorkingCalendar calendar, Clock clock = {});

    [[nodiscard]] static bool mayDecide(auth::Role role);
    [[nodiscard]] static QString displayName(Decision decision);
    // The decisions that fit the case now (none for an instant item or a decided case).
    [[nodiscard]] static QList<Decision> available(const cases::CaseDetail& detail);

    [[nodiscard]] bool decide(const auth::Clerk& actor, const DecisionRequest& request, QString* errorMessage);

    // The message the citizen gets, in the program's language.
    [[nodiscard]] static QString notificationText(Decision decision, const db::CaseRecord& record,
                                                  const QString& reason, const QStringList& materials, QDate due);

private:
    [[nodiscard]] bool returnForMaterial(const auth::Clerk& actor, const cases::CaseDetail& detail,
                                         const DecisionRequest& request, QString* errorMessage);
    [[nodiscard]] bool reassign(const auth::Clerk& actor, const cases::CaseDetail& detail,
                                const DecisionRequest& request, QString* errorMessage);
    [[nodiscard]] bool writeNotification(const db::CaseRecord& record, Decision decision, const QString& message,
                                         const QString& clerkUuid, const QDateTime& at);

    db::Database& m_database;
    calendar::WorkingCalendar m_calendar;
    Clock m_clock;
    cases::CaseService m_cases;
};

} // namespace ow::supervision
