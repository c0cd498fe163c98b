#include "Cli.h"

#include "core/SecretStore.h"
#include "db/Database.h"
#include "queue/CounterQueueSettings.h"

#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueueStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::cli {

namespace {

// Exit code when the hall host cannot be reached or refuses the key.
constexpr int unreachable = 3;
constexpr int connectTimeoutMs = 10000;

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

QCommandLineOption keyOption()
{
    return {QStringLiteral("key"), QString(), QStringLiteral("K")};
}

QCommandLineOption keyFileOption()
{
    return {QStringLiteral("key-file"), QString(), QStringLiteral("FILE")};
}

// The hall key from --key, --key-file, the environment (OW_HALL_KEY) or standard input, in that order.
std::optional<QByteArray> hallKey(const QCommandLineParser& parser, Context& context)
{
    QByteArray key;
    if (parser.isSet(keyOption())) {
        key = parser.value(keyOption()).toUtf8();
    } else if (parser.isSet(keyFileOption())) {
        QFile file(parser.value(keyFileOption()));
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << Cli::tr("The key file %1 cannot be read.").arg(file.fileName()) << Qt::endl;
            return std::nullopt;
        }
        key = file.readAll().trimmed();
    } else if (qEnvironmentVariableIsSet("OW_HALL_KEY")) {
        key = qgetenv("OW_HALL_KEY");
    } else {
        const auto secret = readSecret(Cli::tr("Hall key: "), context.err);
        if (!secret) {
            return std::nullopt;
        }
        key = secret->toUtf8();
    }
    if (key.size() < 8) {
        context.err << Cli::tr("The hall key must have at least 8 characters.") << Qt::endl;
        return std::nullopt;
    }
    return key;
}

void printJson(Context& context, const QJsonObject& json)
{
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

int host(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption listenOption(QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption categoriesOption(QStringLiteral("categories"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption maxPriorityOption(QStringLiteral("max-priority-in-row"), QString(), QStringLiteral("N"));
    const QCommandLineOption noShowDelayOption(QStringLiteral("noshow-delay"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption checkInEarlyOption(QStringLiteral("checkin-early"), QString(), QStringLiteral("MINUTES"));
    parser.addOptions({listenOption, dbOption, categoriesOption, maxPriorityOption, noShowDelayOption,
                       checkInEarlyOption, keyOption(), keyFileOption()});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (!parser.isSet(listenOption) || !parser.isSet(dbOption)) {
        context.err << Cli::tr("queue host needs --listen HOST:PORT and --db FILE.") << Qt::endl;
        return UsageError;
    }
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(listen.left(colon) == u"localhost" ? QStringLiteral("127.0.0.1") : listen.left(colon));
    if (!portOk || port > 65535 || address.isNull()) {
        context.err << Cli::tr("--listen takes an address and a port, such as 0.0.0.0:7700.") << Qt::endl;
        return UsageError;
    }
    const auto key = hallKey(parser, context);
    if (!key) {
        return UsageError;
    }
    queue::QueueStore store(parser.value(dbOption));
    QString error;
    if (!store.open(&error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(categoriesOption)) {
        const auto categories = queue::QueueStore::readCategories(parser.value(categoriesOption), &error);
        if (!categories || !store.setCategories(*categories, &error)) {
            context.err << error << Qt::endl;
            return Failure;
        }
        store.appointmentCategories = queue::AppointmentCategories::fromCategoriesFile(parser.value(categoriesOption));
    }
    if (parser.isSet(maxPriorityOption)) {
        bool ok = false;
        store.rules.maxPriorityInRow = parser.value(maxPriorityOption).toInt(&ok);
        if (!ok || store.rules.maxPriorityInRow < 0) {
            context.err << Cli::tr("--max-priority-in-row takes a number, 0 for no limit.") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(noShowDelayOption)) {
        bool ok = false;
        store.noShowDelaySeconds = parser.value(noShowDelayOption).toInt(&ok);
        if (!ok || store.noShowDelaySeconds < 0) {
            context.err << Cli::tr("--noshow-delay takes a number of seconds.") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(checkInEarlyOption)) {
        bool ok = false;
        store.checkInEarlyLimitMinutes = parser.value(checkInEarlyOption).toInt(&ok);
        if (!ok || store.checkInEarlyLimitMinutes < 0 || store.checkInEarlyLimitMinutes > 720) {
            context.err << Cli::tr("--checkin-early takes the minutes before the slot a citizen may check in, "
                                   "from 0 to 720.")
                        << Qt::endl;
            return UsageError;
        }
    }
    // Old appointments are personal data the hall no longer needs; the tickets stay as statistics.
    [[maybe_unused]] const int dropped = store.dropOldAppointments(QDate::currentDate());
    queue::QueueHost hallHost(store, *key);
    if (!hallHost.listen(address, static_cast<quint16>(port), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    // SIGTERM and SIGINT end the loop through a socket pair, so the store closes cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        context.err << Cli::tr("The hall host cannot watch for signals.") << Qt::endl;
        return Failure;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char byte = 0;
        [[maybe_unused]] const auto bytes = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    context.out << Cli::tr("The hall host listens on ws://%1:%2 with the queue file %3.")
                       .arg(address.toString())
                       .arg(hallHost.port())
                       .arg(store.path())
                << Qt::endl;
    const int code = QCoreApplication::exec();
    hallHost.close();
    store.close();
    context.out << Cli::tr("The hall host stopped.") << Qt::endl;
    return code == 0 ? Success : Failure;
}

// A connected client for one request, or an exit code when there is none.
struct Connection
{
    std::unique_ptr<queue::QueueClient> client;
    int exitCode = Success;
};

Connection connectTo(const QCommandLineParser& parser, const QCommandLineOption& hostOption, int counter,
                     Context& context)
{
    Connection connection;
    if (!parser.isSet(hostOption)) {
        context.err << Cli::tr("Say which hall host with --host ws://HOST:PORT.") << Qt::endl;
        connection.exitCode = UsageError;
        return connection;
    }
    QUrl url = QUrl::fromUserInput(parser.value(hostOption));
    if (url.scheme() == u"http" || url.scheme().isEmpty()) {
        url.setScheme(QStringLiteral("ws"));
    }
    const auto key = hallKey(parser, context);
    if (!key) {
        connection.exitCode = UsageError;
        return connection;
    }
    connection.client = std::make_unique<queue::QueueClient>();
    connection.client->setUrl(url);
    connection.client->setKey(*key);
    connection.client->setRole(QStringLiteral("cli"), counter);
    connection.client->setEventsWanted(false);
    connection.client->setAutoReconnect(false);
    connection.client->setRequestTimeout(connectTimeoutMs);
    QString error;
    if (!connection.client->waitUntilReady(connectTimeoutMs, &error)) {
        context.err << error << Qt::endl;
        connection.exitCode = unreachable;
    }
    return connection;
}

int clientCommand(const QString& command, Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(QStringLiteral("host"), QString(), QStringLiteral("URL"));
    const QCommandLineOption counterOption(QStringLiteral("counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption categoryOption(QStringLiteral("category"), QString(), QStringLiteral("C"));
    const QCommandLineOption categoriesOption(QStringLiteral("categories"), QString(), QStringLiteral("A,B"));
    const QCommandLineOption idNumberOption(QStringLiteral("id-number"), QString(), QStringLiteral("N"));
    const QCommandLineOption disabilityOption(QStringLiteral("disability"));
    const QCommandLineOption appointmentOption(QStringLiteral("appointment"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("UUID"));
    const QCommandLineOption ratingOption(QStringLiteral("rating"), QString(), QStringLiteral("1-5"));
    const QCommandLineOption toCategoryOption(QStringLiteral("to-category"), QString(), QStringLiteral("C"));
    const QCommandLineOption toCounterOption(QStringLiteral("to-counter"), QString(), QStringLiteral("N"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({hostOption, counterOption, categoryOption, categoriesOption, idNumberOption, disabilityOption,
                       appointmentOption, clerkOption, caseOption, ratingOption, toCategoryOption, toCounterOption,
                       fromOption, toOption, jsonOption, keyOption(), keyFileOption()});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }

    const bool counterCommand = command != u"ticket" && command != u"status" && command != u"stats";
    int counter = 0;
    if (counterCommand) {
        bool ok = false;
        counter = parser.value(counterOption).toInt(&ok);
        if (!ok || counter < 1 || counter > 999) {
            context.err << Cli::tr("queue %1 needs --counter N (1 to 999).").arg(command) << Qt::endl;
            return UsageError;
        }
    }
    QJsonObject params;
    if (command == u"ticket") {
        if (!parser.isSet(categoryOption)) {
            context.err << Cli::tr("queue ticket needs --category C.") << Qt::endl;
            return UsageError;
        }
        queue::TicketRequest request;
        request.category = parser.value(categoryOption);
        request.idNumber = parser.value(idNumberOption);
        request.disability = parser.isSet(disabilityOption);
        if (parser.isSet(appointmentOption)) {
            const QString text = parser.value(appointmentOption);
            const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
            request.appointmentAt =
                time.isValid() ? QDateTime(QDate::currentDate(), time) : QDateTime::fromString(text, Qt::ISODate);
            if (!request.appointmentAt.isValid()) {
                context.err << Cli::tr("--appointment takes a time (HH:MM) or a date and time (ISO 8601).") << Qt::endl;
                return UsageError;
            }
        }
        params = request.toJson();
    } else if (command == u"call") {
        params.insert(QStringLiteral("clerk"), parser.value(clerkOption));
        if (parser.isSet(categoriesOption)) {
            params.insert(QStringLiteral("categories"),
                          QJsonArray::fromStringList(parser.value(categoriesOption).split(u',', Qt::SkipEmptyParts)));
        }
    } else if (command == u"finish") {
        params.insert(QStringLiteral("case_uuids"), QJsonArray::fromStringList(parser.values(caseOption)));
        if (parser.isSet(ratingOption)) {
            const int rating = parser.value(ratingOption).toInt();
            if (!queue::isValidRating(rating)) {
                context.err << Cli::tr("--rating takes 1 (very dissatisfied) to 5 (very satisfied).") << Qt::endl;
                return UsageError;
            }
            params.insert(QStringLiteral("rating"), rating);
        }
    } else if (command == u"transfer") {
        if (parser.isSet(toCategoryOption) == parser.isSet(toCounterOption)) {
            context.err << Cli::tr("queue transfer needs either --to-category C or --to-counter N.") << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(toCategoryOption)) {
            params.insert(QStringLiteral("to_category"), parser.value(toCategoryOption));
        } else {
            params.insert(QStringLiteral("to_counter"), parser.value(toCounterOption).toInt());
        }
    } else if (command == u"stats") {
        params.insert(QStringLiteral("from"), parser.value(fromOption));
        params.insert(QStringLiteral("to"), parser.value(toOption));
    }
    if (counterCommand) {
        params.insert(QStringLiteral("counter"), counter);
    }

    Connection connection = connectTo(parser, hostOption, counter, context);
    if (!connection.client) {
        return connection.exitCode;
    }
    if (connection.exitCode != Success) {
        return connection.exitCode;
    }
    const queue::QueueReply reply = connection.client->sendAndWait(command, params);
    if (!reply.ok) {
        context.err << reply.error << Qt::endl;
        return reply.code == u"disconnected" || reply.code == u"timeout" ? unreachable : Failure;
    }
    if (command == u"status") {
        const queue::HallStatus status =
            queue::HallStatus::fromJson(reply.data.value(QStringLiteral("status")).toObject());
        if (parser.isSet(jsonOption)) {
            printJson(context, status.toJson());
            return Success;
        }
        context.out << Cli::tr("Waiting: %1").arg(status.waiting) << Qt::endl;
        for (const queue::Category& category : status.categories) {
            context.out << Cli::tr("  %1 %2: %3 waiting").arg(category.code, category.name).arg(category.waiting)
                        << Qt::endl;
        }
        for (const queue::CounterState& state : status.counters) {
            context.out << Cli::tr("  counter %1: %2%3")
                               .arg(state.number)
                               .arg(state.current.isEmpty() ? Cli::tr("free") : state.current,
                                    state.paused ? Cli::tr(" (paused)") : QString())
                        << Qt::endl;
        }
        return Success;
    }
    if (command == u"stats") {
        QJsonObject json = reply.data;
        for (const QString& internal : {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("ok")}) {
            json.remove(internal);
        }
        printJson(context, json);
        return Success;
    }
    if (command == u"pause" || command == u"resume") {
        context.out << (command == u"pause" ? Cli::tr("Counter %1 is paused.") : Cli::tr("Counter %1 calls again."))
                           .arg(counter)
                    << Qt::endl;
        return Success;
    }
    QJsonObject ticket = reply.data.value(QStringLiteral("ticket")).toObject();
    if (reply.data.contains(QStringLiteral("returns_at"))) {
        ticket.insert(QStringLiteral("returns_at"), reply.data.value(QStringLiteral("returns_at")));
    }
    printJson(context, ticket);
    return Success;
}

// Loads a JSON array of appointments into the hall host in one request.
int appointments(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(QStringLiteral("host"), QString(), QStringLiteral("URL"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QString(), QStringLiteral("FILE"));
    parser.addOptions({hostOption, fileOption, keyOption(), keyFileOption()});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (!parser.isSet(fileOption)) {
        context.err << Cli::tr("queue appointments needs --file FILE with a JSON list of appointments.") << Qt::endl;
        return UsageError;
    }
    QFile file(parser.value(fileOption));
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << Cli::tr("The file %1 cannot be read.").arg(parser.value(fileOption)) << Qt::endl;
        return Failure;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray()) {
        context.err << Cli::tr("%1 must hold a JSON list of appointments [{uuid, id_number, slot_start, ...}].")
                           .arg(parser.value(fileOption))
                    << Qt::endl;
        return Failure;
    }
    const QList<queue::Appointment> list = queue::Appointment::fromJsonArray(document.array());
    for (const queue::Appointment& appointment : list) {
        if (const QString problem = appointment.problem(); !problem.isEmpty()) {
            context.err << problem << Qt::endl;
            return Failure;
        }
    }
    Connection connection = connectTo(parser, hostOption, 0, context);
    if (!connection.client || connection.exitCode != Success) {
        return connection.exitCode;
    }
    const queue::QueueReply reply = connection.client->sendAndWait(
        QStringLiteral("appointments"), {{QStringLiteral("appointments"), queue::Appointment::toJsonArray(list)}});
    if (!reply.ok) {
        context.err << reply.error << Qt::endl;
        return reply.code == u"disconnected" || reply.code == u"timeout" ? unreachable : Failure;
    }
    context.out << Cli::tr("%n appointment(s) stored at the hall host.", nullptr,
                           reply.data.value(QStringLiteral("stored")).toInt())
                << Qt::endl;
    return Success;
}

// Points this counter at the hall host, as Settings > Hall queue does; the key goes to the OS keychain.
int counter(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(QStringLiteral("host"), QString(), QStringLiteral("URL"));
    const QCommandLineOption categoriesOption(QStringLiteral("categories"), QString(), QStringLiteral("A,B"));
    parser.addOptions({hostOption, categoriesOption, keyOption(), keyFileOption()});
    db::Database database(context.databasePath());
    if (const auto failed = context.parseAndOpen(parser, database)) {
        return *failed;
    }
    if (!parser.isSet(hostOption)) {
        context.err << Cli::tr("queue counter needs --host URL (such as ws://192.168.1.10:7700).") << Qt::endl;
        return UsageError;
    }
    const auto key = hallKey(parser, context);
    if (!key) {
        return UsageError;
    }
    core::KeychainSecretStore secrets;
    queue::CounterQueueSettings settings(database, secrets);
    QString error;
    // The address first: a wrong one changes nothing, not even the key.
    if (!settings.setHost(parser.value(hostOption), parser.value(categoriesOption), &error) ||
        !settings.setKey(*key, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    const QStringList categories = settings.categories();
    context.out << Cli::tr("This counter calls from %1 (%2); the hall key is in the keychain.")
                       .arg(settings.hostUrl().toString(),
                            categories.isEmpty() ? Cli::tr("every category") : categories.join(QStringLiteral(", ")))
                << Qt::endl;
    return Success;
}

} // namespace

int runQueueCommand(const QString& command, Context& context)
{
    if (command == u"host") {
        return host(context);
    }
    if (command == u"counter") {
        return counter(context);
    }
    if (command == u"appointments") {
        return appointments(context);
    }
    return clientCommand(command, context);
}

QString queueUsage()
{
    return Cli::tr("  queue host --listen HOST:PORT --db FILE [--categories FILE] [--max-priority-in-row N]\n"
                   "             [--noshow-delay SECONDS] [--checkin-early MINUTES]\n"
                   "                                    run the hall host until SIGTERM or SIGINT\n"
                   "  queue ticket --host URL --category C [--id-number N] [--disability] [--appointment HH:MM]\n"
                   "                                    take a ticket; prints it as JSON\n"
                   "  queue call --host URL --counter N [--categories A,B] [--clerk NAME]\n"
                   "                                    call the next ticket; prints it as JSON, exit 1 when\n"
                   "                                    nobody waits\n"
                   "  queue recall|noshow|pause|resume --host URL --counter N\n"
                   "                                    call again, not here (back once after a delay), pause\n"
                   "  queue transfer --host URL --counter N (--to-category C | --to-counter M)\n"
                   "                                    send the called ticket on; it keeps its place in line\n"
                   "  queue finish --host URL --counter N [--case UUID ...] [--rating 1-5]\n"
                   "                                    the service is done; links the cases and the rating\n"
                   "  queue appointments --host URL --file FILE\n"
                   "                                    put a JSON list of appointments (uuid, id_number, name,\n"
                   "                                    item_code or category, slot_start, slot_end, booking_code,\n"
                   "                                    state) at the hall host; updates by uuid\n"
                   "  queue counter --host URL [--categories A,B]\n"
                   "                                    point this counter at the hall host (the key goes to\n"
                   "                                    the OS keychain), as Settings > Hall queue does\n"
                   "  queue status --host URL [--json]  categories and their waiting, counters, recent calls\n"
                   "  queue stats --host URL [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                   "                                    waiting and service times by category, counter, clerk\n"
                   "                                    and day, as JSON\n"
                   "                                    (queue commands take the hall key from --key K, --key-file\n"
                   "                                    FILE, OW_HALL_KEY or standard input; exit 3 when the hall\n"
                   "                                    host cannot be reached or refuses the key)\n");
}

} // namespace ow::cli
