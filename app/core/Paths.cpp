#include "core/Paths.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace ow::core {

QString dataDirectory(const QString& requested)
{
    if (!requested.isEmpty()) {
        return QDir(requested).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("onewindow.db"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("onewindow.example.cn"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(versionString));
    QLoggingCategory::setFilterRules(QStringLiteral("ow.*.info=false"));
}

} // namespace ow::core
