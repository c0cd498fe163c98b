#include "intake/IntakeService.h"

#include "cases/CaseService.h"
#include "cases/CaseStates.h"
#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/AuditRepository.h"
#include "db/CitizenRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"
#include "forms/FormDefinition.h"

#include <QJsonArray>

namespace ow::intake {

namespace {

QString choiceCode(MaterialChoice choice)
{
    switch (choice) {
    case MaterialChoice::Provided:
        return QStringLiteral("provided");
    case MaterialChoice::Missing:
        return QStringLiteral("missing");
    case MaterialChoice::Commitment:
        return QStringLiteral("commitment");
    }
    return {};
}

// hall-counter-date-sequence: made offline, unique because the counter number is unique in its hall.
QString humanNumber(const core::CounterIdentity& identity, const QDate& day, int sequence, const QString& prefix = {})
{
    return QStringLiteral("%1%2-%3-%4-%5")
        .arg(prefix, identity.hallCode)
        .arg(identity.counterNumber, 2, 10, QLatin1Char('0'))
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace

QList<MaterialCheck> ItemCheck::blockingMissing() const
{
    QList<MaterialCheck> missing;
    for (const MaterialCheck& material : materials) {
        if (material.needed && material.choice == MaterialChoice::Missing && !material.problem.isEmpty()) {
            missing.append(material);
        }
    }
    return missing;
}

bool ItemCheck::acceptable() const
{
    if (!fieldErrors.isEmpty() || !eligibility.eligible || !problems.isEmpty()) {
        return false;
    }
    return std::none_of(materials.begin(), materials.end(),
                        [](const MaterialCheck& material) { return material.needed && !material.problem.isEmpty(); });
}

LocalEligibilityFacts::LocalEligibilityFacts(db::Database& database)
    : m_database(database)
{ }

std::optional<bool> LocalEligibilityFacts::hasRecord(const QString&, const QString&) const
{
    return std::nullopt; // shared district data: unknown while the counter has no link to it
}

std::optional<bool> LocalEligibilityFacts::hasActiveResult(const QString& itemCode, const QString& idNumber) const
{
    return db::CaseRepository(m_database).hasActiveResult(itemCode, idNumber);
}

std::optional<QDate> LocalEligibilityFacts::lastResultDate(const QString& itemCode, const QString& idNumber) const
{
    return db::CaseRepository(m_database).lastAccepted(itemCode, idNumber);
}

IntakeService::IntakeService(db::Database& database, calendar::WorkingCalendar calendar)
    : m_database(database)
    , m_calendar(std::move(calendar))
{ }

void IntakeService::setSharedLookup(SharedLookup lookup)
{
    m_district = lookup ? std::make_shared<DistrictFacts>(m_database, std::move(lookup)) : nullptr;
}

forms::PrefillContext IntakeService::prefillContext(const QString& idNumber, QDate serviceDate) const
{
    forms::PrefillContext context;
    context.serviceDate = serviceDate;
    context.shared = m_district.get();
    const db::CitizenRepository citizens(m_database);
    context.citizen = citizens.findByIdNumber(idNumber.toUpper());
    if (context.citizen) {
        const db::CaseRepository cases(m_database);
        for (const db::CaseRecord& record : cases.search(context.citizen->idNumber, 50)) {
            context.earlierCaseForms.append(record.formData);
            context.earlierCaseItemCodes.append(record.itemCode);
        }
    }
    return context;
}

ItemCheck IntakeService::checkItem(const catalog::CatalogItem& item, const ItemIntake& intake,
                                   const IntakeRequest& request) const
{
    ItemCheck check;
    check.itemCode = item.code;
    check.itemName = item.name;
    QString error;
    const auto form = forms::FormDefinition::fromJson(item.form, &error);
    if (!form) {
        check.problems << tr("The form of %1 in the catalog is broken: %2").arg(item.name, error);
        return check;
    }
    check.fieldErrors = forms::FormEngine::validate(*form, intake.formValues, request.serviceDate);
    const LocalEligibilityFacts localFacts(m_database);
    const forms::EligibilityFacts& facts =
        m_district ? static_cast<const forms::EligibilityFacts&>(*m_district) : localFacts;
    check.eligibility =
        forms::FormEngine::checkEligibility(item.eligibility, intake.formValues, facts, request.serviceDate, item.code);

    for (const catalog::Material& material : item.materials) {
        MaterialCheck decided;
        decided.materialId = material.id;
        decided.name = material.name;
        decided.key = material.key;
        if (material.isConditional()) {
            const auto condition = forms::Condition::fromJson(material.condition, &*form, &error);
            decided.needed = condition && condition->holds(intake.formValues);
        }
        const auto marked =
            std::find_if(intake.materials.begin(), intake.materials.end(),
                         [&](const MaterialDecision& decision) { return decision.materialId == material.id; });
        decided.choice = marked == intake.materials.end() ? MaterialChoice::Missing : marked->choice;
        if (!decided.needed) {
            check.materials.append(decided);
            continue;
        }
        if (decided.choice == MaterialChoice::Missing) {
            if (!material.toleranceAllowed) {
                decided.problem = material.key
                    ? tr("%1 is a key material: without it the case cannot be accepted.").arg(material.name)
                    : tr("%1 cannot be handed in later for this item.").arg(material.name);
            } else {
                const QDate due = marked != intake.materials.end() && marked->dueDate.isValid()
                    ? marked->dueDate
                    : m_calendar.addWorkingDays(request.serviceDate, material.toleranceDueDays).date;
                decided.dueDate = due;
                if (due < request.serviceDate) {
                    decided.problem = tr("The date to hand in %1 lies in the past.").arg(material.name);
                }
            }
        } else if (decided.choice == MaterialChoice::Commitment && !material.commitmentAllowed) {
            decided.problem = tr("A signed commitment cannot replace %1.").arg(material.name);
        }
        check.materials.append(decided);
    }
    if (!item.deliveryOptions.contains(request.channel)) {
        check.problems
            << tr("%1 cannot be handed over this way; choose one of the item's delivery options.").arg(item.name);
    }
    return check;
}

QList<ItemCheck> IntakeService::check(const IntakeRequest& request) const
{
    QList<ItemCheck> checks;
    const catalog::CatalogService catalog(m_database);
    for (const ItemIntake& intake : request.items) {
        const auto item = catalog.item(intake.itemCode);
        if (!item) {
            ItemCheck unknown;
            unknown.itemCode = intake.itemCode;
            unknown.problems << tr("There is no item %1 in the catalog.").arg(intake.itemCode);
            checks.append(unknown);
            continue;
        }
        checks.append(checkItem(*item, intake, request));
    }
    return checks;
}

QStringList IntakeService::describe(const QList<ItemCheck>& checks)
{
    QStringList problems;
    for (const ItemCheck& item : checks) {
        for (const forms::FieldError& field : item.fieldErrors) {
            problems << tr("%1: %2").arg(item.itemName, field.message);
        }
        for (const forms::EligibilityFinding& finding : item.eligibility.findings) {
            if (finding.severity == u"block") {
                problems << tr("%1: not eligible: %2").arg(item.itemName, finding.reason);
            }
        }
        for (const MaterialCheck& material : item.materials) {
            if (material.needed && !material.problem.isEmpty()) {
                problems << tr("%1: %2").arg(item.itemName, material.problem);
            }
        }
        problems << item.problems;
    }
    return problems;
}

std::optional<QList<db::CaseRecord>> IntakeService::accept(const IntakeRequest& request, QString* errorMessage)
{
    QStringList problems;
    const core::CounterIdentity identity = core::CounterSettings(m_database).identity();
    if (!identity.isComplete()) {
        problems << tr("This PC is not set up as a counter yet (hall and counter number); an administrator sets it up "
                       "under Settings.");
    }
    if (request.items.isEmpty()) {
        problems << tr("Choose at least one item.");
    }
    if (request.citizenUuid.isEmpty()) {
        problems << tr("Read the citizen's card (or enter the ID number) first.");
    }
    if ((request.channel == u"delivery" || request.channel == u"courier") &&
        request.deliveryAddress.trimmed().isEmpty()) {
        problems << tr("Enter the address to deliver to.");
    }
    const QList<ItemCheck> checks = check(request);
    problems << describe(checks);
    if (!problems.isEmpty()) {
        *errorMessage = problems.join(u'\n');
        return std::nullopt;
    }

    const catalog::CatalogService catalog(m_database);
    db::CaseRepository cases(m_database);
    db::OutboxRepository outbox(m_database);
    db::AuditRepository audit(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString bundleUuid = request.items.size() > 1 ? db::newUuid() : QString();
    QList<db::CaseRecord> made;
    db::Transaction transaction(m_database.connection());
    bool stored = transaction.isActive();
    for (int i = 0; stored && i < request.items.size(); ++i) {
        const ItemIntake& intake = request.items.at(i);
        const catalog::CatalogItem item = *catalog.item(intake.itemCode);
        const auto sequence =
            cases.nextSequence(QStringLiteral("case"), identity.hallCode, identity.counterNumber, request.serviceDate);
        if (!sequence) {
            stored = false;
            break;
        }
        db::CaseRecord record;
        record.uuid = db::newUuid();
        record.number = humanNumber(identity, request.serviceDate, *sequence);
        record.itemCode = item.code;
        record.itemName = item.name;
        record.itemRevision = item.revision;
        record.kind = catalog::kindCode(item.kind);
        record.citizenUuid = request.citizenUuid;
        record.hallCode = identity.hallCode;
        record.counterNumber = identity.counterNumber;
        record.clerkUuid = request.clerkUuid;
        record.bundleUuid = bundleUuid;
        record.state = cases::CaseStates::code(cases::CaseState::Received);
        record.formData = intake.formValues;
        record.channel = request.channel;
        record.trackingNumber = request.trackingNumber.trimmed();
        record.deliveryAddress = request.deliveryAddress.trimmed();
        record.phone = request.phone.trimmed();
        record.acceptedAt = now;
        const calendar::Deadline deadline = m_calendar.addWorkingDays(request.serviceDate, item.timeLimitDays);
        record.deadline = deadline.date;
        record.deadlineEstimated = deadline.isEstimate();
        record.citizenName = request.citizenName;
        record.citizenIdNumber = request.idNumber.toUpper();
        stored = cases.insert(record);

        QJsonArray materials;
        for (const MaterialCheck& material : checks.at(i).materials) {
            if (!material.needed) {
                continue;
            }
            const db::MaterialRecord row {db::newUuid(),
                                          record.uuid,
                                          material.materialId,
                                          material.name,
                                          choiceCode(material.choice),
                                          material.dueDate,
                                          material.choice == MaterialChoice::Provided ? now : QDateTime(),
                                          1};
            stored = stored && cases.insert(row);
            materials.append(QJsonObject {{QStringLiteral("material"), row.code},
                                          {QStringLiteral("status"), row.status},
                                          {QStringLiteral("due_date"), row.dueDate.toString(Qt::ISODate)}});
        }
        QJsonObject payload = cases::casePayload(record);
        payload.insert(QStringLiteral("materials"), materials);
        const db::CaseEventRecord event {db::newUuid(),
                                         record.uuid,
                                         now,
                                         request.clerkUuid,
                                         {},
                                         QStringLiteral("accepted"),
                                         {},
                                         record.state,
                                         {{QStringLiteral("bundle"), request.bundleCode}}};
        stored = stored && cases.insert(event) &&
            outbox.append(QStringLiteral("case"), record.uuid, QStringLiteral("create"), payload) &&
            audit.append(request.clerkUuid, QStringLiteral("case.accept"), record.number);
        made.append(record);
    }
    if (!stored || !transaction.commit()) {
        *errorMessage = tr("The cases could not be saved to the data file; nothing was accepted. Call IT support.");
        return std::nullopt;
    }
    return made;
}

std::optional<db::NoticeRecord> IntakeService::issueNotice(const QString& itemCode, const QString& idNumber,
                                                           const QString& citizenName,
                                                           const QStringList& missingMaterialIds,
                                                           const QString& clerkUuid, QString* errorMessage)
{
    const core::CounterIdentity identity = core::CounterSettings(m_database).identity();
    const auto item = catalog::CatalogService(m_database).item(itemCode);
    if (!item) {
        *errorMessage = tr("There is no item %1 in the catalog.").arg(itemCode);
        return std::nullopt;
    }
    if (!identity.isComplete()) {
        *errorMessage = tr("This PC is not set up as a counter yet (hall and counter number); an administrator sets "
                           "it up under Settings.");
        return std::nullopt;
    }
    QJsonArray missing;
    for (const QString& id : missingMaterialIds) {
        const catalog::Material* material = item->material(id);
        if (!material) {
            *errorMessage = tr("%1 has no material %2.").arg(item->name, id);
            return std::nullopt;
        }
        missing.append(QJsonObject {{QStringLiteral("id"), material->id},
                                    {QStringLiteral("name"), material->name},
                                    {QStringLiteral("note"), material->note}});
    }
    if (missing.isEmpty()) {
        *errorMessage = tr("A one-time notice lists at least one missing material.");
        return std::nullopt;
    }
    const QDate today = QDate::currentDate();
    db::CaseRepository cases(m_database);
    db::Transaction transaction(m_database.connection());
    const auto sequence = transaction.isActive()
        ? cases.nextSequence(QStringLiteral("notice"), identity.hallCode, identity.counterNumber, today)
        : std::nullopt;
    db::NoticeRecord notice {db::newUuid(), {},
                             item->code,    idNumber.toUpper(),
                             citizenName,   {{QStringLiteral("materials"), missing}},
                             clerkUuid,     QDateTime::currentDateTimeUtc()};
    if (sequence) {
        notice.number = humanNumber(identity, today, *sequence, QStringLiteral("N"));
    }
    const bool stored = sequence && cases.insert(notice) &&
        db::AuditRepository(m_database).append(clerkUuid, QStringLiteral("notice.issue"), notice.number) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The notice could not be saved to the data file.");
        return std::nullopt;
    }
    return notice;
}

} // namespace ow::intake
