#include "Cli.h"

#include "calendar/CalendarService.h"
#include "core/Paths.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

int import(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("calendar import takes one FILE.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    QString error;
    const auto years =
        calendar::CalendarService(database).importFile(parser.positionalArguments().constFirst(), &error);
    if (!years) {
        context.err << error << Qt::endl;
        return Failure;
    }
    QStringList names;
    for (int year : *years) {
        names << QString::number(year);
    }
    context.out << Cli::tr("Imported the working-day calendar of %1.").arg(names.join(QStringLiteral(", ")))
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
    const calendar::CalendarLoadResult loaded = calendar::CalendarService(database).load();
    if (!loaded.ok()) {
        context.err << loaded.error << Qt::endl;
        return Failure;
    }
    QJsonArray years;
    for (int year : loaded.calendar->coveredYears()) {
        const auto source = loaded.calendar->source(year);
        if (parser.isSet(jsonOption)) {
            years.append(QJsonObject {{QStringLiteral("year"), year},
                                      {QStringLiteral("source"), source ? source->title : QString()},
                                      {QStringLiteral("number"), source ? source->number : QString()}});
        } else {
            context.out << year << u'\t' << (source ? source->number + u'\t' + source->title : QString()) << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(QJsonDocument(years).toJson(QJsonDocument::Indented));
    }
    return Success;
}

} // namespace

int runCalendarCommand(const QString& command, Context& context)
{
    return command == u"import" ? import(context) : list(context);
}

} // namespace ow::cli
