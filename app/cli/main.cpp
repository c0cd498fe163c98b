#include "Cli.h"
#include "core/Paths.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ow::core::setApplicationIdentity();
    return ow::cli::Cli::run(QCoreApplication::arguments());
}
