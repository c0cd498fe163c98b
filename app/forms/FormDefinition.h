#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::forms {

// The eight kinds of form field of catalog format 1.
enum class FieldKind
{
    Text,
    Date,
    Choice,
    Number,
    Phone,
    Address,
    IdNumber,
    Table,
};

[[nodiscard]] QString fieldKindKey(FieldKind kind);
[[nodiscard]] std::optional<FieldKind> fieldKindFromKey(const QString& key);

// The district's shared datasets and the fields each offers, as FORMAT.md lists them.
[[nodiscard]] const QMap<QString, QStringList>& sharedDatasets();

// Null, undefined, a blank string and an empty table count as "no value".
[[nodiscard]] bool isEmptyValue(const QJsonValue& value);
// Equal as data: 1 equals "1" and 1.0; strings compare exactly after trimming.
[[nodiscard]] bool sameValue(const QJsonValue& a, const QJsonValue& b);

class FormDefinition;

// `{"field": id, "in": [...]}` or `{"field": id, "equals": v}`; the field may be `table.column` ("any row").
struct Condition
{
    QString field;
    QJsonArray values; // one element for `equals`
    bool equals = false;

    // Checks the shape and, with a form, that the field (and, for a choice, the values) exist.
    [[nodiscard]] static std::optional<Condition> fromJson(const QJsonValue& json, const FormDefinition* form,
                                                           QString* error);
    [[nodiscard]] bool holds(const QJsonObject& formValues) const;
};

struct ChoiceOption
{
    QString value;
    QString label;
};

// One entry of a field's ordered `prefill` list.
struct PrefillSource
{
    QString source; // card, citizen, earlier_case, shared
    QString field;
    QString dataset; // shared only
    QString item; // earlier_case only, optional: the item code the case must be of
};

// `compute` or `compute_if_empty`.
struct ComputeSpec
{
    QString op;
    QStringList from;
    QString column; // column_sum, column_per_row
};

// The `validation` object; only the keys allowed for the field's kind are set.
struct FieldValidation
{
    bool required = false;
    std::optional<Condition> requiredWhen;
    QString pattern;
    QString patternMessage;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    std::optional<double> min; // number
    std::optional<double> max;
    bool integer = false;
    QString minDate; // YYYY-MM-DD or service_date
    QString maxDate;
    std::optional<int> minRows;
    std::optional<int> maxRows;
};

struct FieldDefinition
{
    QString id;
    QString label;
    FieldKind kind = FieldKind::Text;
    FieldValidation validation;
    QList<PrefillSource> prefill;
    std::optional<ComputeSpec> compute; // derived, never typed
    std::optional<ComputeSpec> computeIfEmpty; // derived when no prefill source gave a value
    QList<ChoiceOption> options;
    QJsonValue defaultValue;
    QList<FieldDefinition> columns; // table only
    bool reviewStage = false; // `stage: review`: filled by the back office
    bool sensitive = false;
    QString help;

    [[nodiscard]] bool isComputed() const { return compute.has_value(); }
    [[nodiscard]] const FieldDefinition* column(const QString& columnId) const;
    [[nodiscard]] bool hasOption(const QString& value) const;
    [[nodiscard]] QString optionLabel(const QString& value) const;
};

// The form of one catalog item, parsed and checked against the rules of FORMAT.md ("Form fields").
class FormDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ow::forms::FormDefinition)

public:
    // Nothing and a translated message naming the field when the form breaks a rule of the format.
    [[nodiscard]] static std::optional<FormDefinition> fromJson(const QJsonObject& form, QString* error);

    [[nodiscard]] const QList<FieldDefinition>& fields() const { return m_fields; }
    [[nodiscard]] const FieldDefinition* field(const QString& id) const;
    // A field or, for `table.column`, the column of a table.
    [[nodiscard]] const FieldDefinition* resolve(const QString& path) const;

private:
    QList<FieldDefinition> m_fields;
};

} // namespace ow::forms
