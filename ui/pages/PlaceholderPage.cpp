#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {

PlaceholderPage::PlaceholderPage(const QString& objectName, const QString& title, const QString& line, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* lineLabel = new QLabel(line, this);
    lineLabel->setObjectName(QStringLiteral("statusLineLabel"));
    lineLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(lineLabel);
    layout->addStretch();
}

} // namespace ow::ui
