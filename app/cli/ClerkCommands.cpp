#include "Cli.h"

#include "auth/ClerkService.h"
#include "core/Paths.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

// The password: typed twice on a terminal, or the whole input from a script.
bool readPassword(QString* password, QTextStream& err)
{
    const auto first = readSecret(Cli::tr("Password: "), err);
    if (!first) {
        return false;
    }
    *password = *first;
    if (isTerminalInput() && readSecret(Cli::tr("Password again: "), err) != *password) {
        err << Cli::tr("The two passwords differ.") << Qt::endl;
        return false;
    }
    return true;
}

int add(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption loginOption(QStringLiteral("login"), QString(), QStringLiteral("L"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("R"));
    parser.addOptions({loginOption, nameOption, roleOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    for (const auto* option : {&loginOption, &nameOption, &roleOption}) {
        if (!parser.isSet(*option)) {
            context.err << Cli::tr("clerk add needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    const auto role = auth::Roles::fromCode(parser.value(roleOption));
    if (!role) {
        context.err << Cli::tr("The role must be clerk, supervisor or admin.") << Qt::endl;
        return UsageError;
    }
    QString password;
    if (!readPassword(&password, context.err)) {
        return Failure;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    auth::ClerkService clerks(database);
    QString error;
    const auto clerk = clerks.add(parser.value(loginOption), parser.value(nameOption), *role, password, &error);
    if (!clerk) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out
        << Cli::tr("Clerk %1 (%2) added as %3.").arg(clerk->login, clerk->name, auth::Roles::displayName(clerk->role))
        << Qt::endl;
    return Success;
}

int list(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const auto clerks = auth::ClerkService(database).list();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto& clerk : clerks) {
            array.append(
                QJsonObject {{QStringLiteral("uuid"), clerk.uuid},
                             {QStringLiteral("login"), clerk.login},
                             {QStringLiteral("name"), clerk.name},
                             {QStringLiteral("role"), auth::Roles::code(clerk.role)},
                             {QStringLiteral("active"), clerk.active},
                             {QStringLiteral("last_login"),
                              clerk.lastLoginAt.isValid() ? clerk.lastLoginAt.toString(Qt::ISODate) : QString()}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (clerks.isEmpty()) {
        context.out << Cli::tr("No clerks yet. Add one with: onewindow-cli clerk add --login L --name N --role admin")
                    << Qt::endl;
        return Success;
    }
    for (const auto& clerk : clerks) {
        context.out << clerk.login << u'\t' << clerk.name << u'\t' << auth::Roles::displayName(clerk.role) << u'\t'
                    << (clerk.active ? Cli::tr("active") : Cli::tr("inactive")) << Qt::endl;
    }
    return Success;
}

} // namespace

int runClerkCommand(const QString& command, Context& context)
{
    return command == u"add" ? add(context) : list(context);
}

} // namespace ow::cli
