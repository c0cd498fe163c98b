#pragma once

#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogItem.h"
#include "db/CaseRepository.h"
#include "forms/FormEngine.h"
#include "intake/DistrictFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace ow::db {
class Database;
}

namespace ow::intake {

enum class MaterialChoice
{
    Provided,
    Missing,
    Commitment
};

// What the clerk marked for one material of an item.
struct MaterialDecision
{
    QString materialId;
    MaterialChoice choice = MaterialChoice::Provided;
    QDate dueDate; // for Missing; empty: the item's tolerance period from the service date
};

// One item of an intake with the confirmed form and the checklist.
struct ItemIntake
{
    QString itemCode;
    QJsonObject formValues;
    QList<MaterialDecision> materials; // a needed material not listed counts as missing
};

struct IntakeRequest
{
    QString citizenUuid;
    QString idNumber;
    QString citizenName;
    QList<ItemIntake> items; // several for a "one thing" bundle
    QString bundleCode;
    QString channel = QStringLiteral("pickup");
    QString trackingNumber;
    QString deliveryAddress;
    QString phone;
    QDate serviceDate;
    QString clerkUuid;
};

// One material as the checklist decides it.
struct MaterialCheck
{
    QString materialId;
    QString name;
    bool needed = true; // its condition holds (or it has none)
    bool key = false;
    MaterialChoice choice = MaterialChoice::Provided;
    QDate dueDate;
    QString problem; // translated; empty when the choice is allowed
};

// Everything that stands between an item and its case; nothing is written to find it out.
struct ItemCheck
{
    QString itemCode;
    QString itemName;
    QList<forms::FieldError> fieldErrors;
    forms::EligibilityOutcome eligibility;
    QList<MaterialCheck> materials;
    QStringList problems; // translated, other than fields and materials

    // Missing materials that cannot be accepted missing: they go on the one-time notice.
    [[nodiscard]] QList<MaterialCheck> blockingMissing() const;
    [[nodiscard]] bool acceptable() const;
};

// Takes a citizen's items into cases: checks forms, eligibility and materials against the catalog,
// then writes each case with its human number, deadline, materials, event, outbox and audit rows.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(ow::intake::IntakeService)

public:
    IntakeService(db::Database& database, calendar::WorkingCalendar calendar);

    // Shared data from the district for prefill and eligibility (no paper the system knows already);
    // without it, or while the district cannot be asked, those facts are unknown.
    void setSharedLookup(SharedLookup lookup);

    [[nodiscard]] QList<ItemCheck> check(const IntakeRequest& request) const;
    // What stops the checked items, one translated line each (fields, eligibility, materials, channel).
    [[nodiscard]] static QStringList describe(const QList<ItemCheck>& checks);
    // The cases made, one per item; nothing and a message (every problem, one per line) otherwise.
    [[nodiscard]] std::optional<QList<db::CaseRecord>> accept(const IntakeRequest& request, QString* errorMessage);
    // Records a one-time notice listing every missing material; no case is made.
    [[nodiscard]] std::optional<db::NoticeRecord> issueNotice(const QString& itemCode, const QString& idNumber,
                                                              const QString& citizenName,
                                                              const QStringList& missingMaterialIds,
                                                              const QString& clerkUuid, QString* errorMessage);

    // The prefill context for a citizen: the card, the stored record and their earlier cases' forms.
    [[nodiscard]] forms::PrefillContext prefillContext(const QString& idNumber, QDate serviceDate) const;
    [[nodiscard]] const calendar::WorkingCalendar& calendar() const { return m_calendar; }

private:
    [[nodiscard]] ItemCheck checkItem(const catalog::CatalogItem& item, const ItemIntake& intake,
                                      const IntakeRequest& request) const;

    db::Database& m_database;
    calendar::WorkingCalendar m_calendar;
    std::shared_ptr<DistrictFacts> m_district;
};

// Answers eligibility rules from this counter's own cases (shared district data comes with sync).
class LocalEligibilityFacts : public forms::EligibilityFacts
{
public:
    explicit LocalEligibilityFacts(db::Database& database);
    [[nodiscard]] std::optional<bool> hasRecord(const QString& dataset, const QString& idNumber) const override;
    [[nodiscard]] std::optional<bool> hasActiveResult(const QString& itemCode, const QString& idNumber) const override;
    [[nodiscard]] std::optional<QDate> lastResultDate(const QString& itemCode, const QString& idNumber) const override;

private:
    db::Database& m_database;
};

} // namespace ow::intake
