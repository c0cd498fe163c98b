#include "CounterSession.h"
#include "Version.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificateTemplate.h"
#include "core/Language.h"
#include "core/Paths.h"
#include "core/SecretStore.h"
#include "core/Services.h"
#include "db/Database.h"
#include "queue/CounterQueueSettings.h"
#include "queue/HallSession.h"
#include "queue/QueueStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>

namespace {

// --version and --help answer before any window system is touched, so they work without a display.
bool answeredWithoutGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("onewindow %s\n", ow::core::versionString);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: onewindow [--data-dir DIR] [--lang en|zh_CN] [--card-reader DEVICE] "
                        "[--print-to-folder DIR]\n"
                        "  --data-dir DIR  the counter's data folder\n"
                        "  --card-reader DEVICE  the serial ID card reader to use for this run\n"
                        "  --print-to-folder DIR  print receipts and notices as PDF files into DIR\n"
                        "  --hall          run this PC as the hall: queue host, ticket kiosk and calling display\n"
                        "  --hall-listen HOST:PORT  where the hall host listens (default 0.0.0.0:7700)\n"
                        "  --hall-host URL  the kiosk and display serve a host running elsewhere\n"
                        "                   (onewindow-cli queue host), such as ws://10.0.0.5:7700\n"
                        "  --hall-key-file FILE  the hall key (or the OW_HALL_KEY environment variable)\n"
                        "  --hall-name NAME  --hall-notice TEXT  what the display shows\n"
                        "  --categories FILE  the hall's ticket categories and item mapping (JSON)\n"
                        "  --checkin-early MINUTES  how long before the slot a citizen may check in (default 60)\n"
                        "  --lang LANG     language of the window: en or zh_CN\n"
                        "  --version       print the version\n");
            return true;
        }
    }
    return false;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OneWindow"), message);
    return 1;
}

// A wrong command line is for the IT staff who wrote it: a line on stderr and exit code 2, no window.
int usageError(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 2;
}

// `onewindow --hall`: the hall host, the kiosk and the display on this PC; no clerk logs in here.
int runHall(const QCommandLineParser& parser, const QCommandLineOption& dataDirOption,
            const QCommandLineOption& listenOption, const QCommandLineOption& keyFileOption,
            const QCommandLineOption& nameOption, const QCommandLineOption& noticeOption,
            const QCommandLineOption& printOption, const QCommandLineOption& readerOption)
{
    ow::ui::HallOptions options;
    const bool remote = parser.isSet(QStringLiteral("hall-host"));
    for (const QString& hostSetting : {QStringLiteral("categories"), QStringLiteral("checkin-early")}) {
        if (remote && parser.isSet(hostSetting)) {
            return usageError(QCoreApplication::translate("main",
                                                          "--%1 is a setting of the queue host; with --hall-host give "
                                                          "it to onewindow-cli queue host.")
                                  .arg(hostSetting));
        }
    }
    if (parser.isSet(QStringLiteral("categories"))) {
        options.categoriesFile = parser.value(QStringLiteral("categories"));
        QString problem;
        if (!ow::queue::QueueStore::readCategories(options.categoriesFile, &problem)) {
            return usageError(problem);
        }
    }
    if (parser.isSet(QStringLiteral("checkin-early"))) {
        bool ok = false;
        options.checkInEarlyMinutes = parser.value(QStringLiteral("checkin-early")).toInt(&ok);
        if (!ok || options.checkInEarlyMinutes < 0 || options.checkInEarlyMinutes > 720) {
            return usageError(QCoreApplication::translate("main",
                                                          "--checkin-early takes the minutes before the slot a "
                                                          "citizen may check in, from 0 to 720."));
        }
    }
    // The kiosk reads cards from --card-reader DEVICE, or from the reader set up in Settings on this PC.
    const QSettings pcSettings;
    if (parser.isSet(readerOption) || pcSettings.contains(QStringLiteral("cardReader/backend"))) {
        ow::idcard::ReaderSettings reader = ow::idcard::ReaderSettings::load(pcSettings);
        if (parser.isSet(readerOption)) {
            reader.backend = ow::idcard::ReaderSettings::Backend::SerialSam;
            reader.port = parser.value(readerOption);
        }
        if (reader.backend != ow::idcard::ReaderSettings::Backend::None) {
            options.cardReader = reader;
        }
    }
    options.queueFile = ow::core::dataDirectory(parser.value(dataDirOption)) + QStringLiteral("/hall-queue.sqlite");
    options.hallName = parser.value(nameOption);
    options.notice = parser.value(noticeOption);
    options.printToFolder = parser.value(printOption);
    // The voice's volume and repeats, as set in Settings > Hall queue on this PC (defaults when never set).
    const QString settingsFile = ow::core::databasePath(ow::core::dataDirectory(parser.value(dataDirOption)));
    if (QFileInfo::exists(settingsFile)) {
        ow::db::Database database(settingsFile);
        QString ignored;
        if (database.open(&ignored)) {
            ow::core::MemorySecretStore noSecrets;
            const ow::queue::CounterQueueSettings queueSettings(database, noSecrets);
            options.voiceVolumePercent = queueSettings.volumePercent();
            options.voiceRepeats = queueSettings.repeats();
        }
    }
    if (parser.isSet(QStringLiteral("hall-host"))) {
        options.remoteHost = QUrl(parser.value(QStringLiteral("hall-host")));
        if (!options.remoteHost.isValid() || options.remoteHost.scheme() != QLatin1String("ws") ||
            options.remoteHost.port() <= 0) {
            return fail(QCoreApplication::translate("main",
                                                    "--hall-host takes the queue host's address, such as "
                                                    "ws://10.0.0.5:7700."));
        }
    }
    if (parser.isSet(listenOption)) {
        const QString listen = parser.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(u':');
        options.address = QHostAddress(listen.left(colon));
        // Port 0 takes any free port; the hall logs which (ow.queue.hall).
        bool portOk = false;
        const uint port = listen.mid(colon + 1).toUInt(&portOk);
        options.port = static_cast<quint16>(port);
        if (colon <= 0 || options.address.isNull() || !portOk || port > 65535) {
            return usageError(QCoreApplication::translate("main",
                                                          "--hall-listen takes an address and a port, such as "
                                                          "0.0.0.0:7700."));
        }
    }
    if (parser.isSet(keyFileOption)) {
        QFile file(parser.value(keyFileOption));
        if (file.open(QIODevice::ReadOnly)) {
            options.key = file.readAll().trimmed();
        }
    } else {
        options.key = qgetenv("OW_HALL_KEY");
    }
    if (options.key.size() < 8) {
        return fail(QCoreApplication::translate("main",
                                                "The hall needs its key of at least 8 characters: give it "
                                                "with --hall-key-file FILE or in OW_HALL_KEY."));
    }
    ow::ui::HallSession hall(options);
    QString error;
    if (!hall.start(&error)) {
        return fail(error);
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (answeredWithoutGui(argc, argv)) {
        return 0;
    }
    QApplication app(argc, argv);
    ow::core::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("OneWindow"));

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption readerOption(QStringLiteral("card-reader"), QString(), QStringLiteral("DEVICE"));
    const QCommandLineOption printOption(QStringLiteral("print-to-folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption hallOption(QStringLiteral("hall"));
    const QCommandLineOption hallListenOption(QStringLiteral("hall-listen"), QString(), QStringLiteral("HOST:PORT"));
    const QCommandLineOption hallKeyFileOption(QStringLiteral("hall-key-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption hallNameOption(QStringLiteral("hall-name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption hallNoticeOption(QStringLiteral("hall-notice"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption hallHostOption(QStringLiteral("hall-host"), QString(), QStringLiteral("URL"));
    const QCommandLineOption categoriesOption(QStringLiteral("categories"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption checkInEarlyOption(QStringLiteral("checkin-early"), QString(), QStringLiteral("MINUTES"));
    parser.addOptions({dataDirOption, languageOption, readerOption, printOption, hallOption, hallListenOption,
                       hallKeyFileOption, hallNameOption, hallNoticeOption, hallHostOption, categoriesOption,
                       checkInEarlyOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", parser.errorText().toLocal8Bit().constData());
        return 2;
    }

    QString error;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : QSettings().value(QStringLiteral("language")).toString();
    if (ow::core::installTranslations(language, &error).isEmpty()) {
        std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return 2;
    }

    if (parser.isSet(hallOption)) {
        return runHall(parser, dataDirOption, hallListenOption, hallKeyFileOption, hallNameOption, hallNoticeOption,
                       printOption, readerOption);
    }

    const QString dataDir = ow::core::dataDirectory(parser.value(dataDirOption));
    ow::db::Database database(ow::core::databasePath(dataDir));
    if (!database.open(&error)) {
        return fail(error);
    }
    if (!ow::catalog::CatalogService(database).ensureShipped(&error)) {
        return fail(error);
    }
    // Templates the district published replace the shipped ones of the same code.
    ow::certificate::CertificateTemplate::setDistrictFolderFor(dataDir);
    ow::core::Services services(database);
    if (!services.canLogIn()) {
        return fail(
            QCoreApplication::translate("main",
                                        "There are no clerk accounts at this counter yet. IT staff can add one with:\n"
                                        "onewindow-cli clerk add --login LOGIN --name NAME --role admin"));
    }

    ow::ui::SessionOptions options;
    options.cardReaderPort = parser.value(readerOption);
    options.printToFolder = parser.value(printOption);
    ow::ui::CounterSession session(services, options);
    QObject::connect(&session, &ow::ui::CounterSession::finished, &app, &QApplication::quit);
    session.start();
    return app.exec();
}
