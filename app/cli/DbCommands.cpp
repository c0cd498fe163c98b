#include "Cli.h"

#include "core/Paths.h"
#include "db/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

int check(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const QString path = context.databasePath();
    const db::FileReport report = db::Database::inspect(path, true);
    const bool ok = report.exists && report.usable && report.intact;
    QString message = report.message;
    if (!report.exists) {
        message = Cli::tr("There is no data file at %1.").arg(QDir::toNativeSeparators(path));
    }
    if (parser.isSet(jsonOption)) {
        const QJsonObject json {{QStringLiteral("path"), path},
                                {QStringLiteral("ok"), ok},
                                {QStringLiteral("intact"), report.exists && report.intact},
                                {QStringLiteral("schema_version"), report.schemaVersion},
                                {QStringLiteral("latest_schema_version"), db::Database::latestSchemaVersion()},
                                {QStringLiteral("message"), message}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (ok) {
        context.out << Cli::tr("ok: %1 is intact, schema version %2 (this program: %3)")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(report.schemaVersion)
                           .arg(db::Database::latestSchemaVersion())
                    << Qt::endl;
    }
    if (!ok) {
        context.err << message << Qt::endl;
        return Failure;
    }
    return Success;
}

int backup(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("db backup takes one FILE to write the backup to.") << Qt::endl;
        return UsageError;
    }
    const QString target = parser.positionalArguments().constFirst();
    db::Database database(context.databasePath());
    if (!QFileInfo::exists(database.path())) {
        context.err << Cli::tr("There is no data file at %1.").arg(QDir::toNativeSeparators(database.path()))
                    << Qt::endl;
        return Failure;
    }
    if (!context.openDatabase(database, false)) {
        return Failure;
    }
    QString error;
    if (!database.backupTo(target, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Success;
}

} // namespace

int runDbCommand(const QString& command, Context& context)
{
    return command == u"check" ? check(context) : backup(context);
}

} // namespace ow::cli
