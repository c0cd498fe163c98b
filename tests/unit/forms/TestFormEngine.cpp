// The forms engine against the shipped catalog: parsing every item's form, prefill order, computed values,
// validation messages and eligibility, including the senior card on the 60th birthday itself.
#include "forms/FormDefinition.h"
#include "forms/FormEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ow;
using namespace ow::forms;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad test JSON" << error.errorString() << json;
    return document.object();
}

QJsonObject item(const QString& code)
{
    QFile file(QStringLiteral(OW_CATALOG_ITEMS_DIR "/%1.json").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

FormDefinition formOf(const QByteArray& fieldsJson)
{
    QString error;
    const auto form = FormDefinition::fromJson(parse("{\"fields\": " + fieldsJson + "}"), &error);
    if (!form)
        qWarning() << "test form does not parse:" << error;
    return form.value_or(FormDefinition());
}

FormDefinition itemForm(const QString& code)
{
    return FormDefinition::fromJson(item(code).value(u"form"_s).toObject(), nullptr).value_or(FormDefinition());
}

// "Senior card" reason of the shipped item, as the clerk reads it.
QString seniorMinAgeReason()
{
    return item(u"senior-card"_s).value(u"eligibility"_s).toArray().at(0).toObject().value(u"reason"_s).toString();
}

class FakeSharedData : public SharedDataProvider
{
public:
    std::optional<QJsonObject> dataset(const QString& name, const QString& idNumber) override
    {
        ++calls;
        lastIdNumber = idNumber;
        if (!datasets.contains(name))
            return std::nullopt;
        return datasets.value(name);
    }

    QMap<QString, QJsonObject> datasets;
    int calls = 0;
    QString lastIdNumber;
};

// Answers from maps; a dataset or item not in `known` is unknown (offline).
class FakeFacts : public EligibilityFacts
{
public:
    std::optional<bool> hasRecord(const QString& dataset, const QString& idNumber) const override
    {
        Q_UNUSED(idNumber)
        if (!knownDatasets.contains(dataset))
            return std::nullopt;
        return records.contains(dataset);
    }
    std::optional<bool> hasActiveResult(const QString& itemCode, const QString& idNumber) const override
    {
        if (!knownItems.contains(itemCode))
            return std::nullopt;
        return activeResults.contains(itemCode + u'/' + idNumber);
    }
    std::optional<QDate> lastResultDate(const QString&, const QString&) const override { return std::nullopt; }
    std::optional<QJsonObject> record(const QString& dataset, const QString& idNumber) const override
    {
        Q_UNUSED(idNumber)
        if (!knownDatasets.contains(dataset))
            return std::nullopt;
        return records.value(dataset);
    }

    QStringList knownDatasets;
    QMap<QString, QJsonObject> records;
    QStringList knownItems;
    QStringList activeResults; // "item/idNumber"
};

const QString maleId = u"33010619661123017X"_s; // born 1966-11-23, male
const QString femaleId = u"330106196611230188"_s; // born 1966-11-23, female
const QString spouseId = u"330106196503150041"_s;

idcard::CardInfo card()
{
    idcard::CardInfo card;
    card.name = u"Card Name"_s;
    card.sexCode = u"1"_s;
    card.nation = u"Han"_s;
    card.birth = QDate(1966, 11, 23);
    card.address = u"card address"_s;
    card.idNumber = maleId;
    return card;
}

db::CitizenRecord citizen()
{
    db::CitizenRecord record;
    record.name = u"Citizen Name"_s;
    record.idNumber = maleId;
    record.sex = QString::fromUtf8("\xE7\x94\xB7"); // male, as printed on the card
    record.birthDate = QDate(1966, 11, 23);
    record.address = u"citizen address"_s;
    record.phone = u"13812345678"_s;
    return record;
}

} // namespace

class TestFormEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFormsParse_data();
    void shippedFormsParse();
    void brokenFormsAreRefused_data();
    void brokenFormsAreRefused();
    void brokenRulesAreRefused_data();
    void brokenRulesAreRefused();

    void prefillOrder_data();
    void prefillOrder();
    void prefillEarlierCaseOfItem();
    void prefillSharedTableMapsColumns();
    void prefillAskesEachDatasetOnce();
    void prefillSeniorCardFromCardAndCitizen();
    void computeIfEmptyFromIdNumber();
    void recomputeAfterEdit();

    void computedAge_data();
    void computedAge();
    void computedTableValues();
    void disabilityCertificateNumber();

    void validation_data();
    void validation();
    void requiredWhenAndReviewStage();
    void tableValidation();

    void seniorCardOnBirthday_data();
    void seniorCardOnBirthday();
    void ruleKinds_data();
    void ruleKinds();
    void appliesWhen();
    void warnDoesNotBlock();
};

void TestFormEngine::shippedFormsParse_data()
{
    QTest::addColumn<QString>("code");
    const QStringList files = QDir(QStringLiteral(OW_CATALOG_ITEMS_DIR)).entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(files.size() >= 9);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(5);
}

void TestFormEngine::shippedFormsParse()
{
    QFETCH(QString, code);
    const QJsonObject json = item(code);
    QString error;
    const auto form = FormDefinition::fromJson(json.value(u"form"_s).toObject(), &error);
    QVERIFY2(form, qPrintable(error));
    QVERIFY(!form->fields().isEmpty());
    QVERIFY2(FormEngine::checkRules(json.value(u"eligibility"_s).toArray(), *form, &error), qPrintable(error));
    // The materials' conditions use the same grammar and name fields of the form.
    for (const QJsonValue& material : json.value(u"materials"_s).toArray()) {
        const QJsonValue condition = material.toObject().value(u"condition"_s);
        if (!condition.isUndefined())
            QVERIFY2(Condition::fromJson(condition, &*form, &error), qPrintable(error));
    }
}

void TestFormEngine::brokenFormsAreRefused_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QByteArray(R"([{"id": "a", "label": "A", "kind": "colour"}])")
                                  << u"unknown kind \"colour\""_s;
    QTest::newRow("unknown key") << QByteArray(R"([{"id": "a", "label": "A", "kind": "text", "requird": true}])")
                                 << u"unknown key \"requird\""_s;
    QTest::newRow("bad id") << QByteArray(R"([{"id": "A b", "label": "A", "kind": "text"}])") << u"the id must be"_s;
    QTest::newRow("duplicate id")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "text"}, {"id": "a", "label": "B", "kind": "text"}])")
        << u"used twice"_s;
    QTest::newRow("check not for kind")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "date", "validation": {"pattern": "x"}}])")
        << u"\"pattern\" is not allowed for a field of kind date"_s;
    QTest::newRow("min above max")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "number", "validation": {"min": 5, "max": 1}}])")
        << u"\"min\" is greater than \"max\""_s;
    QTest::newRow("bad date bound")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "date", "validation": {"max": "today"}}])")
        << u"service_date"_s;
    QTest::newRow("pattern without message")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "text", "validation": {"pattern": "^x$"}}])")
        << u"pattern_message"_s;
    QTest::newRow("pattern does not compile")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "text", "validation": {"pattern": "(", "pattern_message": "m"}}])")
        << u"not a valid regular expression"_s;
    QTest::newRow("choice without options")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "choice"}])") << u"needs its options"_s;
    QTest::newRow("default not an option")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "choice", "options": [{"value": "x", "label": "X"}], "default": "y"}])")
        << u"default is not one of the options"_s;
    QTest::newRow("options on text")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "text", "options": [{"value": "x", "label": "X"}]}])")
        << u"only a choice has options"_s;
    QTest::newRow("table in table")
        << QByteArray(
               R"([{"id": "t", "label": "T", "kind": "table", "columns": [{"id": "u", "label": "U", "kind": "table", "columns": []}]}])")
        << u"cannot be a table"_s;
    QTest::newRow("unknown card field")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "text", "prefill": [{"source": "card", "field": "phone"}]}])")
        << u"the card has no field \"phone\""_s;
    QTest::newRow("unknown dataset")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "text", "prefill": [{"source": "shared", "dataset": "tax", "field": "x"}]}])")
        << u"unknown shared dataset \"tax\""_s;
    QTest::newRow("unknown source")
        << QByteArray(R"([{"id": "a", "label": "A", "kind": "text", "prefill": [{"source": "guess", "field": "x"}]}])")
        << u"unknown prefill source \"guess\""_s;
    QTest::newRow("compute and prefill") << QByteArray(
                                                R"([{"id": "b", "label": "B", "kind": "date"},
            {"id": "a", "label": "A", "kind": "number", "compute": {"op": "age_on_service_date", "from": ["b"]},
             "prefill": [{"source": "citizen", "field": "name"}]}])")
                                         << u"cannot also be prefilled"_s;
    QTest::newRow("compute input kind") << QByteArray(
                                               R"([{"id": "b", "label": "B", "kind": "text"},
            {"id": "a", "label": "A", "kind": "number", "compute": {"op": "age_on_service_date", "from": ["b"]}}])")
                                        << u"needs a date as input 1"_s;
    QTest::newRow("compute result kind") << QByteArray(
                                                R"([{"id": "b", "label": "B", "kind": "date"},
            {"id": "a", "label": "A", "kind": "text", "compute": {"op": "age_on_service_date", "from": ["b"]}}])")
                                         << u"gives a number, but the field is a text"_s;
    QTest::newRow("compute missing input")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "number", "compute": {"op": "row_count", "from": ["nothing"]}}])")
        << u"\"nothing\", which is not a field"_s;
    QTest::newRow("condition on missing field")
        << QByteArray(
               R"([{"id": "a", "label": "A", "kind": "text", "validation": {"required_when": {"field": "zz", "in": ["x"]}}}])")
        << u"\"zz\", which is not a field"_s;
    QTest::newRow("condition on missing option")
        << QByteArray(
               R"([{"id": "c", "label": "C", "kind": "choice", "options": [{"value": "x", "label": "X"}]},
            {"id": "a", "label": "A", "kind": "text", "validation": {"required_when": {"field": "c", "in": ["y"]}}}])")
        << u"not one of its options"_s;
}

void TestFormEngine::brokenFormsAreRefused()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FormDefinition::fromJson(parse("{\"fields\": " + fields + "}"), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestFormEngine::brokenRulesAreRefused_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown rule") << QByteArray(R"({"rule": "min_height", "value": 1, "reason": "r"})")
                                  << u"unknown rule"_s;
    QTest::newRow("no reason") << QByteArray(R"({"rule": "min_age", "value": 60})") << u"reason is missing"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"rule": "min_age", "value": 60, "reason": "r", "unit": "y"})")
                                 << u"unknown key \"unit\""_s;
    QTest::newRow("missing value") << QByteArray(R"({"rule": "min_age", "reason": "r"})")
                                   << u"parameter \"value\" is missing"_s;
    QTest::newRow("age of a text") << QByteArray(R"({"rule": "min_age", "field": "name", "value": 1, "reason": "r"})")
                                   << u"must be a date field"_s;
    QTest::newRow("bad severity") << QByteArray(R"({"rule": "min_age", "value": 1, "reason": "r", "severity": "x"})")
                                  << u"block or warn"_s;
    QTest::newRow("bad when_unknown") << QByteArray(
                                             R"({"rule": "min_age", "value": 1, "reason": "r", "when_unknown": "x"})")
                                      << u"block, warn or allow"_s;
    QTest::newRow("bad region") << QByteArray(R"({"rule": "hukou_in", "regions": ["330"], "reason": "r"})")
                                << u"2, 4 or 6 digits"_s;
    QTest::newRow("bad dataset") << QByteArray(R"({"rule": "has_record", "dataset": "tax", "reason": "r"})")
                                 << u"unknown shared dataset"_s;
    QTest::newRow("bad scope")
        << QByteArray(R"({"rule": "no_active_result", "item": "self", "scope": "street", "reason": "r"})")
        << u"person or household"_s;
    QTest::newRow("bad option") << QByteArray(R"({"rule": "field_in", "field": "sex", "values": ["9"], "reason": "r"})")
                                << u"\"9\" is not an option"_s;
    QTest::newRow("bad applies_when")
        << QByteArray(R"({"rule": "min_age", "value": 1, "reason": "r", "applies_when": {"field": "zz", "in": ["x"]}})")
        << u"not a field"_s;
}

void TestFormEngine::brokenRulesAreRefused()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FormEngine::checkRules(QJsonArray {parse(rule)}, itemForm(u"senior-card"_s), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestFormEngine::prefillOrder_data()
{
    QTest::addColumn<bool>("withCard");
    QTest::addColumn<bool>("withCitizen");
    QTest::addColumn<bool>("withEarlierCase");
    QTest::addColumn<bool>("withShared");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");
    QTest::newRow("all: the card wins") << true << true << true << true << u"card address"_s << u"card"_s;
    QTest::newRow("no card: the citizen record")
        << false << true << true << true << u"citizen address"_s << u"citizen"_s;
    QTest::newRow("then an earlier case")
        << false << false << true << true << u"earlier address"_s << u"earlier_case"_s;
    QTest::newRow("then shared data") << false << false << false << true << u"shared address"_s << u"shared"_s;
    QTest::newRow("nothing") << false << false << false << false << QString() << QString();
}

void TestFormEngine::prefillOrder()
{
    QFETCH(bool, withCard);
    QFETCH(bool, withCitizen);
    QFETCH(bool, withEarlierCase);
    QFETCH(bool, withShared);
    QFETCH(QString, value);
    QFETCH(QString, source);

    const FormDefinition form = formOf(R"([{"id": "hukou_address", "label": "Address", "kind": "address",
        "prefill": [{"source": "card", "field": "address"}, {"source": "citizen", "field": "hukou_address"},
                    {"source": "earlier_case", "field": "hukou_address"},
                    {"source": "shared", "dataset": "hukou", "field": "hukou_address"}]}])");
    FakeSharedData shared;
    if (withShared)
        shared.datasets.insert(u"hukou"_s, QJsonObject {{u"hukou_address"_s, u"shared address"_s}});
    PrefillContext context;
    if (withCard)
        context.card = card();
    if (withCitizen)
        context.citizen = citizen();
    if (withEarlierCase)
        context.earlierCaseForms = {QJsonObject {{u"hukou_address"_s, u"earlier address"_s}},
                                    QJsonObject {{u"hukou_address"_s, u"older address"_s}}};
    context.shared = &shared;
    context.serviceDate = QDate(2026, 5, 1);
    // Shared data is asked by the citizen's ID number; without card or record there is none to ask by.
    if (!withCard && !withCitizen && withShared) {
        db::CitizenRecord numberOnly;
        numberOnly.idNumber = maleId;
        context.citizen = numberOnly;
    }
    const FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"hukou_address"_s).toString(), value);
    QCOMPARE(state.source(u"hukou_address"_s), source);
    QCOMPARE(state.values().contains(u"hukou_address"_s), !value.isEmpty());
}

void TestFormEngine::prefillEarlierCaseOfItem()
{
    const FormDefinition form = formOf(R"([{"id": "dog_address", "label": "Dog address", "kind": "address",
        "prefill": [{"source": "earlier_case", "field": "dog_address", "item": "dog-registration"}]},
        {"id": "phone", "label": "Phone", "kind": "phone", "prefill": [{"source": "earlier_case", "field": "phone"}]}])");
    PrefillContext context;
    context.earlierCaseForms = {QJsonObject {{u"current_address"_s, u"no phone in the newest case"_s}},
                                QJsonObject {{u"dog_address"_s, u"not a dog case"_s}, {u"phone"_s, u"13900000001"_s}},
                                QJsonObject {{u"dog_address"_s, u"kennel road 1"_s}, {u"phone"_s, u"13900000002"_s}},
                                QJsonObject {{u"dog_address"_s, u"kennel road 0"_s}}};
    context.earlierCaseItemCodes = {u"pension-eligibility-check"_s, u"senior-card"_s, u"dog-registration"_s,
                                    u"dog-registration"_s};
    const FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"dog_address"_s).toString(), u"kennel road 1"_s); // the newest case of that item
    QCOMPARE(state.value(u"phone"_s).toString(), u"13900000001"_s); // the newest case that has one
    QCOMPARE(state.source(u"phone"_s), u"earlier_case"_s);
}

void TestFormEngine::prefillSharedTableMapsColumns()
{
    const FormDefinition form = itemForm(u"minimum-living-allowance"_s);
    FakeSharedData shared;
    shared.datasets.insert(u"hukou"_s, parse(R"({"household_members": [
            {"name": "Wang Yi", "id_number": "33010619661123017X", "relation": "self", "monthly_income": "1200",
             "hukou_region": "330106"},
            {"name": "Li Er", "id_number": "330106196503150041", "relation": "spouse", "monthly_income": 800}]})"));
    PrefillContext context;
    context.card = card();
    context.shared = &shared;
    context.serviceDate = QDate(2026, 5, 1);
    const FormState state = FormEngine::prefill(form, context);
    const QJsonArray rows = state.value(u"household_members"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(state.source(u"household_members"_s), u"shared"_s);
    QCOMPARE(
        rows[0].toObject().keys(),
        (QStringList {u"id_number"_s, u"monthly_income"_s, u"name"_s, u"relation"_s})); // hukou_region is no column
    QCOMPARE(rows[0].toObject().value(u"monthly_income"_s).toDouble(), 1200.0); // number column: a number
    QCOMPARE(shared.lastIdNumber, maleId);
    QCOMPARE(state.value(u"household_size"_s).toDouble(), 2.0);
    QCOMPARE(state.value(u"household_monthly_income"_s).toDouble(), 2000.0);
    QCOMPARE(state.value(u"per_capita_income"_s).toDouble(), 1000.0);
    QCOMPARE(state.source(u"per_capita_income"_s), u"computed"_s);
}

void TestFormEngine::prefillAskesEachDatasetOnce()
{
    const FormDefinition form = itemForm(u"birth-registration"_s); // marriage: three fields
    FakeSharedData shared;
    shared.datasets.insert(u"marriage"_s,
                           QJsonObject {{u"spouse_name"_s, u"Li Er"_s},
                                        {u"spouse_id_number"_s, spouseId},
                                        {u"marriage_date"_s, u"1990-10-01"_s}});
    PrefillContext context;
    context.card = card();
    context.shared = &shared;
    context.serviceDate = QDate(2026, 5, 1);
    const FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"spouse_id_number"_s).toString(), spouseId);
    QCOMPARE(state.value(u"marriage_date"_s).toString(), u"1990-10-01"_s);
    QCOMPARE(shared.calls, 2); // marriage and birth, each once; not hukou: the card gave the address
}

void TestFormEngine::prefillSeniorCardFromCardAndCitizen()
{
    const FormDefinition form = itemForm(u"senior-card"_s);
    NoSharedData offline;
    PrefillContext context;
    context.card = card();
    context.citizen = citizen();
    context.earlierCaseForms = {QJsonObject {{u"current_address"_s, u"lives here"_s}}};
    context.shared = &offline;
    context.serviceDate = QDate(2026, 11, 23);
    const FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"name"_s).toString(), u"Card Name"_s);
    QCOMPARE(state.source(u"name"_s), u"card"_s);
    QCOMPARE(state.value(u"sex"_s).toString(), u"1"_s);
    QCOMPARE(state.value(u"birth_date"_s).toString(), u"1966-11-23"_s);
    QCOMPARE(state.value(u"age"_s).toInt(), 60);
    QCOMPARE(state.source(u"age"_s), u"computed"_s);
    QCOMPARE(state.value(u"phone"_s).toString(), u"13812345678"_s);
    QCOMPARE(state.source(u"phone"_s), u"citizen"_s);
    QCOMPARE(state.value(u"current_address"_s).toString(), u"lives here"_s);
    QCOMPARE(state.source(u"current_address"_s), u"earlier_case"_s);
    QCOMPARE(state.value(u"application_type"_s).toString(), u"first"_s);
    QCOMPARE(state.source(u"application_type"_s), u"default"_s);
    const QList<FieldError> errors = FormEngine::validate(form, state.values(), context.serviceDate);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
}

void TestFormEngine::computeIfEmptyFromIdNumber()
{
    const FormDefinition form = itemForm(u"senior-card"_s);
    db::CitizenRecord record; // a record from a typed number: no sex, no birth date
    record.idNumber = femaleId;
    record.name = u"Typed"_s;
    PrefillContext context;
    context.citizen = record;
    context.serviceDate = QDate(2026, 11, 22);
    const FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"birth_date"_s).toString(), u"1966-11-23"_s);
    QCOMPARE(state.source(u"birth_date"_s), u"computed"_s);
    QCOMPARE(state.value(u"sex"_s).toString(), u"2"_s);
    QCOMPARE(state.source(u"sex"_s), u"computed"_s);
    QCOMPARE(state.value(u"age"_s).toInt(), 59);
}

void TestFormEngine::recomputeAfterEdit()
{
    const FormDefinition form = itemForm(u"senior-card"_s);
    PrefillContext context;
    db::CitizenRecord record;
    record.idNumber = femaleId;
    context.citizen = record;
    context.serviceDate = QDate(2026, 11, 23);
    FormState state = FormEngine::prefill(form, context);
    QCOMPARE(state.value(u"age"_s).toInt(), 60);

    // A corrected ID number moves the derived birth date and the age with it.
    state.setTyped(u"id_number"_s, u"330106199603010023"_s);
    FormEngine::recompute(form, state, context.serviceDate);
    QCOMPARE(state.value(u"birth_date"_s).toString(), u"1996-03-01"_s);
    QCOMPARE(state.value(u"age"_s).toInt(), 30);

    // A typed birth date stays typed; the age follows it.
    state.setTyped(u"birth_date"_s, u"1950-01-01"_s);
    state.setTyped(u"id_number"_s, femaleId);
    FormEngine::recompute(form, state, context.serviceDate);
    QCOMPARE(state.value(u"birth_date"_s).toString(), u"1950-01-01"_s);
    QCOMPARE(state.source(u"birth_date"_s), u"typed"_s);
    QCOMPARE(state.value(u"age"_s).toInt(), 76);

    // Clearing the birth date clears the age.
    state.setTyped(u"birth_date"_s, QJsonValue());
    state.setTyped(u"id_number"_s, QJsonValue());
    FormEngine::recompute(form, state, context.serviceDate);
    QVERIFY(!state.values().contains(u"age"_s));
}

void TestFormEngine::computedAge_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("serviceDate");
    QTest::addColumn<int>("age");
    QTest::newRow("the 60th birthday itself") << u"1966-11-23"_s << QDate(2026, 11, 23) << 60;
    QTest::newRow("the day before") << u"1966-11-23"_s << QDate(2026, 11, 22) << 59;
    QTest::newRow("29 February, common year: 28 February") << u"1964-02-29"_s << QDate(2025, 2, 28) << 60;
    QTest::newRow("29 February, common year: 1 March") << u"1964-02-29"_s << QDate(2025, 3, 1) << 61;
    QTest::newRow("29 February, leap year") << u"1964-02-29"_s << QDate(2024, 2, 29) << 60;
    QTest::newRow("born on the service date") << u"2026-05-01"_s << QDate(2026, 5, 1) << 0;
    QTest::newRow("not a date") << u"1966-13-01"_s << QDate(2026, 5, 1) << -1;
    QTest::newRow("after the service date") << u"2027-01-01"_s << QDate(2026, 5, 1) << -1;
}

void TestFormEngine::computedAge()
{
    QFETCH(QString, birth);
    QFETCH(QDate, serviceDate);
    QFETCH(int, age);
    const ComputeSpec spec {u"age_on_service_date"_s, {u"birth_date"_s}, QString()};
    const QJsonValue value = FormEngine::evaluate(spec, QJsonObject {{u"birth_date"_s, birth}}, serviceDate);
    if (age < 0)
        QVERIFY(value.isNull());
    else
        QCOMPARE(value.toInt(-1), age);
}

void TestFormEngine::computedTableValues()
{
    const FormDefinition form = itemForm(u"minimum-living-allowance"_s);
    FormState state;
    state.setTyped(u"household_members"_s,
                   parse(R"({"rows": [{"name": "A", "monthly_income": 1000},
        {"name": "B", "monthly_income": 0}, {"name": "C", "monthly_income": 1000}]})")
                       .value(u"rows"_s));
    FormEngine::recompute(form, state, QDate(2026, 5, 1));
    QCOMPARE(state.value(u"household_size"_s).toDouble(), 3.0);
    QCOMPARE(state.value(u"household_monthly_income"_s).toDouble(), 2000.0);
    QCOMPARE(state.value(u"per_capita_income"_s).toDouble(), 666.67); // to the fen
    state.setTyped(u"household_members"_s, QJsonArray());
    FormEngine::recompute(form, state, QDate(2026, 5, 1));
    QCOMPARE(state.value(u"household_size"_s).toDouble(), 0.0);
    QVERIFY(state.value(u"per_capita_income"_s).isNull()); // nothing to divide by
}

void TestFormEngine::disabilityCertificateNumber()
{
    const FormDefinition form = itemForm(u"disability-certificate"_s);
    FormState state;
    state.setTyped(u"id_number"_s, maleId);
    state.setTyped(u"disability_category"_s, u"4"_s);
    FormEngine::recompute(form, state, QDate(2026, 5, 1));
    QVERIFY(!state.values().contains(u"certificate_number"_s)); // no level yet
    state.setTyped(u"disability_level"_s, u"2"_s);
    FormEngine::recompute(form, state, QDate(2026, 5, 1));
    QCOMPARE(state.value(u"certificate_number"_s).toString(), QString(maleId + u"42"_s));
    const QList<FieldError> errors = FormEngine::validate(form, state.values(), QDate(2026, 5, 1), Stage::Review);
    for (const FieldError& error : errors)
        QVERIFY2(error.fieldId != u"certificate_number"_s, qPrintable(error.message));
}

void TestFormEngine::validation_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message"); // empty: valid

    const QByteArray name = R"({"id": "f", "label": "Name", "kind": "text",
        "validation": {"required": true, "min_length": 2, "max_length": 4}})";
    QTest::newRow("text ok") << name << QJsonValue(u"Wang"_s) << QString();
    QTest::newRow("text required") << name << QJsonValue(u"  "_s) << u"Name is required."_s;
    QTest::newRow("text too short") << name << QJsonValue(u"W"_s) << u"Name must have at least 2 characters."_s;
    QTest::newRow("text too long") << name << QJsonValue(u"Wang Fang"_s) << u"Name must have at most 4 characters."_s;
    QTest::newRow("a supplementary character is one")
        << name << QJsonValue(QString::fromUcs4(U"\u738B\U00020BB7")) << QString();
    const QByteArray chip = R"({"id": "f", "label": "Chip", "kind": "text",
        "validation": {"pattern": "[0-9]{15}", "pattern_message": "fifteen digits"}})";
    QTest::newRow("pattern ok") << chip << QJsonValue(u"123456789012345"_s) << QString();
    QTest::newRow("pattern matches the whole value")
        << chip << QJsonValue(u"1234567890123456"_s) << u"Chip: fifteen digits"_s;
    QTest::newRow("empty optional field") << chip << QJsonValue() << QString();

    const QByteArray phone = R"({"id": "f", "label": "Phone", "kind": "phone"})";
    const QString phoneMessage = u"Phone must be a mobile number (11 digits starting with 1) or a landline number with "
                                 u"its area code, such as 0571-87654321."_s;
    QTest::newRow("mobile") << phone << QJsonValue(u"13812345678"_s) << QString();
    QTest::newRow("landline") << phone << QJsonValue(u"0571-87654321"_s) << QString();
    QTest::newRow("Beijing landline") << phone << QJsonValue(u"01012345678"_s) << QString();
    QTest::newRow("landline with extension") << phone << QJsonValue(u"0571-8765432-801"_s) << QString();
    QTest::newRow("mobile too short") << phone << QJsonValue(u"1381234567"_s) << phoneMessage;
    QTest::newRow("no area code") << phone << QJsonValue(u"87654321"_s) << phoneMessage;
    QTest::newRow("letters") << phone << QJsonValue(u"1381234567a"_s) << phoneMessage;

    const QByteArray id = R"({"id": "f", "label": "ID", "kind": "id_number"})";
    QTest::newRow("id ok") << id << QJsonValue(maleId) << QString();
    QTest::newRow("id lower-case x") << id << QJsonValue(maleId.toLower()) << QString();
    QTest::newRow("id check character") << id << QJsonValue(u"330106196611230171"_s) << u"ID: "_s;
    QTest::newRow("id 15 digits") << id << QJsonValue(u"330106661123017"_s) << u"ID must be the 18-character number"_s;

    const QByteArray birth = R"({"id": "f", "label": "Born", "kind": "date",
        "validation": {"min": "1900-01-01", "max": "service_date"}})";
    QTest::newRow("date ok") << birth << QJsonValue(u"1966-11-23"_s) << QString();
    QTest::newRow("date on the service date") << birth << QJsonValue(u"2026-05-01"_s) << QString();
    QTest::newRow("date in the future") << birth << QJsonValue(u"2026-05-02"_s)
                                        << u"Born cannot be in the future (after the service date 2026-05-01)."_s;
    QTest::newRow("date too early") << birth << QJsonValue(u"1899-12-31"_s) << u"Born cannot be before 1900-01-01."_s;
    QTest::newRow("date not a date") << birth << QJsonValue(u"1966-02-30"_s)
                                     << u"Born must be a date written as YYYY-MM-DD."_s;
    QTest::newRow("date other format") << birth << QJsonValue(u"1966/11/23"_s)
                                       << u"Born must be a date written as YYYY-MM-DD."_s;

    const QByteArray count = R"({"id": "f", "label": "Order", "kind": "number",
        "validation": {"integer": true, "min": 1, "max": 10}})";
    QTest::newRow("number ok") << count << QJsonValue(2) << QString();
    QTest::newRow("number as text") << count << QJsonValue(u"3"_s) << QString();
    QTest::newRow("number not whole") << count << QJsonValue(2.5) << u"Order must be a whole number."_s;
    QTest::newRow("number below") << count << QJsonValue(0) << u"Order must be at least 1."_s;
    QTest::newRow("number above") << count << QJsonValue(11) << u"Order must be at most 10."_s;
    QTest::newRow("number not a number") << count << QJsonValue(u"two"_s) << u"Order must be a number."_s;
    const QByteArray income = R"({"id": "f", "label": "Income", "kind": "number", "validation": {"max": 1000000}})";
    QTest::newRow("large bound written out") << income << QJsonValue(1000001) << u"Income must be at most 1000000."_s;

    const QByteArray sex = R"({"id": "f", "label": "Sex", "kind": "choice", "validation": {"required": true},
        "options": [{"value": "1", "label": "M"}, {"value": "2", "label": "F"}]})";
    QTest::newRow("choice ok") << sex << QJsonValue(u"2"_s) << QString();
    QTest::newRow("choice unknown") << sex << QJsonValue(u"9"_s) << u"Sex: choose one of the listed options."_s;
    QTest::newRow("choice required") << sex << QJsonValue() << u"Sex is required."_s;
}

void TestFormEngine::validation()
{
    QFETCH(QByteArray, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const FormDefinition form = formOf("[" + field + "]");
    QCOMPARE(form.fields().size(), 1);
    QJsonObject values;
    if (!value.isNull())
        values.insert(u"f"_s, value);
    const QList<FieldError> errors = FormEngine::validate(form, values, QDate(2026, 5, 1));
    if (message.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].fieldId, u"f"_s);
    QVERIFY2(errors[0].message.startsWith(message), qPrintable(errors[0].message));
}

void TestFormEngine::requiredWhenAndReviewStage()
{
    const FormDefinition form = itemForm(u"disability-certificate"_s);
    QJsonObject values {{u"applicant_role"_s, u"self"_s}};
    auto idsOf = [](const QList<FieldError>& errors) {
        QStringList ids;
        for (const FieldError& error : errors)
            ids.append(error.fieldId);
        return ids;
    };
    QStringList ids = idsOf(FormEngine::validate(form, values, QDate(2026, 5, 1)));
    QVERIFY(ids.contains(u"name"_s));
    QVERIFY(!ids.contains(u"guardian_name"_s)); // only for a guardian or an agent
    QVERIFY(!ids.contains(u"disability_category"_s)); // filled by the back office
    values.insert(u"applicant_role"_s, u"guardian"_s);
    ids = idsOf(FormEngine::validate(form, values, QDate(2026, 5, 1)));
    QVERIFY(ids.contains(u"guardian_name"_s));
    QVERIFY(ids.contains(u"guardian_phone"_s));
    ids = idsOf(FormEngine::validate(form, values, QDate(2026, 5, 1), Stage::Review));
    QVERIFY(ids.contains(u"disability_category"_s));
}

void TestFormEngine::tableValidation()
{
    const FormDefinition form = itemForm(u"minimum-living-allowance"_s);
    const QString table = form.field(u"household_members"_s)->label;
    const QString incomeLabel = form.field(u"household_members"_s)->column(u"monthly_income"_s)->label;
    auto errorsOf = [&](const QJsonValue& rows) {
        QList<FieldError> errors;
        for (const FieldError& error :
             FormEngine::validate(form, QJsonObject {{u"household_members"_s, rows}}, QDate(2026, 5, 1))) {
            if (error.fieldId == u"household_members"_s)
                errors.append(error);
        }
        return errors;
    };
    QList<FieldError> errors = errorsOf(QJsonArray());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].message, u"%1 needs at least one row."_s.arg(table));

    const QJsonValue rows = parse(R"({"rows": [
        {"name": "Wang Yi", "id_number": "33010619661123017X", "relation": "self", "work_status": "retired",
         "health": "healthy", "monthly_income": 1200},
        {"name": "Li Er", "id_number": "330106196503150041", "relation": "spouse", "work_status": "retired",
         "health": "chronic", "monthly_income": -5}]})")
                                .value(u"rows"_s);
    errors = errorsOf(rows);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].row, 1);
    QCOMPARE(errors[0].columnId, u"monthly_income"_s);
    QCOMPARE(errors[0].message, u"%1, row 2: %2 must be at least 0."_s.arg(table, incomeLabel));

    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(rows.toArray().at(0));
    errors = errorsOf(many);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].message, u"%1 can have at most 20 rows."_s.arg(table));
}

void TestFormEngine::seniorCardOnBirthday_data()
{
    QTest::addColumn<QDate>("serviceDate");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("the 60th birthday itself") << QDate(2026, 11, 23) << true;
    QTest::newRow("the day before") << QDate(2026, 11, 22) << false;
    QTest::newRow("a year later") << QDate(2027, 6, 1) << true;
}

void TestFormEngine::seniorCardOnBirthday()
{
    QFETCH(QDate, serviceDate);
    QFETCH(bool, eligible);
    const QJsonObject senior = item(u"senior-card"_s);
    FakeFacts facts; // knows the citizen holds no senior card
    facts.knownItems = {u"senior-card"_s};
    const QJsonObject values {
        {u"birth_date"_s, u"1966-11-23"_s}, {u"id_number"_s, maleId}, {u"application_type"_s, u"first"_s}};
    const EligibilityOutcome outcome = FormEngine::checkEligibility(senior.value(u"eligibility"_s).toArray(), values,
                                                                    facts, serviceDate, u"senior-card"_s);
    QCOMPARE(outcome.eligible, eligible);
    if (eligible) {
        QVERIFY(outcome.findings.isEmpty()); // and no household-registration check: any hukou
    } else {
        QCOMPARE(outcome.findings.size(), 1);
        QCOMPARE(outcome.findings[0].rule, u"min_age"_s);
        QCOMPARE(outcome.findings[0].severity, u"block"_s);
        QCOMPARE(outcome.findings[0].reason, seniorMinAgeReason());
    }
}

void TestFormEngine::ruleKinds_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QByteArray>("facts"); // {"datasets": {name: record}, "items": [...], "active": [...]}
    QTest::addColumn<QString>("expected"); // "pass", or the finding's severity, "+unknown" when undecided

    const QByteArray person = R"({"id_number": "33010619661123017X", "birth_date": "1966-11-23"})";
    const QByteArray none = "{}";
    QTest::newRow("min_age pass") << QByteArray(R"({"rule": "min_age", "value": 18, "reason": "r"})") << person << none
                                  << u"pass"_s;
    QTest::newRow("min_age fail") << QByteArray(R"({"rule": "min_age", "value": 61, "reason": "r"})") << person << none
                                  << u"block"_s;
    QTest::newRow("min_age no birth date") << QByteArray(R"({"rule": "min_age", "value": 18, "reason": "r"})")
                                           << QByteArray("{}") << none << u"warn+unknown"_s;
    QTest::newRow("max_age pass on the birthday")
        << QByteArray(R"({"rule": "max_age", "value": 59, "field": "birth_date", "reason": "r"})")
        << QByteArray(R"({"birth_date": "1966-11-24"})") << none << u"pass"_s;
    QTest::newRow("max_age fail") << QByteArray(R"({"rule": "max_age", "value": 58, "reason": "r"})") << person << none
                                  << u"block"_s;
    QTest::newRow("field_equals number") << QByteArray(R"({"rule": "field_equals", "field": "n", "value": 1,
        "reason": "r"})") << QByteArray(R"({"n": 1})")
                                         << none << u"pass"_s;
    QTest::newRow("field_equals differs") << QByteArray(R"({"rule": "field_equals", "field": "n", "value": 1,
        "reason": "r"})") << QByteArray(R"({"n": 2})")
                                          << none << u"block"_s;
    QTest::newRow("field_equals empty") << QByteArray(R"({"rule": "field_equals", "field": "n", "value": 1,
        "reason": "r", "when_unknown": "block"})")
                                        << QByteArray("{}") << none << u"block+unknown"_s;
    QTest::newRow("field_in pass") << QByteArray(R"({"rule": "field_in", "field": "c", "values": ["a", "b"],
        "reason": "r"})") << QByteArray(R"({"c": "b"})")
                                   << none << u"pass"_s;
    QTest::newRow("field_in fail") << QByteArray(R"({"rule": "field_in", "field": "c", "values": ["a", "b"],
        "reason": "r"})") << QByteArray(R"({"c": "z"})")
                                   << none << u"block"_s;
    QTest::newRow("field_min pass") << QByteArray(R"({"rule": "field_min", "field": "n", "value": 3, "reason": "r"})")
                                    << QByteArray(R"({"n": 3})") << none << u"pass"_s;
    QTest::newRow("field_min fail") << QByteArray(R"({"rule": "field_min", "field": "n", "value": 3, "reason": "r"})")
                                    << QByteArray(R"({"n": 2.5})") << none << u"block"_s;
    QTest::newRow("field_max fail") << QByteArray(R"({"rule": "field_max", "field": "n", "value": 3, "reason": "r"})")
                                    << QByteArray(R"({"n": "4"})") << none << u"block"_s;

    const QByteArray hukouIn = R"({"rule": "hukou_in", "regions": ["3301"], "reason": "r"})";
    const QByteArray hukouInPermit =
        R"({"rule": "hukou_in", "regions": ["3301"], "allow_residence_permit": true, "reason": "r"})";
    QTest::newRow("hukou_in inside") << hukouIn << person
                                     << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "330106"}}})")
                                     << u"pass"_s;
    QTest::newRow("hukou_in outside") << hukouIn << person
                                      << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"}}})")
                                      << u"block"_s;
    QTest::newRow("hukou_in offline") << hukouIn << person << none << u"warn+unknown"_s;
    QTest::newRow("hukou_in outside with a valid permit")
        << hukouInPermit << person << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"},
            "residence_registration": {"permit_number": "P1", "permit_valid_to": "2026-05-01"}}})")
        << u"pass"_s;
    QTest::newRow("hukou_in outside, permit expired")
        << hukouInPermit << person << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"},
            "residence_registration": {"permit_number": "P1", "permit_valid_to": "2026-04-30"}}})")
        << u"block"_s;
    QTest::newRow("hukou_in outside, no permit")
        << hukouInPermit << person
        << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"}, "residence_registration": {}}})")
        << u"block"_s;
    QTest::newRow("hukou_in outside, permit unknown")
        << hukouInPermit << person << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"}}})")
        << u"warn+unknown"_s;
    const QByteArray hukouNotIn = R"({"rule": "hukou_not_in", "regions": ["3301", "3302"], "reason": "r"})";
    QTest::newRow("hukou_not_in outside")
        << hukouNotIn << person << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "510107"}}})") << u"pass"_s;
    QTest::newRow("hukou_not_in inside") << hukouNotIn << person
                                         << QByteArray(R"({"datasets": {"hukou": {"hukou_region": "330205"}}})")
                                         << u"block"_s;

    const QByteArray hasRecord =
        R"({"rule": "has_record", "dataset": "pension", "field": "recipient", "reason": "r", "when_unknown": "allow"})";
    QTest::newRow("has_record yes") << hasRecord << person
                                    << QByteArray(R"({"datasets": {"pension": {"recipient": "yes"}}})") << u"pass"_s;
    QTest::newRow("has_record no") << hasRecord << person << QByteArray(R"({"datasets": {"pension": {}}})")
                                   << u"block"_s;
    QTest::newRow("has_record without the field")
        << hasRecord << person << QByteArray(R"({"datasets": {"pension": {"insurance_type": "x"}}})") << u"block"_s;
    QTest::newRow("has_record offline, allowed") << hasRecord << person << none << u"pass"_s;

    const QByteArray noActive =
        R"({"rule": "no_active_result", "item": "self", "scope": "person", "reason": "r", "when_unknown": "block"})";
    QTest::newRow("no_active_result none")
        << noActive << person << QByteArray(R"({"items": ["this-item"]})") << u"pass"_s;
    QTest::newRow("no_active_result has one")
        << noActive << person << QByteArray(R"({"items": ["this-item"], "active": ["this-item/33010619661123017X"]})")
        << u"block"_s;
    QTest::newRow("no_active_result offline") << noActive << person << none << u"block+unknown"_s;
    const QByteArray noActiveHousehold =
        R"({"rule": "no_active_result", "item": "other-item", "scope": "household", "reason": "r"})";
    QTest::newRow("no_active_result household: the spouse has one")
        << noActiveHousehold
        << QByteArray(R"({"id_number": "33010619661123017X", "spouse_id_number": "330106196503150041"})")
        << QByteArray(R"({"items": ["other-item"], "active": ["other-item/330106196503150041"]})") << u"block"_s;
    QTest::newRow("no_active_result household: a hukou member has one")
        << noActiveHousehold << person
        << QByteArray(R"({"items": ["other-item"], "active": ["other-item/330106199603010023"],
            "datasets": {"hukou": {"household_members": [{"id_number": "330106199603010023"}]}}})")
        << u"block"_s;
    QTest::newRow("no_active_result person: the spouse does not count")
        << QByteArray(R"({"rule": "no_active_result", "item": "other-item", "scope": "person", "reason": "r"})")
        << QByteArray(R"({"id_number": "33010619661123017X", "spouse_id_number": "330106196503150041"})")
        << QByteArray(R"({"items": ["other-item"], "active": ["other-item/330106196503150041"]})") << u"pass"_s;

    const QByteArray months = R"({"rule": "min_months_since", "field": "d", "value": 6, "reason": "r"})";
    QTest::newRow("min_months_since exactly six")
        << months << QByteArray(R"({"d": "2025-11-01"})") << none << u"pass"_s;
    QTest::newRow("min_months_since a day short")
        << months << QByteArray(R"({"d": "2025-11-02"})") << none << u"block"_s;
    QTest::newRow("min_months_since end of month")
        << months << QByteArray(R"({"d": "2025-10-31"})") << none << u"pass"_s; // + 6 months is 30 April
    QTest::newRow("min_months_since no date") << months << QByteArray("{}") << none << u"warn+unknown"_s;
    QTest::newRow("severity warn") << QByteArray(R"({"rule": "min_age", "value": 61, "severity": "warn",
        "reason": "r"})") << person << none
                                   << u"warn"_s;
}

void TestFormEngine::ruleKinds()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, values);
    QFETCH(QByteArray, facts);
    QFETCH(QString, expected);
    const QJsonObject factsJson = parse(facts);
    FakeFacts fake;
    const QJsonObject datasets = factsJson.value(u"datasets"_s).toObject();
    for (auto it = datasets.begin(); it != datasets.end(); ++it) {
        fake.knownDatasets.append(it.key());
        if (!it.value().toObject().isEmpty())
            fake.records.insert(it.key(), it.value().toObject());
    }
    for (const QJsonValue& v : factsJson.value(u"items"_s).toArray())
        fake.knownItems.append(v.toString());
    for (const QJsonValue& v : factsJson.value(u"active"_s).toArray())
        fake.activeResults.append(v.toString());

    const EligibilityOutcome outcome =
        FormEngine::checkEligibility(QJsonArray {parse(rule)}, parse(values), fake, QDate(2026, 5, 1), u"this-item"_s);
    if (expected == u"pass"_s) {
        QVERIFY2(outcome.findings.isEmpty(), qPrintable(outcome.findings.value(0).severity));
        QVERIFY(outcome.eligible);
        return;
    }
    QCOMPARE(outcome.findings.size(), 1);
    const EligibilityFinding& finding = outcome.findings[0];
    QCOMPARE(finding.rule, parse(rule).value(u"rule"_s).toString());
    QCOMPARE(finding.reason, u"r"_s);
    QCOMPARE(finding.severity, expected.section(u'+', 0, 0));
    QCOMPARE(finding.unknown, expected.endsWith(u"+unknown"_s));
    QCOMPARE(outcome.eligible, finding.severity != u"block"_s);
}

void TestFormEngine::appliesWhen()
{
    // Senior card, first application: holding a card already is a warning; a replacement is not checked.
    const QJsonArray rules = item(u"senior-card"_s).value(u"eligibility"_s).toArray();
    FakeFacts facts;
    facts.knownItems = {u"senior-card"_s};
    facts.activeResults = {u"senior-card/"_s + maleId};
    QJsonObject values {
        {u"birth_date"_s, u"1960-01-01"_s}, {u"id_number"_s, maleId}, {u"application_type"_s, u"first"_s}};
    EligibilityOutcome outcome =
        FormEngine::checkEligibility(rules, values, facts, QDate(2026, 5, 1), u"senior-card"_s);
    QVERIFY(outcome.eligible);
    QCOMPARE(outcome.findings.size(), 1);
    QCOMPARE(outcome.findings[0].rule, u"no_active_result"_s);
    QCOMPARE(outcome.findings[0].severity, u"warn"_s);
    values.insert(u"application_type"_s, u"lost"_s);
    outcome = FormEngine::checkEligibility(rules, values, facts, QDate(2026, 5, 1), u"senior-card"_s);
    QVERIFY(outcome.eligible);
    QVERIFY(outcome.findings.isEmpty());
}

void TestFormEngine::warnDoesNotBlock()
{
    // Minimum living allowance for a 17-year-old, offline: the age is a warning, the unknown hukou a warning,
    // the household check a warning; the clerk may go on after acknowledging them.
    const QJsonArray rules = item(u"minimum-living-allowance"_s).value(u"eligibility"_s).toArray();
    const NoEligibilityFacts offline;
    const QJsonObject values {{u"birth_date"_s, u"2009-01-01"_s}, {u"id_number"_s, maleId}};
    const EligibilityOutcome outcome =
        FormEngine::checkEligibility(rules, values, offline, QDate(2026, 5, 1), u"minimum-living-allowance"_s);
    QVERIFY(outcome.eligible);
    QCOMPARE(outcome.findings.size(), 3);
    QCOMPARE(outcome.findings[0].unknown, false);
    QCOMPARE(outcome.findings[1].unknown, true);
    for (const EligibilityFinding& finding : outcome.findings)
        QCOMPARE(finding.severity, u"warn"_s);
}

QTEST_GUILESS_MAIN(TestFormEngine)
#include "TestFormEngine.moc"
