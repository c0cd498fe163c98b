#include "queue/RatingDialog.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace ow::ui {

RatingDialog::RatingDialog(const QString& ticketNumber, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ratingDialog"));
    setWindowTitle(tr("Rate our service"));
    auto* layout = new QVBoxLayout(this);
    auto* questionLabel =
        new QLabel(tr("How satisfied are you with the service for ticket %1?").arg(ticketNumber), this);
    questionLabel->setObjectName(QStringLiteral("questionLabel"));
    questionLabel->setAlignment(Qt::AlignCenter);
    questionLabel->setWordWrap(true);
    questionLabel->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: bold; padding: 12px;"));
    layout->addWidget(questionLabel);

    // Colours run from green (very satisfied) to red, so the choice reads without reading.
    static const char* const colours[] = {"#b71c1c", "#e65100", "#757575", "#558b2f", "#1b5e20"};
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    for (int rating = 5; rating >= 1; --rating) {
        auto* button = new QPushButton(ratingText(rating), this);
        button->setObjectName(QStringLiteral("rating%1Button").arg(rating));
        button->setMinimumSize(190, 130);
        button->setAutoDefault(false);
        button->setStyleSheet(QStringLiteral("QPushButton { font-size: 16pt; font-weight: bold; color: white; "
                                             "background: %1; border-radius: 10px; padding: 8px; }")
                                  .arg(QLatin1String(colours[rating - 1])));
        connect(button, &QPushButton::clicked, this, [this, rating] {
            m_rating = rating;
            Q_EMIT rated(rating);
            accept();
        });
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    auto* skipButton = new QPushButton(tr("Skip"), this);
    skipButton->setObjectName(QStringLiteral("skipButton"));
    skipButton->setAutoDefault(false);
    connect(skipButton, &QPushButton::clicked, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(skipButton);
    layout->addLayout(bottom);
    setMinimumSize(1060, 380);
}

void RatingDialog::present()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* own = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    QScreen* citizens = nullptr;
    for (QScreen* screen : screens) {
        if (screen != own) {
            citizens = screen;
            break;
        }
    }
    if (citizens) {
        // The citizen's screen: a window of its own there, so the clerk can keep working meanwhile.
        setWindowModality(Qt::NonModal);
        setParent(nullptr, Qt::Window);
        setAttribute(Qt::WA_DeleteOnClose);
        setScreen(citizens);
        setGeometry(citizens->availableGeometry());
        showFullScreen();
        return;
    }
    open();
}

QString RatingDialog::ratingText(int rating)
{
    switch (rating) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Fair");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    default:
        return tr("Not rated");
    }
}

} // namespace ow::ui
