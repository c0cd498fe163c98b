// Must build: the same setup as the probes, without a widget.
#include "core/Paths.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return ow::core::dataDirectory(QStringLiteral("/tmp")).isEmpty() ? 1 : 0;
}
