#pragma once

#include <QString>

namespace ow::core {

// Where a counter keeps its data: the --data-dir given, or the per-user application data folder.
[[nodiscard]] QString dataDirectory(const QString& requested);
[[nodiscard]] QString databasePath(const QString& dataDir);

// Sets the names that QStandardPaths and QSettings derive their locations from, and keeps our
// informational log lines quiet unless QT_LOGGING_RULES asks for them; both programs call it.
void setApplicationIdentity();

} // namespace ow::core
