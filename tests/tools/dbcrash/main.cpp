// ow-dbcrash PATH COMMITTED UNCOMMITTED: commits COMMITTED settings rows, then writes UNCOMMITTED more
// inside one transaction and dies with SIGKILL before the commit, as a power cut or a kill -9 would.
#include "db/Database.h"
#include "db/SettingsRepository.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ow-dbcrash PATH COMMITTED UNCOMMITTED\n");
        return 2;
    }
    ow::db::Database database(args.at(1));
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    ow::db::SettingsRepository settings(database);
    for (int i = 0; i < args.at(2).toInt(); ++i) {
        if (!settings.setValue(QStringLiteral("committed.%1").arg(i), QStringLiteral("value"))) {
            return 1;
        }
    }
    ow::db::Transaction transaction(database.connection());
    for (int i = 0; i < args.at(3).toInt(); ++i) {
        if (!settings.setValue(QStringLiteral("uncommitted.%1").arg(i), QString(4000, u'x'))) {
            return 1;
        }
    }
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 0;
}
