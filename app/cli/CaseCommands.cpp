#include "Cli.h"

#include "calendar/CalendarService.h"
#include "cases/CasePaper.h"
#include "cases/CaseService.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificateIssuer.h"
#include "core/Paths.h"
#include "core/SecretStore.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "forms/FormDefinition.h"
#include "idcard/IdNumber.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"
#include "paper/NoticeDocument.h"
#include "paper/ReceiptDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

QJsonObject caseJson(const cases::CaseDetail& detail, bool full)
{
    const db::CaseRecord& record = detail.record;
    QJsonObject json {{QStringLiteral("number"), record.number},
                      {QStringLiteral("uuid"), record.uuid},
                      {QStringLiteral("item"), record.itemCode},
                      {QStringLiteral("item_name"), record.itemName},
                      {QStringLiteral("kind"), record.kind},
                      {QStringLiteral("state"), record.state},
                      {QStringLiteral("deadline"), record.deadline.toString(Qt::ISODate)},
                      {QStringLiteral("deadline_estimated"), record.deadlineEstimated},
                      {QStringLiteral("accepted_at"), record.acceptedAt.toString(Qt::ISODate)},
                      {QStringLiteral("citizen_name"), record.citizenName},
                      {QStringLiteral("id_number"), idcard::IdNumber::masked(record.citizenIdNumber)},
                      {QStringLiteral("channel"), record.channel}};
    QJsonArray materials;
    for (const db::MaterialRecord& material : detail.materials) {
        materials.append(QJsonObject {{QStringLiteral("code"), material.code},
                                      {QStringLiteral("name"), material.name},
                                      {QStringLiteral("status"), material.status},
                                      {QStringLiteral("due_date"), material.dueDate.toString(Qt::ISODate)}});
    }
    json.insert(QStringLiteral("materials"), materials);
    if (full) {
        json.insert(QStringLiteral("form"), record.formData);
        QJsonArray events;
        for (const db::CaseEventRecord& event : detail.events) {
            events.append(QJsonObject {{QStringLiteral("at"), event.at.toString(Qt::ISODate)},
                                       {QStringLiteral("clerk"), event.clerkName},
                                       {QStringLiteral("kind"), event.kind},
                                       {QStringLiteral("from"), event.fromState},
                                       {QStringLiteral("to"), event.toState},
                                       {QStringLiteral("detail"), event.detail}});
        }
        json.insert(QStringLiteral("events"), events);
        QJsonArray next;
        for (cases::CaseState state : detail.next) {
            next.append(cases::CaseStates::code(state));
        }
        json.insert(QStringLiteral("next"), next);
    }
    return json;
}

void printJson(Context& context, const QJsonValue& value)
{
    context.out << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

// A field value from the command line: numbers stay numbers, a JSON array or object is parsed.
QJsonValue fieldValue(const forms::FormDefinition* form, const QString& key, const QString& text)
{
    const forms::FieldDefinition* field = form ? form->field(key) : nullptr;
    if (text.startsWith(u'[') || text.startsWith(u'{')) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isArray()) {
            return document.array();
        }
        if (document.isObject()) {
            return document.object();
        }
    }
    if (field && field->kind == forms::FieldKind::Number) {
        bool numeric = false;
        const double number = text.toDouble(&numeric);
        if (numeric) {
            return number;
        }
    }
    return text;
}

int create(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption itemOption(QStringLiteral("item"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption cardOption(QStringLiteral("card"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption idOption(QStringLiteral("id-number"), QString(), QStringLiteral("N"));
    const QCommandLineOption fieldOption(QStringLiteral("field"), QString(), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption missingOption(QStringLiteral("missing"), QString(), QStringLiteral("MATERIAL"));
    const QCommandLineOption dueOption(QStringLiteral("due"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption commitmentOption(QStringLiteral("commitment"), QString(), QStringLiteral("MATERIAL"));
    const QCommandLineOption channelOption(QStringLiteral("channel"), QString(), QStringLiteral("CHANNEL"));
    const QCommandLineOption addressOption(QStringLiteral("address"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption trackingOption(QStringLiteral("tracking"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("LOGIN"));
    parser.addOptions({itemOption, cardOption, idOption, fieldOption, missingOption, dueOption, commitmentOption,
                       channelOption, addressOption, trackingOption, dateOption, clerkOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (!parser.isSet(itemOption) || parser.isSet(cardOption) == parser.isSet(idOption)) {
        context.err << Cli::tr("case create needs --item and one of --card FILE or --id-number N.") << Qt::endl;
        return UsageError;
    }
    const QStringList missing = parser.values(missingOption);
    const QStringList dues = parser.values(dueOption);
    if (!dues.isEmpty() && dues.size() != missing.size()) {
        context.err << Cli::tr("Give one --due per --missing material, in the same order.") << Qt::endl;
        return UsageError;
    }
    QDate serviceDate = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        serviceDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!serviceDate.isValid()) {
            context.err << Cli::tr("--date takes a date of the form YYYY-MM-DD.") << Qt::endl;
            return UsageError;
        }
    }

    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto clerk = clerkUuid(database, parser.value(clerkOption), context);
    if (!clerk) {
        return Failure;
    }
    const auto item = catalog::CatalogService(database).item(parser.value(itemOption));
    if (!item) {
        context.err << Cli::tr("There is no item %1 in the catalog; see onewindow-cli catalog list.")
                           .arg(parser.value(itemOption))
                    << Qt::endl;
        return Failure;
    }
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(database).load();
    if (!calendar.ok()) {
        context.err << calendar.error << Qt::endl;
        return Failure;
    }
    intake::IntakeService intake(database, *calendar.calendar);
    intake::CitizenService citizens(database);
    QString error;

    // Who: the card file (the JSON `idcard read` prints) or a typed number.
    std::optional<idcard::CardInfo> card;
    std::optional<intake::CitizenLookup> citizen;
    if (parser.isSet(cardOption)) {
        QFile file(parser.value(cardOption));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << Cli::tr("The card file %1 cannot be read: %2").arg(file.fileName(), file.errorString())
                        << Qt::endl;
            return Failure;
        }
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        card = idcard::CardInfo::fromJson(document.object(), &error);
        if (parseError.error != QJsonParseError::NoError || !card) {
            context.err << Cli::tr("The card file %1 is not a card: %2")
                               .arg(file.fileName(), error.isEmpty() ? parseError.errorString() : error)
                        << Qt::endl;
            return Failure;
        }
        const idcard::IdNumberCheck check = idcard::IdNumber::check(card->idNumber, serviceDate);
        if (!check.valid) {
            context.err << check.reason << Qt::endl;
            return Failure;
        }
    } else {
        const idcard::IdNumberCheck check = idcard::IdNumber::check(parser.value(idOption), serviceDate);
        if (!check.valid) {
            context.err << check.reason << Qt::endl;
            return Failure;
        }
        citizen = citizens.find(check.normalized);
        if (!citizen) {
            context.err << Cli::tr("%1 is not known at this counter yet: give the card with --card FILE.")
                               .arg(idcard::IdNumber::masked(check.normalized))
                        << Qt::endl;
            return Failure;
        }
    }

    // The form, as the intake page would prefill it, then what was typed.
    QString formError;
    const auto form = forms::FormDefinition::fromJson(item->form, &formError);
    forms::PrefillContext prefill =
        intake.prefillContext(card ? card->idNumber : citizen->citizen.idNumber, serviceDate);
    prefill.card = card;
    forms::FormState state = form ? forms::FormEngine::prefill(*form, prefill) : forms::FormState();
    for (const QString& assignment : parser.values(fieldOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            context.err << Cli::tr("--field takes KEY=VALUE, not %1.").arg(assignment) << Qt::endl;
            return UsageError;
        }
        const QString key = assignment.left(equals);
        if (form && !form->field(key)) {
            context.err << Cli::tr("%1 has no field %2.").arg(item->name, key) << Qt::endl;
            return Failure;
        }
        state.setTyped(key, fieldValue(form ? &*form : nullptr, key, assignment.mid(equals + 1)));
    }
    if (form) {
        forms::FormEngine::recompute(*form, state, serviceDate);
    }

    intake::ItemIntake itemIntake;
    itemIntake.itemCode = item->code;
    itemIntake.formValues = state.values();
    for (const catalog::Material& material : item->materials) {
        intake::MaterialDecision decision {material.id, intake::MaterialChoice::Provided, {}};
        const qsizetype missingIndex = missing.indexOf(material.id);
        if (missingIndex >= 0) {
            decision.choice = intake::MaterialChoice::Missing;
            if (!dues.isEmpty()) {
                decision.dueDate = QDate::fromString(dues.at(missingIndex), Qt::ISODate);
                if (!decision.dueDate.isValid()) {
                    context.err << Cli::tr("--due takes a date of the form YYYY-MM-DD.") << Qt::endl;
                    return UsageError;
                }
            }
        } else if (parser.values(commitmentOption).contains(material.id)) {
            decision.choice = intake::MaterialChoice::Commitment;
        }
        itemIntake.materials.append(decision);
    }
    for (const QString& id : missing + parser.values(commitmentOption)) {
        if (!item->material(id)) {
            context.err << Cli::tr("%1 has no material %2.").arg(item->name, id) << Qt::endl;
            return Failure;
        }
    }

    // The check first, so a refused case leaves nothing behind, not even the citizen record.
    intake::IntakeRequest request;
    request.items = {itemIntake};
    request.channel = parser.isSet(channelOption) ? parser.value(channelOption) : item->defaultDelivery;
    request.deliveryAddress = parser.value(addressOption);
    request.trackingNumber = parser.value(trackingOption);
    request.phone = itemIntake.formValues.value(QStringLiteral("phone")).toString();
    request.serviceDate = serviceDate;
    request.clerkUuid = *clerk;
    const QStringList problems = intake::IntakeService::describe(intake.check(request));
    if (!problems.isEmpty()) {
        context.err << problems.join(u'\n') << Qt::endl;
        return Failure;
    }
    if (card) {
        citizen = citizens.recordCard(*card, *clerk, &error);
        if (!citizen) {
            context.err << error << Qt::endl;
            return Failure;
        }
    }
    request.citizenUuid = citizen->citizen.uuid;
    request.idNumber = citizen->citizen.idNumber;
    request.citizenName = citizen->citizen.name;
    const auto made = intake.accept(request, &error);
    if (!made) {
        context.err << error << Qt::endl;
        return Failure;
    }
    const auto detail = cases::CaseService(database).detail(made->constFirst().number);
    printJson(context, caseJson(*detail, false));
    return Success;
}

int list(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption stateOption(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"),
                                         QStringLiteral("200"));
    parser.addOptions({stateOption, jsonOption, limitOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.isSet(stateOption) && !cases::CaseStates::fromCode(parser.value(stateOption))) {
        context.err << Cli::tr("Unknown state %1; states are received, in_review, approved, rejected, ready, "
                               "collected, delivered, closed, issued.")
                           .arg(parser.value(stateOption))
                    << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto records =
        cases::CaseService(database).list(parser.value(stateOption), qMax(1, parser.value(limitOption).toInt()));
    QJsonArray array;
    for (const db::CaseRecord& record : records) {
        if (parser.isSet(jsonOption)) {
            cases::CaseDetail detail;
            detail.record = record;
            QJsonObject json = caseJson(detail, false);
            json.remove(QStringLiteral("materials"));
            array.append(json);
        } else {
            context.out << record.number << u'\t' << record.state << u'\t' << record.deadline.toString(Qt::ISODate)
                        << u'\t' << record.itemName << u'\t' << record.citizenName << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption)) {
        printJson(context, array);
    }
    return Success;
}

int show(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("case show takes one case number.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto detail = cases::CaseService(database).detail(parser.positionalArguments().constFirst());
    if (!detail) {
        context.err << Cli::tr("There is no case %1 at this counter.").arg(parser.positionalArguments().constFirst())
                    << Qt::endl;
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        printJson(context, caseJson(*detail, true));
    } else {
        context.out << detail->record.number << u'\t' << cases::CaseStates::displayName(detail->state) << u'\t'
                    << detail->record.itemName << u'\t' << detail->record.citizenName << Qt::endl;
    }
    return Success;
}

int setState(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("LOGIN"));
    parser.addOptions({noteOption, clerkOption});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QString());
    parser.addPositionalArgument(QStringLiteral("STATE"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const auto state = cases::CaseStates::fromCode(parser.positionalArguments().value(1));
    if (parser.positionalArguments().size() != 2 || !state) {
        context.err << Cli::tr("case set-state takes a case number and a state (received, in_review, approved, "
                               "rejected, ready, collected, delivered, closed, issued).")
                    << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto clerk = clerkUuid(database, parser.value(clerkOption), context);
    QString error;
    if (!clerk ||
        !cases::CaseService(database).transition(parser.positionalArguments().constFirst(), *state, *clerk,
                                                 parser.value(noteOption), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Case %1 is now %2.")
                       .arg(parser.positionalArguments().constFirst(), cases::CaseStates::displayName(*state))
                << Qt::endl;
    return Success;
}

int receipt(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOption(pdfOption);
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(pdfOption)) {
        context.err << Cli::tr("case receipt takes a case number and --pdf FILE.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    QString error;
    const auto data = cases::receiptData(database, parser.positionalArguments().constFirst(), &error);
    if (!data || !paper::ReceiptDocument(*data).writePdf(parser.value(pdfOption), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Receipt written to %1.").arg(parser.value(pdfOption)) << Qt::endl;
    return Success;
}

int notice(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption itemOption(QStringLiteral("item"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption idOption(QStringLiteral("id-number"), QString(), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption missingOption(QStringLiteral("missing"), QString(), QStringLiteral("MATERIAL"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("LOGIN"));
    parser.addOptions({itemOption, idOption, nameOption, missingOption, pdfOption, clerkOption});
    parser.addPositionalArgument(QStringLiteral("MATERIAL"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const QStringList missing = parser.values(missingOption) + parser.positionalArguments();
    if (!parser.isSet(itemOption) || !parser.isSet(idOption) || !parser.isSet(pdfOption) || missing.isEmpty()) {
        context.err << Cli::tr(
                           "case notice needs --item, --id-number, --missing MATERIAL (one or more) and --pdf FILE.")
                    << Qt::endl;
        return UsageError;
    }
    const idcard::IdNumberCheck check = idcard::IdNumber::check(parser.value(idOption), QDate::currentDate());
    if (!check.valid) {
        context.err << check.reason << Qt::endl;
        return Failure;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto clerk = clerkUuid(database, parser.value(clerkOption), context);
    if (!clerk) {
        return Failure;
    }
    QString name = parser.value(nameOption);
    if (name.isEmpty()) {
        const auto known = intake::CitizenService(database).find(check.normalized);
        name = known ? known->citizen.name : QString();
    }
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(database).load();
    intake::IntakeService intake(database, calendar.ok() ? *calendar.calendar : calendar::WorkingCalendar());
    QString error;
    const auto record = intake.issueNotice(parser.value(itemOption), check.normalized, name, missing, *clerk, &error);
    const auto data = record ? cases::noticeData(database, *record, &error) : std::nullopt;
    if (!data || !paper::NoticeDocument(*data).writePdf(parser.value(pdfOption), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("One-time notice %1 written to %2.").arg(record->number, parser.value(pdfOption))
                << Qt::endl;
    return Success;
}

int issue(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption photoOption(QStringLiteral("photo"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("LOGIN"));
    parser.addOptions({photoOption, pdfOption, clerkOption});
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("case issue takes one case number.") << Qt::endl;
        return UsageError;
    }
    const QString number = parser.positionalArguments().constFirst();
    std::optional<QImage> photo;
    if (parser.isSet(photoOption)) {
        QImageReader reader(parser.value(photoOption));
        reader.setAutoTransform(true);
        photo = reader.read();
        if (photo->isNull()) {
            context.err << Cli::tr("The photo %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(parser.value(photoOption)), reader.errorString())
                        << Qt::endl;
            return Failure;
        }
    }
    // By default the certificate "prints" into the data folder, one PDF per case.
    const QString pdf = parser.isSet(pdfOption)
        ? parser.value(pdfOption)
        : QDir(context.dataDir).filePath(QStringLiteral("certificates/") + number + QStringLiteral(".pdf"));
    if (!parser.isSet(pdfOption) && !QDir().mkpath(QFileInfo(pdf).absolutePath())) {
        context.err << Cli::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(pdf).path()))
                    << Qt::endl;
        return Failure;
    }
    // A mistyped folder is refused before a number is taken; a write that fails later spoils the number.
    if (!QFileInfo(QFileInfo(pdf).absolutePath()).isDir()) {
        context.err
            << Cli::tr("The folder of %1 does not exist; nothing was issued.").arg(QDir::toNativeSeparators(pdf))
            << Qt::endl;
        return Failure;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto clerk = clerkUuid(database, parser.value(clerkOption), context);
    if (!clerk) {
        return Failure;
    }
    core::KeychainSecretStore secrets;
    certificate::CertificateIssuer issuer(database, secrets);
    certificate::PdfCertificatePrinter printer(pdf);
    QString error;
    const auto issued = issuer.issue(number, *clerk, printer, &error, photo);
    if (!issued) {
        context.err << error << Qt::endl;
        return Failure;
    }
    QJsonObject json = issued->toJson();
    json.insert(QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath());
    printJson(context, json);
    return Success;
}

} // namespace

int runCaseCommand(const QString& command, Context& context)
{
    if (command == u"issue") {
        return issue(context);
    }
    if (command == u"create") {
        return create(context);
    }
    if (command == u"list") {
        return list(context);
    }
    if (command == u"show") {
        return show(context);
    }
    if (command == u"set-state") {
        return setState(context);
    }
    if (command == u"receipt") {
        return receipt(context);
    }
    return notice(context);
}

} // namespace ow::cli
