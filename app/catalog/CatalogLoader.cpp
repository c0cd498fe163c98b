#include "catalog/CatalogLoader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcCatalog, "ow.catalog")

namespace ow::catalog {

namespace {

// ---- The vocabulary of FORMAT.md -------------------------------------------------------------------------

const QStringList itemKeys = {
    QStringLiteral("format"),
    QStringLiteral("code"),
    QStringLiteral("revision"),
    QStringLiteral("name"),
    QStringLiteral("short_name"),
    QStringLiteral("keywords"),
    QStringLiteral("category"),
    QStringLiteral("department"),
    QStringLiteral("kind"),
    QStringLiteral("time_limit_days"),
    QStringLiteral("legal_time_limit_days"),
    QStringLiteral("home_service"),
    QStringLiteral("guide"),
    QStringLiteral("eligibility"),
    QStringLiteral("form"),
    QStringLiteral("materials"),
    QStringLiteral("outputs"),
    QStringLiteral("delivery"),
};
const QStringList optionalItemKeys = {QStringLiteral("short_name"), QStringLiteral("keywords"),
                                      QStringLiteral("legal_time_limit_days"), QStringLiteral("home_service")};

const QStringList guideTextKeys = {
    QStringLiteral("scope"),           QStringLiteral("accepting_body"), QStringLiteral("deciding_body"),
    QStringLiteral("time_limit_text"), QStringLiteral("conditions"),     QStringLiteral("location_hours"),
    QStringLiteral("consultation"),    QStringLiteral("complaint"),      QStringLiteral("result"),
    QStringLiteral("online"),
};
const QStringList guideListKeys = {QStringLiteral("legal_basis"), QStringLiteral("procedure")};

const QStringList fieldKeys = {
    QStringLiteral("id"),
    QStringLiteral("label"),
    QStringLiteral("kind"),
    QStringLiteral("validation"),
    QStringLiteral("prefill"),
    QStringLiteral("compute"),
    QStringLiteral("compute_if_empty"),
    QStringLiteral("options"),
    QStringLiteral("default"),
    QStringLiteral("columns"),
    QStringLiteral("stage"),
    QStringLiteral("sensitive"),
    QStringLiteral("help"),
};
const QStringList fieldKinds = {QStringLiteral("text"),      QStringLiteral("date"),  QStringLiteral("choice"),
                                QStringLiteral("number"),    QStringLiteral("phone"), QStringLiteral("address"),
                                QStringLiteral("id_number"), QStringLiteral("table")};

// Validation keys and the field kinds each is allowed on.
const QHash<QString, QStringList>& validationKinds()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("required"), fieldKinds},
        {QStringLiteral("required_when"), fieldKinds},
        {QStringLiteral("pattern"), {QStringLiteral("text"), QStringLiteral("phone")}},
        {QStringLiteral("pattern_message"), {QStringLiteral("text"), QStringLiteral("phone")}},
        {QStringLiteral("min_length"), {QStringLiteral("text"), QStringLiteral("address")}},
        {QStringLiteral("max_length"), {QStringLiteral("text"), QStringLiteral("address")}},
        {QStringLiteral("min"), {QStringLiteral("number"), QStringLiteral("date")}},
        {QStringLiteral("max"), {QStringLiteral("number"), QStringLiteral("date")}},
        {QStringLiteral("integer"), {QStringLiteral("number")}},
        {QStringLiteral("min_rows"), {QStringLiteral("table")}},
        {QStringLiteral("max_rows"), {QStringLiteral("table")}},
    };
    return table;
}

const QStringList cardFields = {QStringLiteral("name"),   QStringLiteral("sex"),        QStringLiteral("nation"),
                                QStringLiteral("birth"),  QStringLiteral("address"),    QStringLiteral("id_number"),
                                QStringLiteral("issuer"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                                QStringLiteral("photo")};
const QStringList citizenFields = {
    QStringLiteral("name"),          QStringLiteral("sex"),
    QStringLiteral("nation"),        QStringLiteral("birth_date"),
    QStringLiteral("id_number"),     QStringLiteral("phone"),
    QStringLiteral("hukou_address"), QStringLiteral("current_address"),
    QStringLiteral("community"),     QStringLiteral("grid"),
};
const QStringList prefillSources = {QStringLiteral("card"), QStringLiteral("citizen"), QStringLiteral("earlier_case"),
                                    QStringLiteral("shared")};

// District shared data: datasets and their fields.
const QHash<QString, QStringList>& sharedDatasets()
{
    static const QHash<QString, QStringList> datasets = {
        {QStringLiteral("hukou"),
         {QStringLiteral("household_members"), QStringLiteral("hukou_address"), QStringLiteral("hukou_region"),
          QStringLiteral("relation_to_head")}},
        {QStringLiteral("marriage"),
         {QStringLiteral("status"), QStringLiteral("spouse_name"), QStringLiteral("spouse_id_number"),
          QStringLiteral("marriage_date")}},
        {QStringLiteral("birth"), {QStringLiteral("children")}},
        {QStringLiteral("disability_assessment"),
         {QStringLiteral("category"), QStringLiteral("level"), QStringLiteral("assessed_on"),
          QStringLiteral("assessor")}},
        {QStringLiteral("pension"),
         {QStringLiteral("recipient"), QStringLiteral("insurance_type"), QStringLiteral("paying_since")}},
        {QStringLiteral("social_insurance"),
         {QStringLiteral("insured"), QStringLiteral("insurer_region"), QStringLiteral("employer")}},
        {QStringLiteral("social_assistance"),
         {QStringLiteral("status"), QStringLiteral("card_number"), QStringLiteral("since")}},
        {QStringLiteral("real_estate"),
         {QStringLiteral("address"), QStringLiteral("owner"), QStringLiteral("certificate_number")}},
        {QStringLiteral("residence_registration"),
         {QStringLiteral("registered_on"), QStringLiteral("address"), QStringLiteral("permit_number"),
          QStringLiteral("permit_valid_to")}},
        {QStringLiteral("dog_immunization"),
         {QStringLiteral("vaccinated_on"), QStringLiteral("vaccine_batch"), QStringLiteral("clinic"),
          QStringLiteral("chip_number")}},
        {QStringLiteral("citizen_card"), {QStringLiteral("card_number"), QStringLiteral("status")}},
    };
    return datasets;
}

QStringList datasetNames()
{
    QStringList names = sharedDatasets().keys();
    names.sort();
    return names;
}

// A computed value: the kinds of its inputs, its result kind, and whether it reads a table column.
struct Operation
{
    QStringList inputs;
    QString result;
    bool column = false;
};

const QHash<QString, Operation>& operations()
{
    static const QHash<QString, Operation> ops = {
        {QStringLiteral("age_on_service_date"), {{QStringLiteral("date")}, QStringLiteral("number")}},
        {QStringLiteral("birth_date_from_id_number"), {{QStringLiteral("id_number")}, QStringLiteral("date")}},
        {QStringLiteral("sex_from_id_number"), {{QStringLiteral("id_number")}, QStringLiteral("choice")}},
        {QStringLiteral("disability_certificate_number"),
         {{QStringLiteral("id_number"), QStringLiteral("choice"), QStringLiteral("choice")}, QStringLiteral("text")}},
        {QStringLiteral("row_count"), {{QStringLiteral("table")}, QStringLiteral("number")}},
        {QStringLiteral("column_sum"), {{QStringLiteral("table")}, QStringLiteral("number"), true}},
        {QStringLiteral("column_per_row"), {{QStringLiteral("table")}, QStringLiteral("number"), true}},
    };
    return ops;
}

const QStringList ruleCommonKeys = {QStringLiteral("rule"), QStringLiteral("reason"), QStringLiteral("severity"),
                                    QStringLiteral("when_unknown"), QStringLiteral("applies_when")};

// Eligibility rules: required and optional parameters.
struct RuleSpec
{
    QStringList required;
    QStringList optional;
};

const QHash<QString, RuleSpec>& ruleSpecs()
{
    static const QHash<QString, RuleSpec> specs = {
        {QStringLiteral("min_age"), {{QStringLiteral("value")}, {QStringLiteral("field")}}},
        {QStringLiteral("max_age"), {{QStringLiteral("value")}, {QStringLiteral("field")}}},
        {QStringLiteral("field_equals"), {{QStringLiteral("field"), QStringLiteral("value")}, {}}},
        {QStringLiteral("field_in"), {{QStringLiteral("field"), QStringLiteral("values")}, {}}},
        {QStringLiteral("field_min"), {{QStringLiteral("field"), QStringLiteral("value")}, {}}},
        {QStringLiteral("field_max"), {{QStringLiteral("field"), QStringLiteral("value")}, {}}},
        {QStringLiteral("hukou_in"), {{QStringLiteral("regions")}, {QStringLiteral("allow_residence_permit")}}},
        {QStringLiteral("hukou_not_in"), {{QStringLiteral("regions")}, {}}},
        {QStringLiteral("has_record"), {{QStringLiteral("dataset")}, {QStringLiteral("field")}}},
        {QStringLiteral("no_active_result"), {{QStringLiteral("item"), QStringLiteral("scope")}, {}}},
        {QStringLiteral("min_months_since"), {{QStringLiteral("field"), QStringLiteral("value")}, {}}},
    };
    return specs;
}

QStringList sortedKeys(const QHash<QString, RuleSpec>& specs)
{
    QStringList names = specs.keys();
    names.sort();
    return names;
}

const QStringList materialKeys = {
    QStringLiteral("id"),
    QStringLiteral("name"),
    QStringLiteral("form"),
    QStringLiteral("copies"),
    QStringLiteral("key"),
    QStringLiteral("tolerance"),
    QStringLiteral("tolerance_due_days"),
    QStringLiteral("commitment"),
    QStringLiteral("commitment_text"),
    QStringLiteral("waived_by"),
    QStringLiteral("condition"),
    QStringLiteral("capture"),
    QStringLiteral("note"),
};
const QStringList materialForms = {
    QStringLiteral("original"),   QStringLiteral("copy"), QStringLiteral("original_and_copy"), QStringLiteral("photo"),
    QStringLiteral("electronic"), QStringLiteral("form"), QStringLiteral("commitment_letter")};
const QStringList deliveryOptions = {QStringLiteral("window"), QStringLiteral("grid_worker"),
                                     QStringLiteral("courier")};

const QRegularExpression& itemCodePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{2,63}$"));
    return pattern;
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern;
}

const QRegularExpression& regionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}|[0-9]{4}|[0-9]{6})$"));
    return pattern;
}

// ---- Small helpers ---------------------------------------------------------------------------------------

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : QString(path + u'.' + key);
}

QString indexed(const QString& path, const QString& label)
{
    return QString(path + u'[' + label + u']');
}

bool isText(const QJsonValue& value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

std::optional<int> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

bool isDateOrServiceDate(const QJsonValue& value)
{
    if (!value.isString()) {
        return false;
    }
    const QString text = value.toString();
    return text == u"service_date" ||
        (text.size() == 10 && QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid());
}

// What the checks of one item need to know about a field: its kind and, for a choice, its option values.
struct FieldInfo
{
    QString kind;
    QStringList options;
};

// The fields of one item by id, and the columns of its tables as "table.column".
using FieldIndex = QHash<QString, FieldInfo>;

FieldInfo fieldInfo(const QJsonObject& field)
{
    FieldInfo info;
    info.kind = field.value(QStringLiteral("kind")).toString();
    for (const QJsonValue& option : field.value(QStringLiteral("options")).toArray()) {
        info.options.append(option.toObject().value(QStringLiteral("value")).toString());
    }
    return info;
}

// Built leniently before the checks, so that references between items (earlier_case, bundles) can be checked.
FieldIndex indexFields(const QJsonObject& item)
{
    FieldIndex index;
    const QJsonArray fields = item.value(QStringLiteral("form")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        const QString id = field.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            continue;
        }
        index.insert(id, fieldInfo(field));
        for (const QJsonValue& columnValue : field.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject column = columnValue.toObject();
            const QString columnId = column.value(QStringLiteral("id")).toString();
            if (!columnId.isEmpty()) {
                index.insert(QString(id + u'.' + columnId), fieldInfo(column));
            }
        }
    }
    return index;
}

QSet<QString> materialIds(const QJsonObject& item)
{
    QSet<QString> ids;
    for (const QJsonValue& value : item.value(QStringLiteral("materials")).toArray()) {
        ids.insert(value.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

// One document to check: an item or a bundle.
struct Document
{
    QString file; // as the messages name it
    QString expectedCode; // from the file name; empty in a single-file catalog
    QJsonObject json;
};

// Collects the violations of one document, each naming file, code and field.
class Reporter
{
public:
    enum class Owner
    {
        Item,
        Bundle
    };

    Reporter(QStringList& errors, const Document& document, Owner owner)
        : m_errors(errors)
        , m_file(document.file)
        , m_owner(owner)
    {
        const QJsonValue code = document.json.value(QStringLiteral("code"));
        m_code = isText(code)                 ? code.toString()
            : document.expectedCode.isEmpty() ? CatalogLoader::tr("(no code)")
                                              : document.expectedCode;
    }

    void add(const QString& path, const QString& problem)
    {
        m_errors.append(m_owner == Owner::Item
                            ? CatalogLoader::tr("%1: item %2, %3: %4").arg(m_file, m_code, path, problem)
                            : CatalogLoader::tr("%1: bundle %2, %3: %4").arg(m_file, m_code, path, problem));
    }

    // Unknown keys are errors (a typo must not drop a requirement); required keys must be present.
    void keys(const QJsonObject& object, const QString& path, const QStringList& allowed, const QStringList& required)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                add(join(path, it.key()), CatalogLoader::tr("is not a known key"));
            }
        }
        for (const QString& key : required) {
            if (!object.contains(key)) {
                add(join(path, key), CatalogLoader::tr("is missing"));
            }
        }
    }

    // The checks below skip an absent key: keys() reports a missing required one.
    bool text(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (!object.contains(key)) {
            return false;
        }
        if (!isText(object.value(key))) {
            add(join(path, key), CatalogLoader::tr("must be a non-empty text"));
            return false;
        }
        return true;
    }

    std::optional<int> integer(const QJsonObject& object, const QString& key, const QString& path, int minimum)
    {
        if (!object.contains(key)) {
            return std::nullopt;
        }
        const auto number = wholeNumber(object.value(key));
        if (!number || *number < minimum) {
            add(join(path, key), CatalogLoader::tr("must be a whole number of at least %1").arg(minimum));
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (!object.contains(key)) {
            return std::nullopt;
        }
        if (!object.value(key).isBool()) {
            add(join(path, key), CatalogLoader::tr("must be true or false"));
            return std::nullopt;
        }
        return object.value(key).toBool();
    }

    std::optional<QString> oneOf(const QJsonObject& object, const QString& key, const QString& path,
                                 const QStringList& allowed)
    {
        if (!object.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString() || !allowed.contains(value.toString())) {
            add(join(path, key), CatalogLoader::tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path)
    {
        if (!parent.contains(key)) {
            return std::nullopt;
        }
        if (!parent.value(key).isObject()) {
            add(join(path, key), CatalogLoader::tr("must be an object"));
            return std::nullopt;
        }
        return parent.value(key).toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject& parent, const QString& key, const QString& path, bool nonEmpty)
    {
        if (!parent.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue value = parent.value(key);
        if (!value.isArray() || (nonEmpty && value.toArray().isEmpty())) {
            add(join(path, key),
                nonEmpty ? CatalogLoader::tr("must be a non-empty list") : CatalogLoader::tr("must be a list"));
            return std::nullopt;
        }
        return value.toArray();
    }

    // A list of non-empty texts; returns the texts that are well formed.
    QStringList textList(const QJsonObject& parent, const QString& key, const QString& path, bool nonEmpty)
    {
        QStringList result;
        const auto list = array(parent, key, path, nonEmpty);
        if (!list) {
            return result;
        }
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!isText(list->at(i))) {
                add(indexed(join(path, key), QString::number(i)), CatalogLoader::tr("must be a non-empty text"));
            } else {
                result.append(list->at(i).toString());
            }
        }
        return result;
    }

    // The "{code, name}" of a category or department.
    void codeAndName(const QJsonObject& parent, const QString& key)
    {
        const auto value = object(parent, key, {});
        if (!value) {
            return;
        }
        keys(*value, key, {QStringLiteral("code"), QStringLiteral("name")},
             {QStringLiteral("code"), QStringLiteral("name")});
        text(*value, QStringLiteral("code"), key);
        text(*value, QStringLiteral("name"), key);
    }

    // "format": 1, refusing a newer format with its own message.
    void format(const QJsonObject& json)
    {
        if (!json.contains(QStringLiteral("format"))) {
            return;
        }
        const auto version = wholeNumber(json.value(QStringLiteral("format")));
        if (version && *version > CatalogLoader::supportedFormat) {
            add(QStringLiteral("format"),
                CatalogLoader::tr("format %1 is newer than this program reads (%2); install a "
                                  "newer OneWindow")
                    .arg(*version)
                    .arg(CatalogLoader::supportedFormat));
        } else if (!version || *version != CatalogLoader::supportedFormat) {
            add(QStringLiteral("format"), CatalogLoader::tr("must be %1").arg(CatalogLoader::supportedFormat));
        }
    }

    // "code": well formed and equal to the file name.
    void code(const Document& document)
    {
        if (!text(document.json, QStringLiteral("code"), {})) {
            return;
        }
        const QString value = document.json.value(QStringLiteral("code")).toString();
        if (!itemCodePattern().match(value).hasMatch()) {
            add(QStringLiteral("code"),
                CatalogLoader::tr("\"%1\" does not match the pattern %2").arg(value, itemCodePattern().pattern()));
        } else if (!document.expectedCode.isEmpty() && value != document.expectedCode) {
            add(QStringLiteral("code"),
                CatalogLoader::tr("\"%1\" differs from the file name; it must be %2")
                    .arg(value, document.expectedCode));
        }
    }

    // Delivery options as items and bundles define them.
    void delivery(const QJsonObject& parent)
    {
        const auto value = object(parent, QStringLiteral("delivery"), {});
        if (!value) {
            return;
        }
        const QString path = QStringLiteral("delivery");
        keys(*value, path, {QStringLiteral("options"), QStringLiteral("default"), QStringLiteral("note")},
             {QStringLiteral("options"), QStringLiteral("default")});
        QStringList options;
        if (const auto list = array(*value, QStringLiteral("options"), path, true)) {
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QString option = list->at(i).toString();
                const QString at = indexed(join(path, QStringLiteral("options")), QString::number(i));
                if (!list->at(i).isString() || !deliveryOptions.contains(option)) {
                    add(at, CatalogLoader::tr("must be one of: %1").arg(deliveryOptions.join(QStringLiteral(", "))));
                } else if (options.contains(option)) {
                    add(at, CatalogLoader::tr("\"%1\" appears twice").arg(option));
                } else {
                    options.append(option);
                }
            }
        }
        if (value->contains(QStringLiteral("default"))) {
            const QJsonValue fallback = value->value(QStringLiteral("default"));
            if (!fallback.isString() || !options.contains(fallback.toString())) {
                add(join(path, QStringLiteral("default")),
                    CatalogLoader::tr("must be one of the options: %1").arg(options.join(QStringLiteral(", "))));
            }
        }
        text(*value, QStringLiteral("note"), path);
    }

private:
    QStringList& m_errors;
    QString m_file;
    QString m_code;
    Owner m_owner;
};

// What other items expose to an item's checks and to bundles.
struct ItemFacts
{
    FieldIndex fields;
    QSet<QString> materials;
};

// Checks one item against FORMAT.md.
class ItemChecker
{
public:
    ItemChecker(Reporter& reporter, const QJsonObject& json, const QHash<QString, ItemFacts>& items)
        : m_report(reporter)
        , m_json(json)
        , m_items(items)
        , m_fields(indexFields(json))
    { }

    void run()
    {
        QStringList required = itemKeys;
        for (const QString& key : optionalItemKeys) {
            required.removeAll(key);
        }
        m_report.keys(m_json, {}, itemKeys, required);
        m_report.format(m_json);
        m_report.integer(m_json, QStringLiteral("revision"), {}, 1);
        m_report.text(m_json, QStringLiteral("name"), {});
        m_report.text(m_json, QStringLiteral("short_name"), {});
        m_report.textList(m_json, QStringLiteral("keywords"), {}, false);
        m_report.codeAndName(m_json, QStringLiteral("category"));
        m_report.codeAndName(m_json, QStringLiteral("department"));
        m_report.boolean(m_json, QStringLiteral("home_service"), {});
        checkTimeLimits();
        checkGuide();
        checkForm();
        checkEligibility();
        checkMaterials();
        checkOutputs();
        m_report.delivery(m_json);
    }

private:
    void checkTimeLimits()
    {
        const auto kind =
            m_report.oneOf(m_json, QStringLiteral("kind"), {}, {QStringLiteral("instant"), QStringLiteral("promised")});
        const auto days = m_report.integer(m_json, QStringLiteral("time_limit_days"), {}, 0);
        if (kind && days) {
            if (*kind == u"instant" && *days != 0) {
                m_report.add(QStringLiteral("time_limit_days"), CatalogLoader::tr("must be 0 for an instant item"));
            } else if (*kind == u"promised" && *days < 1) {
                m_report.add(QStringLiteral("time_limit_days"),
                             CatalogLoader::tr("must be at least 1 for a promised item"));
            }
        }
        const QJsonValue legal = m_json.value(QStringLiteral("legal_time_limit_days"));
        if (m_json.contains(QStringLiteral("legal_time_limit_days")) && !legal.isNull()) {
            const auto legalDays = m_report.integer(m_json, QStringLiteral("legal_time_limit_days"), {}, 0);
            if (legalDays && days && *legalDays < *days) {
                m_report.add(QStringLiteral("legal_time_limit_days"),
                             CatalogLoader::tr("must not be less than time_limit_days (%1)").arg(*days));
            }
        }
    }

    void checkGuide()
    {
        const auto guide = m_report.object(m_json, QStringLiteral("guide"), {});
        if (!guide) {
            return;
        }
        const QString path = QStringLiteral("guide");
        const QStringList keys = guideTextKeys + guideListKeys + QStringList {QStringLiteral("fees")};
        m_report.keys(*guide, path, keys, keys);
        for (const QString& key : guideTextKeys) {
            m_report.text(*guide, key, path);
        }
        for (const QString& key : guideListKeys) {
            m_report.textList(*guide, key, path, true);
        }
        if (const auto fees = m_report.object(*guide, QStringLiteral("fees"), path)) {
            const QString feesPath = join(path, QStringLiteral("fees"));
            const QStringList feeKeys = {QStringLiteral("charged"), QStringLiteral("standard"),
                                         QStringLiteral("basis")};
            m_report.keys(*fees, feesPath, feeKeys, feeKeys);
            m_report.boolean(*fees, QStringLiteral("charged"), feesPath);
            m_report.text(*fees, QStringLiteral("standard"), feesPath);
            m_report.text(*fees, QStringLiteral("basis"), feesPath);
        }
    }

    // ---- form ----

    void checkForm()
    {
        const auto form = m_report.object(m_json, QStringLiteral("form"), {});
        if (!form) {
            return;
        }
        m_report.keys(*form, QStringLiteral("form"), {QStringLiteral("fields")}, {QStringLiteral("fields")});
        if (const auto fields = m_report.array(*form, QStringLiteral("fields"), QStringLiteral("form"), false)) {
            checkFieldList(*fields, QStringLiteral("form.fields"), {});
        }
    }

    // Fields of the form, or the columns of the table `table`.
    void checkFieldList(const QJsonArray& fields, const QString& listPath, const QString& table)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QJsonValue value = fields.at(i);
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            const QString path = indexed(listPath, id.isEmpty() ? QString::number(i) : id);
            if (!value.isObject()) {
                m_report.add(path, CatalogLoader::tr("must be an object"));
                continue;
            }
            const QJsonObject field = value.toObject();
            if (m_report.text(field, QStringLiteral("id"), path)) {
                if (!idPattern().match(id).hasMatch()) {
                    m_report.add(
                        join(path, QStringLiteral("id")),
                        CatalogLoader::tr("\"%1\" does not match the pattern %2").arg(id, idPattern().pattern()));
                } else if (seen.contains(id)) {
                    m_report.add(join(path, QStringLiteral("id")), CatalogLoader::tr("\"%1\" appears twice").arg(id));
                }
                seen.insert(id);
            }
            checkField(field, path, table);
        }
    }

    void checkField(const QJsonObject& field, const QString& path, const QString& table)
    {
        m_report.keys(field, path, fieldKeys, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("kind")});
        m_report.text(field, QStringLiteral("label"), path);
        const auto kind = m_report.oneOf(field, QStringLiteral("kind"), path, fieldKinds);
        if (kind && *kind == u"table" && !table.isEmpty()) {
            m_report.add(join(path, QStringLiteral("kind")), CatalogLoader::tr("a table column cannot be a table"));
        }
        const QString kindName = kind.value_or(QString());

        // options: a choice only
        QStringList optionValues;
        if (field.contains(QStringLiteral("options")) && kind && *kind != u"choice") {
            m_report.add(join(path, QStringLiteral("options")), CatalogLoader::tr("is allowed only on a choice field"));
        } else if (kind && *kind == u"choice") {
            if (!field.contains(QStringLiteral("options"))) {
                m_report.add(join(path, QStringLiteral("options")), CatalogLoader::tr("is missing"));
            }
            optionValues = checkOptions(field, path);
        }
        if (field.contains(QStringLiteral("default")) && kind && *kind == u"choice") {
            const QJsonValue fallback = field.value(QStringLiteral("default"));
            if (!fallback.isString() || !optionValues.contains(fallback.toString())) {
                m_report.add(
                    join(path, QStringLiteral("default")),
                    CatalogLoader::tr("must be one of the options: %1").arg(optionValues.join(QStringLiteral(", "))));
            }
        }

        // columns: a table only
        if (field.contains(QStringLiteral("columns")) && kind && *kind != u"table") {
            m_report.add(join(path, QStringLiteral("columns")), CatalogLoader::tr("is allowed only on a table field"));
        } else if (kind && *kind == u"table" && table.isEmpty()) {
            if (!field.contains(QStringLiteral("columns"))) {
                m_report.add(join(path, QStringLiteral("columns")), CatalogLoader::tr("is missing"));
            } else if (const auto columns = m_report.array(field, QStringLiteral("columns"), path, true)) {
                checkFieldList(*columns, join(path, QStringLiteral("columns")),
                               field.value(QStringLiteral("id")).toString());
            }
        }

        m_report.oneOf(field, QStringLiteral("stage"), path, {QStringLiteral("intake"), QStringLiteral("review")});
        m_report.boolean(field, QStringLiteral("sensitive"), path);
        m_report.text(field, QStringLiteral("help"), path);
        if (const auto validation = m_report.object(field, QStringLiteral("validation"), path)) {
            checkValidation(*validation, join(path, QStringLiteral("validation")), kindName, table);
        }
        if (field.contains(QStringLiteral("prefill")) && field.contains(QStringLiteral("compute"))) {
            m_report.add(join(path, QStringLiteral("compute")),
                         CatalogLoader::tr("a field cannot have both compute and prefill"));
        }
        if (const auto prefill = m_report.array(field, QStringLiteral("prefill"), path, true)) {
            checkPrefill(*prefill, join(path, QStringLiteral("prefill")), field.value(QStringLiteral("id")).toString());
        }
        for (const QString& key : {QStringLiteral("compute"), QStringLiteral("compute_if_empty")}) {
            if (const auto compute = m_report.object(field, key, path)) {
                checkCompute(*compute, join(path, key), kindName, table);
            }
        }
    }

    QStringList checkOptions(const QJsonObject& field, const QString& path)
    {
        QStringList values;
        const auto options = m_report.array(field, QStringLiteral("options"), path, true);
        if (!options) {
            return values;
        }
        for (qsizetype i = 0; i < options->size(); ++i) {
            const QString at = indexed(join(path, QStringLiteral("options")), QString::number(i));
            if (!options->at(i).isObject()) {
                m_report.add(at, CatalogLoader::tr("must be an object"));
                continue;
            }
            const QJsonObject option = options->at(i).toObject();
            const QStringList keys = {QStringLiteral("value"), QStringLiteral("label")};
            m_report.keys(option, at, keys, keys);
            m_report.text(option, QStringLiteral("label"), at);
            if (m_report.text(option, QStringLiteral("value"), at)) {
                const QString value = option.value(QStringLiteral("value")).toString();
                if (values.contains(value)) {
                    m_report.add(join(at, QStringLiteral("value")),
                                 CatalogLoader::tr("\"%1\" appears twice").arg(value));
                }
                values.append(value);
            }
        }
        return values;
    }

    void checkValidation(const QJsonObject& validation, const QString& path, const QString& kind, const QString& table)
    {
        for (auto it = validation.begin(); it != validation.end(); ++it) {
            const auto allowed = validationKinds().constFind(it.key());
            if (allowed == validationKinds().constEnd()) {
                m_report.add(join(path, it.key()), CatalogLoader::tr("is not a known key"));
            } else if (!kind.isEmpty() && !allowed->contains(kind)) {
                m_report.add(join(path, it.key()), CatalogLoader::tr("is not allowed on a %1 field").arg(kind));
            }
        }
        m_report.boolean(validation, QStringLiteral("required"), path);
        m_report.boolean(validation, QStringLiteral("integer"), path);
        if (validation.contains(QStringLiteral("required_when"))) {
            checkCondition(validation.value(QStringLiteral("required_when")),
                           join(path, QStringLiteral("required_when")), table);
        }
        if (validation.contains(QStringLiteral("pattern"))) {
            if (m_report.text(validation, QStringLiteral("pattern"), path)) {
                const QRegularExpression pattern(validation.value(QStringLiteral("pattern")).toString());
                if (!pattern.isValid()) {
                    m_report.add(join(path, QStringLiteral("pattern")),
                                 CatalogLoader::tr("does not compile: %1").arg(pattern.errorString()));
                }
            }
            if (!validation.contains(QStringLiteral("pattern_message"))) {
                m_report.add(
                    join(path, QStringLiteral("pattern_message")),
                    CatalogLoader::tr("is missing (a pattern needs the message shown when it does not match)"));
            }
        }
        m_report.text(validation, QStringLiteral("pattern_message"), path);
        checkBounds(validation, path, QStringLiteral("min_length"), QStringLiteral("max_length"));
        checkBounds(validation, path, QStringLiteral("min_rows"), QStringLiteral("max_rows"));
        if (kind == u"number") {
            std::optional<double> bounds[2];
            const QString keys[2] = {QStringLiteral("min"), QStringLiteral("max")};
            for (int i = 0; i < 2; ++i) {
                if (!validation.contains(keys[i])) {
                    continue;
                }
                if (!validation.value(keys[i]).isDouble()) {
                    m_report.add(join(path, keys[i]), CatalogLoader::tr("must be a number"));
                } else {
                    bounds[i] = validation.value(keys[i]).toDouble();
                }
            }
            if (bounds[0] && bounds[1] && *bounds[0] > *bounds[1]) {
                m_report.add(join(path, keys[0]), CatalogLoader::tr("is greater than %1").arg(keys[1]));
            }
        } else if (kind == u"date") {
            const QString keys[2] = {QStringLiteral("min"), QStringLiteral("max")};
            for (const QString& key : keys) {
                if (validation.contains(key) && !isDateOrServiceDate(validation.value(key))) {
                    m_report.add(join(path, key), CatalogLoader::tr("must be a date (YYYY-MM-DD) or service_date"));
                }
            }
            const QString min = validation.value(keys[0]).toString();
            const QString max = validation.value(keys[1]).toString();
            // Dates in ISO form compare as text; service_date moves, so it bounds nothing here.
            if (isDateOrServiceDate(validation.value(keys[0])) && isDateOrServiceDate(validation.value(keys[1])) &&
                min != u"service_date" && max != u"service_date" && min > max) {
                m_report.add(join(path, keys[0]), CatalogLoader::tr("is greater than %1").arg(keys[1]));
            }
        }
    }

    void checkBounds(const QJsonObject& validation, const QString& path, const QString& minKey, const QString& maxKey)
    {
        const auto min = m_report.integer(validation, minKey, path, 0);
        const auto max = m_report.integer(validation, maxKey, path, 0);
        if (min && max && *min > *max) {
            m_report.add(join(path, minKey), CatalogLoader::tr("is greater than %1").arg(maxKey));
        }
    }

    void checkPrefill(const QJsonArray& sources, const QString& path, const QString& fieldId)
    {
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QString at = indexed(path, QString::number(i));
            if (!sources.at(i).isObject()) {
                m_report.add(at, CatalogLoader::tr("must be an object"));
                continue;
            }
            const QJsonObject source = sources.at(i).toObject();
            const auto kind = m_report.oneOf(source, QStringLiteral("source"), at, prefillSources);
            if (!source.contains(QStringLiteral("source"))) {
                m_report.add(join(at, QStringLiteral("source")), CatalogLoader::tr("is missing"));
            }
            if (!kind) {
                continue;
            }
            const QString field = source.value(QStringLiteral("field")).toString();
            const QString fieldPath = join(at, QStringLiteral("field"));
            if (*kind == u"card" || *kind == u"citizen") {
                m_report.keys(source, at, {QStringLiteral("source"), QStringLiteral("field")},
                              {QStringLiteral("field")});
                const QStringList& known = *kind == u"card" ? cardFields : citizenFields;
                if (source.contains(QStringLiteral("field")) && !known.contains(field)) {
                    m_report.add(fieldPath, CatalogLoader::tr("\"%1\" is not a field of source %2").arg(field, *kind));
                }
            } else if (*kind == u"shared") {
                m_report.keys(source, at,
                              {QStringLiteral("source"), QStringLiteral("dataset"), QStringLiteral("field")},
                              {QStringLiteral("dataset"), QStringLiteral("field")});
                checkDataset(source, at);
            } else {
                m_report.keys(source, at, {QStringLiteral("source"), QStringLiteral("field"), QStringLiteral("item")},
                              {QStringLiteral("field")});
                if (source.contains(QStringLiteral("field")) && !idPattern().match(field).hasMatch()) {
                    m_report.add(
                        fieldPath,
                        CatalogLoader::tr("\"%1\" does not match the pattern %2").arg(field, idPattern().pattern()));
                }
                if (source.contains(QStringLiteral("item"))) {
                    const QString item = source.value(QStringLiteral("item")).toString();
                    if (!m_items.contains(item)) {
                        m_report.add(join(at, QStringLiteral("item")),
                                     CatalogLoader::tr("\"%1\" is not a known item code").arg(item));
                    } else if (!m_items.value(item).fields.contains(field.isEmpty() ? fieldId : field)) {
                        m_report.add(fieldPath, CatalogLoader::tr("\"%1\" is not a field of item %2").arg(field, item));
                    }
                }
            }
        }
    }

    // A shared dataset and (optionally) one of its fields.
    void checkDataset(const QJsonObject& object, const QString& path)
    {
        if (!object.contains(QStringLiteral("dataset"))) {
            return;
        }
        const QString dataset = object.value(QStringLiteral("dataset")).toString();
        if (!sharedDatasets().contains(dataset)) {
            m_report.add(join(path, QStringLiteral("dataset")),
                         CatalogLoader::tr("\"%1\" is not a shared dataset (known: %2)")
                             .arg(dataset, datasetNames().join(u", ")));
            return;
        }
        const QString field = object.value(QStringLiteral("field")).toString();
        if (object.contains(QStringLiteral("field")) && !sharedDatasets().value(dataset).contains(field)) {
            m_report.add(join(path, QStringLiteral("field")),
                         CatalogLoader::tr("\"%1\" is not a field of dataset %2").arg(field, dataset));
        }
    }

    // A field named from inside `table` may be a sibling column; otherwise it is a field of the form.
    std::optional<FieldInfo> resolve(const QString& name, const QString& table) const
    {
        if (!table.isEmpty()) {
            const auto column = m_fields.constFind(QString(table + u'.' + name));
            if (column != m_fields.constEnd()) {
                return *column;
            }
        }
        const auto field = m_fields.constFind(name);
        if (field != m_fields.constEnd()) {
            return *field;
        }
        return std::nullopt;
    }

    void checkCompute(const QJsonObject& compute, const QString& path, const QString& kind, const QString& table)
    {
        const auto op = m_report.oneOf(compute, QStringLiteral("op"), path, [] {
            QStringList names = operations().keys();
            names.sort();
            return names;
        }());
        const Operation spec = op ? operations().value(*op) : Operation {};
        QStringList allowed = {QStringLiteral("op"), QStringLiteral("from")};
        if (spec.column) {
            allowed.append(QStringLiteral("column"));
        }
        m_report.keys(compute, path, allowed, allowed);
        if (!op) {
            return;
        }
        if (spec.result != kind && !kind.isEmpty()) {
            m_report.add(
                join(path, QStringLiteral("op")),
                CatalogLoader::tr("%1 gives a %2 value, but the field is a %3 field").arg(*op, spec.result, kind));
        }
        const auto from = m_report.array(compute, QStringLiteral("from"), path, true);
        if (!from) {
            return;
        }
        const QString fromPath = join(path, QStringLiteral("from"));
        if (from->size() != spec.inputs.size()) {
            m_report.add(
                fromPath,
                CatalogLoader::tr("%1 needs these inputs: %2").arg(*op, spec.inputs.join(QStringLiteral(", "))));
            return;
        }
        for (qsizetype i = 0; i < from->size(); ++i) {
            const QString input = from->at(i).toString();
            const auto info = resolve(input, table);
            if (!info) {
                m_report.add(fromPath, CatalogLoader::tr("\"%1\" is not a field of this item").arg(input));
            } else if (info->kind != spec.inputs.at(i)) {
                m_report.add(fromPath,
                             CatalogLoader::tr("\"%1\" is a %2 field; %3 needs a %4 field here")
                                 .arg(input, info->kind, *op, spec.inputs.at(i)));
            }
        }
        if (spec.column && compute.contains(QStringLiteral("column"))) {
            const QString column = compute.value(QStringLiteral("column")).toString();
            const QString source = from->at(0).toString();
            const auto info = m_fields.constFind(QString(source + u'.' + column));
            if (info == m_fields.constEnd() || info->kind != u"number") {
                m_report.add(join(path, QStringLiteral("column")),
                             CatalogLoader::tr("\"%1\" is not a number column of table %2").arg(column, source));
            }
        }
    }

    // {"field": id, "in": [values]} or {"field": id, "equals": value}.
    void checkCondition(const QJsonValue& value, const QString& path, const QString& table = {})
    {
        if (!value.isObject()) {
            m_report.add(path, CatalogLoader::tr("must be an object"));
            return;
        }
        const QJsonObject condition = value.toObject();
        m_report.keys(condition, path, {QStringLiteral("field"), QStringLiteral("in"), QStringLiteral("equals")},
                      {QStringLiteral("field")});
        const bool hasIn = condition.contains(QStringLiteral("in"));
        if (hasIn == condition.contains(QStringLiteral("equals"))) {
            m_report.add(path, CatalogLoader::tr("needs exactly one of \"in\" and \"equals\""));
        }
        if (!m_report.text(condition, QStringLiteral("field"), path)) {
            return;
        }
        const QString fieldName = condition.value(QStringLiteral("field")).toString();
        const auto info = resolve(fieldName, table);
        if (!info) {
            m_report.add(join(path, QStringLiteral("field")),
                         CatalogLoader::tr("\"%1\" is not a field of this item").arg(fieldName));
            return;
        }
        QJsonArray values;
        QString valuesPath;
        if (hasIn) {
            const auto list = m_report.array(condition, QStringLiteral("in"), path, true);
            values = list.value_or(QJsonArray());
            valuesPath = join(path, QStringLiteral("in"));
        } else if (condition.contains(QStringLiteral("equals"))) {
            values.append(condition.value(QStringLiteral("equals")));
            valuesPath = join(path, QStringLiteral("equals"));
        }
        if (info->kind == u"choice") {
            for (const QJsonValue& entry : std::as_const(values)) {
                if (!entry.isString() || !info->options.contains(entry.toString())) {
                    m_report.add(valuesPath,
                                 CatalogLoader::tr("\"%1\" is not an option of field %2")
                                     .arg(entry.toVariant().toString(), fieldName));
                }
            }
        }
    }

    // ---- eligibility ----

    void checkEligibility()
    {
        const auto rules = m_report.array(m_json, QStringLiteral("eligibility"), {}, false);
        if (!rules) {
            return;
        }
        for (qsizetype i = 0; i < rules->size(); ++i) {
            const QString path = indexed(QStringLiteral("eligibility"), QString::number(i));
            if (!rules->at(i).isObject()) {
                m_report.add(path, CatalogLoader::tr("must be an object"));
                continue;
            }
            checkRule(rules->at(i).toObject(), path);
        }
    }

    void checkDateField(const QJsonObject& rule, const QString& path, const QString& fallback)
    {
        const QString field = rule.value(QStringLiteral("field")).toString(fallback);
        const auto info = resolve(field, {});
        if (!info || info->kind != u"date") {
            m_report.add(join(path, QStringLiteral("field")),
                         CatalogLoader::tr("\"%1\" is not a date field of this item").arg(field));
        }
    }

    void checkRule(const QJsonObject& rule, const QString& path)
    {
        const auto name = m_report.oneOf(rule, QStringLiteral("rule"), path, sortedKeys(ruleSpecs()));
        m_report.text(rule, QStringLiteral("reason"), path);
        m_report.oneOf(rule, QStringLiteral("severity"), path, {QStringLiteral("block"), QStringLiteral("warn")});
        m_report.oneOf(rule, QStringLiteral("when_unknown"), path,
                       {QStringLiteral("block"), QStringLiteral("warn"), QStringLiteral("allow")});
        if (rule.contains(QStringLiteral("applies_when"))) {
            checkCondition(rule.value(QStringLiteral("applies_when")), join(path, QStringLiteral("applies_when")));
        }
        if (!name) {
            m_report.keys(rule, path, rule.keys(), {QStringLiteral("rule"), QStringLiteral("reason")});
            return;
        }
        const RuleSpec spec = ruleSpecs().value(*name);
        m_report.keys(rule, path, ruleCommonKeys + spec.required + spec.optional,
                      QStringList {QStringLiteral("rule"), QStringLiteral("reason")} + spec.required);
        const QString field = rule.value(QStringLiteral("field")).toString();
        if (*name == u"min_age" || *name == u"max_age") {
            m_report.integer(rule, QStringLiteral("value"), path, 0);
            checkDateField(rule, path, QStringLiteral("birth_date"));
        } else if (*name == u"min_months_since") {
            m_report.integer(rule, QStringLiteral("value"), path, 0);
            if (rule.contains(QStringLiteral("field"))) {
                checkDateField(rule, path, {});
            }
        } else if (name->startsWith(u"field_")) {
            if (rule.contains(QStringLiteral("field")) && !resolve(field, {})) {
                m_report.add(join(path, QStringLiteral("field")),
                             CatalogLoader::tr("\"%1\" is not a field of this item").arg(field));
            }
            if ((*name == u"field_min" || *name == u"field_max") && rule.contains(QStringLiteral("value")) &&
                !rule.value(QStringLiteral("value")).isDouble()) {
                m_report.add(join(path, QStringLiteral("value")), CatalogLoader::tr("must be a number"));
            }
            if (*name == u"field_in") {
                m_report.array(rule, QStringLiteral("values"), path, true);
            }
        } else if (*name == u"hukou_in" || *name == u"hukou_not_in") {
            if (const auto regions = m_report.array(rule, QStringLiteral("regions"), path, true)) {
                for (qsizetype i = 0; i < regions->size(); ++i) {
                    if (!regionPattern().match(regions->at(i).toString()).hasMatch()) {
                        m_report.add(indexed(join(path, QStringLiteral("regions")), QString::number(i)),
                                     CatalogLoader::tr("\"%1\" is not a region code of 2, 4 or 6 digits")
                                         .arg(regions->at(i).toVariant().toString()));
                    }
                }
            }
            m_report.boolean(rule, QStringLiteral("allow_residence_permit"), path);
        } else if (*name == u"has_record") {
            checkDataset(rule, path);
        } else if (*name == u"no_active_result") {
            const QString item = rule.value(QStringLiteral("item")).toString();
            if (rule.contains(QStringLiteral("item")) && item != u"self" && !m_items.contains(item)) {
                m_report.add(join(path, QStringLiteral("item")),
                             CatalogLoader::tr("\"%1\" is neither self nor a known item code").arg(item));
            }
            m_report.oneOf(rule, QStringLiteral("scope"), path,
                           {QStringLiteral("person"), QStringLiteral("household")});
        }
    }

    // ---- materials ----

    void checkMaterials()
    {
        const auto materials = m_report.array(m_json, QStringLiteral("materials"), {}, true);
        if (!materials) {
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < materials->size(); ++i) {
            const QJsonObject material = materials->at(i).toObject();
            const QString id = material.value(QStringLiteral("id")).toString();
            const QString path = indexed(QStringLiteral("materials"), id.isEmpty() ? QString::number(i) : id);
            if (!materials->at(i).isObject()) {
                m_report.add(path, CatalogLoader::tr("must be an object"));
                continue;
            }
            if (m_report.text(material, QStringLiteral("id"), path)) {
                if (!idPattern().match(id).hasMatch()) {
                    m_report.add(
                        join(path, QStringLiteral("id")),
                        CatalogLoader::tr("\"%1\" does not match the pattern %2").arg(id, idPattern().pattern()));
                } else if (seen.contains(id)) {
                    m_report.add(join(path, QStringLiteral("id")), CatalogLoader::tr("\"%1\" appears twice").arg(id));
                }
                seen.insert(id);
            }
            checkMaterial(material, path);
        }
    }

    void checkMaterial(const QJsonObject& material, const QString& path)
    {
        m_report.keys(material, path, materialKeys,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("form"), QStringLiteral("copies"),
                       QStringLiteral("key"), QStringLiteral("tolerance"), QStringLiteral("commitment")});
        m_report.text(material, QStringLiteral("name"), path);
        const auto form = m_report.oneOf(material, QStringLiteral("form"), path, materialForms);
        m_report.integer(material, QStringLiteral("copies"), path, 0);
        const auto key = m_report.boolean(material, QStringLiteral("key"), path);
        const auto tolerance = m_report.boolean(material, QStringLiteral("tolerance"), path);
        const auto commitment = m_report.boolean(material, QStringLiteral("commitment"), path);
        m_report.text(material, QStringLiteral("note"), path);
        m_report.oneOf(material, QStringLiteral("capture"), path,
                       {QStringLiteral("camera"), QStringLiteral("scan"), QStringLiteral("none")});

        if (tolerance.value_or(false) && key.value_or(false)) {
            m_report.add(join(path, QStringLiteral("tolerance")),
                         CatalogLoader::tr("a key material cannot be accepted while missing (tolerance)"));
        }
        if (tolerance.value_or(false)) {
            if (!material.contains(QStringLiteral("tolerance_due_days"))) {
                m_report.add(join(path, QStringLiteral("tolerance_due_days")),
                             CatalogLoader::tr("is missing (tolerance needs the working days to supply the material)"));
            }
            m_report.integer(material, QStringLiteral("tolerance_due_days"), path, 1);
        } else if (material.contains(QStringLiteral("tolerance_due_days"))) {
            m_report.add(join(path, QStringLiteral("tolerance_due_days")),
                         CatalogLoader::tr("is allowed only when %1 is true").arg(QStringLiteral("tolerance")));
        }
        if (commitment.value_or(false)) {
            if (!material.contains(QStringLiteral("commitment_text"))) {
                m_report.add(join(path, QStringLiteral("commitment_text")),
                             CatalogLoader::tr("is missing (a commitment needs the text the citizen signs)"));
            }
            m_report.text(material, QStringLiteral("commitment_text"), path);
            if (form && *form == u"commitment_letter") {
                m_report.add(join(path, QStringLiteral("commitment")),
                             CatalogLoader::tr("a commitment letter cannot itself be replaced by a commitment"));
            }
        } else if (material.contains(QStringLiteral("commitment_text"))) {
            m_report.add(join(path, QStringLiteral("commitment_text")),
                         CatalogLoader::tr("is allowed only when %1 is true").arg(QStringLiteral("commitment")));
        }
        if (const auto waivers = m_report.array(material, QStringLiteral("waived_by"), path, false)) {
            for (qsizetype i = 0; i < waivers->size(); ++i) {
                const QString at = indexed(join(path, QStringLiteral("waived_by")), QString::number(i));
                if (!waivers->at(i).isObject()) {
                    m_report.add(at, CatalogLoader::tr("must be an object"));
                    continue;
                }
                const QJsonObject waiver = waivers->at(i).toObject();
                const auto source =
                    m_report.oneOf(waiver, QStringLiteral("source"), at,
                                   {QStringLiteral("shared"), QStringLiteral("card"), QStringLiteral("citizen")});
                if (source && *source == u"shared") {
                    m_report.keys(waiver, at, {QStringLiteral("source"), QStringLiteral("dataset")},
                                  {QStringLiteral("dataset")});
                    checkDataset(waiver, at);
                } else {
                    m_report.keys(waiver, at, {QStringLiteral("source")}, {QStringLiteral("source")});
                }
            }
        }
        if (material.contains(QStringLiteral("condition"))) {
            checkCondition(material.value(QStringLiteral("condition")), join(path, QStringLiteral("condition")));
        }
    }

    // ---- outputs ----

    void checkOutputs()
    {
        const auto outputs = m_report.object(m_json, QStringLiteral("outputs"), {});
        if (!outputs) {
            return;
        }
        const QString path = QStringLiteral("outputs");
        const QStringList keys = {QStringLiteral("certificate"), QStringLiteral("receipt"),
                                  QStringLiteral("one_time_notice")};
        m_report.keys(*outputs, path, keys, keys);
        if (outputs->contains(QStringLiteral("certificate")) &&
            !outputs->value(QStringLiteral("certificate")).isNull()) {
            if (const auto certificate = m_report.object(*outputs, QStringLiteral("certificate"), path)) {
                checkCertificate(*certificate, join(path, QStringLiteral("certificate")));
            }
        }
        for (const QString& key : {QStringLiteral("receipt"), QStringLiteral("one_time_notice")}) {
            if (const auto document = m_report.object(*outputs, key, path)) {
                m_report.keys(*document, join(path, key), {QStringLiteral("template")}, {QStringLiteral("template")});
                m_report.text(*document, QStringLiteral("template"), join(path, key));
            }
        }
    }

    void checkCertificate(const QJsonObject& certificate, const QString& path)
    {
        m_report.keys(certificate, path,
                      {QStringLiteral("name"), QStringLiteral("template"), QStringLiteral("number"),
                       QStringLiteral("photo"), QStringLiteral("qr")},
                      {QStringLiteral("name"), QStringLiteral("template")});
        m_report.text(certificate, QStringLiteral("name"), path);
        m_report.text(certificate, QStringLiteral("template"), path);
        m_report.boolean(certificate, QStringLiteral("photo"), path);
        m_report.boolean(certificate, QStringLiteral("qr"), path);
        const auto number = m_report.object(certificate, QStringLiteral("number"), path);
        if (!number) {
            return;
        }
        const QString numberPath = join(path, QStringLiteral("number"));
        m_report.keys(*number, numberPath,
                      {QStringLiteral("scheme"), QStringLiteral("series"), QStringLiteral("field")},
                      {QStringLiteral("scheme")});
        const auto scheme = m_report.oneOf(
            *number, QStringLiteral("scheme"), numberPath,
            {QStringLiteral("block"), QStringLiteral("field"), QStringLiteral("external"), QStringLiteral("none")});
        m_report.text(*number, QStringLiteral("series"), numberPath);
        if (scheme && *scheme == u"block" && !number->contains(QStringLiteral("series"))) {
            m_report.add(join(numberPath, QStringLiteral("series")),
                         CatalogLoader::tr("is missing (a block number needs its series)"));
        }
        if (scheme && *scheme == u"field") {
            const QString field = number->value(QStringLiteral("field")).toString();
            if (!number->contains(QStringLiteral("field"))) {
                m_report.add(join(numberPath, QStringLiteral("field")), CatalogLoader::tr("is missing"));
            } else if (!m_fields.contains(field)) {
                m_report.add(join(numberPath, QStringLiteral("field")),
                             CatalogLoader::tr("\"%1\" is not a field of this item").arg(field));
            }
        }
    }

    Reporter& m_report;
    QJsonObject m_json;
    const QHash<QString, ItemFacts>& m_items;
    FieldIndex m_fields;
};

void checkBundle(Reporter& report, const QJsonObject& json, const QHash<QString, ItemFacts>& items)
{
    const QStringList keys = {
        QStringLiteral("format"),  QStringLiteral("code"),          QStringLiteral("revision"),
        QStringLiteral("name"),    QStringLiteral("description"),   QStringLiteral("keywords"),
        QStringLiteral("items"),   QStringLiteral("shared_fields"), QStringLiteral("shared_materials"),
        QStringLiteral("partial"), QStringLiteral("partial_note"),  QStringLiteral("delivery")};
    report.keys(json, {}, keys,
                {QStringLiteral("format"), QStringLiteral("code"), QStringLiteral("revision"), QStringLiteral("name"),
                 QStringLiteral("items"), QStringLiteral("partial"), QStringLiteral("delivery")});
    report.format(json);
    report.integer(json, QStringLiteral("revision"), {}, 1);
    report.text(json, QStringLiteral("name"), {});
    report.text(json, QStringLiteral("description"), {});
    report.text(json, QStringLiteral("partial_note"), {});
    report.textList(json, QStringLiteral("keywords"), {}, false);
    report.oneOf(json, QStringLiteral("partial"), {}, {QStringLiteral("allowed"), QStringLiteral("all_or_none")});
    report.delivery(json);

    // Items: two or more distinct known codes.
    QStringList members;
    if (const auto list = report.array(json, QStringLiteral("items"), {}, true)) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString code = list->at(i).toString();
            const QString at = indexed(QStringLiteral("items"), QString::number(i));
            if (!items.contains(code)) {
                report.add(at, CatalogLoader::tr("\"%1\" is not a known item code").arg(code));
            } else if (members.contains(code)) {
                report.add(at, CatalogLoader::tr("\"%1\" appears twice").arg(code));
            } else {
                members.append(code);
            }
        }
        if (list->size() < 2) {
            report.add(QStringLiteral("items"), CatalogLoader::tr("a bundle needs two or more items"));
        }
    }

    for (const QString& field : report.textList(json, QStringLiteral("shared_fields"), {}, false)) {
        const QString at = indexed(QStringLiteral("shared_fields"), field);
        QString firstKind;
        QString firstItem;
        for (const QString& code : std::as_const(members)) {
            const auto info = items.value(code).fields.constFind(field);
            if (info == items.value(code).fields.constEnd()) {
                report.add(at, CatalogLoader::tr("\"%1\" is not a field of item %2").arg(field, code));
            } else if (firstKind.isEmpty()) {
                firstKind = info->kind;
                firstItem = code;
            } else if (info->kind != firstKind) {
                report.add(at,
                           CatalogLoader::tr("\"%1\" is a %2 field in item %3 but a %4 field in item %5")
                               .arg(field, firstKind, firstItem, info->kind, code));
            }
        }
    }

    const auto shared = report.array(json, QStringLiteral("shared_materials"), {}, false);
    for (qsizetype i = 0; shared && i < shared->size(); ++i) {
        const QJsonObject entry = shared->at(i).toObject();
        const QString material = entry.value(QStringLiteral("material")).toString();
        const QString at =
            indexed(QStringLiteral("shared_materials"), material.isEmpty() ? QString::number(i) : material);
        if (!shared->at(i).isObject()) {
            report.add(at, CatalogLoader::tr("must be an object"));
            continue;
        }
        const QStringList entryKeys = {QStringLiteral("material"), QStringLiteral("items")};
        report.keys(entry, at, entryKeys, entryKeys);
        report.text(entry, QStringLiteral("material"), at);
        const QStringList codes = report.textList(entry, QStringLiteral("items"), at, true);
        for (const QString& code : codes) {
            if (!members.contains(code)) {
                report.add(join(at, QStringLiteral("items")),
                           CatalogLoader::tr("\"%1\" is not an item of this bundle").arg(code));
            } else if (!material.isEmpty() && !items.value(code).materials.contains(material)) {
                report.add(join(at, QStringLiteral("material")),
                           CatalogLoader::tr("\"%1\" is not a material of item %2").arg(material, code));
            }
        }
    }
}

// The documents of one catalog, checked together: codes are unique across items and bundles, and items and
// bundles refer to each other.
class CatalogChecker
{
public:
    void addDocumentError(const QString& message) { m_errors.append(message); }

    // A file that could not be read still reserves its code, so that references to it do not fail as well.
    void reserveItemCode(const QString& code) { m_brokenItemCodes.insert(code); }

    void addItem(const Document& document) { m_items.append(document); }
    void addBundle(const Document& document) { m_bundles.append(document); }

    CatalogLoadResult run()
    {
        QHash<QString, ItemFacts> facts;
        for (const QString& code : std::as_const(m_brokenItemCodes)) {
            facts.insert(code, {});
        }
        for (const Document& document : std::as_const(m_items)) {
            const QString code = document.json.value(QStringLiteral("code")).toString();
            const ItemFacts itemFacts {indexFields(document.json), materialIds(document.json)};
            if (!code.isEmpty()) {
                facts.insert(code, itemFacts);
            }
            // A mistyped code is reported once, on the item, not again on everything that refers to the item.
            if (!document.expectedCode.isEmpty() && document.expectedCode != code) {
                facts.insert(document.expectedCode, itemFacts);
            }
        }

        QHash<QString, QString> codeFiles; // code -> the file that used it first
        auto checkUnique = [&codeFiles](Reporter& report, const Document& document) {
            const QString code = document.json.value(QStringLiteral("code")).toString();
            if (code.isEmpty()) {
                return;
            }
            const auto earlier = codeFiles.constFind(code);
            if (earlier != codeFiles.constEnd()) {
                report.add(QStringLiteral("code"),
                           CatalogLoader::tr("\"%1\" is used twice (also in %2)").arg(code, *earlier));
            } else {
                codeFiles.insert(code, document.file);
            }
        };

        for (const Document& document : std::as_const(m_items)) {
            Reporter report(m_errors, document, Reporter::Owner::Item);
            report.code(document);
            checkUnique(report, document);
            ItemChecker(report, document.json, facts).run();
        }
        for (const Document& document : std::as_const(m_bundles)) {
            Reporter report(m_errors, document, Reporter::Owner::Bundle);
            report.code(document);
            checkUnique(report, document);
            checkBundle(report, document.json, facts);
        }
        if (m_items.isEmpty() && m_brokenItemCodes.isEmpty() && m_errors.isEmpty()) {
            m_errors.append(CatalogLoader::tr("The catalog holds no item."));
        }

        CatalogLoadResult result;
        result.errors = m_errors;
        if (!m_errors.isEmpty()) {
            qCWarning(lcCatalog) << "catalog refused with" << m_errors.size() << "violations";
            return result;
        }
        Catalog catalog;
        for (const Document& document : std::as_const(m_items)) {
            catalog.items.append(CatalogItem::fromJson(document.json));
        }
        for (const Document& document : std::as_const(m_bundles)) {
            catalog.bundles.append(CatalogBundle::fromJson(document.json));
        }
        result.catalog = std::move(catalog);
        return result;
    }

private:
    QList<Document> m_items;
    QList<Document> m_bundles;
    QSet<QString> m_brokenItemCodes;
    QStringList m_errors;
};

// Parses one file's JSON into an object, or says why not.
std::optional<QJsonObject> parseObject(const QByteArray& data, const QString& name, QStringList& errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append(CatalogLoader::tr("%1: not valid JSON: %2 (at character %3)")
                          .arg(name, parseError.errorString())
                          .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors.append(CatalogLoader::tr("%1: the file must hold one JSON object").arg(name));
        return std::nullopt;
    }
    return document.object();
}

void readFolder(CatalogChecker& checker, const QDir& root, const QString& folder, bool items, QStringList& errors)
{
    const QDir directory(root.filePath(folder));
    if (!directory.exists()) {
        return;
    }
    const QStringList names = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString shown = QString(folder + u'/' + name);
        const QString expectedCode = name.chopped(5);
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(CatalogLoader::tr("%1: cannot be read: %2").arg(shown, file.errorString()));
            if (items) {
                checker.reserveItemCode(expectedCode);
            }
            continue;
        }
        const auto json = parseObject(file.readAll(), shown, errors);
        if (!json) {
            if (items) {
                checker.reserveItemCode(expectedCode);
            }
            continue;
        }
        const Document document {shown, expectedCode, *json};
        items ? checker.addItem(document) : checker.addBundle(document);
    }
}

} // namespace

CatalogLoadResult CatalogLoader::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {std::nullopt, {tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))}};
    }
    if (info.isFile()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {std::nullopt,
                    {tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())}};
        }
        return loadDocument(file.readAll(), QDir::toNativeSeparators(path));
    }
    const QDir root(path);
    if (!QFileInfo(root.filePath(QStringLiteral("items"))).isDir()) {
        return {std::nullopt,
                {tr("%1 holds no items folder; a catalog folder holds items/ and bundles/.")
                     .arg(QDir::toNativeSeparators(path))}};
    }
    CatalogChecker checker;
    QStringList errors;
    readFolder(checker, root, QStringLiteral("items"), true, errors);
    readFolder(checker, root, QStringLiteral("bundles"), false, errors);
    for (const QString& error : std::as_const(errors)) {
        checker.addDocumentError(error);
    }
    return checker.run();
}

CatalogLoadResult CatalogLoader::loadDocument(const QByteArray& json, const QString& sourceName)
{
    QStringList errors;
    const auto root = parseObject(json, sourceName, errors);
    if (!root) {
        return {std::nullopt, errors};
    }
    CatalogChecker checker;
    for (auto it = root->begin(); it != root->end(); ++it) {
        if (it.key() != u"format" && it.key() != u"items" && it.key() != u"bundles") {
            checker.addDocumentError(tr("%1, %2: is not a known key").arg(sourceName, it.key()));
        }
    }
    const auto format = wholeNumber(root->value(QStringLiteral("format")));
    if (!root->contains(QStringLiteral("format"))) {
        checker.addDocumentError(tr("%1, format: is missing").arg(sourceName));
    } else if (!format) {
        checker.addDocumentError(tr("%1, format: must be %2").arg(sourceName).arg(supportedFormat));
    } else if (*format > supportedFormat) {
        // A newer document is refused before anything in it is read.
        return {std::nullopt,
                {tr("%1, format: format %2 is newer than this program reads (%3); install a newer OneWindow")
                     .arg(sourceName)
                     .arg(*format)
                     .arg(supportedFormat)}};
    } else if (*format != supportedFormat) {
        checker.addDocumentError(tr("%1, format: must be %2").arg(sourceName).arg(supportedFormat));
    }
    for (const QString& key : {QStringLiteral("items"), QStringLiteral("bundles")}) {
        const QJsonValue list = root->value(key);
        if (key == u"bundles" && list.isUndefined()) {
            continue;
        }
        if (!list.isArray()) {
            checker.addDocumentError(tr("%1, %2: must be a list").arg(sourceName, key));
            continue;
        }
        const QJsonArray entries = list.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).isObject()) {
                checker.addDocumentError(
                    tr("%1, %2: must be an object").arg(sourceName, indexed(key, QString::number(i))));
                continue;
            }
            const Document document {sourceName, {}, entries.at(i).toObject()};
            key == u"items" ? checker.addItem(document) : checker.addBundle(document);
        }
    }
    return checker.run();
}

} // namespace ow::catalog
