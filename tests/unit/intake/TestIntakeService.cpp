// Intake into cases against the shipped catalog and calendar: numbers, deadlines, materials handed in later,
// refusals that make no case, one-time notices.
#include "calendar/CalendarService.h"
#include "cases/CaseService.h"
#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

idcard::CardInfo zhangJianguo()
{
    idcard::CardInfo card;
    card.name = QStringLiteral("Zhang Jianguo");
    card.sexCode = QStringLiteral("1");
    card.sex = QString::fromUtf8("\xE7\x94\xB7");
    card.nationCode = QStringLiteral("01");
    card.nation = QString::fromUtf8("\xE6\xB1\x89");
    card.birth = QDate(1966, 11, 23);
    card.address = QStringLiteral("Wensan Road 100, Xihu District, Hangzhou");
    card.idNumber = QStringLiteral("33010619661123017X");
    card.issuer = QStringLiteral("Xihu Police");
    card.validFrom = QDate(2010, 3, 1);
    card.isLongTerm = true;
    return card;
}

int count(db::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seniorCardOnTheSixtiethBirthday();
    void dayBeforeTheBirthdayMakesNoCase();
    void numbersCountUpPerCounterAndDay();
    void promisedItemDeadlineInWorkingDays();
    void missingKeyMaterialMakesNoCaseButANotice();
    void toleratedMaterialIsDueLaterAndBlocksCompletion();
    void commitmentOnlyWhereTheItemAllowsIt();
    void channelMustBeOfferedAndDeliveryNeedsAddress();
    void unsetCounterMakesNoCase();
    void everyShippedItemCanBeTaken_data();
    void everyShippedItemCanBeTaken();

private:
    intake::IntakeRequest seniorRequest(QDate serviceDate);
    intake::IntakeRequest allowanceRequest();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<intake::IntakeService> m_intake;
    db::CitizenRecord m_citizen;
};

void TestIntakeService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<db::Database>(m_dir->filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(catalog::CatalogService(*m_database).ensureShipped(&error), qPrintable(error));
    QVERIFY(core::CounterSettings(*m_database)
                .setIdentity({QStringLiteral("330104001"), QStringLiteral("Hall"), 3}, &error));
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(*m_database).load();
    QVERIFY2(calendar.ok(), qPrintable(calendar.error));
    m_intake = std::make_unique<intake::IntakeService>(*m_database, *calendar.calendar);
    const auto lookup = intake::CitizenService(*m_database).recordCard(zhangJianguo(), {}, &error);
    QVERIFY2(lookup, qPrintable(error));
    m_citizen = lookup->citizen;
}

intake::IntakeRequest TestIntakeService::seniorRequest(QDate serviceDate)
{
    forms::PrefillContext prefill = m_intake->prefillContext(m_citizen.idNumber, serviceDate);
    prefill.card = zhangJianguo();
    const auto item = catalog::CatalogService(*m_database).item(QStringLiteral("senior-card"));
    QString error;
    const auto form = forms::FormDefinition::fromJson(item->form, &error);
    forms::FormState state = forms::FormEngine::prefill(*form, prefill);
    state.setTyped(QStringLiteral("current_address"), QStringLiteral("Wensan Road 100"));
    state.setTyped(QStringLiteral("phone"), QStringLiteral("13800138000"));
    forms::FormEngine::recompute(*form, state, serviceDate);

    intake::IntakeRequest request;
    request.citizenUuid = m_citizen.uuid;
    request.idNumber = m_citizen.idNumber;
    request.citizenName = m_citizen.name;
    request.items = {{QStringLiteral("senior-card"), state.values(), {}}};
    for (const catalog::Material& material : item->materials) {
        request.items[0].materials.append({material.id, intake::MaterialChoice::Provided, {}});
    }
    request.serviceDate = serviceDate;
    return request;
}

intake::IntakeRequest TestIntakeService::allowanceRequest()
{
    const QDate serviceDate(2026, 11, 23);
    const auto item = catalog::CatalogService(*m_database).item(QStringLiteral("minimum-living-allowance"));
    QString error;
    const auto form = forms::FormDefinition::fromJson(item->form, &error);
    forms::PrefillContext prefill = m_intake->prefillContext(m_citizen.idNumber, serviceDate);
    prefill.card = zhangJianguo();
    forms::FormState state = forms::FormEngine::prefill(*form, prefill);
    state.setTyped(QStringLiteral("current_address"), QStringLiteral("Wensan Road 100"));
    state.setTyped(QStringLiteral("phone"), QStringLiteral("13800138000"));
    state.setTyped(QStringLiteral("reason"), QStringLiteral("Lost his job and lives alone since March."));
    state.setTyped(QStringLiteral("household_members"),
                   QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Zhang Jianguo")},
                                            {QStringLiteral("id_number"), m_citizen.idNumber},
                                            {QStringLiteral("relation"), QStringLiteral("self")},
                                            {QStringLiteral("work_status"), QStringLiteral("unemployed")},
                                            {QStringLiteral("health"), QStringLiteral("chronic")},
                                            {QStringLiteral("monthly_income"), 300}}});
    forms::FormEngine::recompute(*form, state, serviceDate);
    intake::IntakeRequest request = seniorRequest(serviceDate);
    request.items = {{item->code, state.values(), {}}};
    for (const catalog::Material& material : item->materials) {
        request.items[0].materials.append({material.id, intake::MaterialChoice::Provided, {}});
    }
    return request;
}

void TestIntakeService::seniorCardOnTheSixtiethBirthday()
{
    QString error;
    const auto made = m_intake->accept(seniorRequest(QDate(2026, 11, 23)), &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->size(), 1);
    const db::CaseRecord& record = made->constFirst();
    QCOMPARE(record.number, QStringLiteral("330104001-03-20261123-0001"));
    QCOMPARE(record.kind, QStringLiteral("instant"));
    QCOMPARE(record.state, QStringLiteral("received"));
    QCOMPARE(record.deadline, QDate(2026, 11, 23)); // an instant item: issued the same day
    QCOMPARE(record.formData.value(QStringLiteral("age")).toInt(), 60);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'")), 1);
    QCOMPARE(db::AuditRepository(*m_database).count(QStringLiteral("case.accept")), 1);
    const auto detail = cases::CaseService(*m_database).detail(record.number);
    QVERIFY(detail);
    QCOMPARE(detail->events.size(), 1);
    QCOMPARE(detail->next, QList<cases::CaseState> {cases::CaseState::Issued});
}

void TestIntakeService::dayBeforeTheBirthdayMakesNoCase()
{
    QString error;
    QVERIFY(!m_intake->accept(seniorRequest(QDate(2026, 11, 22)), &error));
    QVERIFY2(error.contains(QStringLiteral("not eligible")), qPrintable(error));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM cases")), 0);
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case'")), 0);
}

void TestIntakeService::numbersCountUpPerCounterAndDay()
{
    QString error;
    const auto first = m_intake->accept(seniorRequest(QDate(2026, 11, 24)), &error);
    QVERIFY2(first, qPrintable(error));
    // A second senior card for the same citizen is not blocked, but the clerk is warned (the item's rule).
    const auto checks = m_intake->check(seniorRequest(QDate(2026, 11, 24)));
    QCOMPARE(checks[0].eligibility.findings.size(), 1);
    QCOMPARE(checks[0].eligibility.findings[0].severity, QStringLiteral("warn"));
    const auto second = m_intake->accept(seniorRequest(QDate(2026, 11, 24)), &error);
    QVERIFY2(second, qPrintable(error));
    const auto allowance = m_intake->accept(allowanceRequest(), &error);
    QVERIFY2(allowance, qPrintable(error));
    QCOMPARE(first->constFirst().number, QStringLiteral("330104001-03-20261124-0001"));
    QCOMPARE(second->constFirst().number, QStringLiteral("330104001-03-20261124-0002"));
    QCOMPARE(allowance->constFirst().number, QStringLiteral("330104001-03-20261123-0001"));
}

void TestIntakeService::promisedItemDeadlineInWorkingDays()
{
    QString error;
    const auto made = m_intake->accept(allowanceRequest(), &error);
    QVERIFY2(made, qPrintable(error));
    // Accepted on Monday 2026-11-23; 20 working days, weekends skipped: Monday 2026-12-21.
    QCOMPARE(made->constFirst().deadline, QDate(2026, 12, 21));
    QCOMPARE(made->constFirst().kind, QStringLiteral("promised"));
    QVERIFY(!made->constFirst().deadlineEstimated);
}

void TestIntakeService::missingKeyMaterialMakesNoCaseButANotice()
{
    intake::IntakeRequest request = seniorRequest(QDate(2026, 11, 23));
    request.items[0].materials = {{QStringLiteral("id_card"), intake::MaterialChoice::Provided, {}}}; // no photo
    const auto checks = m_intake->check(request);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks[0].blockingMissing().size(), 1);
    QCOMPARE(checks[0].blockingMissing()[0].materialId, QStringLiteral("photo"));
    QString error;
    QVERIFY(!m_intake->accept(request, &error));
    QVERIFY2(error.contains(QStringLiteral("key material")), qPrintable(error));
    QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM cases")), 0);

    const auto notice = m_intake->issueNotice(QStringLiteral("senior-card"), m_citizen.idNumber, m_citizen.name,
                                              {QStringLiteral("photo")}, {}, &error);
    QVERIFY2(notice, qPrintable(error));
    QVERIFY(notice->number.startsWith(QStringLiteral("N330104001-03-")));
    QVERIFY(!m_intake->issueNotice(QStringLiteral("senior-card"), m_citizen.idNumber, m_citizen.name,
                                   {QStringLiteral("no-such-material")}, {}, &error));
    QVERIFY(error.contains(QStringLiteral("no-such-material")));
}

void TestIntakeService::toleratedMaterialIsDueLaterAndBlocksCompletion()
{
    intake::IntakeRequest request = allowanceRequest();
    for (intake::MaterialDecision& decision : request.items[0].materials) {
        if (decision.materialId == u"income_proof") {
            decision.choice = intake::MaterialChoice::Missing; // handed in later: allowed for this non-key material
        }
    }
    QString error;
    const auto made = m_intake->accept(request, &error);
    QVERIFY2(made, qPrintable(error));
    cases::CaseService service(*m_database);
    auto detail = service.detail(made->constFirst().number);
    QCOMPARE(detail->awaitedMaterials.size(), 1);
    const auto income =
        std::find_if(detail->materials.begin(), detail->materials.end(),
                     [](const db::MaterialRecord& material) { return material.code == u"income_proof"; });
    QVERIFY(income->dueDate > QDate(2026, 11, 23));

    // The case can be reviewed, but not approved, until the material arrives.
    const QString number = made->constFirst().number;
    QVERIFY2(service.transition(number, cases::CaseState::InReview, {}, {}, &error), qPrintable(error));
    QVERIFY(!service.transition(number, cases::CaseState::Approved, {}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("still waits for")), qPrintable(error));
    QVERIFY2(service.receiveMaterial(number, QStringLiteral("income_proof"), {}, &error), qPrintable(error));
    QVERIFY2(service.transition(number, cases::CaseState::Approved, {}, {}, &error), qPrintable(error));
    QVERIFY(!service.receiveMaterial(number, QStringLiteral("income_proof"), {}, &error));
    detail = service.detail(number);
    QCOMPARE(detail->state, cases::CaseState::Approved);
    QCOMPARE(detail->events.size(), 4); // accepted, in review, material, approved
}

void TestIntakeService::commitmentOnlyWhereTheItemAllowsIt()
{
    intake::IntakeRequest request = seniorRequest(QDate(2026, 11, 23));
    request.items[0].materials[1].choice = intake::MaterialChoice::Commitment; // the photo
    QString error;
    QVERIFY(!m_intake->accept(request, &error));
    QVERIFY2(error.contains(QStringLiteral("commitment cannot replace")), qPrintable(error));

    intake::IntakeRequest allowance = allowanceRequest();
    for (intake::MaterialDecision& decision : allowance.items[0].materials) {
        if (decision.materialId == u"income_proof") {
            decision.choice = intake::MaterialChoice::Commitment; // a signed commitment is allowed here
        }
    }
    QVERIFY2(m_intake->accept(allowance, &error), qPrintable(error));
}

void TestIntakeService::channelMustBeOfferedAndDeliveryNeedsAddress()
{
    intake::IntakeRequest request = seniorRequest(QDate(2026, 11, 23));
    request.channel = QStringLiteral("courier");
    QString error;
    QVERIFY(!m_intake->accept(request, &error));
    QVERIFY2(error.contains(QStringLiteral("address to deliver to")), qPrintable(error));
    request.deliveryAddress = QStringLiteral("Wensan Road 100");
    request.trackingNumber = QStringLiteral("SF1234567890");
    const auto made = m_intake->accept(request, &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->constFirst().channel, QStringLiteral("courier"));
}

void TestIntakeService::unsetCounterMakesNoCase()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM settings WHERE key = 'counter.number'")));
    QString error;
    QVERIFY(!m_intake->accept(seniorRequest(QDate(2026, 11, 23)), &error));
    QVERIFY2(error.contains(QStringLiteral("not set up as a counter")), qPrintable(error));
}

void TestIntakeService::everyShippedItemCanBeTaken_data()
{
    QTest::addColumn<QString>("code");
    // The shipped items, as the program embeds them (init() has not opened a store yet here).
    const QStringList files = QDir(QStringLiteral(":/catalog/items")).entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 9);
    for (const QString& file : files) {
        const QString code = file.chopped(5);
        QTest::newRow(qPrintable(code)) << code;
    }
}

namespace {

// A plausible value for a field the card and the store do not fill, as a clerk would type it.
QJsonValue typedValue(const forms::FieldDefinition& field, const QString& idNumber, const QDate& serviceDate)
{
    // Fields with a pattern get a value of their documented form.
    static const QHash<QString, QString> patterned = {
        {QStringLiteral("bank_account"), QStringLiteral("6222021234567890123")},
        {QStringLiteral("chip_number"), QStringLiteral("900123456789012")},
        {QStringLiteral("existing_card_number"), QStringLiteral("HZ12345678")}};
    if (patterned.contains(field.id)) {
        return patterned.value(field.id);
    }
    switch (field.kind) {
    case forms::FieldKind::Choice:
        return field.options.isEmpty() ? QJsonValue() : QJsonValue(field.options.constFirst().value);
    case forms::FieldKind::Date:
        return serviceDate.addDays(-1).toString(Qt::ISODate);
    case forms::FieldKind::Number:
        return field.validation.min.value_or(1.0) > 0 ? field.validation.min.value_or(1.0) : 1.0;
    case forms::FieldKind::Phone:
        return QStringLiteral("13800138000");
    case forms::FieldKind::IdNumber:
        return idNumber;
    case forms::FieldKind::Table: {
        QJsonObject row;
        for (const forms::FieldDefinition& column : field.columns) {
            row.insert(column.id, typedValue(column, idNumber, serviceDate));
        }
        return QJsonArray {row};
    }
    case forms::FieldKind::Text:
    case forms::FieldKind::Address:
        break;
    }
    return QString(QStringLiteral("Typed at the counter ") + field.id).left(field.validation.maxLength.value_or(60));
}

} // namespace

void TestIntakeService::everyShippedItemCanBeTaken()
{
    // Each shipped item, prefilled from Zhang Jianguo's card and completed as a clerk would, either becomes a
    // case or is refused only by its own eligibility rules (which name a reason); never by a broken form.
    QFETCH(QString, code);
    const QDate serviceDate(2026, 11, 23);
    const auto item = catalog::CatalogService(*m_database).item(code);
    QString error;
    const auto form = forms::FormDefinition::fromJson(item->form, &error);
    QVERIFY2(form, qPrintable(error));
    forms::PrefillContext prefill = m_intake->prefillContext(m_citizen.idNumber, serviceDate);
    prefill.card = zhangJianguo();
    forms::FormState state = forms::FormEngine::prefill(*form, prefill);
    for (const forms::FieldDefinition& field : form->fields()) {
        if (!field.compute && forms::isEmptyValue(state.values().value(field.id))) {
            state.setTyped(field.id, typedValue(field, m_citizen.idNumber, serviceDate));
        }
    }
    forms::FormEngine::recompute(*form, state, serviceDate);
    intake::IntakeRequest request = seniorRequest(serviceDate);
    request.items = {{code, state.values(), {}}};
    for (const catalog::Material& material : item->materials) {
        request.items[0].materials.append({material.id, intake::MaterialChoice::Provided, {}});
    }
    request.channel = item->defaultDelivery;
    const auto checks = m_intake->check(request);
    QCOMPARE(checks.size(), 1);
    QVERIFY2(checks[0].problems.isEmpty(), qPrintable(checks[0].problems.join(u'\n')));
    const auto made = m_intake->accept(request, &error);
    if (!made) {
        QVERIFY2(checks[0].fieldErrors.isEmpty() || !checks[0].eligibility.eligible, qPrintable(error));
        QVERIFY2(!checks[0].eligibility.eligible, qPrintable(error));
        for (const forms::EligibilityFinding& finding : checks[0].eligibility.findings) {
            QVERIFY(!finding.reason.isEmpty());
        }
        return;
    }
    QCOMPARE(made->constFirst().itemCode, code);
    QCOMPARE(made->constFirst().deadline, m_intake->calendar().addWorkingDays(serviceDate, item->timeLimitDays).date);
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "TestIntakeService.moc"
