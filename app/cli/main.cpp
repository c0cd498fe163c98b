#include "Cli.h"
#include "core/Paths.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Receipts, notices and certificates are painted with fonts, which need a GUI application (offscreen: the CLI shows no
// window); every other command runs as a plain console program.
bool paintsPaper(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "receipt") == 0 || std::strcmp(argv[i], "notice") == 0 ||
            std::strcmp(argv[i], "render") == 0 || std::strcmp(argv[i], "issue") == 0 ||
            std::strcmp(argv[i], "reprint") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (paintsPaper(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ow::core::setApplicationIdentity();
    return ow::cli::Cli::run(QCoreApplication::arguments());
}
