#include "core/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow::core {

QString defaultLanguage()
{
    const QLocale system = QLocale::system();
    // A machine without a locale (C or POSIX) is treated as Chinese: the product is made for Chinese halls.
    if (system.language() == QLocale::Chinese || system.language() == QLocale::C) {
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString& requested, QString* errorMessage)
{
    const QString language = requested.isEmpty() ? defaultLanguage() : requested;
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        return language;
    }
    if (language != u"zh_CN") {
        *errorMessage =
            QCoreApplication::translate("ow::core::Language", "Unknown language %1; use en or zh_CN.").arg(language);
        return {};
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/onewindow_zh_CN.qm"))) {
        *errorMessage = QStringLiteral("The Chinese translation is missing from this build.");
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, dialogs), when the distribution ships them.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

} // namespace ow::core
