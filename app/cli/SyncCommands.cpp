#include "Cli.h"

#include "core/Paths.h"
#include "core/SecretStore.h"
#include "db/Database.h"
#include "db/SyncRepository.h"
#include "sync/DistrictClient.h"
#include "sync/Enrollment.h"
#include "sync/Protocol.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace ow::cli {

namespace {

// Exit codes of sync now, for scripts: the district was out of reach, or some records need a person.
constexpr int unreachable = 6;
constexpr int needsAttention = 7;

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(sync::protocol::timestampText(at)) : QJsonValue(QJsonValue::Null);
}

int enroll(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("C"));
    parser.addOptions({serverOption, codeOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.value(serverOption).isEmpty() || parser.value(codeOption).isEmpty()) {
        context.err << Cli::tr("sync enroll needs --server URL and --code C.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    // The token goes to the OS keychain only; without one the command says so and stores nothing.
    core::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    sync::Enrollment enrollment(database, secrets, network);
    QString error;
    const auto link = enrollment.enroll(parser.value(serverOption), parser.value(codeOption), &error);
    if (!link) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Enrolled with %1 as device %2 of hall %3 (%4).")
                       .arg(link->server.toDisplayString(), link->deviceId, link->hallName, link->hallCode)
                << Qt::endl;
    return Success;
}

int now(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    parser.addOption(serverOption);
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const sync::DistrictLink link = sync::SyncSettings(database).link();
    if (!link.isEnrolled()) {
        context.err << Cli::tr("This counter is not enrolled with a district server; run onewindow-cli sync enroll "
                               "first.")
                    << Qt::endl;
        return Failure;
    }
    QUrl server = link.server;
    QString error;
    // Another address for this run only, e.g. through a test proxy; the enrolment keeps its own.
    if (parser.isSet(serverOption) &&
        !sync::DistrictClient::checkServerUrl(parser.value(serverOption), &server, &error)) {
        context.err << error << Qt::endl;
        return UsageError;
    }
    core::KeychainSecretStore secrets;
    const core::SecretReadResult token = secrets.read(sync::SyncSettings::tokenSecretName(link.deviceId));
    if (token.status != core::SecretReadResult::Status::Found) {
        context.err << (token.status == core::SecretReadResult::Status::NotFound
                            ? Cli::tr("The district access token is missing from the system keyring; enrol this "
                                      "counter again.")
                            : token.errorMessage)
                    << Qt::endl;
        return Failure;
    }
    QNetworkAccessManager network;
    sync::DistrictClient client(network, server, token.secret);
    sync::SyncEngine engine(database, client);
    engine.setDataDir(context.dataDir);
    const sync::SyncSummary summary = engine.runOnce();
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("server"), server.toString());
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!summary.message.isEmpty()) {
        context.err << summary.message << Qt::endl;
    }
    if (!summary.reachable) {
        return unreachable;
    }
    if (summary.counts.rejected > 0 || summary.counts.conflicts > 0) {
        context.err << Cli::tr("Some records were rejected by the district or conflict with its data; see "
                               "onewindow-cli sync problems.")
                    << Qt::endl;
        return needsAttention;
    }
    return summary.everythingAcknowledged() ? Success : Failure;
}

int status(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const db::SyncCounts counts = db::SyncRepository(database).counts();
    if (!counts.readable()) {
        context.err << Cli::tr("The sync queue in the data file cannot be read.") << Qt::endl;
        return Failure;
    }
    const sync::SyncSettings settings(database);
    const QDateTime lastSuccess = settings.lastSuccess();
    if (parser.isSet(jsonOption)) {
        const QJsonObject json {{QStringLiteral("pending_ops"), counts.pendingOps},
                                {QStringLiteral("pending_blobs"), counts.pendingBlobs},
                                {QStringLiteral("rejected"), counts.rejected},
                                {QStringLiteral("conflicts"), counts.conflicts},
                                {QStringLiteral("last_success"), timeOrNull(lastSuccess)}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    const sync::DistrictLink link = settings.link();
    context.out << (link.isEnrolled()
                        ? Cli::tr("Enrolled with %1 (hall %2).").arg(link.server.toDisplayString(), link.hallCode)
                        : Cli::tr("Not enrolled with a district server."))
                << Qt::endl
                << Cli::tr("Waiting: %1 records, %2 photos and scans.").arg(counts.pendingOps).arg(counts.pendingBlobs)
                << Qt::endl
                << Cli::tr("Rejected: %1, conflicts: %2.").arg(counts.rejected).arg(counts.conflicts) << Qt::endl
                << Cli::tr("Last successful sync: %1.")
                       .arg(lastSuccess.isValid() ? lastSuccess.toLocalTime().toString(Qt::ISODate) : Cli::tr("never"))
                << Qt::endl;
    return Success;
}

int problems(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    db::Database database(context.databasePath());
    if (const auto stop = context.parseAndOpen(parser, database)) {
        return *stop;
    }
    const QList<db::OutboxRow> rows = db::SyncRepository(database).problems();
    QJsonArray array;
    for (const db::OutboxRow& row : rows) {
        array.append(QJsonObject {{QStringLiteral("seq"), row.seq},
                                  {QStringLiteral("op_id"), row.opId},
                                  {QStringLiteral("entity"), row.entity},
                                  {QStringLiteral("entity_uuid"), row.entityUuid},
                                  {QStringLiteral("operation"), row.operation},
                                  {QStringLiteral("state"), row.state},
                                  {QStringLiteral("reason"), row.reason},
                                  {QStringLiteral("server_version"),
                                   row.serverVersion ? QJsonValue(*row.serverVersion) : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("created_at"), timeOrNull(row.createdAt)}});
        if (!parser.isSet(jsonOption)) {
            context.out << QStringLiteral("%1 %2 %3 %4 %5: %6")
                               .arg(row.seq)
                               .arg(row.state, row.entity, row.operation, row.entityUuid, row.reason)
                        << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    return Success;
}

} // namespace

int runSyncCommand(const QString& command, Context& context)
{
    if (command == QLatin1String("enroll")) {
        return enroll(context);
    }
    if (command == QLatin1String("now")) {
        return now(context);
    }
    if (command == QLatin1String("status")) {
        return status(context);
    }
    if (command == QLatin1String("problems")) {
        return problems(context);
    }
    return UsageError;
}

} // namespace ow::cli
