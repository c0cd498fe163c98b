#include "Cli.h"

#include "auth/ClerkService.h"
#include "certificate/NumberService.h"
#include "certificate/SupervisorApproval.h"
#include "core/Paths.h"
#include "db/CaseRepository.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

bool parseNumber(const QString& text, qint64* value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

QString json(const QJsonDocument& document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int addBlock(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("A"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("B"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), QString(), QStringLiteral("P"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QString(), QStringLiteral("W"), QStringLiteral("0"));
    parser.addOptions({templateOption, fromOption, toOption, prefixOption, widthOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    for (const auto* option : {&templateOption, &fromOption, &toOption}) {
        if (!parser.isSet(*option)) {
            context.err << Cli::tr("numbers add-block needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    qint64 first = 0;
    qint64 last = 0;
    qint64 width = 0;
    if (!parseNumber(parser.value(fromOption), &first) || !parseNumber(parser.value(toOption), &last) ||
        !parseNumber(parser.value(widthOption), &width)) {
        context.err << Cli::tr("--from, --to and --width take whole numbers.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    QString error;
    const auto block = certificate::NumberService(database).addBlock(
        parser.value(templateOption), first, last, parser.value(prefixOption), static_cast<int>(width), {}, &error);
    if (!block) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Block %1 to %2 added for template %3.")
                       .arg(certificate::NumberService::serial(block->prefix, block->first, block->width),
                            certificate::NumberService::serial(block->prefix, block->last, block->width),
                            block->templateCode)
                << Qt::endl;
    return Success;
}

int report(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    parser.addOptions({jsonOption, templateOption});
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const auto blocks = certificate::NumberService(database).report(parser.value(templateOption));
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto& block : blocks) {
            array.append(block.toJson());
        }
        context.out << json(QJsonDocument(array));
        return Success;
    }
    if (blocks.isEmpty()) {
        context.out << Cli::tr("No number blocks yet. Add one with: onewindow-cli numbers add-block --template T "
                               "--from A --to B")
                    << Qt::endl;
        return Success;
    }
    for (const auto& block : blocks) {
        context.out << Cli::tr("%1 %2-%3: %4 printed, %5 spoiled, %6 voided, %7 reserved, %8 returned, %9 remaining")
                           .arg(block.block.templateCode, block.firstSerial, block.lastSerial)
                           .arg(block.printed)
                           .arg(block.spoiled)
                           .arg(block.voided)
                           .arg(block.reserved)
                           .arg(block.returned)
                           .arg(block.remaining)
                    << Qt::endl;
    }
    return Success;
}

int take(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("NUMBER"));
    parser.addOptions({templateOption, caseOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    for (const auto* option : {&templateOption, &caseOption}) {
        if (!parser.isSet(*option)) {
            context.err << Cli::tr("numbers take needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto found = db::CaseRepository(database).byNumber(parser.value(caseOption));
    if (!found) {
        context.err << Cli::tr("There is no case %1 at this counter.").arg(parser.value(caseOption)) << Qt::endl;
        return Failure;
    }
    QString error;
    const auto taken =
        certificate::NumberService(database).reserve(parser.value(templateOption), found->uuid, {}, &error);
    if (!taken) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << json(QJsonDocument(QJsonObject {{QStringLiteral("uuid"), taken->certificateUuid},
                                                   {QStringLiteral("template"), taken->templateCode},
                                                   {QStringLiteral("case"), found->number},
                                                   {QStringLiteral("serial_number"), taken->serialNumber},
                                                   {QStringLiteral("number"), taken->number},
                                                   {QStringLiteral("state"), QStringLiteral("reserved")}}));
    return Success;
}

// numbers spoil and numbers void: one number of a template, with a reason.
int change(const QString& command, Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption supervisorOption(QStringLiteral("supervisor"), QString(), QStringLiteral("LOGIN"));
    parser.addOptions({templateOption, reasonOption, supervisorOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const bool voiding = command == u"void";
    if (parser.positionalArguments().size() != 1 || !parser.isSet(templateOption)) {
        context.err << Cli::tr("Usage: numbers %1 NUMBER --template T --reason TEXT [--supervisor LOGIN]").arg(command)
                    << Qt::endl;
        return UsageError;
    }
    if (voiding && !parser.isSet(supervisorOption)) {
        context.err << Cli::tr("numbers void needs --supervisor: a supervisor or an admin approves it.") << Qt::endl;
        return UsageError;
    }
    const QString serial = parser.positionalArguments().constFirst();
    const QString templateCode = parser.value(templateOption);
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    certificate::NumberService numbers(database);
    const auto found = numbers.find(templateCode, serial);
    if (!found) {
        context.err << Cli::tr("Number %1 of template %2 was never taken at this counter.").arg(serial, templateCode)
                    << Qt::endl;
        return Failure;
    }
    QString error;
    if (voiding) {
        const QString password = readSecret(Cli::tr("Supervisor's password: "), context.err).value_or(QString());
        auth::ClerkService clerks(database);
        const auto approval = certificate::SupervisorApproval(clerks).approve(parser.value(supervisorOption), password);
        if (!approval.ok()) {
            context.err << approval.message << Qt::endl;
            return Failure;
        }
        if (!numbers.voidNumber(found->uuid, parser.value(reasonOption), *approval.clerk, &error)) {
            context.err << error << Qt::endl;
            return Failure;
        }
        context.out << Cli::tr("Number %1 voided.").arg(serial) << Qt::endl;
        return Success;
    }
    if (!numbers.markSpoiled(found->uuid, parser.value(reasonOption), {}, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Number %1 spoiled; the next print takes a new number.").arg(serial) << Qt::endl;
    return Success;
}

} // namespace

int runNumberCommand(const QString& command, Context& context)
{
    if (command == u"add-block") {
        return addBlock(context);
    }
    if (command == u"report") {
        return report(context);
    }
    if (command == u"take") {
        return take(context);
    }
    return change(command, context);
}

} // namespace ow::cli
