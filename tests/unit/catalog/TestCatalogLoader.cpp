// The catalog checker: the shipped catalog passes; every kind of mistake FORMAT.md names is reported with the
// file, the item (or bundle) and the field, and a catalog with any mistake is refused whole.
#include "CatalogFixture.h"
#include "catalog/CatalogLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::catalog;
using namespace Qt::StringLiterals;

namespace {

const QString shippedCatalog = QStringLiteral(OW_CATALOG_DIR);

QString itemAt(const QString& code, const QString& field)
{
    return u"items/%1.json: item %1, %2: "_s.arg(code, field);
}

QString bundleAt(const QString& field)
{
    return u"bundles/senior-onething.json: bundle senior-onething, %1: "_s.arg(field);
}

bool hasError(const QStringList& errors, const QString& prefix, const QString& fragment)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const QString& error) { return error.startsWith(prefix) && error.contains(fragment); });
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogLoads_data();
    void shippedCatalogLoads();
    void shippedItemsAsTheClerkNeedsThem();
    void mistakeIsReported_data();
    void mistakeIsReported();
    void mistakesAreReportedTogether();
    void oneDistrictFile();
    void codesAreUniqueAcrossItemsAndBundles();
    void newerFormatIsRefused();
    void missingFolder();
};

void TestCatalogLoader::shippedCatalogLoads_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("source folder") << shippedCatalog;
    QTest::newRow("embedded resource") << QStringLiteral(":/catalog");
}

void TestCatalogLoader::shippedCatalogLoads()
{
    QFETCH(QString, path);
    const CatalogLoadResult result = CatalogLoader::load(path);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.ok());
    QCOMPARE(result.catalog->items.size(), 9);
    QCOMPARE(result.catalog->bundles.size(), 1);
    const CatalogBundle* bundle = result.catalog->bundle(QStringLiteral("senior-onething"));
    QVERIFY(bundle);
    QCOMPARE(bundle->itemCodes, (QStringList {u"senior-card"_s, u"senior-citizen-card"_s}));
}

void TestCatalogLoader::shippedItemsAsTheClerkNeedsThem()
{
    const CatalogLoadResult result = CatalogLoader::load(shippedCatalog);
    QVERIFY(result.ok());
    const Catalog& catalog = *result.catalog;

    const CatalogItem* senior = catalog.item(QStringLiteral("senior-card"));
    QVERIFY(senior);
    QCOMPARE(senior->kind, ItemKind::Instant);
    QCOMPARE(senior->timeLimitDays, 0);
    QVERIFY(!senior->legalTimeLimitDays);
    QVERIFY(senior->homeService);
    QCOMPARE(senior->name,
             QString::fromUtf8("\xE8\x80\x81\xE5\xB9\xB4\xE4\xBA\xBA\xE4\xBC\x98\xE5\xBE\x85\xE8\xAF\x81"
                               "\xE5\x8A\x9E\xE7\x90\x86")); // the senior card's full name
    QCOMPARE(senior->categoryCode, u"elderly"_s);
    QCOMPARE(senior->departmentCode, u"civil-affairs"_s);
    QCOMPARE(senior->deliveryOptions, (QStringList {u"pickup"_s, u"delivery"_s, u"courier"_s}));
    QCOMPARE(senior->defaultDelivery, u"pickup"_s);
    const Material* photo = senior->material(QStringLiteral("photo"));
    QVERIFY(photo);
    QVERIFY(photo->key);
    QCOMPARE(photo->capture, u"camera"_s);
    const Material* damaged = senior->material(QStringLiteral("damaged_card"));
    QVERIFY(damaged && damaged->isConditional());
    QVERIFY(!senior->guide.value(QStringLiteral("scope")).toString().isEmpty());
    QCOMPARE(senior->formFields().size(), 10);

    const CatalogItem* allowance = catalog.item(QStringLiteral("minimum-living-allowance"));
    QVERIFY(allowance);
    QCOMPARE(allowance->kind, ItemKind::Promised);
    QCOMPARE(allowance->timeLimitDays, 20);
    QCOMPARE(allowance->legalTimeLimitDays, std::optional<int>(30));
    const Material* income = allowance->material(QStringLiteral("income_proof"));
    QVERIFY(income);
    QVERIFY(!income->key);
    QVERIFY(income->toleranceAllowed);
    QVERIFY(income->toleranceDueDays >= 1);
    QVERIFY(income->commitmentAllowed);
    QVERIFY(!income->commitmentText.isEmpty());

    const CatalogItem* pension = catalog.item(QStringLiteral("pension-eligibility-check"));
    QVERIFY(pension);
    QVERIFY(pension->outputs.value(QStringLiteral("certificate")).isNull());
    QCOMPARE(displayKind(ItemKind::Instant), u"Instant"_s);
    QCOMPARE(displayKind(ItemKind::Promised), u"Promised"_s);
}

void TestCatalogLoader::mistakeIsReported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("problem");

    const QString senior = QStringLiteral("items/senior-card.json");
    const QString dog = QStringLiteral("items/dog-registration.json");
    const QString allowance = QStringLiteral("items/minimum-living-allowance.json");
    const QString permit = QStringLiteral("items/residence-permit.json");
    const QString bundle = QStringLiteral("bundles/senior-onething.json");
    const auto row = [](const char* name, const QString& file, const QString& path, const QJsonValue& value,
                        const QString& where, const QString& problem) {
        QTest::newRow(name) << file << path << value << where << problem;
    };
    const auto s = [](const QString& field) {
        return itemAt(u"senior-card"_s, field);
    };

    // The file and the item's top level.
    row("not JSON", senior, {}, u"{ \"format\": 1,"_s, u"items/senior-card.json: not valid JSON"_s, {});
    row("code pattern", senior, u"code"_s, u"Senior_Card"_s, u"items/senior-card.json: item Senior_Card, code: "_s,
        u"does not match the pattern"_s);
    row("code is not the file name", senior, u"code"_s, u"senior-cards"_s,
        u"items/senior-card.json: item senior-cards, code: "_s,
        u"differs from the file name; it must be senior-card"_s);
    row("unknown key", senior, u"nmae"_s, u"x"_s, s(u"nmae"_s), u"is not a known key"_s);
    row("required key missing", senior, u"outputs"_s, removed, s(u"outputs"_s), u"is missing"_s);
    row("newer format", senior, u"format"_s, 2, s(u"format"_s), u"format 2 is newer than this program reads"_s);
    row("revision zero", senior, u"revision"_s, 0, s(u"revision"_s), u"at least 1"_s);
    row("kind unknown", senior, u"kind"_s, u"immediate"_s, s(u"kind"_s), u"must be one of: instant, promised"_s);
    row("time limit not whole", senior, u"time_limit_days"_s, 1.5, s(u"time_limit_days"_s), u"whole number"_s);
    row("instant with a time limit", senior, u"time_limit_days"_s, 3, s(u"time_limit_days"_s),
        u"must be 0 for an instant item"_s);
    row("promised without a time limit", permit, u"time_limit_days"_s, 0,
        itemAt(u"residence-permit"_s, u"time_limit_days"_s), u"must be at least 1 for a promised item"_s);
    row("legal limit below the promise", allowance, u"legal_time_limit_days"_s, 10,
        itemAt(u"minimum-living-allowance"_s, u"legal_time_limit_days"_s),
        u"must not be less than time_limit_days (20)"_s);
    row("category without code", senior, u"category/code"_s, u""_s, s(u"category.code"_s),
        u"must be a non-empty text"_s);
    row("department without name", senior, u"department/name"_s, removed, s(u"department.name"_s), u"is missing"_s);
    row("home service not a bool", senior, u"home_service"_s, u"yes"_s, s(u"home_service"_s),
        u"must be true or false"_s);
    row("keyword not a text", senior, u"keywords/0"_s, 5, s(u"keywords[0]"_s), u"must be a non-empty text"_s);

    // The guide.
    row("guide element missing", senior, u"guide/online"_s, removed, s(u"guide.online"_s), u"is missing"_s);
    row("guide element unknown", senior, u"guide/fee"_s, u"x"_s, s(u"guide.fee"_s), u"is not a known key"_s);
    row("guide text blank", senior, u"guide/scope"_s, u"  "_s, s(u"guide.scope"_s), u"must be a non-empty text"_s);
    row("fees charged not a bool", senior, u"guide/fees/charged"_s, u"no"_s, s(u"guide.fees.charged"_s),
        u"must be true or false"_s);
    row("fees standard empty", senior, u"guide/fees/standard"_s, u""_s, s(u"guide.fees.standard"_s),
        u"must be a non-empty text"_s);
    row("legal basis empty", senior, u"guide/legal_basis"_s, QJsonArray(), s(u"guide.legal_basis"_s),
        u"must be a non-empty list"_s);
    row("procedure step empty", senior, u"guide/procedure/1"_s, u""_s, s(u"guide.procedure[1]"_s),
        u"must be a non-empty text"_s);

    // Form fields.
    row("field kind unknown", senior, u"form/fields/[phone]/kind"_s, u"email"_s, s(u"form.fields[phone].kind"_s),
        u"must be one of: text, date, choice"_s);
    row("table column is a table", allowance, u"form/fields/[household_members]/columns/[name]/kind"_s, u"table"_s,
        itemAt(u"minimum-living-allowance"_s, u"form.fields[household_members].columns[name].kind"_s),
        u"a table column cannot be a table"_s);
    row("field id twice", senior, u"form/fields/[nation]/id"_s, u"name"_s, s(u"form.fields[name].id"_s),
        u"\"name\" appears twice"_s);
    row("field id malformed", senior, u"form/fields/[nation]/id"_s, u"Nation"_s, s(u"form.fields[Nation].id"_s),
        u"does not match the pattern"_s);
    row("condition names no field", permit, u"form/fields/[employer]/validation/required_when/field"_s, u"job"_s,
        itemAt(u"residence-permit"_s, u"form.fields[employer].validation.required_when.field"_s),
        u"\"job\" is not a field of this item"_s);
    row("condition value not an option", permit, u"form/fields/[employer]/validation/required_when/in/0"_s, u"work"_s,
        itemAt(u"residence-permit"_s, u"form.fields[employer].validation.required_when.in"_s),
        u"\"work\" is not an option of field basis"_s);
    row("condition with in and equals", permit, u"form/fields/[employer]/validation/required_when/equals"_s, u"study"_s,
        itemAt(u"residence-permit"_s, u"form.fields[employer].validation.required_when"_s), u"needs exactly one of"_s);
    row("validation key of another kind", senior, u"form/fields/[birth_date]/validation/pattern"_s, u"x"_s,
        s(u"form.fields[birth_date].validation.pattern"_s), u"is not allowed on a date field"_s);
    row("min length above max length", senior, u"form/fields/[name]/validation/min_length"_s, 40,
        s(u"form.fields[name].validation.min_length"_s), u"is greater than max_length"_s);
    row("number min above max", senior, u"form/fields/[age]/validation/min"_s, 200,
        s(u"form.fields[age].validation.min"_s), u"is greater than max"_s);
    row("date bound not a date", senior, u"form/fields/[birth_date]/validation/min"_s, u"yesterday"_s,
        s(u"form.fields[birth_date].validation.min"_s), u"must be a date (YYYY-MM-DD) or service_date"_s);
    row("pattern does not compile", dog, u"form/fields/[chip_number]/validation/pattern"_s, u"[0-9"_s,
        itemAt(u"dog-registration"_s, u"form.fields[chip_number].validation.pattern"_s), u"does not compile"_s);
    row("pattern without message", dog, u"form/fields/[chip_number]/validation/pattern_message"_s, removed,
        itemAt(u"dog-registration"_s, u"form.fields[chip_number].validation.pattern_message"_s), u"is missing"_s);
    row("option value twice", senior, u"form/fields/[application_type]/options/1/value"_s, u"first"_s,
        s(u"form.fields[application_type].options[1].value"_s), u"\"first\" appears twice"_s);
    row("default not an option", senior, u"form/fields/[application_type]/default"_s, u"renew"_s,
        s(u"form.fields[application_type].default"_s), u"must be one of the options: first, lost, damaged"_s);
    row("options on a text field", senior, u"form/fields/[name]/options"_s, QJsonArray(),
        s(u"form.fields[name].options"_s), u"is allowed only on a choice field"_s);
    row("columns on a text field", senior, u"form/fields/[name]/columns"_s, QJsonArray(),
        s(u"form.fields[name].columns"_s), u"is allowed only on a table field"_s);
    row("stage unknown", senior, u"form/fields/[name]/stage"_s, u"backoffice"_s, s(u"form.fields[name].stage"_s),
        u"must be one of: intake, review"_s);
    row("prefill source unknown", senior, u"form/fields/[name]/prefill/0/source"_s, u"passport"_s,
        s(u"form.fields[name].prefill[0].source"_s), u"must be one of: card, citizen, earlier_case, shared"_s);
    row("card field unknown", senior, u"form/fields/[name]/prefill/0/field"_s, u"fullname"_s,
        s(u"form.fields[name].prefill[0].field"_s), u"\"fullname\" is not a field of source card"_s);
    row("shared dataset unknown", senior, u"form/fields/[hukou_address]/prefill/2/dataset"_s, u"household"_s,
        s(u"form.fields[hukou_address].prefill[2].dataset"_s), u"\"household\" is not a shared dataset"_s);
    row("shared field not in the dataset", senior, u"form/fields/[hukou_address]/prefill/2/field"_s, u"street"_s,
        s(u"form.fields[hukou_address].prefill[2].field"_s), u"\"street\" is not a field of dataset hukou"_s);
    row("earlier case of an unknown item", senior, u"form/fields/[phone]/prefill/1/item"_s, u"cat-registration"_s,
        s(u"form.fields[phone].prefill[1].item"_s), u"\"cat-registration\" is not a known item code"_s);
    row("compute and prefill", senior, u"form/fields/[birth_date]/compute"_s,
        QJsonObject {{u"op"_s, u"birth_date_from_id_number"_s}, {u"from"_s, QJsonArray {u"id_number"_s}}},
        s(u"form.fields[birth_date].compute"_s), u"cannot have both compute and prefill"_s);
    row("compute op unknown", senior, u"form/fields/[age]/compute/op"_s, u"years_since"_s,
        s(u"form.fields[age].compute.op"_s), u"must be one of: age_on_service_date"_s);
    row("compute input of the wrong kind", senior, u"form/fields/[age]/compute/from/0"_s, u"phone"_s,
        s(u"form.fields[age].compute.from"_s), u"\"phone\" is a phone field; age_on_service_date needs a date"_s);
    row("compute input missing", senior, u"form/fields/[age]/compute/from/0"_s, u"birthday"_s,
        s(u"form.fields[age].compute.from"_s), u"\"birthday\" is not a field of this item"_s);
    row("compute with too many inputs", senior, u"form/fields/[age]/compute/from/+"_s, u"name"_s,
        s(u"form.fields[age].compute.from"_s), u"age_on_service_date needs these inputs: date"_s);
    row("compute result of the wrong kind", senior, u"form/fields/[age]/kind"_s, u"text"_s,
        s(u"form.fields[age].compute.op"_s),
        u"age_on_service_date gives a number value, but the field is a text field"_s);
    row("column is not a number column", allowance, u"form/fields/[per_capita_income]/compute/column"_s, u"relation"_s,
        itemAt(u"minimum-living-allowance"_s, u"form.fields[per_capita_income].compute.column"_s),
        u"\"relation\" is not a number column of table household_members"_s);

    // Eligibility rules.
    row("rule unknown", senior, u"eligibility/0/rule"_s, u"min_years"_s, s(u"eligibility[0].rule"_s),
        u"must be one of: field_equals"_s);
    row("rule parameter missing", senior, u"eligibility/0/value"_s, removed, s(u"eligibility[0].value"_s),
        u"is missing"_s);
    row("rule key unknown", senior, u"eligibility/0/values"_s, 3, s(u"eligibility[0].values"_s),
        u"is not a known key"_s);
    row("reason empty", senior, u"eligibility/0/reason"_s, u""_s, s(u"eligibility[0].reason"_s),
        u"must be a non-empty text"_s);
    row("severity unknown", senior, u"eligibility/1/severity"_s, u"info"_s, s(u"eligibility[1].severity"_s),
        u"must be one of: block, warn"_s);
    row("when_unknown unknown", senior, u"eligibility/1/when_unknown"_s, u"skip"_s, s(u"eligibility[1].when_unknown"_s),
        u"must be one of: block, warn, allow"_s);
    row("age of a field that is no date", senior, u"eligibility/0/field"_s, u"phone"_s, s(u"eligibility[0].field"_s),
        u"\"phone\" is not a date field of this item"_s);
    row("region of three digits", QStringLiteral("items/senior-citizen-card.json"), u"eligibility/1/regions/0"_s,
        u"330"_s, itemAt(u"senior-citizen-card"_s, u"eligibility[1].regions[0]"_s),
        u"\"330\" is not a region code of 2, 4 or 6 digits"_s);
    row("record of an unknown dataset", QStringLiteral("items/pension-eligibility-check.json"),
        u"eligibility/0/dataset"_s, u"pensions"_s, itemAt(u"pension-eligibility-check"_s, u"eligibility[0].dataset"_s),
        u"\"pensions\" is not a shared dataset"_s);
    row("active result of an unknown item", senior, u"eligibility/1/item"_s, u"senior-cards"_s,
        s(u"eligibility[1].item"_s), u"\"senior-cards\" is neither self nor a known item code"_s);
    row("active result scope unknown", senior, u"eligibility/1/scope"_s, u"family"_s, s(u"eligibility[1].scope"_s),
        u"must be one of: person, household"_s);
    row("applies_when names no field", senior, u"eligibility/1/applies_when/field"_s, u"type"_s,
        s(u"eligibility[1].applies_when.field"_s), u"\"type\" is not a field of this item"_s);

    // Materials.
    row("material id malformed", senior, u"materials/[damaged_card]/id"_s, u"Damaged card"_s,
        s(u"materials[Damaged card].id"_s), u"does not match the pattern"_s);
    row("material id twice", senior, u"materials/[damaged_card]/id"_s, u"photo"_s, s(u"materials[photo].id"_s),
        u"\"photo\" appears twice"_s);
    row("material form unknown", senior, u"materials/[photo]/form"_s, u"picture"_s, s(u"materials[photo].form"_s),
        u"must be one of: original, copy"_s);
    row("copies negative", senior, u"materials/[photo]/copies"_s, -1, s(u"materials[photo].copies"_s),
        u"must be a whole number of at least 0"_s);
    row("key not a bool", senior, u"materials/[photo]/key"_s, u"yes"_s, s(u"materials[photo].key"_s),
        u"must be true or false"_s);
    row("tolerance on a key material", senior, u"materials/[photo]/tolerance"_s, true,
        s(u"materials[photo].tolerance"_s), u"a key material cannot be accepted while missing"_s);
    row("tolerance without due days", senior, u"materials/[damaged_card]/tolerance"_s, true,
        s(u"materials[damaged_card].tolerance_due_days"_s), u"is missing"_s);
    row("due days of zero", QStringLiteral("items/senior-citizen-card.json"),
        u"materials/[existing_card]/tolerance_due_days"_s, 0,
        itemAt(u"senior-citizen-card"_s, u"materials[existing_card].tolerance_due_days"_s),
        u"must be a whole number of at least 1"_s);
    row("due days without tolerance", senior, u"materials/[damaged_card]/tolerance_due_days"_s, 5,
        s(u"materials[damaged_card].tolerance_due_days"_s), u"is allowed only when tolerance is true"_s);
    row("commitment without text", senior, u"materials/[damaged_card]/commitment"_s, true,
        s(u"materials[damaged_card].commitment_text"_s), u"is missing"_s);
    row("commitment text without commitment", dog, u"materials/[residence_proof]/commitment"_s, false,
        itemAt(u"dog-registration"_s, u"materials[residence_proof].commitment_text"_s),
        u"is allowed only when commitment is true"_s);
    row("commitment letter replaced by a commitment", dog, u"materials/[residence_proof]/form"_s,
        u"commitment_letter"_s, itemAt(u"dog-registration"_s, u"materials[residence_proof].commitment"_s),
        u"a commitment letter cannot itself be replaced by a commitment"_s);
    row("waiver source unknown", dog, u"materials/[immunization_proof]/waived_by/0/source"_s, u"vet"_s,
        itemAt(u"dog-registration"_s, u"materials[immunization_proof].waived_by[0].source"_s),
        u"must be one of: shared, card, citizen"_s);
    row("waiver dataset unknown", dog, u"materials/[immunization_proof]/waived_by/0/dataset"_s, u"dog_vaccines"_s,
        itemAt(u"dog-registration"_s, u"materials[immunization_proof].waived_by[0].dataset"_s),
        u"\"dog_vaccines\" is not a shared dataset"_s);
    row("capture unknown", senior, u"materials/[photo]/capture"_s, u"webcam"_s, s(u"materials[photo].capture"_s),
        u"must be one of: camera, scan, none"_s);
    row("material condition value not an option", senior, u"materials/[damaged_card]/condition/in/0"_s, u"broken"_s,
        s(u"materials[damaged_card].condition.in"_s), u"\"broken\" is not an option of field application_type"_s);
    row("no material", senior, u"materials"_s, QJsonArray(), s(u"materials"_s), u"must be a non-empty list"_s);

    // Outputs and delivery.
    row("certificate without template", senior, u"outputs/certificate/template"_s, removed,
        s(u"outputs.certificate.template"_s), u"is missing"_s);
    row("number scheme unknown", senior, u"outputs/certificate/number/scheme"_s, u"sequence"_s,
        s(u"outputs.certificate.number.scheme"_s), u"must be one of: block, field, external, none"_s);
    row("block number without series", senior, u"outputs/certificate/number/series"_s, removed,
        s(u"outputs.certificate.number.series"_s), u"is missing"_s);
    row("field number of no field", QStringLiteral("items/disability-certificate.json"),
        u"outputs/certificate/number/field"_s, u"cert_no"_s,
        itemAt(u"disability-certificate"_s, u"outputs.certificate.number.field"_s),
        u"\"cert_no\" is not a field of this item"_s);
    row("receipt template empty", senior, u"outputs/receipt/template"_s, u""_s, s(u"outputs.receipt.template"_s),
        u"must be a non-empty text"_s);
    row("one-time notice missing", senior, u"outputs/one_time_notice"_s, removed, s(u"outputs.one_time_notice"_s),
        u"is missing"_s);
    row("delivery option unknown", senior, u"delivery/options/2"_s, u"drone"_s, s(u"delivery.options[2]"_s),
        u"must be one of: window, grid_worker, courier"_s);
    row("delivery option twice", senior, u"delivery/options/1"_s, u"window"_s, s(u"delivery.options[1]"_s),
        u"\"window\" appears twice"_s);
    row("delivery default not an option", dog, u"delivery/default"_s, u"grid_worker"_s,
        itemAt(u"dog-registration"_s, u"delivery.default"_s), u"must be one of the options: window, courier"_s);

    // Bundles.
    row("bundle code is not the file name", bundle, u"code"_s, u"senior-one-thing"_s,
        u"bundles/senior-onething.json: bundle senior-one-thing, code: "_s, u"differs from the file name"_s);
    row("bundle key unknown", bundle, u"descripton"_s, u"x"_s, bundleAt(u"descripton"_s), u"is not a known key"_s);
    row("bundle of one item", bundle, u"items/1"_s, removed, bundleAt(u"items"_s),
        u"a bundle needs two or more items"_s);
    row("bundle item twice", bundle, u"items/1"_s, u"senior-card"_s, bundleAt(u"items[1]"_s),
        u"\"senior-card\" appears twice"_s);
    row("bundle item unknown", bundle, u"items/1"_s, u"senior-bus-card"_s, bundleAt(u"items[1]"_s),
        u"\"senior-bus-card\" is not a known item code"_s);
    row("shared field missing in an item", bundle, u"shared_fields/+"_s, u"application_type"_s,
        bundleAt(u"shared_fields[application_type]"_s),
        u"\"application_type\" is not a field of item senior-citizen-card"_s);
    row("shared field of another kind", senior, u"form/fields/[phone]/kind"_s, u"text"_s,
        bundleAt(u"shared_fields[phone]"_s),
        u"\"phone\" is a text field in item senior-card but a phone field in item senior-citizen-card"_s);
    row("shared material missing in an item", bundle, u"shared_materials/0/material"_s, u"passport"_s,
        bundleAt(u"shared_materials[passport].material"_s), u"\"passport\" is not a material of item senior-card"_s);
    row("shared material of an item outside", bundle, u"shared_materials/0/items/1"_s, u"dog-registration"_s,
        bundleAt(u"shared_materials[id_card].items"_s), u"\"dog-registration\" is not an item of this bundle"_s);
    row("partial unknown", bundle, u"partial"_s, u"some"_s, bundleAt(u"partial"_s),
        u"must be one of: allowed, all_or_none"_s);
    row("bundle delivery default not an option", bundle, u"delivery/default"_s, u"drone"_s,
        bundleAt(u"delivery.default"_s), u"must be one of the options"_s);
}

void TestCatalogLoader::mistakeIsReported()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QFETCH(QString, problem);

    QTemporaryDir dir;
    QVERIFY(ow::tests::copyCatalog(shippedCatalog, dir.path()));
    QVERIFY2(ow::tests::editCatalogFile(QDir(dir.path()).filePath(file), path, value), qPrintable(path));
    const CatalogLoadResult result = CatalogLoader::load(dir.path());
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result.errors, where, problem),
             qPrintable(u"expected \"%1...%2\", got:\n%3"_s.arg(where, problem, result.errors.join(u'\n'))));
}

void TestCatalogLoader::mistakesAreReportedTogether()
{
    QTemporaryDir dir;
    QVERIFY(ow::tests::copyCatalog(shippedCatalog, dir.path()));
    const QDir root(dir.path());
    QVERIFY(
        ow::tests::editCatalogFile(root.filePath(u"items/senior-card.json"_s), u"materials/[photo]/tolerance"_s, true));
    QVERIFY(ow::tests::editCatalogFile(root.filePath(u"items/senior-card.json"_s), u"kind"_s, u"later"_s));
    QVERIFY(ow::tests::editCatalogFile(root.filePath(u"items/dog-registration.json"_s), u"delivery/default"_s,
                                       u"grid_worker"_s));
    QVERIFY(ow::tests::editCatalogFile(root.filePath(u"bundles/senior-onething.json"_s), u"partial"_s, u"some"_s));

    const CatalogLoadResult result = CatalogLoader::load(dir.path());
    QVERIFY(!result.catalog);
    // A key material under tolerance is one mistake the checker names twice: tolerance, and no due days.
    QCOMPARE(result.errors.size(), 5);
    QVERIFY(hasError(result.errors, itemAt(u"senior-card"_s, u"materials[photo].tolerance"_s), {}));
    QVERIFY(hasError(result.errors, itemAt(u"senior-card"_s, u"materials[photo].tolerance_due_days"_s), {}));
    QVERIFY(hasError(result.errors, itemAt(u"senior-card"_s, u"kind"_s), {}));
    QVERIFY(hasError(result.errors, itemAt(u"dog-registration"_s, u"delivery.default"_s), {}));
    QVERIFY(hasError(result.errors, bundleAt(u"partial"_s), {}));
}

void TestCatalogLoader::oneDistrictFile()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"district.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(ow::tests::catalogAsOneDocument(shippedCatalog)).toJson());
    file.close();

    const CatalogLoadResult result = CatalogLoader::load(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.catalog->items.size(), 9);
    QCOMPARE(result.catalog->bundles.size(), 1);
}

void TestCatalogLoader::codesAreUniqueAcrossItemsAndBundles()
{
    QJsonObject document = ow::tests::catalogAsOneDocument(shippedCatalog);
    QJsonArray items = document.value(u"items"_s).toArray();
    items.append(items.at(0)); // birth-registration a second time
    document[u"items"_s] = items;
    QJsonArray bundles = document.value(u"bundles"_s).toArray();
    QJsonObject bundle = bundles.at(0).toObject();
    bundle[u"code"_s] = u"senior-card"_s;
    bundles.append(bundle);
    document[u"bundles"_s] = bundles;

    const CatalogLoadResult result =
        CatalogLoader::loadDocument(QJsonDocument(document).toJson(), QStringLiteral("district.json"));
    QVERIFY(!result.ok());
    QVERIFY2(hasError(result.errors, u"district.json: item birth-registration, code: "_s,
                      u"\"birth-registration\" is used twice (also in district.json)"_s),
             qPrintable(result.errors.join(u'\n')));
    QVERIFY2(
        hasError(result.errors, u"district.json: bundle senior-card, code: "_s, u"\"senior-card\" is used twice"_s),
        qPrintable(result.errors.join(u'\n')));
}

void TestCatalogLoader::newerFormatIsRefused()
{
    QJsonObject document = ow::tests::catalogAsOneDocument(shippedCatalog);
    document[u"format"_s] = 2;
    const CatalogLoadResult result =
        CatalogLoader::loadDocument(QJsonDocument(document).toJson(), QStringLiteral("district.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.constFirst().startsWith(u"district.json, format: format 2 is newer"_s));
}

void TestCatalogLoader::missingFolder()
{
    QTemporaryDir dir;
    const CatalogLoadResult missing = CatalogLoader::load(QDir(dir.path()).filePath(u"nowhere"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.constFirst().contains(u"does not exist"_s));
    const CatalogLoadResult empty = CatalogLoader::load(dir.path());
    QVERIFY(!empty.ok());
    QVERIFY(empty.errors.constFirst().contains(u"holds no items folder"_s));
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "TestCatalogLoader.moc"
