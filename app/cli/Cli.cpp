#include "Cli.h"

#include "Version.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificateTemplate.h"
#include "core/Language.h"
#include "core/Paths.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"

#include <QDir>

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ow::cli {

// In NumberCommands.cpp.
int runNumberCommand(const QString& command, Context& context);
// In AuditCommands.cpp.
int runAuditCommand(const QString& command, Context& context);
// In QueueCommands.cpp.
int runQueueCommand(const QString& command, Context& context);
QString queueUsage();
// In SyncCommands.cpp.
int runSyncCommand(const QString& command, Context& context);
// In AppointmentCommands.cpp.
int runAppointmentCommand(const QString& command, Context& context);

namespace {

struct Group
{
    QString name;
    QStringList commands;
    int (*run)(const QString&, Context&);
    QString help; // its block of the usage text
};

QList<Group> groups()
{
    return {
        {QStringLiteral("db"),
         {QStringLiteral("check"), QStringLiteral("backup")},
         &runDbCommand,
         Cli::tr("  db check [--json]                 check the data file: integrity and schema version\n"
                 "  db backup FILE                    write a consistent copy of the data file\n")},
        {QStringLiteral("clerk"),
         {QStringLiteral("add"), QStringLiteral("list")},
         &runClerkCommand,
         Cli::tr("  clerk add --login L --name N --role clerk|supervisor|admin\n"
                 "                                    add a clerk; the password is read from standard input\n"
                 "  clerk list [--json]               list the clerks of this counter\n")},
        {QStringLiteral("hall"),
         {QStringLiteral("set"), QStringLiteral("show")},
         &runHallCommand,
         Cli::tr("  hall set --code C --name N --counter N [--address A] [--phone P] [--hours H]\n"
                 "                                    set which hall and counter this PC is\n"
                 "  hall show [--json]                show the hall and counter\n")},
        {QStringLiteral("idcard"),
         {QStringLiteral("read"), QStringLiteral("check")},
         &runIdCardCommand,
         Cli::tr("  idcard read --port DEVICE [--baud N|auto] [--timeout-ms N]\n"
                 "                                    read one ID card and print it as JSON; exit 3 no card,\n"
                 "                                    4 reader missing or silent, 5 protocol error\n"
                 "  idcard check NUMBER [--date YYYY-MM-DD]\n"
                 "                                    check an ID number; exit 0 valid, 1 not valid\n")},
        {QStringLiteral("catalog"),
         {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("search")},
         &runCatalogCommand,
         Cli::tr("  catalog import PATH               check a catalog folder or district file and import it,\n"
                 "                                    all or nothing (every mistake is listed)\n"
                 "  catalog list [--json]             list the items of the catalog\n"
                 "  catalog search TEXT [--json]      find items by name, keyword, category or department\n")},
        {QStringLiteral("calendar"),
         {QStringLiteral("import"), QStringLiteral("list")},
         &runCalendarCommand,
         Cli::tr("  calendar import FILE              import announced holiday years (checked whole)\n"
                 "  calendar list [--json]            the years the working-day calendar covers\n")},
        {QStringLiteral("case"),
         {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set-state"),
          QStringLiteral("receipt"), QStringLiteral("notice"), QStringLiteral("issue")},
         &runCaseCommand,
         Cli::tr("  case create --item CODE (--card FILE | --id-number N) [--field KEY=VALUE ...]\n"
                 "              [--missing MATERIAL [--due YYYY-MM-DD] ...] [--commitment MATERIAL ...]\n"
                 "              [--channel pickup|delivery|courier] [--address A] [--date YYYY-MM-DD]\n"
                 "                                    take a case; prints it as JSON, exit 1 when refused\n"
                 "  case list [--state S] [--json]    cases, newest first\n"
                 "  case show NUMBER [--json]         one case with materials and history\n"
                 "  case set-state NUMBER STATE [--note TEXT]\n"
                 "                                    move a case along its allowed states\n"
                 "  case receipt NUMBER --pdf FILE    the acceptance receipt as PDF\n"
                 "  case notice --item CODE --id-number N --missing MATERIAL... --pdf FILE\n"
                 "                                    the one-time notice of missing materials as PDF\n"
                 "  case issue NUMBER [--photo FILE] [--pdf FILE] [--clerk LOGIN]\n"
                 "                                    issue an instant case's certificate: take a number, sign\n"
                 "                                    the QR code, print to the PDF (default: certificates/ in\n"
                 "                                    the data folder); prints number and payload as JSON\n")},
        {QStringLiteral("certificate"),
         {QStringLiteral("key"), QStringLiteral("sign"), QStringLiteral("verify"), QStringLiteral("templates"),
          QStringLiteral("render"), QStringLiteral("payload"), QStringLiteral("reprint"), QStringLiteral("void")},
         &runCertificateCommand,
         Cli::tr("  certificate key [--json]          this counter's signing key (made on first use, kept in the\n"
                 "                                    system keyring); --json prints it as a trusted-keys file\n"
                 "  certificate sign --type T --number N --name NAME --id-number ID --issued YYYY-MM-DD\n"
                 "                   --valid-to YYYY-MM-DD|long-term --hall H\n"
                 "                                    print the signed QR payload of a certificate\n"
                 "  certificate verify PAYLOAD [--keys FILE]\n"
                 "                                    check a QR payload offline against trusted keys (default:\n"
                 "                                    trusted-keys.json in the data folder); prints JSON,\n"
                 "                                    exit 0 valid, 1 not\n"
                 "  certificate templates [--json]    the certificate templates: code, name, items, numbering\n"
                 "  certificate render --template T --data FILE --pdf FILE\n"
                 "                                    a certificate as PDF from a template (a code or a .json\n"
                 "                                    file) and a data file {values, photo, qr}\n"
                 "  certificate render --case NUMBER --pdf FILE\n"
                 "                                    the case's printed certificate again, as it first printed\n"
                 "                                    (a copy for the file: no new number, no reprint)\n"
                 "  certificate payload --case NUMBER the signed QR text of the case's certificate\n"
                 "  certificate reprint --case NUMBER --reason TEXT --supervisor LOGIN --pdf FILE\n"
                 "                                    print it again on the same number; the supervisor's\n"
                 "                                    password is read from standard input\n"
                 "  certificate void --case NUMBER --reason TEXT --supervisor LOGIN\n"
                 "                                    void the case's certificate number (password as above)\n")},
        {QStringLiteral("numbers"),
         {QStringLiteral("add-block"), QStringLiteral("report"), QStringLiteral("take"), QStringLiteral("spoil"),
          QStringLiteral("void")},
         &runNumberCommand,
         Cli::tr("  numbers add-block --template T --from A --to B [--prefix P] [--width W]\n"
                 "                                    add a local block of certificate numbers (admin);\n"
                 "                                    exit 1 when it overlaps a block of the template\n"
                 "  numbers report [--template T] [--json]\n"
                 "                                    how every number of each block ended up\n"
                 "  numbers take --template T --case NUMBER\n"
                 "                                    take the next number for a case; prints it as JSON\n"
                 "  numbers spoil NUMBER --template T [--reason TEXT]\n"
                 "                                    a failed print: the number is spent, never reused\n"
                 "  numbers void NUMBER --template T --reason TEXT --supervisor LOGIN\n"
                 "                                    void a number; the supervisor's password is read from\n"
                 "                                    standard input\n")},
        {QStringLiteral("audit"),
         {QStringLiteral("verify")},
         &runAuditCommand,
         Cli::tr("  audit verify [--json]             check the hash chain of the audit log; exit 0 when it holds,\n"
                 "                                    1 naming the first broken row\n")},
        {QStringLiteral("queue"),
         {QStringLiteral("host"), QStringLiteral("ticket"), QStringLiteral("call"), QStringLiteral("recall"),
          QStringLiteral("noshow"), QStringLiteral("transfer"), QStringLiteral("finish"), QStringLiteral("pause"),
          QStringLiteral("resume"), QStringLiteral("status"), QStringLiteral("stats"), QStringLiteral("appointments"),
          QStringLiteral("counter")},
         &runQueueCommand,
         queueUsage()},
        {QStringLiteral("sync"),
         {QStringLiteral("enroll"), QStringLiteral("now"), QStringLiteral("status"), QStringLiteral("problems")},
         &runSyncCommand,
         Cli::tr("  sync enroll --server URL --code C register this counter with the district; the token is\n"
                 "                                    kept in the system keyring\n"
                 "  sync now [--server URL]           push and pull once and print a JSON summary; exit 0 all\n"
                 "                                    acknowledged, 6 server out of reach, 7 records rejected\n"
                 "                                    or in conflict\n"
                 "  sync status [--json]              what waits, what was refused, the last good sync\n"
                 "  sync problems [--json]            records the district rejected or that conflict\n")},
        {QStringLiteral("appointment"),
         {QStringLiteral("list")},
         &runAppointmentCommand,
         Cli::tr("  appointment list [--date YYYY-MM-DD] [--json]\n"
                 "                                    the day's appointments of this hall (default: today)\n")},
    };
}

// The help: a header, one block per command group (each its own translation, so a new command touches
// only its group's text) and the global options.
QString usageHeader()
{
    return Cli::tr("Usage: onewindow-cli [--data-dir DIR] [--lang en|zh_CN] COMMAND [OPTIONS]\n"
                   "\n"
                   "Commands:\n");
}

QString usageOptions()
{
    return Cli::tr("\n"
                   "Options:\n"
                   "  --data-dir DIR   the counter's data folder (default: the user's application data folder)\n"
                   "  --lang LANG      language of messages: en or zh_CN\n"
                   "  --version        print the version\n"
                   "  -h, --help       print this help\n");
}

QString usage()
{
    QString text = usageHeader();
    for (const Group& group : groups()) {
        text += group.help;
    }
    return text + usageOptions();
}

// Takes every occurrence of a global option out of the argument list, in either "--opt V" or "--opt=V" form;
// the last one wins.
bool takeOption(QStringList& arguments, const QString& name, QString* value, QString* error)
{
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                *error = Cli::tr("%1 needs a value.").arg(name);
                return false;
            }
            *value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(name + u'=')) {
            *value = argument.mid(name.size() + 1);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return true;
}

} // namespace

QString Context::databasePath() const
{
    return core::databasePath(dataDir);
}

std::optional<int> Context::parseAndOpen(QCommandLineParser& parser, db::Database& database) const
{
    if (!parseArguments(parser, *this)) {
        return UsageError;
    }
    if (!openDatabase(database)) {
        return Failure;
    }
    return std::nullopt;
}

QCommandLineOption addJsonOption(QCommandLineParser& parser)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    return jsonOption;
}

std::optional<QString> clerkUuid(db::Database& database, const QString& login, const Context& context)
{
    if (login.isEmpty()) {
        return QString();
    }
    const auto clerk = db::ClerkRepository(database).findByLogin(login);
    if (!clerk) {
        context.err << Cli::tr("There is no clerk %1.").arg(login) << Qt::endl;
        return std::nullopt;
    }
    return clerk->uuid;
}

bool Context::openDatabase(db::Database& database, bool migrate) const
{
    QString error;
    if (!database.open(&error, migrate ? db::Database::OpenMode::Migrate : db::Database::OpenMode::AsIs)) {
        err << error << Qt::endl;
        return false;
    }
    // A new counter gets the shipped catalog; AsIs opens (backups) must not change the file.
    if (migrate && !catalog::CatalogService(database).ensureShipped(&error)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}

int Cli::run(const QStringList& originalArguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = originalArguments;

    QString dataDir;
    QString language;
    QString error;
    if (!takeOption(arguments, QStringLiteral("--data-dir"), &dataDir, &error) ||
        !takeOption(arguments, QStringLiteral("--lang"), &language, &error)) {
        err << error << Qt::endl;
        return UsageError;
    }
    if (core::installTranslations(language, &error).isEmpty()) {
        err << error << Qt::endl;
        return UsageError;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        out << QStringLiteral("onewindow-cli ") << QString::fromLatin1(core::versionString) << Qt::endl;
        return Success;
    }
    const bool helpAsked = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (arguments.size() < 2 || (helpAsked && arguments.size() <= 2)) {
        (helpAsked ? out : err) << usage();
        return helpAsked ? Success : UsageError;
    }

    const QString groupName = arguments.at(1);
    const auto all = groups();
    const auto group = std::find_if(all.begin(), all.end(), [&](const Group& g) { return g.name == groupName; });
    if (group == all.end()) {
        err << tr("Unknown command %1.").arg(groupName) << Qt::endl << Qt::endl << usage();
        return UsageError;
    }
    const QString command = arguments.size() > 2 ? arguments.at(2) : QString();
    if (!group->commands.contains(command)) {
        err << tr("%1 takes one of: %2.").arg(groupName, group->commands.join(QStringLiteral(", "))) << Qt::endl;
        return UsageError;
    }
    Context context {{}, core::dataDirectory(dataDir), out, err};
    // Certificates are issued with the templates the district sent to this data folder, where it has sent one.
    certificate::CertificateTemplate::setDistrictFolderFor(context.dataDir);
    context.arguments = QStringList {arguments.at(0) + u' ' + groupName + u' ' + command} + arguments.mid(3);
    return group->run(command, context);
}

} // namespace ow::cli

namespace ow::cli {

bool isTerminalInput()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> readSecret(const QString& prompt, QTextStream& err)
{
    if (isTerminalInput()) {
        err << prompt << Qt::flush;
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        QTextStream in(stdin);
        const QString line = in.readLine();
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
        return line;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << Cli::tr("Standard input cannot be read.") << Qt::endl;
        return std::nullopt;
    }
    QString text = QString::fromUtf8(input.readAll());
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    if (text.endsWith(u'\r')) {
        text.chop(1);
    }
    return text;
}

bool parseArguments(QCommandLineParser& parser, const Context& context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace ow::cli
