#include "supervision/DecisionService.h"

#include "db/AuditRepository.h"
#include "db/BacklogRepository.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QJsonArray>

namespace ow::supervision {

namespace {

QString decisionCode(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::ReturnForMaterial:
        return QStringLiteral("return");
    case Decision::Reject:
        return QStringLiteral("reject");
    case Decision::Reassign:
        return QStringLiteral("reassign");
    }
    return {};
}

QString notificationKind(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approved");
    case Decision::ReturnForMaterial:
        return QStringLiteral("returned");
    default:
        return QStringLiteral("rejected");
    }
}

QStringList cleaned(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty()) {
            result << name.trimmed();
        }
    }
    return result;
}

} // namespace

DecisionService::DecisionService(db::Database& database, calendar::WorkingCalendar calendar, Clock clock)
    : m_database(database)
    , m_calendar(std::move(calendar))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_cases(database, m_clock)
{ }

bool DecisionService::mayDecide(auth::Role role)
{
    return auth::Roles::allows(role, auth::Permission::SuperviseBacklog);
}

QString DecisionService::displayName(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return tr("Approve");
    case Decision::ReturnForMaterial:
        return tr("Return for more material");
    case Decision::Reject:
        return tr("Reject");
    case Decision::Reassign:
        return tr("Reassign to another clerk");
    }
    return {};
}

QList<Decision> DecisionService::available(const cases::CaseDetail& detail)
{
    QList<Decision> decisions;
    const bool awaitsDecision = detail.kind == cases::CaseKind::Promised &&
        (detail.state == cases::CaseState::Received || detail.state == cases::CaseState::InReview);
    if (awaitsDecision) {
        decisions << Decision::Approve << Decision::ReturnForMaterial << Decision::Reject;
    }
    if (cases::CaseStates::isOpen(detail.state)) {
        decisions << Decision::Reassign;
    }
    return decisions;
}

QString DecisionService::notificationText(Decision decision, const db::CaseRecord& record, const QString& reason,
                                          const QStringList& materials, QDate due)
{
    switch (decision) {
    case Decision::Approve:
        return tr("Your application %1 (%2) has been approved. We will tell you when the result is ready.")
            .arg(record.number, record.itemName);
    case Decision::ReturnForMaterial:
        return tr("Your application %1 (%2) needs more material: %3. Please bring it to the service hall by %4. "
                  "Reason: %5")
            .arg(record.number, record.itemName, materials.join(tr(", ")), due.toString(Qt::ISODate), reason);
    case Decision::Reject:
        return tr("Your application %1 (%2) has been rejected. Reason: %3").arg(record.number, record.itemName, reason);
    case Decision::Reassign:
        break;
    }
    return {};
}

bool DecisionService::decide(const auth::Clerk& actor, const DecisionRequest& request, QString* errorMessage)
{
    if (!mayDecide(actor.role)) {
        *errorMessage = tr("Only a supervisor or an administrator can decide on cases; you are logged in as %1.")
                            .arg(auth::Roles::displayName(actor.role));
        return false;
    }
    const QString number = request.caseNumber.trimmed();
    const auto detail = m_cases.detail(number);
    if (!detail) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(number);
        return false;
    }
    const QString reason = request.reason.trimmed();
    if (request.decision != Decision::Approve && reason.isEmpty()) {
        *errorMessage = request.decision == Decision::Reassign
            ? tr("Give the reason for the reassignment.")
            : tr("Give the reason for the decision; the citizen is told it.");
        return false;
    }
    if (!available(*detail).contains(request.decision)) {
        *errorMessage = detail->kind == cases::CaseKind::Instant
            ? tr("Case %1 is issued on the spot; only cases with a promised time limit are decided in the back "
                 "office.")
                  .arg(number)
            : tr("Case %1 is %2 and no longer waits for a decision.")
                  .arg(number, cases::CaseStates::displayName(detail->state));
        return false;
    }
    if (request.decision == Decision::Reassign) {
        return reassign(actor, *detail, request, errorMessage);
    }
    if (request.decision == Decision::Approve && detail->waitingForMaterials()) {
        *errorMessage = tr("Case %1 still waits for: %2. Record them as received before approving.")
                            .arg(number, detail->awaitedMaterials.join(tr(", ")));
        return false;
    }
    if (request.decision == Decision::ReturnForMaterial && cleaned(request.requestedMaterials).isEmpty()) {
        *errorMessage = tr("Name the materials the citizen has to bring.");
        return false;
    }
    // A decision is taken in review: a case still "received" moves there first, as its own recorded step.
    if (detail->state == cases::CaseState::Received &&
        !m_cases.transition(number, cases::CaseState::InReview, actor.uuid, tr("Taken into review for a decision"),
                            errorMessage)) {
        return false;
    }
    if (request.decision == Decision::ReturnForMaterial) {
        const auto current = m_cases.detail(number);
        return current && returnForMaterial(actor, *current, request, errorMessage);
    }

    const cases::CaseState to =
        request.decision == Decision::Approve ? cases::CaseState::Approved : cases::CaseState::Rejected;
    const QString message = notificationText(request.decision, detail->record, reason, {}, {});
    return m_cases.transition(
        number, to, actor.uuid, reason, errorMessage,
        [this, &actor, &request, &message, &reason](const db::CaseRecord& changed, const QDateTime& at) {
            return writeNotification(changed, request.decision, message, actor.uuid, at) &&
                db::AuditRepository(m_database)
                    .append(actor.uuid, QStringLiteral("case.decision"), changed.number,
                            {{QStringLiteral("decision"), decisionCode(request.decision)},
                             {QStringLiteral("reason"), reason}});
        });
}

bool DecisionService::returnForMaterial(const auth::Clerk& actor, const cases::CaseDetail& detail,
                                        const DecisionRequest& request, QString* errorMessage)
{
    const QDateTime now = m_clock();
    const QStringList materials = cleaned(request.requestedMaterials);
    const QDate due =
        m_calendar.addWorkingDays(now.toLocalTime().date(), std::max(1, request.materialDueWorkingDays)).date;
    const QString reason = request.reason.trimmed();
    const db::CaseRecord& record = detail.record;

    db::CaseRepository cases(m_database);
    db::OutboxRepository outbox(m_database);
    db::Transaction transaction(m_database.connection());
    bool stored = transaction.isActive();
    // Each requested material is a material accepted as "handed in later": the case cannot be approved until
    // the counter records it as received, by the rule that already holds for materials missing at intake.
    for (const QString& name : materials) {
        db::MaterialRecord material;
        material.uuid = db::newUuid();
        material.caseUuid = record.uuid;
        material.code = QStringLiteral("requested-%1").arg(material.uuid.left(8));
        material.name = name;
        material.status = QStringLiteral("missing");
        material.dueDate = due;
        stored = stored && cases.insert(material) &&
            outbox.append(QStringLiteral("material"), material.uuid, QStringLiteral("requested"),
                          {{QStringLiteral("case_uuid"), record.uuid},
                           {QStringLiteral("material"), material.code},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("due_date"), due.toString(Qt::ISODate)}});
    }
    const db::CaseEventRecord event {
        db::newUuid(),
        record.uuid,
        now,
        actor.uuid,
        {},
        QStringLiteral("returned"),
        {},
        {},
        {{QStringLiteral("name"), tr("Returned for more material: %1").arg(materials.join(tr(", ")))},
         {QStringLiteral("note"), reason},
         {QStringLiteral("materials"), QJsonArray::fromStringList(materials)},
         {QStringLiteral("due_date"), due.toString(Qt::ISODate)}}};
    const QString message = notificationText(Decision::ReturnForMaterial, record, reason, materials, due);
    stored = stored && cases.insert(event) &&
        writeNotification(record, Decision::ReturnForMaterial, message, actor.uuid, now) &&
        db::AuditRepository(m_database)
            .append(actor.uuid, QStringLiteral("case.decision"), record.number,
                    {{QStringLiteral("decision"), decisionCode(Decision::ReturnForMaterial)},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("materials"), QJsonArray::fromStringList(materials)}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The decision on case %1 could not be saved; open the case again.").arg(record.number);
        return false;
    }
    return true;
}

bool DecisionService::reassign(const auth::Clerk& actor, const cases::CaseDetail& detail,
                               const DecisionRequest& request, QString* errorMessage)
{
    const db::CaseRecord& record = detail.record;
    const auto assignee = db::ClerkRepository(m_database).findByUuid(request.assigneeUuid);
    if (!assignee || !assignee->active) {
        *errorMessage = tr("Choose the clerk who takes case %1.").arg(record.number);
        return false;
    }
    const QDateTime now = m_clock();
    const QString reason = request.reason.trimmed();
    db::Transaction transaction(m_database.connection());
    const db::CaseEventRecord event {db::newUuid(),
                                     record.uuid,
                                     now,
                                     actor.uuid,
                                     {},
                                     QStringLiteral("assigned"),
                                     {},
                                     {},
                                     {{QStringLiteral("name"), tr("Reassigned to %1").arg(assignee->name)},
                                      {QStringLiteral("note"), reason},
                                      {QStringLiteral("assignee_uuid"), assignee->uuid}}};
    const bool stored = transaction.isActive() &&
        db::BacklogRepository(m_database).assign(record.uuid, record.version, assignee->uuid, now) &&
        db::CaseRepository(m_database).insert(event) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("case"), record.uuid, QStringLiteral("assign"),
                    {{QStringLiteral("uuid"), record.uuid},
                     {QStringLiteral("assignee_uuid"), assignee->uuid},
                     {QStringLiteral("version"), record.version + 1}}) &&
        db::AuditRepository(m_database)
            .append(actor.uuid, QStringLiteral("case.assign"), record.number,
                    {{QStringLiteral("assignee_uuid"), assignee->uuid}, {QStringLiteral("reason"), reason}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("Case %1 changed meanwhile or could not be saved; open it again.").arg(record.number);
        return false;
    }
    return true;
}

bool DecisionService::writeNotification(const db::CaseRecord& record, Decision decision, const QString& message,
                                        const QString& clerkUuid, const QDateTime& at)
{
    db::NotificationRecord notification;
    notification.uuid = db::newUuid();
    notification.caseUuid = record.uuid;
    notification.citizenUuid = record.citizenUuid;
    notification.kind = notificationKind(decision);
    // Without a phone number the counter hands the message over on paper when the citizen comes.
    notification.channel = record.phone.isEmpty() ? QStringLiteral("paper") : QStringLiteral("sms");
    notification.phone = record.phone;
    notification.message = message;
    notification.clerkUuid = clerkUuid;
    notification.createdAt = at;
    return db::BacklogRepository(m_database).insert(notification) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("notification"), notification.uuid, QStringLiteral("create"),
                    {{QStringLiteral("uuid"), notification.uuid},
                     {QStringLiteral("case_uuid"), notification.caseUuid},
                     {QStringLiteral("citizen_uuid"), notification.citizenUuid},
                     {QStringLiteral("kind"), notification.kind},
                     {QStringLiteral("channel"), notification.channel},
                     {QStringLiteral("phone"), notification.phone},
                     {QStringLiteral("message"), notification.message},
                     {QStringLiteral("created_at"), db::timestamp(at)}});
}

} // namespace ow::supervision
