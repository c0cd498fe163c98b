#include "FormEngine.h"

#include "idcard/CodeTables.h"
#include "idcard/IdNumber.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

Q_LOGGING_CATEGORY(lcForms, "ow.forms")

namespace ow::forms {

using namespace Qt::StringLiterals;

namespace {

const QString sourceCard = u"card"_s;
const QString sourceCitizen = u"citizen"_s;
const QString sourceEarlierCase = u"earlier_case"_s;
const QString sourceShared = u"shared"_s;
const QString sourceComputed = u"computed"_s;
const QString sourceDefault = u"default"_s;

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue textValue(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A strict YYYY-MM-DD date; invalid otherwise.
QDate parseDate(const QJsonValue& value)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QString text = value.toString().trimmed();
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<double> parseNumber(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

// Length in characters as a person counts them: a character outside the BMP (a rare name glyph) is one.
qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size();
}

QJsonValue cardValue(const idcard::CardInfo& card, const QString& field)
{
    if (field == u"name"_s)
        return textValue(card.name);
    if (field == u"sex"_s)
        return textValue(card.sexCode);
    if (field == u"nation"_s)
        return textValue(card.nation);
    if (field == u"birth"_s)
        return textValue(isoDate(card.birth));
    if (field == u"address"_s)
        return textValue(card.address);
    if (field == u"id_number"_s)
        return textValue(card.idNumber);
    if (field == u"issuer"_s)
        return textValue(card.issuer);
    if (field == u"valid_from"_s)
        return textValue(isoDate(card.validFrom));
    if (field == u"valid_to"_s)
        return card.isLongTerm ? QJsonValue(idcard::longTermText()) : textValue(isoDate(card.validTo));
    if (field == u"photo"_s && !card.photoPng.isEmpty())
        return QString::fromLatin1(card.photoPng.toBase64());
    return {};
}

QJsonValue citizenValue(const db::CitizenRecord& citizen, const QString& field)
{
    if (field == u"name"_s)
        return textValue(citizen.name);
    if (field == u"sex"_s) {
        // The record keeps the sex as printed on the card; forms use the GB/T 2261.1 code.
        if (citizen.sex == u"1"_s || citizen.sex == u"2"_s)
            return citizen.sex;
        return textValue(idcard::CodeTables::sexCode(citizen.sex));
    }
    if (field == u"nation"_s)
        return textValue(citizen.nation);
    if (field == u"birth_date"_s)
        return textValue(isoDate(citizen.birthDate));
    if (field == u"id_number"_s)
        return textValue(citizen.idNumber);
    if (field == u"phone"_s)
        return textValue(citizen.phone);
    if (field == u"hukou_address"_s)
        return textValue(citizen.address); // the card's address is the household registration address
    // current_address, community and grid are not kept in the local record yet.
    return {};
}

// A value as the field's kind stores it: numbers as numbers, codes and dates as text, table rows by column id.
QJsonValue normalized(const FieldDefinition& field, const QJsonValue& value)
{
    if (isEmptyValue(value))
        return {};
    switch (field.kind) {
    case FieldKind::Number:
        if (const auto number = parseNumber(value))
            return *number;
        return value;
    case FieldKind::Table: {
        QJsonArray rows;
        for (const QJsonValue& row : value.toArray()) {
            if (!row.isObject())
                continue;
            QJsonObject mapped;
            for (const FieldDefinition& column : field.columns) {
                const QJsonValue cell = normalized(column, row.toObject().value(column.id));
                if (!isEmptyValue(cell))
                    mapped.insert(column.id, cell);
            }
            if (!mapped.isEmpty())
                rows.append(mapped);
        }
        return rows.isEmpty() ? QJsonValue() : QJsonValue(rows);
    }
    default:
        if (value.isDouble())
            return numberText(value.toDouble());
        if (value.isString())
            return value.toString().trimmed();
        return value;
    }
}

class PrefillReader
{
public:
    explicit PrefillReader(const PrefillContext& context)
        : m_context(context)
    {
        if (context.card)
            m_idNumber = context.card->idNumber;
        else if (context.citizen)
            m_idNumber = context.citizen->idNumber;
    }

    QJsonValue read(const PrefillSource& source)
    {
        if (source.source == sourceCard)
            return m_context.card ? cardValue(*m_context.card, source.field) : QJsonValue();
        if (source.source == sourceCitizen)
            return m_context.citizen ? citizenValue(*m_context.citizen, source.field) : QJsonValue();
        if (source.source == sourceEarlierCase)
            return earlierCase(source);
        if (source.source == sourceShared)
            return shared(source);
        return {};
    }

private:
    QJsonValue earlierCase(const PrefillSource& source) const
    {
        for (qsizetype i = 0; i < m_context.earlierCaseForms.size(); ++i) {
            if (!source.item.isEmpty() && m_context.earlierCaseItemCodes.value(i) != source.item)
                continue;
            // The most recent case that has the field: a case of another item has other fields.
            const QJsonValue value = m_context.earlierCaseForms[i].value(source.field);
            if (!isEmptyValue(value))
                return value;
        }
        return {};
    }

    QJsonValue shared(const PrefillSource& source)
    {
        if (!m_context.shared || m_idNumber.isEmpty())
            return {};
        auto cached = m_datasets.find(source.dataset);
        if (cached == m_datasets.end())
            cached = m_datasets.insert(source.dataset, m_context.shared->dataset(source.dataset, m_idNumber));
        return cached->has_value() ? (*cached)->value(source.field) : QJsonValue();
    }

    const PrefillContext& m_context;
    QString m_idNumber;
    QMap<QString, std::optional<QJsonObject>> m_datasets; // one call per dataset
};

idcard::IdNumberCheck checkedIdNumber(const QJsonValue& value, QDate serviceDate)
{
    return idcard::IdNumber::check(value.toString().trimmed(),
                                   serviceDate.isValid() ? serviceDate : QDate::currentDate());
}

QDate dateBound(const QString& bound, QDate serviceDate)
{
    return bound == u"service_date"_s ? serviceDate : QDate::fromString(bound, Qt::ISODate);
}

bool isRequired(const FieldDefinition& field, const QJsonObject& values, Stage stage)
{
    if (field.reviewStage && stage == Stage::Intake)
        return false;
    if (field.validation.required)
        return true;
    return field.validation.requiredWhen && field.validation.requiredWhen->holds(values);
}

// --- eligibility -------------------------------------------------------------------------------------------

enum class Verdict
{
    Pass,
    Fail,
    Unknown,
};

Verdict verdictOf(std::optional<bool> passes)
{
    if (!passes)
        return Verdict::Unknown;
    return *passes ? Verdict::Pass : Verdict::Fail;
}

bool inRegions(const QString& region, const QJsonArray& regions)
{
    for (const QJsonValue& prefix : regions) {
        if (!prefix.toString().isEmpty() && region.startsWith(prefix.toString()))
            return true;
    }
    return false;
}

class RuleEvaluator
{
public:
    RuleEvaluator(const QJsonObject& values, const EligibilityFacts& facts, QDate serviceDate, const QString& itemCode)
        : m_values(values)
        , m_facts(facts)
        , m_serviceDate(serviceDate)
        , m_itemCode(itemCode)
        , m_idNumber(values.value(u"id_number"_s).toString().trimmed())
    { }

    Verdict evaluate(const QString& name, const QJsonObject& rule) const
    {
        const QJsonValue field = m_values.value(rule.value(u"field"_s).toString());
        if (name == u"min_age"_s || name == u"max_age"_s) {
            const QString dateField = rule.value(u"field"_s).toString(u"birth_date"_s);
            const int age = idcard::IdNumber::ageOn(parseDate(m_values.value(dateField)), m_serviceDate);
            if (age < 0)
                return Verdict::Unknown;
            const double limit = rule.value(u"value"_s).toDouble();
            return (name == u"min_age"_s ? age >= limit : age <= limit) ? Verdict::Pass : Verdict::Fail;
        }
        if (name == u"field_equals"_s) {
            if (isEmptyValue(field))
                return Verdict::Unknown;
            return sameValue(field, rule.value(u"value"_s)) ? Verdict::Pass : Verdict::Fail;
        }
        if (name == u"field_in"_s) {
            if (isEmptyValue(field))
                return Verdict::Unknown;
            for (const QJsonValue& allowed : rule.value(u"values"_s).toArray()) {
                if (sameValue(field, allowed))
                    return Verdict::Pass;
            }
            return Verdict::Fail;
        }
        if (name == u"field_min"_s || name == u"field_max"_s) {
            const auto number = parseNumber(field);
            if (!number)
                return Verdict::Unknown;
            const double limit = rule.value(u"value"_s).toDouble();
            return (name == u"field_min"_s ? *number >= limit : *number <= limit) ? Verdict::Pass : Verdict::Fail;
        }
        if (name == u"hukou_in"_s)
            return hukouIn(rule);
        if (name == u"hukou_not_in"_s) {
            const auto region = hukouRegion();
            if (!region)
                return Verdict::Unknown;
            return inRegions(*region, rule.value(u"regions"_s).toArray()) ? Verdict::Fail : Verdict::Pass;
        }
        if (name == u"has_record"_s)
            return hasRecord(rule);
        if (name == u"no_active_result"_s)
            return noActiveResult(rule);
        if (name == u"min_months_since"_s) {
            const QDate since = parseDate(field);
            if (!since.isValid() || !m_serviceDate.isValid())
                return Verdict::Unknown;
            // addMonths keeps the day or takes the month's last day: 31 August + 6 months is 28/29 February.
            return since.addMonths(rule.value(u"value"_s).toInt()) <= m_serviceDate ? Verdict::Pass : Verdict::Fail;
        }
        qCWarning(lcForms) << "unknown eligibility rule" << name;
        return Verdict::Unknown;
    }

private:
    std::optional<QJsonObject> record(const QString& dataset, const QString& idNumber) const
    {
        if (idNumber.isEmpty())
            return std::nullopt;
        return m_facts.record(dataset, idNumber);
    }

    // Known: the region (empty when the shared data knows no household registration); nothing when unknown.
    std::optional<QString> hukouRegion() const
    {
        const auto hukou = record(u"hukou"_s, m_idNumber);
        if (!hukou)
            return std::nullopt;
        const QString region = hukou->value(u"hukou_region"_s).toVariant().toString().trimmed();
        if (region.isEmpty())
            return std::nullopt;
        return region;
    }

    std::optional<bool> hasValidResidencePermit() const
    {
        const auto permit = record(u"residence_registration"_s, m_idNumber);
        if (!permit)
            return std::nullopt;
        if (permit->value(u"permit_number"_s).toString().trimmed().isEmpty())
            return false;
        const QDate validTo = parseDate(permit->value(u"permit_valid_to"_s));
        return validTo.isValid() && validTo >= m_serviceDate;
    }

    Verdict hukouIn(const QJsonObject& rule) const
    {
        const auto region = hukouRegion();
        if (region && inRegions(*region, rule.value(u"regions"_s).toArray()))
            return Verdict::Pass;
        if (!rule.value(u"allow_residence_permit"_s).toBool())
            return region ? Verdict::Fail : Verdict::Unknown;
        const auto permit = hasValidResidencePermit();
        if (permit.value_or(false))
            return Verdict::Pass;
        return (region && permit) ? Verdict::Fail : Verdict::Unknown;
    }

    Verdict hasRecord(const QJsonObject& rule) const
    {
        if (m_idNumber.isEmpty())
            return Verdict::Unknown;
        const QString dataset = rule.value(u"dataset"_s).toString();
        const QString field = rule.value(u"field"_s).toString();
        if (!field.isEmpty()) {
            if (const auto found = record(dataset, m_idNumber))
                return isEmptyValue(found->value(field)) ? Verdict::Fail : Verdict::Pass;
        }
        return verdictOf(m_facts.hasRecord(dataset, m_idNumber));
    }

    // The applicant and, for a household, the spouse, the listed household members and the members the
    // household registration knows.
    QStringList people(const QString& scope) const
    {
        QStringList ids {m_idNumber};
        if (scope == u"household"_s) {
            ids.append(m_values.value(u"spouse_id_number"_s).toString());
            for (const QJsonValue& row : m_values.value(u"household_members"_s).toArray())
                ids.append(row.toObject().value(u"id_number"_s).toString());
            if (const auto hukou = record(u"hukou"_s, m_idNumber)) {
                for (const QJsonValue& row : hukou->value(u"household_members"_s).toArray())
                    ids.append(row.toObject().value(u"id_number"_s).toString());
            }
        }
        QStringList unique;
        for (const QString& id : std::as_const(ids)) {
            const QString trimmed = id.trimmed().toUpper();
            if (!trimmed.isEmpty() && !unique.contains(trimmed))
                unique.append(trimmed);
        }
        return unique;
    }

    Verdict noActiveResult(const QJsonObject& rule) const
    {
        QString item = rule.value(u"item"_s).toString();
        if (item == u"self"_s)
            item = m_itemCode;
        if (item.isEmpty() || m_idNumber.isEmpty())
            return Verdict::Unknown;
        bool unknown = false;
        for (const QString& person : people(rule.value(u"scope"_s).toString(u"person"_s))) {
            const auto active = m_facts.hasActiveResult(item, person);
            if (!active)
                unknown = true;
            else if (*active)
                return Verdict::Fail;
        }
        return unknown ? Verdict::Unknown : Verdict::Pass;
    }

    const QJsonObject& m_values;
    const EligibilityFacts& m_facts;
    QDate m_serviceDate;
    QString m_itemCode;
    QString m_idNumber;
};

} // namespace

SharedDataProvider::~SharedDataProvider() = default;

std::optional<QJsonObject> NoSharedData::dataset(const QString& name, const QString& idNumber)
{
    Q_UNUSED(name)
    Q_UNUSED(idNumber)
    return std::nullopt;
}

EligibilityFacts::~EligibilityFacts() = default;

std::optional<QJsonObject> EligibilityFacts::record(const QString& dataset, const QString& idNumber) const
{
    Q_UNUSED(dataset)
    Q_UNUSED(idNumber)
    return std::nullopt;
}

std::optional<bool> NoEligibilityFacts::hasRecord(const QString& dataset, const QString& idNumber) const
{
    Q_UNUSED(dataset)
    Q_UNUSED(idNumber)
    return std::nullopt;
}

std::optional<bool> NoEligibilityFacts::hasActiveResult(const QString& itemCode, const QString& idNumber) const
{
    Q_UNUSED(itemCode)
    Q_UNUSED(idNumber)
    return std::nullopt;
}

std::optional<QDate> NoEligibilityFacts::lastResultDate(const QString& itemCode, const QString& idNumber) const
{
    Q_UNUSED(itemCode)
    Q_UNUSED(idNumber)
    return std::nullopt;
}

QJsonObject FormState::values() const
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isEmptyValue(it->value))
            object.insert(it.key(), it->value);
    }
    return object;
}

QString FormState::typedSource()
{
    return u"typed"_s;
}

FormState FormEngine::prefill(const FormDefinition& form, const PrefillContext& context)
{
    FormState state;
    PrefillReader reader(context);
    for (const FieldDefinition& field : form.fields()) {
        for (const PrefillSource& source : field.prefill) {
            const QJsonValue value = normalized(field, reader.read(source));
            if (!isEmptyValue(value)) {
                state.fields.insert(field.id, FieldValue {value, source.source});
                break;
            }
        }
    }
    recompute(form, state, context.serviceDate);
    bool defaulted = false;
    for (const FieldDefinition& field : form.fields()) {
        if (!isEmptyValue(field.defaultValue) && !field.isComputed() && isEmptyValue(state.value(field.id))) {
            state.fields.insert(field.id, FieldValue {normalized(field, field.defaultValue), sourceDefault});
            defaulted = true;
        }
    }
    if (defaulted)
        recompute(form, state, context.serviceDate);
    return state;
}

void FormEngine::recompute(const FormDefinition& form, FormState& state, QDate serviceDate)
{
    // Two passes: a compute_if_empty value (birth date from the ID number) may feed a computed one (age).
    for (int pass = 0; pass < 2; ++pass) {
        for (const FieldDefinition& field : form.fields()) {
            if (field.compute) {
                const QJsonValue value = evaluate(*field.compute, state.values(), serviceDate);
                state.fields.insert(field.id, FieldValue {value, sourceComputed});
            } else if (field.computeIfEmpty) {
                const FieldValue current = state.fields.value(field.id);
                if (!isEmptyValue(current.value) && current.source != sourceComputed)
                    continue;
                const QJsonValue value = evaluate(*field.computeIfEmpty, state.values(), serviceDate);
                if (!isEmptyValue(value))
                    state.fields.insert(field.id, FieldValue {value, sourceComputed});
                else
                    state.fields.remove(field.id);
            }
        }
    }
}

QJsonValue FormEngine::evaluate(const ComputeSpec& spec, const QJsonObject& values, QDate serviceDate)
{
    const QJsonValue input = values.value(spec.from.value(0));
    if (spec.op == u"age_on_service_date"_s) {
        const int age = idcard::IdNumber::ageOn(parseDate(input), serviceDate);
        return age < 0 ? QJsonValue() : QJsonValue(age);
    }
    if (spec.op == u"birth_date_from_id_number"_s || spec.op == u"sex_from_id_number"_s) {
        if (isEmptyValue(input))
            return {};
        const idcard::IdNumberCheck check = checkedIdNumber(input, serviceDate);
        if (!check.valid)
            return {};
        if (spec.op == u"sex_from_id_number"_s)
            return textValue(check.sexCode);
        return textValue(isoDate(check.birth));
    }
    if (spec.op == u"disability_certificate_number"_s) {
        if (isEmptyValue(input))
            return {};
        const idcard::IdNumberCheck check = checkedIdNumber(input, serviceDate);
        const QString category = values.value(spec.from.value(1)).toVariant().toString();
        const QString level = values.value(spec.from.value(2)).toVariant().toString();
        static const QRegularExpression categoryPattern(u"^[1-7]$"_s);
        static const QRegularExpression levelPattern(u"^[1-4]$"_s);
        if (!check.valid || check.normalized.size() != 18 || !categoryPattern.match(category).hasMatch() ||
            !levelPattern.match(level).hasMatch())
            return {};
        return QString(check.normalized + category + level);
    }
    const QJsonArray rows = input.toArray();
    if (spec.op == u"row_count"_s)
        return static_cast<double>(rows.size());
    if (spec.op == u"column_sum"_s || spec.op == u"column_per_row"_s) {
        double sum = 0;
        for (const QJsonValue& row : rows)
            sum += parseNumber(row.toObject().value(spec.column)).value_or(0);
        if (spec.op == u"column_sum"_s)
            return sum;
        if (rows.isEmpty())
            return {};
        return std::round(sum / static_cast<double>(rows.size()) * 100.0) / 100.0; // money: to the fen
    }
    qCWarning(lcForms) << "unknown computation" << spec.op;
    return {};
}

QString FormEngine::checkValue(const FieldDefinition& field, const QJsonValue& value, QDate serviceDate)
{
    const FieldValidation& v = field.validation;
    const QString text = value.isString() ? value.toString().trimmed() : value.toVariant().toString();
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Address:
    case FieldKind::Phone:
        if (v.minLength && characterCount(text) < *v.minLength)
            return tr("%1 must have at least %2 characters.").arg(field.label).arg(*v.minLength);
        if (v.maxLength && characterCount(text) > *v.maxLength)
            return tr("%1 must have at most %2 characters.").arg(field.label).arg(*v.maxLength);
        if (!v.pattern.isEmpty()) {
            const QRegularExpression pattern(QRegularExpression::anchoredPattern(v.pattern));
            if (!pattern.match(text).hasMatch())
                return tr("%1: %2").arg(field.label, v.patternMessage);
        } else if (field.kind == FieldKind::Phone && !isPhoneNumber(text)) {
            return tr("%1 must be a mobile number (11 digits starting with 1) or a landline number with its area "
                      "code, such as 0571-87654321.")
                .arg(field.label);
        }
        return {};
    case FieldKind::IdNumber: {
        const idcard::IdNumberCheck check = checkedIdNumber(value, serviceDate);
        if (!check.valid)
            return tr("%1: %2").arg(field.label, check.reason);
        if (text.size() != 18)
            return tr("%1 must be the 18-character number (GB 11643-1999).").arg(field.label);
        return {};
    }
    case FieldKind::Date: {
        const QDate date = parseDate(value);
        if (!date.isValid())
            return tr("%1 must be a date written as YYYY-MM-DD.").arg(field.label);
        if (!v.minDate.isEmpty()) {
            const QDate min = dateBound(v.minDate, serviceDate);
            if (min.isValid() && date < min)
                return v.minDate == u"service_date"_s
                    ? tr("%1 cannot be before the service date (%2).").arg(field.label, isoDate(min))
                    : tr("%1 cannot be before %2.").arg(field.label, isoDate(min));
        }
        if (!v.maxDate.isEmpty()) {
            const QDate max = dateBound(v.maxDate, serviceDate);
            if (max.isValid() && date > max)
                return v.maxDate == u"service_date"_s
                    ? tr("%1 cannot be in the future (after the service date %2).").arg(field.label, isoDate(max))
                    : tr("%1 cannot be after %2.").arg(field.label, isoDate(max));
        }
        return {};
    }
    case FieldKind::Number: {
        const auto number = parseNumber(value);
        if (!number)
            return tr("%1 must be a number.").arg(field.label);
        if (v.integer && std::floor(*number) != *number)
            return tr("%1 must be a whole number.").arg(field.label);
        if (v.min && *number < *v.min)
            return tr("%1 must be at least %2.").arg(field.label, numberText(*v.min));
        if (v.max && *number > *v.max)
            return tr("%1 must be at most %2.").arg(field.label, numberText(*v.max));
        return {};
    }
    case FieldKind::Choice:
        if (!field.hasOption(text))
            return tr("%1: choose one of the listed options.").arg(field.label);
        return {};
    case FieldKind::Table: {
        const qsizetype rows = value.toArray().size();
        if (v.minRows && rows < *v.minRows)
            return tr("%1 needs at least %2 row(s).").arg(field.label).arg(*v.minRows);
        if (v.maxRows && rows > *v.maxRows)
            return tr("%1 can have at most %2 rows.").arg(field.label).arg(*v.maxRows);
        return {};
    }
    }
    return {};
}

QList<FieldError> FormEngine::validate(const FormDefinition& form, const QJsonObject& values, QDate serviceDate,
                                       Stage stage)
{
    QList<FieldError> errors;
    for (const FieldDefinition& field : form.fields()) {
        const QJsonValue value = values.value(field.id);
        if (isEmptyValue(value)) {
            if (isRequired(field, values, stage)) {
                errors.append({field.id,
                               field.kind == FieldKind::Table ? tr("%1 needs at least one row.").arg(field.label)
                                                              : tr("%1 is required.").arg(field.label),
                               -1, QString()});
            }
            continue;
        }
        const QString message = checkValue(field, value, serviceDate);
        if (!message.isEmpty())
            errors.append({field.id, message, -1, QString()});
        if (field.kind != FieldKind::Table)
            continue;
        const QJsonArray rows = value.toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows[r].toObject();
            for (const FieldDefinition& column : field.columns) {
                const QJsonValue cell = row.value(column.id);
                QString cellMessage;
                if (isEmptyValue(cell)) {
                    if (isRequired(column, values, stage))
                        cellMessage = tr("%1 is required.").arg(column.label);
                } else {
                    cellMessage = checkValue(column, cell, serviceDate);
                }
                if (!cellMessage.isEmpty()) {
                    errors.append({field.id, tr("%1, row %2: %3").arg(field.label).arg(r + 1).arg(cellMessage),
                                   static_cast<int>(r), column.id});
                }
            }
        }
    }
    return errors;
}

bool FormEngine::isPhoneNumber(const QString& text)
{
    static const QRegularExpression mobile(u"^1[0-9]{10}$"_s);
    // Area code 010, 02x or 0xxx; a local number of 7 or 8 digits; an optional extension.
    static const QRegularExpression landline(u"^0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}(-[0-9]{1,6})?$"_s);
    const QString trimmed = text.trimmed();
    return mobile.match(trimmed).hasMatch() || landline.match(trimmed).hasMatch();
}

EligibilityOutcome FormEngine::checkEligibility(const QJsonArray& rules, const QJsonObject& values,
                                                const EligibilityFacts& facts, QDate serviceDate,
                                                const QString& itemCode)
{
    EligibilityOutcome outcome;
    const RuleEvaluator evaluator(values, facts, serviceDate, itemCode);
    for (const QJsonValue& entry : rules) {
        const QJsonObject rule = entry.toObject();
        const QString name = rule.value(u"rule"_s).toString();
        if (rule.contains(u"applies_when"_s)) {
            const auto condition = Condition::fromJson(rule.value(u"applies_when"_s), nullptr, nullptr);
            if (condition && !condition->holds(values))
                continue;
        }
        const Verdict verdict = evaluator.evaluate(name, rule);
        if (verdict == Verdict::Pass)
            continue;
        EligibilityFinding finding {name, rule.value(u"severity"_s).toString(u"block"_s),
                                    rule.value(u"reason"_s).toString(), false};
        if (verdict == Verdict::Unknown) {
            const QString whenUnknown = rule.value(u"when_unknown"_s).toString(u"warn"_s);
            if (whenUnknown == u"allow"_s)
                continue;
            finding.severity = whenUnknown;
            finding.unknown = true;
        }
        if (finding.severity == u"block"_s)
            outcome.eligible = false;
        outcome.findings.append(finding);
    }
    return outcome;
}

bool FormEngine::checkRules(const QJsonArray& rules, const FormDefinition& form, QString* error)
{
    static const QMap<QString, QStringList> parameters = {
        {u"min_age"_s, {u"value"_s, u"field"_s}},
        {u"max_age"_s, {u"value"_s, u"field"_s}},
        {u"field_equals"_s, {u"field"_s, u"value"_s}},
        {u"field_in"_s, {u"field"_s, u"values"_s}},
        {u"field_min"_s, {u"field"_s, u"value"_s}},
        {u"field_max"_s, {u"field"_s, u"value"_s}},
        {u"hukou_in"_s, {u"regions"_s, u"allow_residence_permit"_s}},
        {u"hukou_not_in"_s, {u"regions"_s}},
        {u"has_record"_s, {u"dataset"_s, u"field"_s}},
        {u"no_active_result"_s, {u"item"_s, u"scope"_s}},
        {u"min_months_since"_s, {u"field"_s, u"value"_s}},
    };
    // Parameters a rule may leave out.
    static const QStringList optional = {u"allow_residence_permit"_s};
    static const QStringList common = {u"rule"_s, u"reason"_s, u"severity"_s, u"when_unknown"_s, u"applies_when"_s};
    static const QRegularExpression regionPattern(u"^[0-9]{2}([0-9]{2}){0,2}$"_s);
    static const QRegularExpression itemPattern(u"^[a-z][a-z0-9-]{2,63}$"_s);

    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules[i].toObject();
        const QString name = rule.value(u"rule"_s).toString();
        auto fail = [&](const QString& message) {
            if (error)
                *error = tr("Eligibility rule %1 (%2): %3").arg(i + 1).arg(name, message);
            return false;
        };
        const auto known = parameters.constFind(name);
        if (known == parameters.constEnd())
            return fail(tr("unknown rule."));
        for (auto it = rule.begin(); it != rule.end(); ++it) {
            if (!common.contains(it.key()) && !known->contains(it.key()))
                return fail(tr("unknown key \"%1\".").arg(it.key()));
        }
        const bool fieldOptional = name == u"min_age"_s || name == u"max_age"_s || name == u"has_record"_s;
        for (const QString& key : *known) {
            if (!rule.contains(key) && !optional.contains(key) && !(key == u"field"_s && fieldOptional))
                return fail(tr("the parameter \"%1\" is missing.").arg(key));
        }
        if (rule.value(u"reason"_s).toString().trimmed().isEmpty())
            return fail(tr("the reason is missing."));
        const QString severity = rule.value(u"severity"_s).toString(u"block"_s);
        if (severity != u"block"_s && severity != u"warn"_s)
            return fail(tr("\"severity\" must be block or warn."));
        const QString whenUnknown = rule.value(u"when_unknown"_s).toString(u"warn"_s);
        if (whenUnknown != u"block"_s && whenUnknown != u"warn"_s && whenUnknown != u"allow"_s)
            return fail(tr("\"when_unknown\" must be block, warn or allow."));
        if (rule.contains(u"applies_when"_s)) {
            QString conditionError;
            if (!Condition::fromJson(rule.value(u"applies_when"_s), &form, &conditionError))
                return fail(conditionError);
        }
        if (rule.contains(u"value"_s) && name != u"field_equals"_s && !rule.value(u"value"_s).isDouble())
            return fail(tr("\"value\" must be a number."));
        if (rule.contains(u"allow_residence_permit"_s) && !rule.value(u"allow_residence_permit"_s).isBool())
            return fail(tr("\"allow_residence_permit\" must be true or false."));

        if (name == u"has_record"_s) {
            const QString dataset = rule.value(u"dataset"_s).toString();
            if (!sharedDatasets().contains(dataset))
                return fail(tr("unknown shared dataset \"%1\".").arg(dataset));
            if (rule.contains(u"field"_s) && !sharedDatasets()[dataset].contains(rule.value(u"field"_s).toString()))
                return fail(tr("the shared dataset \"%1\" has no field \"%2\".")
                                .arg(dataset, rule.value(u"field"_s).toString()));
            continue;
        }
        if (name == u"hukou_in"_s || name == u"hukou_not_in"_s) {
            const QJsonArray regions = rule.value(u"regions"_s).toArray();
            if (regions.isEmpty())
                return fail(tr("\"regions\" must be a non-empty list."));
            for (const QJsonValue& region : regions) {
                if (!region.isString() || !regionPattern.match(region.toString()).hasMatch())
                    return fail(tr("the region \"%1\" must have 2, 4 or 6 digits.").arg(region.toVariant().toString()));
            }
            continue;
        }
        if (name == u"no_active_result"_s) {
            const QString item = rule.value(u"item"_s).toString();
            if (item != u"self"_s && !itemPattern.match(item).hasMatch())
                return fail(tr("\"item\" must be self or an item code."));
            const QString scope = rule.value(u"scope"_s).toString();
            if (scope != u"person"_s && scope != u"household"_s)
                return fail(tr("\"scope\" must be person or household."));
            continue;
        }
        const QString fieldId = rule.value(u"field"_s).toString(u"birth_date"_s);
        const FieldDefinition* field = form.field(fieldId);
        if (!field)
            return fail(tr("\"%1\" is not a field of this form.").arg(fieldId));
        const bool needsDate = name == u"min_age"_s || name == u"max_age"_s || name == u"min_months_since"_s;
        if (needsDate && field->kind != FieldKind::Date)
            return fail(tr("\"%1\" must be a date field.").arg(fieldId));
        if ((name == u"field_min"_s || name == u"field_max"_s) && field->kind != FieldKind::Number)
            return fail(tr("\"%1\" must be a number field.").arg(fieldId));
        if (name == u"field_in"_s && rule.value(u"values"_s).toArray().isEmpty())
            return fail(tr("\"values\" must be a non-empty list."));
        if (field->kind == FieldKind::Choice && (name == u"field_equals"_s || name == u"field_in"_s)) {
            const QJsonArray wanted =
                name == u"field_in"_s ? rule.value(u"values"_s).toArray() : QJsonArray {rule.value(u"value"_s)};
            for (const QJsonValue& value : wanted) {
                if (!field->hasOption(value.toVariant().toString()))
                    return fail(tr("\"%1\" is not an option of \"%2\".").arg(value.toVariant().toString(), fieldId));
            }
        }
    }
    return true;
}

} // namespace ow::forms
