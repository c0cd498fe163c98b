#include "Cli.h"

#include "audit/AuditChain.h"
#include "core/Paths.h"
#include "db/Database.h"

#include <QDir>
#include <QJsonDocument>

namespace ow::cli {

namespace {

int verify(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!QFileInfo::exists(database.path())) {
        context.err << Cli::tr("There is no data file at %1.").arg(QDir::toNativeSeparators(database.path()))
                    << Qt::endl;
        return Failure;
    }
    // Read as it is: verifying must not migrate or otherwise write the file it checks.
    if (!context.openDatabase(database, false)) {
        return Failure;
    }
    const audit::ChainReport report = audit::AuditChain::verify(database);
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else if (report.intact) {
        context.out << Cli::tr("ok: the audit chain holds over %n row(s).", nullptr, int(report.rowsChecked))
                    << Qt::endl;
    }
    if (!report.intact) {
        context.err << Cli::tr("The audit chain is broken at row %1 (%2): %3")
                           .arg(report.brokenSeq)
                           .arg(report.brokenUuid, report.reason)
                    << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace

int runAuditCommand(const QString& command, Context& context)
{
    if (command == QLatin1String("verify")) {
        return verify(context);
    }
    return UsageError;
}

} // namespace ow::cli
