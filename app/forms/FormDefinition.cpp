#include "FormDefinition.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ow::forms {

namespace {

using namespace Qt::StringLiterals;

const QStringList cardFields = {u"name"_s,      u"sex"_s,    u"nation"_s,     u"birth"_s,    u"address"_s,
                                u"id_number"_s, u"issuer"_s, u"valid_from"_s, u"valid_to"_s, u"photo"_s};
const QStringList citizenFields = {u"name"_s,      u"sex"_s,   u"nation"_s,        u"birth_date"_s,
                                   u"id_number"_s, u"phone"_s, u"hukou_address"_s, u"current_address"_s,
                                   u"community"_s, u"grid"_s};

const QStringList fieldKeys = {
    u"id"_s,      u"label"_s,   u"kind"_s,    u"validation"_s, u"prefill"_s,   u"compute"_s, u"compute_if_empty"_s,
    u"options"_s, u"default"_s, u"columns"_s, u"stage"_s,      u"sensitive"_s, u"help"_s};

// The validation keys of FORMAT.md and the kinds that may carry each.
bool validationKeyAllowed(const QString& key, FieldKind kind)
{
    if (key == u"required"_s || key == u"required_when"_s)
        return true;
    if (key == u"pattern"_s || key == u"pattern_message"_s)
        return kind == FieldKind::Text || kind == FieldKind::Phone;
    if (key == u"min_length"_s || key == u"max_length"_s)
        return kind == FieldKind::Text || kind == FieldKind::Address;
    if (key == u"min"_s || key == u"max"_s)
        return kind == FieldKind::Number || kind == FieldKind::Date;
    if (key == u"integer"_s)
        return kind == FieldKind::Number;
    if (key == u"min_rows"_s || key == u"max_rows"_s)
        return kind == FieldKind::Table;
    return false;
}

struct OpSpec
{
    QList<FieldKind> inputs;
    FieldKind result;
    bool needsColumn;
};

const QMap<QString, OpSpec>& computeOps()
{
    static const QMap<QString, OpSpec> ops = {
        {u"age_on_service_date"_s, {{FieldKind::Date}, FieldKind::Number, false}},
        {u"birth_date_from_id_number"_s, {{FieldKind::IdNumber}, FieldKind::Date, false}},
        {u"sex_from_id_number"_s, {{FieldKind::IdNumber}, FieldKind::Choice, false}},
        {u"disability_certificate_number"_s,
         {{FieldKind::IdNumber, FieldKind::Choice, FieldKind::Choice}, FieldKind::Text, false}},
        {u"row_count"_s, {{FieldKind::Table}, FieldKind::Number, false}},
        {u"column_sum"_s, {{FieldKind::Table}, FieldKind::Number, true}},
        {u"column_per_row"_s, {{FieldKind::Table}, FieldKind::Number, true}},
    };
    return ops;
}

bool isDateBound(const QString& text)
{
    return text == u"service_date"_s || QDate::fromString(text, Qt::ISODate).isValid();
}

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
}

// Parses one field; conditions and compute inputs, which may name later fields, are checked afterwards.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ow::forms::FormDefinition)

public:
    explicit Parser(QString* error)
        : m_error(error)
    { }

    bool fail(const QString& path, const QString& message)
    {
        if (m_error)
            *m_error = tr("Form field \"%1\": %2").arg(path, message);
        return false;
    }

    bool parseField(const QJsonValue& json, const QString& parentPath, bool isColumn, FieldDefinition& out);
    bool checkReferences(const FieldDefinition& field, const QString& path, const FormDefinition& form,
                         const QJsonObject& raw);

private:
    bool parseValidation(const QJsonObject& json, const QString& path, FieldDefinition& out);
    bool parsePrefill(const QJsonValue& json, const QString& path, FieldDefinition& out);
    bool parseCompute(const QJsonValue& json, const QString& path, std::optional<ComputeSpec>& out);
    bool parseOptions(const QJsonValue& json, const QString& path, FieldDefinition& out);
    bool checkCompute(const ComputeSpec& spec, const FieldDefinition& field, const QString& path,
                      const FormDefinition& form);

    QString* m_error;
};

bool Parser::parseField(const QJsonValue& json, const QString& parentPath, bool isColumn, FieldDefinition& out)
{
    static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    if (!json.isObject())
        return fail(parentPath, tr("each field must be an object."));
    const QJsonObject object = json.toObject();
    out.id = object.value(u"id"_s).toString();
    const QString path = parentPath.isEmpty() ? out.id : parentPath + u'.' + out.id;
    if (!idPattern.match(out.id).hasMatch())
        return fail(path, tr("the id must be lower-case letters, digits and underscores, starting with a letter."));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fieldKeys.contains(it.key()))
            return fail(path, tr("unknown key \"%1\".").arg(it.key()));
    }
    out.label = object.value(u"label"_s).toString().trimmed();
    if (out.label.isEmpty())
        return fail(path, tr("the label is missing."));
    const auto kind = fieldKindFromKey(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(path, tr("unknown kind \"%1\".").arg(object.value(u"kind"_s).toString()));
    out.kind = *kind;
    if (isColumn && out.kind == FieldKind::Table)
        return fail(path, tr("a table column cannot be a table."));

    if (object.contains(u"validation"_s)) {
        if (!object.value(u"validation"_s).isObject())
            return fail(path, tr("\"validation\" must be an object."));
        if (!parseValidation(object.value(u"validation"_s).toObject(), path, out))
            return false;
    }
    if (object.contains(u"prefill"_s) && !parsePrefill(object.value(u"prefill"_s), path, out))
        return false;
    if (object.contains(u"compute"_s) && !parseCompute(object.value(u"compute"_s), path, out.compute))
        return false;
    if (object.contains(u"compute_if_empty"_s) &&
        !parseCompute(object.value(u"compute_if_empty"_s), path, out.computeIfEmpty))
        return false;
    if (out.compute && !out.prefill.isEmpty())
        return fail(path, tr("a computed field cannot also be prefilled."));
    if (out.compute && out.computeIfEmpty)
        return fail(path, tr("a field has either \"compute\" or \"compute_if_empty\", not both."));

    if (object.contains(u"options"_s)) {
        if (out.kind != FieldKind::Choice)
            return fail(path, tr("only a choice has options."));
        if (!parseOptions(object.value(u"options"_s), path, out))
            return false;
    } else if (out.kind == FieldKind::Choice) {
        return fail(path, tr("a choice needs its options."));
    }
    if (object.contains(u"default"_s)) {
        out.defaultValue = object.value(u"default"_s);
        if (out.kind == FieldKind::Choice && !out.hasOption(out.defaultValue.toVariant().toString()))
            return fail(path, tr("the default is not one of the options."));
    }
    if (object.contains(u"columns"_s)) {
        if (out.kind != FieldKind::Table)
            return fail(path, tr("only a table has columns."));
        const QJsonValue columns = object.value(u"columns"_s);
        if (!columns.isArray() || columns.toArray().isEmpty())
            return fail(path, tr("\"columns\" must be a non-empty list."));
        QSet<QString> ids;
        for (const QJsonValue& column : columns.toArray()) {
            FieldDefinition parsed;
            if (!parseField(column, path, true, parsed))
                return false;
            if (ids.contains(parsed.id))
                return fail(path + u'.' + parsed.id, tr("the id is used twice."));
            ids.insert(parsed.id);
            out.columns.append(parsed);
        }
    } else if (out.kind == FieldKind::Table) {
        return fail(path, tr("a table needs its columns."));
    }
    if (object.contains(u"stage"_s)) {
        const QString stage = object.value(u"stage"_s).toString();
        if (stage != u"intake"_s && stage != u"review"_s)
            return fail(path, tr("the stage must be \"intake\" or \"review\"."));
        out.reviewStage = stage == u"review"_s;
    }
    if (object.contains(u"sensitive"_s)) {
        if (!object.value(u"sensitive"_s).isBool())
            return fail(path, tr("\"sensitive\" must be true or false."));
        out.sensitive = object.value(u"sensitive"_s).toBool();
    }
    if (object.contains(u"help"_s)) {
        if (!object.value(u"help"_s).isString())
            return fail(path, tr("\"help\" must be text."));
        out.help = object.value(u"help"_s).toString();
    }
    return true;
}

bool Parser::parseValidation(const QJsonObject& json, const QString& path, FieldDefinition& out)
{
    FieldValidation& v = out.validation;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (!validationKeyAllowed(key, out.kind))
            return fail(path,
                        tr("the check \"%1\" is not allowed for a field of kind %2.").arg(key, fieldKindKey(out.kind)));
        if (key == u"required"_s || key == u"integer"_s) {
            if (!value.isBool())
                return fail(path, tr("\"%1\" must be true or false.").arg(key));
            (key == u"required"_s ? v.required : v.integer) = value.toBool();
        } else if (key == u"required_when"_s) {
            // Shape only here; the named field is checked once every field is known.
            if (!Condition::fromJson(value, nullptr, m_error))
                return fail(path, m_error ? *m_error : QString());
        } else if (key == u"pattern"_s || key == u"pattern_message"_s) {
            if (!value.isString() || value.toString().isEmpty())
                return fail(path, tr("\"%1\" must be non-empty text.").arg(key));
            (key == u"pattern"_s ? v.pattern : v.patternMessage) = value.toString();
        } else if (key == u"min_length"_s || key == u"max_length"_s || key == u"min_rows"_s || key == u"max_rows"_s) {
            if (!isWholeNumber(value) || value.toDouble() < 0)
                return fail(path, tr("\"%1\" must be a whole number of 0 or more.").arg(key));
            const int n = value.toInt();
            if (key == u"min_length"_s)
                v.minLength = n;
            else if (key == u"max_length"_s)
                v.maxLength = n;
            else if (key == u"min_rows"_s)
                v.minRows = n;
            else
                v.maxRows = n;
        } else if (out.kind == FieldKind::Date) { // min, max of a date
            if (!value.isString() || !isDateBound(value.toString()))
                return fail(path, tr("\"%1\" must be a date (YYYY-MM-DD) or service_date.").arg(key));
            (key == u"min"_s ? v.minDate : v.maxDate) = value.toString();
        } else { // min, max of a number
            if (!value.isDouble())
                return fail(path, tr("\"%1\" must be a number.").arg(key));
            (key == u"min"_s ? v.min : v.max) = value.toDouble();
        }
    }
    if (v.min && v.max && *v.min > *v.max)
        return fail(path, tr("\"min\" is greater than \"max\"."));
    if (!v.minDate.isEmpty() && !v.maxDate.isEmpty() && v.minDate != u"service_date"_s &&
        v.maxDate != u"service_date"_s && v.minDate > v.maxDate)
        return fail(path, tr("\"min\" is greater than \"max\"."));
    if (v.minLength && v.maxLength && *v.minLength > *v.maxLength)
        return fail(path, tr("\"min_length\" is greater than \"max_length\"."));
    if (v.minRows && v.maxRows && *v.minRows > *v.maxRows)
        return fail(path, tr("\"min_rows\" is greater than \"max_rows\"."));
    if (!v.pattern.isEmpty()) {
        if (!QRegularExpression(v.pattern).isValid())
            return fail(path, tr("the pattern is not a valid regular expression."));
        if (v.patternMessage.isEmpty())
            return fail(path, tr("a pattern needs a \"pattern_message\"."));
    } else if (!v.patternMessage.isEmpty()) {
        return fail(path, tr("\"pattern_message\" without a pattern."));
    }
    return true;
}

bool Parser::parsePrefill(const QJsonValue& json, const QString& path, FieldDefinition& out)
{
    if (!json.isArray())
        return fail(path, tr("\"prefill\" must be a list."));
    for (const QJsonValue& entry : json.toArray()) {
        const QJsonObject object = entry.toObject();
        PrefillSource source;
        source.source = object.value(u"source"_s).toString();
        source.field = object.value(u"field"_s).toString();
        source.dataset = object.value(u"dataset"_s).toString();
        source.item = object.value(u"item"_s).toString();
        QStringList allowedKeys = {u"source"_s, u"field"_s};
        if (source.source == u"card"_s) {
            if (!cardFields.contains(source.field))
                return fail(path, tr("the card has no field \"%1\".").arg(source.field));
        } else if (source.source == u"citizen"_s) {
            if (!citizenFields.contains(source.field))
                return fail(path, tr("the citizen record has no field \"%1\".").arg(source.field));
        } else if (source.source == u"earlier_case"_s) {
            allowedKeys.append(u"item"_s);
            static const QRegularExpression idPattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
            if (!idPattern.match(source.field).hasMatch())
                return fail(path, tr("an earlier-case source needs the id of a field."));
            if (object.contains(u"item"_s) && source.item.isEmpty())
                return fail(path, tr("an earlier-case source names an empty item."));
        } else if (source.source == u"shared"_s) {
            allowedKeys.append(u"dataset"_s);
            const auto dataset = sharedDatasets().constFind(source.dataset);
            if (dataset == sharedDatasets().constEnd())
                return fail(path, tr("unknown shared dataset \"%1\".").arg(source.dataset));
            if (!dataset->contains(source.field))
                return fail(path,
                            tr("the shared dataset \"%1\" has no field \"%2\".").arg(source.dataset, source.field));
        } else {
            return fail(path, tr("unknown prefill source \"%1\".").arg(source.source));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowedKeys.contains(it.key()))
                return fail(path, tr("unknown key \"%1\" in a prefill source.").arg(it.key()));
        }
        out.prefill.append(source);
    }
    return true;
}

bool Parser::parseCompute(const QJsonValue& json, const QString& path, std::optional<ComputeSpec>& out)
{
    const QJsonObject object = json.toObject();
    ComputeSpec spec;
    spec.op = object.value(u"op"_s).toString();
    const auto op = computeOps().constFind(spec.op);
    if (op == computeOps().constEnd())
        return fail(path, tr("unknown computation \"%1\".").arg(spec.op));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"op"_s && it.key() != u"from"_s && !(it.key() == u"column"_s && op->needsColumn))
            return fail(path, tr("unknown key \"%1\" in a computation.").arg(it.key()));
    }
    for (const QJsonValue& input : object.value(u"from"_s).toArray())
        spec.from.append(input.toString());
    if (spec.from.size() != op->inputs.size())
        return fail(path, tr("the computation \"%1\" takes %2 input(s).").arg(spec.op).arg(op->inputs.size()));
    spec.column = object.value(u"column"_s).toString();
    if (op->needsColumn && spec.column.isEmpty())
        return fail(path, tr("the computation \"%1\" needs a column.").arg(spec.op));
    out = spec;
    return true;
}

bool Parser::parseOptions(const QJsonValue& json, const QString& path, FieldDefinition& out)
{
    if (!json.isArray() || json.toArray().isEmpty())
        return fail(path, tr("\"options\" must be a non-empty list."));
    for (const QJsonValue& entry : json.toArray()) {
        const QJsonObject object = entry.toObject();
        ChoiceOption option {object.value(u"value"_s).toVariant().toString(),
                             object.value(u"label"_s).toString().trimmed()};
        if (option.value.isEmpty() || option.label.isEmpty())
            return fail(path, tr("every option needs a value and a label."));
        if (out.hasOption(option.value))
            return fail(path, tr("the option value \"%1\" is used twice.").arg(option.value));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"value"_s && it.key() != u"label"_s)
                return fail(path, tr("unknown key \"%1\" in an option.").arg(it.key()));
        }
        out.options.append(option);
    }
    return true;
}

bool Parser::checkCompute(const ComputeSpec& spec, const FieldDefinition& field, const QString& path,
                          const FormDefinition& form)
{
    const OpSpec& op = computeOps()[spec.op];
    if (op.result != field.kind)
        return fail(path,
                    tr("the computation \"%1\" gives a %2, but the field is a %3.")
                        .arg(spec.op, fieldKindKey(op.result), fieldKindKey(field.kind)));
    for (int i = 0; i < spec.from.size(); ++i) {
        const FieldDefinition* input = form.field(spec.from[i]);
        if (!input)
            return fail(path, tr("the computation reads \"%1\", which is not a field of this form.").arg(spec.from[i]));
        if (input->kind != op.inputs[i])
            return fail(path,
                        tr("the computation \"%1\" needs a %2 as input %3.")
                            .arg(spec.op, fieldKindKey(op.inputs[i]))
                            .arg(i + 1));
        if (op.needsColumn) {
            const FieldDefinition* column = input->column(spec.column);
            if (!column || column->kind != FieldKind::Number)
                return fail(path, tr("\"%1\" is not a number column of the table \"%2\".").arg(spec.column, input->id));
        }
    }
    return true;
}

bool Parser::checkReferences(const FieldDefinition& field, const QString& path, const FormDefinition& form,
                             const QJsonObject& raw)
{
    if (field.compute && !checkCompute(*field.compute, field, path, form))
        return false;
    if (field.computeIfEmpty && !checkCompute(*field.computeIfEmpty, field, path, form))
        return false;
    const QJsonValue when = raw.value(u"validation"_s).toObject().value(u"required_when"_s);
    if (!when.isUndefined() && !Condition::fromJson(when, &form, m_error))
        return fail(path, m_error ? *m_error : QString());
    return true;
}

FieldDefinition* mutableField(QList<FieldDefinition>& fields, const QString& id)
{
    for (FieldDefinition& field : fields) {
        if (field.id == id)
            return &field;
    }
    return nullptr;
}

double numberOf(const QJsonValue& value, bool* ok)
{
    if (value.isDouble()) {
        *ok = true;
        return value.toDouble();
    }
    if (value.isString())
        return value.toString().trimmed().toDouble(ok);
    if (value.isBool()) {
        *ok = false;
        return 0;
    }
    *ok = false;
    return 0;
}

} // namespace

QString fieldKindKey(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return u"text"_s;
    case FieldKind::Date:
        return u"date"_s;
    case FieldKind::Choice:
        return u"choice"_s;
    case FieldKind::Number:
        return u"number"_s;
    case FieldKind::Phone:
        return u"phone"_s;
    case FieldKind::Address:
        return u"address"_s;
    case FieldKind::IdNumber:
        return u"id_number"_s;
    case FieldKind::Table:
        return u"table"_s;
    }
    return {};
}

std::optional<FieldKind> fieldKindFromKey(const QString& key)
{
    for (FieldKind kind : {FieldKind::Text, FieldKind::Date, FieldKind::Choice, FieldKind::Number, FieldKind::Phone,
                           FieldKind::Address, FieldKind::IdNumber, FieldKind::Table}) {
        if (fieldKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

const QMap<QString, QStringList>& sharedDatasets()
{
    static const QMap<QString, QStringList> datasets = {
        {u"hukou"_s, {u"household_members"_s, u"hukou_address"_s, u"hukou_region"_s, u"relation_to_head"_s}},
        {u"marriage"_s, {u"status"_s, u"spouse_name"_s, u"spouse_id_number"_s, u"marriage_date"_s}},
        {u"birth"_s, {u"children"_s}},
        {u"disability_assessment"_s, {u"category"_s, u"level"_s, u"assessed_on"_s, u"assessor"_s}},
        {u"pension"_s, {u"recipient"_s, u"insurance_type"_s, u"paying_since"_s}},
        {u"social_insurance"_s, {u"insured"_s, u"insurer_region"_s, u"employer"_s}},
        {u"social_assistance"_s, {u"status"_s, u"card_number"_s, u"since"_s}},
        {u"real_estate"_s, {u"address"_s, u"owner"_s, u"certificate_number"_s}},
        {u"residence_registration"_s, {u"registered_on"_s, u"address"_s, u"permit_number"_s, u"permit_valid_to"_s}},
        {u"dog_immunization"_s, {u"vaccinated_on"_s, u"vaccine_batch"_s, u"clinic"_s, u"chip_number"_s}},
        {u"citizen_card"_s, {u"card_number"_s, u"status"_s}},
    };
    return datasets;
}

bool isEmptyValue(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    if (value.isObject())
        return value.toObject().isEmpty();
    return false;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isBool() || b.isBool())
        return a.isBool() && b.isBool() && a.toBool() == b.toBool();
    if (a.isDouble() || b.isDouble()) {
        bool okA = false;
        bool okB = false;
        const double x = numberOf(a, &okA);
        const double y = numberOf(b, &okB);
        return okA && okB && x == y;
    }
    if (a.isString() && b.isString())
        return a.toString().trimmed() == b.toString().trimmed();
    return a == b;
}

std::optional<Condition> Condition::fromJson(const QJsonValue& json, const FormDefinition* form, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Condition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(FormDefinition::tr("a condition must be an object with \"field\" and \"in\" or \"equals\"."));
    const QJsonObject object = json.toObject();
    Condition condition;
    condition.field = object.value(u"field"_s).toString();
    const bool hasIn = object.contains(u"in"_s);
    const bool hasEquals = object.contains(u"equals"_s);
    if (condition.field.isEmpty() || hasIn == hasEquals || object.size() != 2)
        return fail(FormDefinition::tr("a condition must be an object with \"field\" and \"in\" or \"equals\"."));
    if (hasIn) {
        if (!object.value(u"in"_s).isArray() || object.value(u"in"_s).toArray().isEmpty())
            return fail(
                FormDefinition::tr("the condition on \"%1\" needs a non-empty \"in\" list.").arg(condition.field));
        condition.values = object.value(u"in"_s).toArray();
    } else {
        condition.equals = true;
        condition.values.append(object.value(u"equals"_s));
    }
    if (form) {
        const FieldDefinition* target = form->resolve(condition.field);
        if (!target)
            return fail(FormDefinition::tr("the condition names \"%1\", which is not a field of this form.")
                            .arg(condition.field));
        if (target->kind == FieldKind::Choice) {
            for (const QJsonValue& value : std::as_const(condition.values)) {
                if (!target->hasOption(value.toVariant().toString()))
                    return fail(
                        FormDefinition::tr("the condition on \"%1\" names \"%2\", which is not one of its options.")
                            .arg(condition.field, value.toVariant().toString()));
            }
        }
    }
    return condition;
}

bool Condition::holds(const QJsonObject& formValues) const
{
    auto matches = [this](const QJsonValue& value) {
        for (const QJsonValue& wanted : values) {
            if (sameValue(value, wanted))
                return true;
        }
        return false;
    };
    const qsizetype dot = field.indexOf(u'.');
    if (dot < 0)
        return matches(formValues.value(field));
    // `table.column`: any row
    const QString column = field.mid(dot + 1);
    for (const QJsonValue& row : formValues.value(field.left(dot)).toArray()) {
        if (matches(row.toObject().value(column)))
            return true;
    }
    return false;
}

const FieldDefinition* FieldDefinition::column(const QString& columnId) const
{
    for (const FieldDefinition& c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

bool FieldDefinition::hasOption(const QString& value) const
{
    for (const ChoiceOption& option : options) {
        if (option.value == value)
            return true;
    }
    return false;
}

QString FieldDefinition::optionLabel(const QString& value) const
{
    for (const ChoiceOption& option : options) {
        if (option.value == value)
            return option.label;
    }
    return {};
}

std::optional<FormDefinition> FormDefinition::fromJson(const QJsonObject& form, QString* error)
{
    Parser parser(error);
    for (auto it = form.begin(); it != form.end(); ++it) {
        if (it.key() != u"fields"_s) {
            parser.fail(it.key(), tr("unknown key in the form."));
            return std::nullopt;
        }
    }
    if (!form.value(u"fields"_s).isArray() || form.value(u"fields"_s).toArray().isEmpty()) {
        if (error)
            *error = tr("The form has no fields.");
        return std::nullopt;
    }
    FormDefinition definition;
    const QJsonArray rawFields = form.value(u"fields"_s).toArray();
    for (const QJsonValue& raw : rawFields) {
        FieldDefinition field;
        if (!parser.parseField(raw, QString(), false, field))
            return std::nullopt;
        if (definition.field(field.id)) {
            parser.fail(field.id, tr("the id is used twice."));
            return std::nullopt;
        }
        definition.m_fields.append(field);
    }
    // Second pass: conditions and computations may name fields listed later.
    for (qsizetype i = 0; i < rawFields.size(); ++i) {
        const QJsonObject raw = rawFields[i].toObject();
        FieldDefinition& field = definition.m_fields[i];
        if (!parser.checkReferences(field, field.id, definition, raw))
            return std::nullopt;
        const QJsonArray rawColumns = raw.value(u"columns"_s).toArray();
        for (qsizetype c = 0; c < rawColumns.size(); ++c) {
            const FieldDefinition& column = field.columns[c];
            if (!parser.checkReferences(column, field.id + u'.' + column.id, definition, rawColumns[c].toObject()))
                return std::nullopt;
        }
    }
    // Attach the checked conditions.
    for (qsizetype i = 0; i < rawFields.size(); ++i) {
        const QJsonObject raw = rawFields[i].toObject();
        FieldDefinition* field = mutableField(definition.m_fields, raw.value(u"id"_s).toString());
        const QJsonValue when = raw.value(u"validation"_s).toObject().value(u"required_when"_s);
        if (!when.isUndefined())
            field->validation.requiredWhen = Condition::fromJson(when, &definition, nullptr);
        const QJsonArray rawColumns = raw.value(u"columns"_s).toArray();
        for (qsizetype c = 0; c < rawColumns.size(); ++c) {
            const QJsonValue columnWhen =
                rawColumns[c].toObject().value(u"validation"_s).toObject().value(u"required_when"_s);
            if (!columnWhen.isUndefined())
                field->columns[c].validation.requiredWhen = Condition::fromJson(columnWhen, &definition, nullptr);
        }
    }
    return definition;
}

const FieldDefinition* FormDefinition::field(const QString& id) const
{
    for (const FieldDefinition& f : m_fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const FieldDefinition* FormDefinition::resolve(const QString& path) const
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return field(path);
    const FieldDefinition* table = field(path.left(dot));
    return table ? table->column(path.mid(dot + 1)) : nullptr;
}

} // namespace ow::forms
