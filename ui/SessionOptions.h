#pragma once

#include <QString>

namespace ow::ui {

// What the command line says about this run of the counter, beside the saved settings.
struct SessionOptions
{
    QString cardReaderPort; // overrides the saved reader port for this run (serial SAM reader)
    QString printToFolder; // print into PDF files in this folder instead of on a printer

    [[nodiscard]] static SessionOptions withReader(const QString& port)
    {
        SessionOptions options;
        options.cardReaderPort = port;
        return options;
    }
};

} // namespace ow::ui
