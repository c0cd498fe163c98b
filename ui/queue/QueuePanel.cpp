#include "queue/QueuePanel.h"

#include "idcard/IdNumber.h"
#include "queue/LocalRange.h"
#include "queue/QueueRules.h"
#include "queue/RatingDialog.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

QPushButton* bigButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(48);
    button->setAutoDefault(false);
    return button;
}

QString minutesText(qint64 seconds)
{
    return QueuePanel::tr("%n min", nullptr, static_cast<int>(std::max<qint64>(0, seconds) / 60));
}

} // namespace

QueuePanel::QueuePanel(queue::QueueClient* client, queue::LocalRange& range, const QString& clerkUuid, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_range(range)
    , m_clerkUuid(clerkUuid)
{
    setObjectName(QStringLiteral("queuePanel"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("queueConnectionLabel"));
    m_categoriesLabel = new QLabel(this);
    m_categoriesLabel->setObjectName(QStringLiteral("categoriesLabel"));
    top->addWidget(m_connectionLabel);
    top->addStretch();
    top->addWidget(m_categoriesLabel);
    layout->addLayout(top);

    m_degradedLabel =
        new QLabel(tr("The hall queue host cannot be reached; serving walk-ins with this counter's own numbers"), this);
    m_degradedLabel->setObjectName(QStringLiteral("degradedLabel"));
    m_degradedLabel->setWordWrap(true);
    m_degradedLabel->setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4e00; border: 1px solid #e0c36a; "
                                                  "padding: 8px; font-weight: bold;"));
    m_degradedLabel->setVisible(false);
    layout->addWidget(m_degradedLabel);

    auto* middle = new QHBoxLayout;
    auto* ticketGroupBox = new QGroupBox(tr("Now serving"), this);
    ticketGroupBox->setObjectName(QStringLiteral("ticketGroupBox"));
    auto* ticketLayout = new QVBoxLayout(ticketGroupBox);
    m_numberLabel = new QLabel(this);
    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setStyleSheet(QStringLiteral("font-size: 40pt; font-weight: bold; color: #0d47a1;"));
    m_ticketLabel = new QLabel(this);
    m_ticketLabel->setObjectName(QStringLiteral("ticketLabel"));
    m_ticketLabel->setWordWrap(true);
    m_ticketLabel->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_casesLabel = new QLabel(this);
    m_casesLabel->setObjectName(QStringLiteral("casesLabel"));
    m_casesLabel->setWordWrap(true);
    ticketLayout->addWidget(m_numberLabel);
    ticketLayout->addWidget(m_ticketLabel);
    ticketLayout->addWidget(m_reasonLabel);
    ticketLayout->addWidget(m_casesLabel);
    ticketLayout->addStretch();
    middle->addWidget(ticketGroupBox, 3);

    auto* waitingGroupBox = new QGroupBox(tr("Waiting"), this);
    auto* waitingLayout = new QVBoxLayout(waitingGroupBox);
    m_waitingTableWidget = new QTableWidget(0, 2, this);
    m_waitingTableWidget->setObjectName(QStringLiteral("waitingTableWidget"));
    m_waitingTableWidget->setHorizontalHeaderLabels({tr("Category"), tr("Waiting")});
    m_waitingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_waitingTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_waitingTableWidget->verticalHeader()->setVisible(false);
    m_waitingTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waitingTableWidget->setSelectionMode(QAbstractItemView::NoSelection);
    waitingLayout->addWidget(m_waitingTableWidget);
    middle->addWidget(waitingGroupBox, 2);
    layout->addLayout(middle, 1);

    auto* buttons = new QGridLayout;
    m_callNextButton = bigButton(tr("Call next"), QStringLiteral("callNextButton"), this);
    m_callNextButton->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_nextWalkInButton = bigButton(tr("Next walk-in"), QStringLiteral("nextWalkInButton"), this);
    m_nextWalkInButton->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_recallButton = bigButton(tr("Recall"), QStringLiteral("recallButton"), this);
    m_noShowButton = bigButton(tr("No-show"), QStringLiteral("noShowButton"), this);
    m_transferButton = bigButton(tr("Transfer..."), QStringLiteral("transferButton"), this);
    m_pauseButton = bigButton(tr("Pause"), QStringLiteral("pauseButton"), this);
    m_startIntakeButton = bigButton(tr("Start intake"), QStringLiteral("startIntakeButton"), this);
    m_finishButton = bigButton(tr("Finish"), QStringLiteral("finishButton"), this);
    buttons->addWidget(m_callNextButton, 0, 0);
    buttons->addWidget(m_nextWalkInButton, 0, 0);
    buttons->addWidget(m_recallButton, 0, 1);
    buttons->addWidget(m_noShowButton, 0, 2);
    buttons->addWidget(m_transferButton, 0, 3);
    buttons->addWidget(m_startIntakeButton, 1, 0);
    buttons->addWidget(m_finishButton, 1, 1);
    buttons->addWidget(m_pauseButton, 1, 3);
    layout->addLayout(buttons);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("queueMessageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);

    connect(m_callNextButton, &QPushButton::clicked, this, &QueuePanel::callNext);
    connect(m_nextWalkInButton, &QPushButton::clicked, this, &QueuePanel::nextWalkIn);
    connect(m_recallButton, &QPushButton::clicked, this, &QueuePanel::recall);
    connect(m_noShowButton, &QPushButton::clicked, this, &QueuePanel::noShow);
    connect(m_transferButton, &QPushButton::clicked, this, &QueuePanel::showTransferMenu);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { setPaused(!m_paused); });
    connect(m_finishButton, &QPushButton::clicked, this, &QueuePanel::finish);
    connect(m_startIntakeButton, &QPushButton::clicked, this, [this] {
        if (m_current.isValid()) {
            Q_EMIT intakeRequested(m_current.idNumber);
        }
    });

    // The waiting time of the ticket on screen grows while the clerk serves.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30 * 1000);
    connect(m_clockTimer, &QTimer::timeout, this, &QueuePanel::refreshTicket);
    m_clockTimer->start();

    if (m_client) {
        m_handover = new queue::LocalHandover(m_range, *m_client, this);
        connect(m_handover, &queue::LocalHandover::handedOver, this, [this](int tickets) {
            showMessage(tr("%n walk-in ticket(s) served without the host were handed over to it.", nullptr, tickets),
                        false);
        });
        connect(m_handover, &queue::LocalHandover::failed, this,
                [this](const QString& message) { showMessage(message, true); });
        connect(m_client, &queue::QueueClient::stateChanged, this, &QueuePanel::onStateChanged);
        connect(m_client, &queue::QueueClient::disconnected, this, &QueuePanel::onDisconnected);
        connect(m_client, &queue::QueueClient::authenticationFailed, this, &QueuePanel::onDisconnected);
        connect(m_client, &queue::QueueClient::statusChanged, this, &QueuePanel::showStatus);
        connect(m_client, &queue::QueueClient::ready, this, [this] {
            setDegraded(false);
            m_client->requestStatus(this, [this](const queue::QueueReply& reply) {
                if (reply.ok) {
                    showStatus(queue::HallStatus::fromJson(reply.data.value(QStringLiteral("status")).toObject()));
                }
            });
        });
    } else {
        setDegraded(true);
    }
    // A walk-in still being served from before a restart comes back on screen.
    if (const auto serving = m_range.serving()) {
        setCurrent(*serving, true);
    }
    setCategories({});
    onStateChanged();
}

QueuePanel::~QueuePanel() = default;

RatingDialog* QueuePanel::ratingDialog() const
{
    return m_ratingDialog.data();
}

void QueuePanel::setCategories(const QStringList& codes)
{
    m_categories = codes;
    m_categoriesLabel->setText(codes.isEmpty() ? tr("This counter serves every category")
                                               : tr("This counter serves: %1").arg(codes.join(QStringLiteral(", "))));
    if (m_client && m_client->isReady()) {
        showStatus(m_client->lastStatus());
    }
}

void QueuePanel::addCases(const QStringList& caseUuids)
{
    if (!m_current.isValid()) {
        return;
    }
    for (const QString& uuid : caseUuids) {
        if (!m_cases.contains(uuid)) {
            m_cases.append(uuid);
        }
    }
    refreshTicket();
}

void QueuePanel::callNext()
{
    if (!m_client || !m_client->isReady() || m_busy) {
        return;
    }
    m_busy = true;
    refreshButtons();
    m_client->callNext(m_categories, m_clerkUuid, this, [this](const queue::QueueReply& reply) {
        m_busy = false;
        if (reply.ok) {
            setCurrent(reply.ticket(), false);
            showMessage(QString(), false);
        } else {
            showMessage(reply.code == u"empty" ? tr("Nobody is waiting for this counter's categories.") : reply.error,
                        reply.code != u"empty");
        }
        refreshButtons();
    });
}

void QueuePanel::recall()
{
    if (!m_client || !m_current.isValid() || m_currentIsLocal) {
        return;
    }
    m_client->recall(this, [this](const queue::QueueReply& reply) {
        onReply(reply, tr("Ticket %1 was called again.").arg(m_current.number));
    });
}

void QueuePanel::noShow()
{
    if (!m_current.isValid()) {
        return;
    }
    const QString number = m_current.number;
    if (m_currentIsLocal) {
        QString error;
        if (!m_range.drop(m_current.uuid, QDateTime::currentDateTimeUtc(), &error)) {
            showMessage(error, true);
            return;
        }
        setCurrent({}, false);
        showMessage(tr("Ticket %1 did not come.").arg(number), false);
        return;
    }
    m_client->noShow(this, [this, number](const queue::QueueReply& reply) {
        if (reply.ok) {
            setCurrent({}, false);
        }
        onReply(reply, tr("Ticket %1 did not come; it comes back once later.").arg(number));
    });
}

void QueuePanel::transferToCategory(const QString& code)
{
    if (!m_client || !m_current.isValid() || m_currentIsLocal) {
        return;
    }
    const QString number = m_current.number;
    m_client->transferToCategory(code, this, [this, number, code](const queue::QueueReply& reply) {
        if (reply.ok) {
            setCurrent({}, false);
        }
        onReply(reply, tr("Ticket %1 was transferred to category %2.").arg(number, code));
    });
}

void QueuePanel::transferToCounter(int counter)
{
    if (!m_client || !m_current.isValid() || m_currentIsLocal) {
        return;
    }
    const QString number = m_current.number;
    m_client->transferToCounter(counter, this, [this, number, counter](const queue::QueueReply& reply) {
        if (reply.ok) {
            setCurrent({}, false);
        }
        onReply(reply, tr("Ticket %1 was transferred to counter %2.").arg(number).arg(counter));
    });
}

void QueuePanel::setPaused(bool paused)
{
    if (!m_client || !m_client->isReady()) {
        return;
    }
    m_client->setPaused(paused, this, [this, paused](const queue::QueueReply& reply) {
        if (reply.ok) {
            m_paused = paused;
        }
        onReply(reply,
                paused ? tr("This counter is paused; the host calls no tickets to it.")
                       : tr("This counter takes tickets again."));
    });
}

void QueuePanel::finish()
{
    if (!m_current.isValid() || m_ratingDialog) {
        return;
    }
    auto* dialog = new RatingDialog(m_current.number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ratingDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] { finishWith(dialog->rating()); });
    dialog->present();
}

void QueuePanel::finishWith(int rating)
{
    if (!m_current.isValid()) {
        return;
    }
    const queue::Ticket ticket = m_current;
    const QStringList cases = m_cases;
    const QString done = rating > 0
        ? tr("Ticket %1 finished; rated \"%2\".").arg(ticket.number, RatingDialog::ratingText(rating))
        : tr("Ticket %1 finished.").arg(ticket.number);
    if (m_currentIsLocal) {
        QString error;
        if (!m_range.finish(ticket.uuid, cases, rating, QDateTime::currentDateTimeUtc(), &error)) {
            showMessage(error, true);
            return;
        }
        setCurrent({}, false);
        showMessage(done, false);
        Q_EMIT serviceFinished(ticket, cases, rating);
        if (m_handover) {
            m_handover->handOverNow();
        }
        return;
    }
    if (!m_client) {
        return;
    }
    m_client->finish(cases, rating, this, [this, ticket, cases, rating, done](const queue::QueueReply& reply) {
        if (reply.ok) {
            setCurrent({}, false);
            Q_EMIT serviceFinished(ticket, cases, rating);
        }
        onReply(reply, done);
    });
}

void QueuePanel::nextWalkIn()
{
    if (m_current.isValid()) {
        showMessage(tr("Finish ticket %1 first.").arg(m_current.number), true);
        return;
    }
    QString error;
    const auto ticket =
        m_range.take(m_categories.value(0), QString(), m_clerkUuid, QDateTime::currentDateTimeUtc(), &error);
    if (!ticket) {
        showMessage(error, true);
        return;
    }
    queue::Ticket shown = *ticket;
    for (const queue::Category& category : std::as_const(m_hallCategories)) {
        if (category.code == shown.category) {
            shown.categoryName = category.name;
        }
    }
    setCurrent(shown, true);
    showMessage(tr("Give the citizen number %1 and serve them now.").arg(ticket->number), false);
}

void QueuePanel::onStateChanged()
{
    if (!m_client) {
        m_connectionLabel->setText(tr("No hall queue host is set for this counter (Settings > Hall queue)."));
        refreshButtons();
        return;
    }
    QString text;
    switch (m_client->state()) {
    case queue::QueueClient::State::Ready:
        text = tr("Connected to the hall queue host");
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
        break;
    case queue::QueueClient::State::Connecting:
    case queue::QueueClient::State::Authenticating:
        text = tr("Connecting to the hall queue host...");
        m_connectionLabel->setStyleSheet(QString());
        break;
    case queue::QueueClient::State::Disconnected:
        text = tr("Not connected to the hall queue host");
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    }
    m_connectionLabel->setText(text);
    refreshButtons();
}

void QueuePanel::onDisconnected(const QString& reason)
{
    setDegraded(true);
    m_connectionLabel->setToolTip(reason);
}

void QueuePanel::onReply(const queue::QueueReply& reply, const QString& done)
{
    showMessage(reply.ok ? done : reply.error, !reply.ok);
    refreshButtons();
}

void QueuePanel::setCurrent(const queue::Ticket& ticket, bool local)
{
    if (ticket.uuid != m_current.uuid || !ticket.isValid()) {
        m_cases.clear();
    }
    m_current = ticket;
    m_currentIsLocal = local && ticket.isValid();
    refreshTicket();
    refreshButtons();
}

void QueuePanel::setDegraded(bool degraded)
{
    if (m_degraded == degraded) {
        return;
    }
    m_degraded = degraded;
    // Without a host configured there is nothing to lose: own numbers are simply how this counter works.
    m_degradedLabel->setVisible(degraded && m_client);
    // Counts from before the host went away would mislead; they come back with its next status.
    if (degraded) {
        m_waitingTableWidget->setRowCount(0);
    }
    refreshButtons();
    Q_EMIT degradedChanged(degraded);
}

void QueuePanel::showStatus(const queue::HallStatus& status)
{
    m_hallCategories = status.categories;
    m_waitingTableWidget->setRowCount(0);
    for (const queue::Category& category : status.categories) {
        if (!m_categories.isEmpty() && !m_categories.contains(category.code)) {
            continue;
        }
        const int row = m_waitingTableWidget->rowCount();
        m_waitingTableWidget->insertRow(row);
        auto* name = new QTableWidgetItem(QStringLiteral("%1  %2").arg(category.code, category.name));
        auto* count = new QTableWidgetItem(QString::number(category.waiting));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_waitingTableWidget->setItem(row, 0, name);
        m_waitingTableWidget->setItem(row, 1, count);
    }
    for (const queue::CounterState& counter : status.counters) {
        if (m_client && counter.number == m_client->counter() && counter.paused != m_paused) {
            m_paused = counter.paused;
            refreshButtons();
        }
    }
}

void QueuePanel::showTransferMenu()
{
    if (!m_current.isValid() || m_currentIsLocal) {
        return;
    }
    QMenu menu(this);
    for (const queue::Category& category : std::as_const(m_hallCategories)) {
        if (category.code == m_current.category) {
            continue;
        }
        menu.addAction(tr("To category %1 %2").arg(category.code, category.name), this,
                       [this, code = category.code] { transferToCategory(code); });
    }
    menu.addSeparator();
    menu.addAction(tr("To counter..."), this, [this] {
        bool ok = false;
        const int counter = QInputDialog::getInt(
            this, tr("Transfer"), tr("Transfer ticket %1 to counter:").arg(m_current.number), 1, 1, 999, 1, &ok);
        if (ok) {
            transferToCounter(counter);
        }
    });
    menu.exec(m_transferButton->mapToGlobal(QPoint(0, m_transferButton->height())));
}

void QueuePanel::refreshTicket()
{
    if (!m_current.isValid()) {
        m_numberLabel->setText(QStringLiteral("-"));
        m_ticketLabel->setText(m_degraded ? tr("Press \"Next walk-in\" when a citizen comes to the counter.")
                                          : tr("Press \"Call next\" to call the next citizen."));
        m_reasonLabel->clear();
        m_casesLabel->clear();
        return;
    }
    m_numberLabel->setText(m_current.number);
    QStringList lines;

    const QString category = m_current.categoryName.isEmpty()
        ? m_current.category
        : QStringLiteral("%1 %2").arg(m_current.category, m_current.categoryName);
    if (!category.isEmpty()) {
        lines << tr("Category: %1").arg(category);
    }
    if (m_current.priority) {
        lines << tr("Priority: %1").arg(queue::QueueRules::priorityReasonText(m_current.priorityReason));
    }
    if (m_current.issuedAt.isValid() && !m_currentIsLocal) {
        const QDateTime called = m_current.calledAt.isValid() ? m_current.calledAt : QDateTime::currentDateTimeUtc();
        lines << tr("Waited %1 (ticket taken at %2)")
                     .arg(minutesText(m_current.issuedAt.secsTo(called)),
                          m_current.issuedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    if (!m_current.idNumber.isEmpty()) {
        lines << tr("ID card read at the kiosk: %1").arg(idcard::IdNumber::masked(m_current.idNumber));
    } else if (m_currentIsLocal) {
        lines << tr("\"Start intake\" opens an empty intake; read the citizen's card at this counter.");
    } else {
        lines << tr("No ID card was read at the kiosk.");
    }
    m_ticketLabel->setText(lines.join(QLatin1Char('\n')));
    // An own-range walk-in never went past the kiosk: the card is read here, at the counter.
    m_reasonLabel->setText(m_currentIsLocal
                               ? tr("Walk-in %1 (own number while the hall host is away)").arg(m_current.number)
                               : m_current.reason);
    m_casesLabel->setText(m_cases.isEmpty() ? tr("No case accepted for this ticket yet.")
                                            : tr("%n case(s) will be linked to this ticket on Finish.", nullptr,
                                                 static_cast<int>(m_cases.size())));
}

void QueuePanel::refreshButtons()
{
    const bool online = m_client && m_client->isReady();
    const bool serving = m_current.isValid();
    const bool hostTicket = serving && !m_currentIsLocal;
    m_callNextButton->setVisible(!m_degraded);
    m_nextWalkInButton->setVisible(m_degraded);
    m_callNextButton->setEnabled(online && !serving && !m_busy && !m_paused);
    m_nextWalkInButton->setEnabled(!serving);
    m_recallButton->setEnabled(online && hostTicket);
    m_noShowButton->setEnabled(serving && (online || m_currentIsLocal));
    m_transferButton->setEnabled(online && hostTicket);
    m_finishButton->setEnabled(serving && (online || m_currentIsLocal));
    m_startIntakeButton->setEnabled(serving);
    m_pauseButton->setEnabled(online);
    m_pauseButton->setText(m_paused ? tr("Resume") : tr("Pause"));
    if (!serving) {
        refreshTicket();
    }
}

void QueuePanel::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ow::ui
