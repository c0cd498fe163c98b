#include "queue/DisplayPage.h"

#include "queue/CallAnnouncer.h"
#include "queue/QueueClient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPainter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

// What the calling screen shows, for the hall's IT staff (and the end-to-end test) to follow in the log.
Q_LOGGING_CATEGORY(lcDisplay, "ow.queue.display", QtInfoMsg)

namespace ow::ui {

// A notice that runs from right to left across the bottom of the screen.
class NoticeTicker : public QWidget
{
public:
    explicit NoticeTicker(QWidget* parent)
        : QWidget(parent)
        , m_timer(new QTimer(this))
    {
        setObjectName(QStringLiteral("noticeTicker"));
        m_timer->setInterval(40);
        connect(m_timer, &QTimer::timeout, this, [this] {
            m_offset += 3;
            const int width = fontMetrics().horizontalAdvance(m_text);
            if (m_offset > width + this->width()) {
                m_offset = 0;
            }
            update();
        });
    }

    void setText(const QString& text)
    {
        m_text = text;
        m_offset = 0;
        if (text.isEmpty()) {
            m_timer->stop();
        } else {
            m_timer->start();
        }
        update();
    }
    [[nodiscard]] QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        // Starts in view so that a still picture (and a screenshot) shows the beginning of the notice.
        const int x = width() / 20 - m_offset;
        painter.drawText(QRect(x, 0, fontMetrics().horizontalAdvance(m_text) + 10, height()),
                         Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }

private:
    QTimer* m_timer;
    QString m_text;
    int m_offset = 0;
};

namespace {

QLabel* label(const QString& objectName, int pointSize, QWidget* parent, bool bold = false)
{
    auto* result = new QLabel(parent);
    result->setObjectName(objectName);
    QFont font = result->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    result->setFont(font);
    return result;
}

QTableWidget* table(const QString& objectName, const QStringList& headers, int pointSize, QWidget* parent)
{
    auto* result = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    result->setObjectName(objectName);
    result->setHorizontalHeaderLabels(headers);
    result->verticalHeader()->hide();
    result->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    result->setEditTriggers(QAbstractItemView::NoEditTriggers);
    result->setSelectionMode(QAbstractItemView::NoSelection);
    result->setFocusPolicy(Qt::NoFocus);
    result->setShowGrid(false);
    QFont font = result->font();
    font.setPointSize(pointSize);
    result->setFont(font);
    result->verticalHeader()->setDefaultSectionSize(pointSize * 2 + 12);
    QFont headerFont = font;
    headerFont.setPointSize(pointSize * 2 / 3);
    result->horizontalHeader()->setFont(headerFont);
    return result;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

DisplayPage::DisplayPage(QWidget* parent)
    : QWidget(parent)
    , m_announcer(new CallAnnouncer(this))
    , m_flashTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("displayPage"));
    setAutoFillBackground(true);
    // Light type on a dark blue ground reads from across a hall.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0x0b, 0x2a, 0x5b));
    colours.setColor(QPalette::WindowText, Qt::white);
    colours.setColor(QPalette::Base, QColor(0x0b, 0x2a, 0x5b));
    colours.setColor(QPalette::AlternateBase, QColor(0x12, 0x37, 0x72));
    colours.setColor(QPalette::Text, Qt::white);
    colours.setColor(QPalette::Button, QColor(0x12, 0x37, 0x72));
    colours.setColor(QPalette::ButtonText, QColor(0xff, 0xd5, 0x4f));
    setPalette(colours);

    m_hallNameLabel = label(QStringLiteral("hallNameLabel"), 30, this, true);
    m_clockLabel = label(QStringLiteral("clockLabel"), 26, this);
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_connectionLabel = label(QStringLiteral("connectionLabel"), 18, this);
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #ffb74d;"));
    m_connectionLabel->hide();

    m_nowCallingFrame = new QWidget(this);
    m_nowCallingFrame->setObjectName(QStringLiteral("nowCallingFrame"));
    m_nowCallingFrame->setAutoFillBackground(true);
    auto* nowCallingTitle = label(QStringLiteral("nowCallingTitleLabel"), 28, m_nowCallingFrame);
    nowCallingTitle->setText(tr("Now calling"));
    nowCallingTitle->setAlignment(Qt::AlignCenter);
    m_numberLabel = label(QStringLiteral("numberLabel"), 110, m_nowCallingFrame, true);
    m_numberLabel->setAlignment(Qt::AlignCenter);
    m_numberLabel->setStyleSheet(QStringLiteral("color: #ffd54f;"));
    m_counterLabel = label(QStringLiteral("counterLabel"), 48, m_nowCallingFrame, true);
    m_counterLabel->setAlignment(Qt::AlignCenter);
    auto* nowCallingLayout = new QVBoxLayout(m_nowCallingFrame);
    nowCallingLayout->addWidget(nowCallingTitle);
    nowCallingLayout->addWidget(m_numberLabel, 1);
    nowCallingLayout->addWidget(m_counterLabel);

    m_recentTableWidget = table(QStringLiteral("recentTableWidget"), {tr("Number"), tr("Counter")}, 30, this);
    m_waitingTableWidget = table(QStringLiteral("waitingTableWidget"), {tr("Service"), tr("Waiting")}, 26, this);
    m_waitingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_waitingTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_noticeTicker = new NoticeTicker(this);
    QFont noticeFont = m_noticeTicker->font();
    noticeFont.setPointSize(24);
    m_noticeTicker->setFont(noticeFont);
    m_noticeTicker->setMinimumHeight(60);

    auto* recentTitle = label(QStringLiteral("recentTitleLabel"), 22, this);
    recentTitle->setText(tr("Recent calls"));
    auto* waitingTitle = label(QStringLiteral("waitingTitleLabel"), 22, this);
    waitingTitle->setText(tr("Waiting now"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_hallNameLabel, 1);
    header->addWidget(m_clockLabel);
    auto* left = new QVBoxLayout;
    left->addWidget(m_nowCallingFrame, 3);
    left->addWidget(recentTitle);
    left->addWidget(m_recentTableWidget, 2);
    auto* right = new QVBoxLayout;
    right->addWidget(waitingTitle);
    right->addWidget(m_waitingTableWidget, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(24);
    columns->addLayout(right, 2);
    auto* page = new QVBoxLayout(this);
    page->setContentsMargins(24, 16, 24, 8);
    page->addLayout(header);
    page->addWidget(m_connectionLabel);
    page->addLayout(columns, 1);
    page->addWidget(m_noticeTicker);

    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, [this] {
        m_clockLabel->setText(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    });
    clock->start(1000);
    m_clockLabel->setText(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    m_flashTimer->setInterval(400);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        setFlash(m_flashesLeft % 2 == 1);
        if (--m_flashesLeft <= 0) {
            m_flashTimer->stop();
            setFlash(false);
        }
    });
    m_counterLabel->setText(QString());
    m_numberLabel->setText(QStringLiteral("-"));
}

void DisplayPage::attach(queue::QueueClient* client)
{
    m_client = client;
    connect(client, &queue::QueueClient::called, this,
            [this](const queue::CallEvent& call, const queue::Ticket&) { showCall(call); });
    connect(client, &queue::QueueClient::statusChanged, this, &DisplayPage::showStatus);
    connect(client, &queue::QueueClient::ready, this, [this] { showConnection(true); });
    connect(client, &queue::QueueClient::disconnected, this, [this] { showConnection(false); });
    showConnection(client->isReady());
}

void DisplayPage::showConnection(bool connected)
{
    qCInfo(lcDisplay) << (connected ? "connected to the hall host" : "lost the hall host");
    m_connectionLabel->setText(connected ? QString()
                                         : tr("The calling screen has lost the hall host and reconnects by itself."));
    m_connectionLabel->setVisible(!connected);
}

void DisplayPage::setHallName(const QString& name)
{
    m_hallNameLabel->setText(name);
}

void DisplayPage::setNotice(const QString& notice)
{
    m_noticeTicker->setText(notice);
}

QString DisplayPage::currentNumber() const
{
    return m_numberLabel->text();
}

bool DisplayPage::isFlashing() const
{
    return m_flashTimer->isActive();
}

void DisplayPage::setFlash(bool on)
{
    QPalette colours = palette();
    if (on) {
        colours.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
    }
    m_nowCallingFrame->setPalette(colours);
}

void DisplayPage::showStatus(const queue::HallStatus& status)
{
    m_waitingTableWidget->setRowCount(static_cast<int>(status.categories.size()));
    for (int row = 0; row < status.categories.size(); ++row) {
        const queue::Category& category = status.categories.at(row);
        m_waitingTableWidget->setItem(
            row, 0, cell(QStringLiteral("%1  %2").arg(category.code, category.name), Qt::AlignLeft | Qt::AlignVCenter));
        m_waitingTableWidget->setItem(row, 1, cell(QString::number(category.waiting)));
    }
    if (m_recent.isEmpty() && !status.recentCalls.isEmpty()) {
        m_recent = status.recentCalls.mid(0, recentRows);
        const queue::CallEvent& last = m_recent.constFirst();
        m_numberLabel->setText(last.number);
        m_counterLabel->setText(tr("Please go to counter %1").arg(last.counter));
        m_recentTableWidget->setRowCount(static_cast<int>(m_recent.size()));
        for (int row = 0; row < m_recent.size(); ++row) {
            m_recentTableWidget->setItem(row, 0, cell(m_recent.at(row).number));
            m_recentTableWidget->setItem(row, 1, cell(tr("Counter %1").arg(m_recent.at(row).counter)));
        }
    }
}

void DisplayPage::showCall(const queue::CallEvent& call)
{
    qCInfo(lcDisplay).noquote() << "showing" << call.number << "at counter" << call.counter
                                << (call.recall ? "(recall)" : "");
    m_numberLabel->setText(call.number);
    m_counterLabel->setText(tr("Please go to counter %1").arg(call.counter));
    if (!call.recall) {
        m_recent.prepend(call);
        m_recent = m_recent.mid(0, recentRows);
    }
    m_recentTableWidget->setRowCount(static_cast<int>(m_recent.size()));
    for (int row = 0; row < m_recent.size(); ++row) {
        m_recentTableWidget->setItem(row, 0, cell(m_recent.at(row).number));
        m_recentTableWidget->setItem(row, 1, cell(tr("Counter %1").arg(m_recent.at(row).counter)));
    }
    // Flash in any case: a voice can be missed, a flashing row catches the eye of those who did not hear.
    m_flashesLeft = 8;
    m_flashTimer->start();
    setFlash(true);
    m_announcer->announce(call.number, call.counter);
}

} // namespace ow::ui
