#pragma once

#include <QString>

namespace ow::core {

// Chooses and installs the product language: zh_CN (the default for Chinese and unset locales) or en.
// Returns the language code in use, or an empty string with a message when the request is unknown.
[[nodiscard]] QString installTranslations(const QString& requested, QString* errorMessage);

[[nodiscard]] QString defaultLanguage();

} // namespace ow::core
