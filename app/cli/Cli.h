#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::cli {

// Exit codes shared by every command.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// What a command gets: its own arguments, the chosen data folder and the two streams.
struct Context
{
    QStringList arguments; // program name first, then the command's own options and operands
    QString dataDir;
    QTextStream& out;
    QTextStream& err;

    // The counter's data file in the chosen data folder.
    [[nodiscard]] QString databasePath() const;
    // Opens the counter's data file, printing the reason to err when it cannot.
    [[nodiscard]] bool openDatabase(db::Database& database, bool migrate = true) const;
    // The opening most commands share: parse their options, then open the data file. The exit code to stop
    // with (after printing why), or nothing when the command can go on.
    [[nodiscard]] std::optional<int> parseAndOpen(QCommandLineParser& parser, db::Database& database) const;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ow::cli::Cli)

public:
    [[nodiscard]] static int run(const QStringList& arguments);
};

int runDbCommand(const QString& command, Context& context);
int runClerkCommand(const QString& command, Context& context);
int runHallCommand(const QString& command, Context& context);
int runIdCardCommand(const QString& command, Context& context);
int runCatalogCommand(const QString& command, Context& context);
int runCalendarCommand(const QString& command, Context& context);
int runCaseCommand(const QString& command, Context& context);
int runCertificateCommand(const QString& command, Context& context);

} // namespace ow::cli

namespace ow::cli {
// Adds the --json option of the commands that can print JSON.
QCommandLineOption addJsonOption(QCommandLineParser& parser);
// The clerk named by --clerk (empty: the command runs as IT staff without a clerk), or nothing after a message.
[[nodiscard]] std::optional<QString> clerkUuid(db::Database& database, const QString& login, const Context& context);
// Parses a command's own options; prints the parser's message and returns false on a mistake.
[[nodiscard]] bool parseArguments(QCommandLineParser& parser, const Context& context);
// A secret from standard input: one line typed without echo after the prompt on a terminal, or the whole
// input (less its final line ending) from a script. Nothing when standard input cannot be read.
[[nodiscard]] std::optional<QString> readSecret(const QString& prompt, QTextStream& err);
// Asks again on a terminal, so a typo does not become the secret.
[[nodiscard]] bool isTerminalInput();
} // namespace ow::cli
