#include "Cli.h"

#include "core/CounterSettings.h"
#include "core/Paths.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

int set(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("C"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption addressOption(QStringLiteral("address"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({codeOption, nameOption, counterOption, addressOption, phoneOption, hoursOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    for (const auto* option : {&codeOption, &nameOption, &counterOption}) {
        if (!parser.isSet(*option)) {
            context.err << Cli::tr("hall set needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    core::CounterIdentity identity;
    identity.hallCode = parser.value(codeOption);
    identity.hallName = parser.value(nameOption);
    bool numeric = false;
    identity.counterNumber = parser.value(counterOption).toInt(&numeric);
    QString error;
    if (!numeric) {
        error = Cli::tr("The counter number must be between 1 and 999.");
    }
    core::CounterSettings settings(database);
    core::HallContactDetails contact = settings.contact();
    if (parser.isSet(addressOption)) {
        contact.address = parser.value(addressOption);
    }
    if (parser.isSet(phoneOption)) {
        contact.phone = parser.value(phoneOption);
    }
    if (parser.isSet(hoursOption)) {
        contact.openingHours = parser.value(hoursOption);
    }
    if (!numeric || !settings.setIdentity(identity, &error) || !settings.setContact(contact, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("This PC is counter %1 of %2 (%3).")
                       .arg(identity.counterNumber)
                       .arg(identity.hallName.trimmed(), identity.hallCode.toUpper())
                << Qt::endl;
    return Success;
}

int show(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const core::CounterSettings settings(database);
    const core::CounterIdentity identity = settings.identity();
    if (parser.isSet(jsonOption)) {
        const QJsonObject json {{QStringLiteral("hall_code"), identity.hallCode},
                                {QStringLiteral("hall_name"), identity.hallName},
                                {QStringLiteral("counter"), identity.counterNumber},
                                {QStringLiteral("idle_lock_minutes"), settings.idleLockMinutes()},
                                {QStringLiteral("address"), settings.contact().address},
                                {QStringLiteral("phone"), settings.contact().phone},
                                {QStringLiteral("opening_hours"), settings.contact().openingHours}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (!identity.isComplete()) {
        context.out << Cli::tr("This PC is not set up as a counter yet: onewindow-cli hall set --code C --name N "
                               "--counter N")
                    << Qt::endl;
        return Success;
    }
    context.out << Cli::tr("This PC is counter %1 of %2 (%3).")
                       .arg(identity.counterNumber)
                       .arg(identity.hallName, identity.hallCode)
                << Qt::endl;
    return Success;
}

} // namespace

int runHallCommand(const QString& command, Context& context)
{
    return command == u"set" ? set(context) : show(context);
}

} // namespace ow::cli
