// ow-numbercrash PATH TEMPLATE CASE_UUID: takes the template's next certificate number for the case, prints it,
// and dies with SIGKILL before anything is "printed", as a power cut or a kill -9 at the counter would.
#include "certificate/NumberService.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ow-numbercrash PATH TEMPLATE CASE_UUID\n");
        return 2;
    }
    ow::db::Database database(args.at(1));
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    const auto number = ow::certificate::NumberService(database).reserve(args.at(2), args.at(3), {}, &error);
    if (!number) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(number->serialNumber));
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 0;
}
