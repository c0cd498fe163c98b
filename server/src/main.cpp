#include "AdminCommands.h"
#include "Api.h"
#include "Blobs.h"
#include "Server.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace {

using ow::district::AdminCommands;

// Options before the command word; the admin subcommands parse their own.
struct Options
{
    QString database;
    QString listen = QStringLiteral("127.0.0.1:8480");
    QString blobs;
    QString language;
    int workers = 4;
    bool trustProxy = false;
    QStringList rest;
};

QString usage()
{
    return AdminCommands::tr("Usage: onewindow-district [--database URL] [--listen HOST:PORT] [--blobs DIR] "
                             "[--workers N] [--lang zh_CN|en] [admin ...]\n"
                             "Without a command it serves the district API.\n"
                             "  --database  sqlite:PATH (the default, in the data folder) or "
                             "postgresql://user@host:port/database\n"
                             "  --listen    address and port to serve on (default 127.0.0.1:8480)\n"
                             "  --blobs     folder for photos and scans (default: blobs beside the SQLite file)\n"
                             "  --workers   threads for database work (default 4)\n\n") +
        AdminCommands::tr("  --trust-proxy  the server is reached only through nginx: take the client's address "
                          "(for the limits on wrong codes and passwords) from X-Real-IP or X-Forwarded-For\n\n") +
        AdminCommands::usage();
}

bool takeValue(QStringList& arguments, qsizetype index, QString* value, QTextStream& err)
{
    if (index + 1 >= arguments.size()) {
        err << AdminCommands::tr("%1 needs a value.").arg(arguments.at(index)) << Qt::endl;
        return false;
    }
    *value = arguments.at(index + 1);
    arguments.remove(index, 2);
    return true;
}

bool parseOptions(QStringList arguments, Options* options, QTextStream& err)
{
    arguments.removeFirst();
    while (!arguments.isEmpty() && arguments.constFirst().startsWith(QLatin1StringView("--"))) {
        const QString name = arguments.constFirst();
        QString workers;
        if (name == u"--database") {
            if (!takeValue(arguments, 0, &options->database, err)) {
                return false;
            }
        } else if (name == u"--listen") {
            if (!takeValue(arguments, 0, &options->listen, err)) {
                return false;
            }
        } else if (name == u"--blobs") {
            if (!takeValue(arguments, 0, &options->blobs, err)) {
                return false;
            }
        } else if (name == u"--lang") {
            if (!takeValue(arguments, 0, &options->language, err)) {
                return false;
            }
        } else if (name == u"--trust-proxy") {
            options->trustProxy = true;
            arguments.removeFirst();
        } else if (name == u"--workers") {
            bool ok = false;
            if (!takeValue(arguments, 0, &workers, err)) {
                return false;
            }
            options->workers = workers.toInt(&ok);
            if (!ok || options->workers < 1 || options->workers > 64) {
                err << AdminCommands::tr("--workers must be 1 to 64.") << Qt::endl;
                return false;
            }
        } else {
            break;
        }
    }
    options->rest = arguments;
    return true;
}

void installTranslations(const QString& requested)
{
    const QLocale system = QLocale::system();
    const bool chinese = requested.isEmpty()
        ? (system.language() == QLocale::Chinese || system.language() == QLocale::C)
        : requested == u"zh_CN";
    if (!chinese) {
        return;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/onewindow_zh_CN.qm"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-district"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    Options options;
    const bool parsed = parseOptions(QCoreApplication::arguments(), &options, err);
    installTranslations(options.language);
    if (!parsed) {
        return 2;
    }
    if (options.rest.contains(QStringLiteral("--help")) || options.rest.contains(QStringLiteral("-h"))) {
        out << usage();
        return 0;
    }
    if (options.rest.contains(QStringLiteral("--version"))) {
        out << QStringLiteral("onewindow-district ") << QStringLiteral(OW_VERSION) << Qt::endl;
        return 0;
    }
    if (options.database.isEmpty()) {
        options.database = QStringLiteral("sqlite:") +
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/district.sqlite");
    }
    QString error;
    const auto location = ow::district::StoreLocation::parse(options.database, &error);
    if (!location) {
        err << error << Qt::endl;
        return 2;
    }
    ow::district::Store store(*location);

    if (!options.rest.isEmpty()) {
        if (options.rest.constFirst() != u"admin") {
            err << AdminCommands::tr("Unknown command %1.").arg(options.rest.constFirst()) << Qt::endl << usage();
            return 2;
        }
        // An admin command says what it did itself; the store's progress notes are for the server's log.
        QLoggingCategory::setFilterRules(QStringLiteral("ow.district.*.info=false"));
        AdminCommands admin(store, out, err);
        return admin.run(options.rest.mid(1));
    }

    const qsizetype colon = options.listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = options.listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(options.listen.left(colon).remove(u'[').remove(u']'));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        err << AdminCommands::tr("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8480.") << Qt::endl;
        return 2;
    }
    if (options.blobs.isEmpty()) {
        options.blobs = location->kind == ow::district::StoreLocation::Kind::Sqlite
            ? QFileInfo(location->path).absolutePath() + QStringLiteral("/blobs")
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/blobs");
    }
    if (!QDir().mkpath(options.blobs)) {
        err << AdminCommands::tr("The blob folder %1 cannot be created.").arg(options.blobs) << Qt::endl;
        return 1;
    }
    if (!store.open(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    ow::district::BlobStore blobs(QFileInfo(options.blobs).absoluteFilePath());
    ow::district::ApiContext context {store,
                                      blobs,
                                      QStringLiteral(OW_VERSION),
                                      qEnvironmentVariableIntValue("OW_DISTRICT_TEST_OP_DELAY_MS"),
                                      qEnvironmentVariable("OW_DISTRICT_TEST_FAILING_OP"),
                                      options.trustProxy};
    ow::district::Server server(context, options.workers);
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0) {
        err << AdminCommands::tr("Cannot listen on %1; is another server running there?").arg(options.listen)
            << Qt::endl;
        return 1;
    }
    // Scripts and tests read this line to learn the port (with --listen HOST:0 the system picks it).
    out << QStringLiteral("onewindow-district %1 serving %2 on http://%3:%4/")
               .arg(QStringLiteral(OW_VERSION), location->display(), address.toString())
               .arg(bound)
        << Qt::endl;
    return QCoreApplication::exec();
}
