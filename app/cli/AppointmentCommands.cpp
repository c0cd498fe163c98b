#include "Cli.h"

#include "appointments/AppointmentService.h"
#include "core/Paths.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::cli {

namespace {

int list(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({dateOption, jsonOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const QDate date =
        parser.isSet(dateOption) ? QDate::fromString(parser.value(dateOption), Qt::ISODate) : QDate::currentDate();
    if (!date.isValid()) {
        context.err << Cli::tr("--date must be a date like 2026-11-24.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const QList<appointments::Appointment> all = appointments::AppointmentService(database).onDate(date);
    // ID numbers are masked in JSON too, as case list does: scripts get the rest, not the full number (PIPL).
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const appointments::Appointment& appointment : all) {
            array.append(appointments::AppointmentService::toJson(appointment, true));
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (all.isEmpty()) {
        context.out << Cli::tr("No appointments on %1.").arg(date.toString(Qt::ISODate)) << Qt::endl;
        return Success;
    }
    for (const appointments::Appointment& appointment : all) {
        const QDateTime start = QDateTime::fromString(appointment.slotStart, Qt::ISODate);
        const QDateTime end = QDateTime::fromString(appointment.slotEnd, Qt::ISODate);
        context.out << QStringLiteral("%1-%2  %3  %4  %5  %6  %7")
                           .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")),
                                appointment.bookingCode, idcard::IdNumber::masked(appointment.idNumber),
                                appointment.name, appointment.itemCode,
                                appointment.state == u"cancelled" ? Cli::tr("cancelled") : Cli::tr("booked"))
                    << Qt::endl;
    }
    return Success;
}

} // namespace

int runAppointmentCommand(const QString& command, Context& context)
{
    if (command == u"list") {
        return list(context);
    }
    return UsageError;
}

} // namespace ow::cli
