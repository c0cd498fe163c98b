#pragma once

#include <QString>

namespace ow::ui {

// What the command line says about this run of the counter, beside the saved settings.
struct SessionOptions
{
    QString cardReaderPort; // overrides the saved reader port for this run (serial SAM reader)
};

} // namespace ow::ui
