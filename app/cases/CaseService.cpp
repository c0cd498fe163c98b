#include "cases/CaseService.h"

#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QJsonObject>

namespace ow::cases {

QJsonObject casePayload(const db::CaseRecord& record)
{
    return {{QStringLiteral("uuid"), record.uuid},
            {QStringLiteral("number"), record.number},
            {QStringLiteral("item_code"), record.itemCode},
            {QStringLiteral("item_revision"), record.itemRevision},
            {QStringLiteral("kind"), record.kind},
            {QStringLiteral("citizen_uuid"), record.citizenUuid},
            {QStringLiteral("hall_code"), record.hallCode},
            {QStringLiteral("counter_number"), record.counterNumber},
            {QStringLiteral("clerk_uuid"), record.clerkUuid},
            {QStringLiteral("state"), record.state},
            {QStringLiteral("form_data"), record.formData},
            {QStringLiteral("channel"), record.channel},
            {QStringLiteral("tracking_number"), record.trackingNumber},
            {QStringLiteral("delivery_address"), record.deliveryAddress},
            {QStringLiteral("accepted_at"), db::timestamp(record.acceptedAt)},
            {QStringLiteral("deadline"), record.deadline.toString(Qt::ISODate)},
            {QStringLiteral("version"), record.version}};
}

CaseService::CaseService(db::Database& database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

std::optional<CaseDetail> CaseService::detail(const QString& number) const
{
    const db::CaseRepository cases(m_database);
    const auto record = cases.byNumber(number.trimmed());
    if (!record) {
        return std::nullopt;
    }
    CaseDetail detail;
    detail.record = *record;
    detail.kind = CaseStates::kindFromCode(record->kind).value_or(CaseKind::Promised);
    detail.state = CaseStates::fromCode(record->state).value_or(CaseState::Received);
    detail.materials = cases.materials(record->uuid);
    detail.events = cases.events(record->uuid);
    detail.next = CaseStates::next(detail.kind, detail.state);
    for (const db::MaterialRecord& material : std::as_const(detail.materials)) {
        if (material.status == u"missing") {
            detail.awaitedMaterials << material.name;
        }
    }
    return detail;
}

QList<db::CaseRecord> CaseService::search(const QString& text, int limit) const
{
    return db::CaseRepository(m_database).search(text, limit);
}

QList<db::CaseRecord> CaseService::list(const QString& stateCode, int limit, int offset) const
{
    return db::CaseRepository(m_database).list(stateCode, limit, offset);
}

bool CaseService::transition(const QString& number, CaseState to, const QString& clerkUuid, const QString& note,
                             QString* errorMessage, const Alongside& alongside)
{
    const auto current = detail(number);
    if (!current) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(number);
        return false;
    }
    if (!CaseStates::allowed(current->kind, current->state, to)) {
        QStringList allowed;
        for (CaseState next : current->next) {
            allowed << CaseStates::displayName(next);
        }
        *errorMessage = allowed.isEmpty()
            ? tr("Case %1 is %2 and cannot change any more.").arg(number, CaseStates::displayName(current->state))
            : tr("Case %1 is %2; it can only become: %3.")
                  .arg(number, CaseStates::displayName(current->state), allowed.join(QStringLiteral(", ")));
        return false;
    }
    if (CaseStates::needsAllMaterials(to) && current->waitingForMaterials()) {
        *errorMessage = tr("Case %1 still waits for: %2. Record them as received first.")
                            .arg(number, current->awaitedMaterials.join(QStringLiteral(", ")));
        return false;
    }
    if (to == CaseState::Rejected && note.trimmed().isEmpty()) {
        *errorMessage = tr("Give the reason for the rejection; the citizen is told it.");
        return false;
    }

    const QDateTime now = m_clock();
    db::CaseRecord changed = current->record;
    changed.state = CaseStates::code(to);
    if (to == CaseState::Closed || (current->kind == CaseKind::Instant && to == CaseState::Collected)) {
        changed.closedAt = now;
    }
    db::CaseRepository cases(m_database);
    db::Transaction transaction(m_database.connection());
    bool stored = transaction.isActive() && cases.updateState(changed, changed.state, now);
    changed.version += 1;
    const db::CaseEventRecord event {db::newUuid(),
                                     changed.uuid,
                                     now,
                                     clerkUuid,
                                     {},
                                     QStringLiteral("state"),
                                     current->record.state,
                                     changed.state,
                                     {{QStringLiteral("note"), note.trimmed()}}};
    stored = stored && cases.insert(event) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("case"), changed.uuid, QStringLiteral("state"), casePayload(changed)) &&
        db::AuditRepository(m_database)
            .append(clerkUuid, QStringLiteral("case.state"), changed.number,
                    {{QStringLiteral("from"), current->record.state}, {QStringLiteral("to"), changed.state}}) &&
        (!alongside || alongside(changed, now)) && transaction.commit();
    if (!stored) {
        *errorMessage = tr("Case %1 changed meanwhile or could not be saved; open it again.").arg(number);
        return false;
    }
    return true;
}

bool CaseService::receiveMaterial(const QString& number, const QString& materialCode, const QString& clerkUuid,
                                  QString* errorMessage)
{
    const auto current = detail(number);
    if (!current) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(number);
        return false;
    }
    const auto material = std::find_if(current->materials.begin(), current->materials.end(),
                                       [&](const db::MaterialRecord& m) { return m.code == materialCode; });
    if (material == current->materials.end() || material->status != u"missing") {
        *errorMessage = tr("Case %1 does not wait for the material %2.").arg(number, materialCode);
        return false;
    }
    const QDateTime now = m_clock();
    db::CaseRepository cases(m_database);
    db::Transaction transaction(m_database.connection());
    const db::CaseEventRecord event {
        db::newUuid(),
        current->record.uuid,
        now,
        clerkUuid,
        {},
        QStringLiteral("material"),
        {},
        {},
        {{QStringLiteral("material"), material->code}, {QStringLiteral("name"), material->name}}};
    const bool stored = transaction.isActive() && cases.markMaterialReceived(material->uuid, now) &&
        cases.insert(event) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("material"), material->uuid, QStringLiteral("received"),
                    {{QStringLiteral("case_uuid"), current->record.uuid},
                     {QStringLiteral("material"), material->code},
                     {QStringLiteral("received_at"), db::timestamp(now)}}) &&
        db::AuditRepository(m_database)
            .append(clerkUuid, QStringLiteral("case.material"), current->record.number,
                    {{QStringLiteral("material"), material->code}}) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The material could not be recorded in the data file.");
        return false;
    }
    return true;
}

} // namespace ow::cases
