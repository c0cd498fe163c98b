#pragma once

#include "db/CitizenRepository.h"
#include "forms/FormDefinition.h"
#include "idcard/CardInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ow::forms {

// District shared data, looked up by dataset and the citizen's ID number.
class SharedDataProvider
{
public:
    virtual ~SharedDataProvider();
    // The citizen's record of the dataset, or nothing when there is none or it cannot be asked.
    virtual std::optional<QJsonObject> dataset(const QString& name, const QString& idNumber) = 0;
};

// Offline, or before the district call exists: no shared data at all.
class NoSharedData : public SharedDataProvider
{
public:
    std::optional<QJsonObject> dataset(const QString& name, const QString& idNumber) override;
};

// Everything prefill may read, in the order a field's sources are tried.
struct PrefillContext
{
    std::optional<idcard::CardInfo> card;
    std::optional<db::CitizenRecord> citizen;
    QList<QJsonObject> earlierCaseForms; // form_data of the citizen's earlier cases, newest first
    // The item code of each entry of earlierCaseForms (same order); a source naming an item reads only those.
    QStringList earlierCaseItemCodes;
    SharedDataProvider* shared = nullptr;
    QDate serviceDate;
};

// Where a field's value came from: card, citizen, earlier_case, shared, computed, default or typed.
struct FieldValue
{
    QJsonValue value;
    QString source;
};

struct FormState
{
    QMap<QString, FieldValue> fields;

    // Field id -> value, without empty values.
    [[nodiscard]] QJsonObject values() const;
    [[nodiscard]] QJsonValue value(const QString& id) const { return fields.value(id).value; }
    [[nodiscard]] QString source(const QString& id) const { return fields.value(id).source; }
    // The clerk typed or changed a value.
    void setTyped(const QString& id, const QJsonValue& value) { fields.insert(id, FieldValue {value, typedSource()}); }

    [[nodiscard]] static QString typedSource();
};

// One problem with one field, for the clerk. For a cell of a table: the row (0-based) and the column id.
struct FieldError
{
    QString fieldId;
    QString message;
    int row = -1;
    QString columnId;
};

// Answers eligibility rules need from outside the form. std::nullopt means "unknown" (offline, not asked):
// the rule's `when_unknown` then decides.
class EligibilityFacts
{
public:
    virtual ~EligibilityFacts();
    virtual std::optional<bool> hasRecord(const QString& dataset, const QString& idNumber) const = 0;
    virtual std::optional<bool> hasActiveResult(const QString& itemCode, const QString& idNumber) const = 0;
    virtual std::optional<QDate> lastResultDate(const QString& itemCode, const QString& idNumber) const = 0;
    // The shared record itself (hukou region, residence permit); an empty object when known to be absent.
    virtual std::optional<QJsonObject> record(const QString& dataset, const QString& idNumber) const;
};

// Knows nothing: every rule that needs outside data is decided by its `when_unknown`.
class NoEligibilityFacts : public EligibilityFacts
{
public:
    std::optional<bool> hasRecord(const QString& dataset, const QString& idNumber) const override;
    std::optional<bool> hasActiveResult(const QString& itemCode, const QString& idNumber) const override;
    std::optional<QDate> lastResultDate(const QString& itemCode, const QString& idNumber) const override;
};

struct EligibilityFinding
{
    QString rule;
    QString severity; // "block" or "warn"
    QString reason; // the item's Chinese reason text
    bool unknown = false; // the data to decide was missing and `when_unknown` made this finding
};

struct EligibilityOutcome
{
    bool eligible = true; // no finding blocks
    QList<EligibilityFinding> findings;
};

enum class Stage
{
    Intake,
    Review, // the back office: `stage: review` fields are required too
};

// Prefill, computed values, validation and eligibility of a catalog item's form (FORMAT.md).
class FormEngine
{
    Q_DECLARE_TR_FUNCTIONS(ow::forms::FormEngine)

public:
    // Each field takes the first of its sources that has a value; then compute_if_empty, defaults and
    // computed fields.
    [[nodiscard]] static FormState prefill(const FormDefinition& form, const PrefillContext& context);
    // After an edit: computed fields again, and compute_if_empty fields that were derived (not typed).
    static void recompute(const FormDefinition& form, FormState& state, QDate serviceDate);
    // The value of one computation, or null when its inputs are missing or invalid.
    [[nodiscard]] static QJsonValue evaluate(const ComputeSpec& spec, const QJsonObject& values, QDate serviceDate);

    // Every problem, in form order, each naming the field's label.
    [[nodiscard]] static QList<FieldError> validate(const FormDefinition& form, const QJsonObject& values,
                                                    QDate serviceDate, Stage stage = Stage::Intake);
    // The problem with one value of one field (or table column), or an empty string.
    [[nodiscard]] static QString checkValue(const FieldDefinition& field, const QJsonValue& value, QDate serviceDate);

    // itemCode resolves `no_active_result` rules that name `self`.
    [[nodiscard]] static EligibilityOutcome checkEligibility(const QJsonArray& rules, const QJsonObject& values,
                                                             const EligibilityFacts& facts, QDate serviceDate,
                                                             const QString& itemCode = QString());
    // Checks the rules' shape against the form (the Rules of FORMAT.md, "Eligibility rules").
    [[nodiscard]] static bool checkRules(const QJsonArray& rules, const FormDefinition& form, QString* error);

    // Mainland mobile (11 digits starting with 1) or a landline with its area code.
    [[nodiscard]] static bool isPhoneNumber(const QString& text);
};

} // namespace ow::forms
