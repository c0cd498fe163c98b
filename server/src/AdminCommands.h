#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QJsonDocument;

namespace ow::district {

class Store;

// `onewindow-district --database ... admin ...`: halls, enrollment codes, clerks, devices, number series,
// statistics and the shared-data fixture. Exit codes: 0 done, 1 failure, 2 usage; a refusal changes nothing.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(ow::district::AdminCommands)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    AdminCommands(Store& store, QTextStream& out, QTextStream& err);

    // arguments: the words after "admin", e.g. {"hall", "add", "--code", "C", "--name", "N"}.
    [[nodiscard]] int run(const QStringList& arguments);
    [[nodiscard]] static QString usage();

private:
    int hallAdd(const QStringList& arguments);
    int enrollCode(const QStringList& arguments);
    int clerkAdd(const QStringList& arguments);
    int clerkDeactivate(const QStringList& arguments);
    int deviceRevoke(const QStringList& arguments);
    int seriesAdd(const QStringList& arguments);
    int stats(const QStringList& arguments);
    int loadPopulation(const QStringList& arguments);
    int auditCheck(const QStringList& arguments); // AuditChain.cpp
    int catalogImport(const QStringList& arguments); // CatalogImport.cpp
    int calendarImport(const QStringList& arguments); // MasterDataImport.cpp
    int templateImport(const QStringList& arguments); // MasterDataImport.cpp
    int appointmentImport(const QStringList& arguments); // MasterDataImport.cpp
    // Appends one change per record (uuid, data) with the next version of its uuid, all in one transaction;
    // hallOf names the hall of a record only its hall pulls. skipUnchanged: a record equal to its last version
    // is not published again.
    int publishChanges(const QString& stream, const QList<std::pair<QString, QJsonObject>>& records,
                       const QHash<QString, QString>& hallOf, bool skipUnchanged, int* published);

    [[nodiscard]] bool openStore();
    // The opening of the commands that check nothing more: parse the options (each required one given), then open
    // the store. The exit code to stop with (after saying why), or nothing when the command can go on.
    [[nodiscard]] std::optional<int> parseAndOpen(QCommandLineParser& parser, const QStringList& arguments,
                                                  const QList<QCommandLineOption>& required);
    // Reads one JSON file of an import, or nothing with a message that says what is wrong with it. objectOnly:
    // the file must hold one JSON object, and the message says so.
    [[nodiscard]] static std::optional<QJsonDocument> readJsonFile(const QString& path, bool objectOnly,
                                                                   QString* errorMessage);

    Store& m_store;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ow::district
