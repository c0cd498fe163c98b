#include "Cli.h"

#include "idcard/IdNumber.h"
#include "idcard/ReadOnce.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

// Exit codes of `idcard read`, documented in the usage text.
enum ReadExit
{
    NoCard = 3,
    DeviceMissing = 4,
    ProtocolError = 5
};

int read(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), QString(), QStringLiteral("DEVICE"));
    const QCommandLineOption baudOption(QStringLiteral("baud"), QString(), QStringLiteral("N"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"), QString(), QStringLiteral("N"));
    parser.addOptions({portOption, baudOption, timeoutOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (!parser.isSet(portOption)) {
        context.err << Cli::tr("idcard read needs --port, the reader's serial device (for example /dev/ttyUSB0).")
                    << Qt::endl;
        return UsageError;
    }
    int baud = 115200;
    if (parser.isSet(baudOption)) {
        const QString value = parser.value(baudOption);
        bool numeric = false;
        baud = value == u"auto" ? 0 : value.toInt(&numeric);
        if (value != u"auto" && (!numeric || baud <= 0)) {
            context.err << Cli::tr("--baud takes a rate such as 115200, or auto.") << Qt::endl;
            return UsageError;
        }
    }
    int timeoutMs = 10000;
    if (parser.isSet(timeoutOption)) {
        bool numeric = false;
        timeoutMs = parser.value(timeoutOption).toInt(&numeric);
        if (!numeric || timeoutMs <= 0) {
            context.err << Cli::tr("--timeout-ms takes a positive number of milliseconds.") << Qt::endl;
            return UsageError;
        }
    }

    const idcard::ReadResult result = idcard::readOnce(parser.value(portOption), baud, timeoutMs);
    switch (result.status) {
    case idcard::ReadResult::Status::Ok:
        context.out << QString::fromUtf8(QJsonDocument(result.card.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    case idcard::ReadResult::Status::NoCard:
        context.err << result.message << Qt::endl;
        return NoCard;
    case idcard::ReadResult::Status::DeviceMissing:
        context.err << result.message << Qt::endl;
        return DeviceMissing;
    case idcard::ReadResult::Status::ProtocolError:
        context.err << result.message << Qt::endl;
        return ProtocolError;
    }
    return Failure;
}

int check(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    parser.addOption(dateOption);
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("idcard check takes one ID number.") << Qt::endl;
        return UsageError;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        today = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!today.isValid()) {
            context.err << Cli::tr("--date takes a date of the form YYYY-MM-DD.") << Qt::endl;
            return UsageError;
        }
    }
    const idcard::IdNumberCheck checked = idcard::IdNumber::check(parser.positionalArguments().constFirst(), today);
    QJsonObject json {
        {QStringLiteral("valid"), checked.valid},
        {QStringLiteral("reason"), checked.reason},
        {QStringLiteral("normalized"), checked.normalized},
        {QStringLiteral("region"), checked.region},
        {QStringLiteral("region_code"), checked.regionCode},
        {QStringLiteral("birth"), checked.birth.isValid() ? checked.birth.toString(Qt::ISODate) : QString()},
        {QStringLiteral("sex"), checked.sex}};
    json.insert(QStringLiteral("age"), checked.age >= 0 ? QJsonValue(checked.age) : QJsonValue());
    if (checked.regionAbolished) {
        json.insert(QStringLiteral("region_abolished"), true);
    }
    if (!checked.nationality.isEmpty()) {
        json.insert(QStringLiteral("nationality"), checked.nationality);
    }
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return checked.valid ? Success : Failure;
}

} // namespace

int runIdCardCommand(const QString& command, Context& context)
{
    return command == u"read" ? read(context) : check(context);
}

} // namespace ow::cli
