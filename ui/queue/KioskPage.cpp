#include "queue/KioskPage.h"

#include "idcard/IdNumber.h"
#include "queue/QueueClient.h"
#include "queue/TicketPrinter.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

constexpr int columns = 2;
constexpr int resultShownMs = 20000;

} // namespace

KioskPage::KioskPage(queue::QueueClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(&client)
    , m_printer(std::make_unique<TicketPrinter>())
{
    setObjectName(QStringLiteral("kioskPage"));
    QFont large = font();
    large.setPointSize(28);
    setFont(large);

    m_titleLabel = new QLabel(tr("Please touch the service you came for"), this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont title = large;
    title.setPointSize(36);
    title.setBold(true);
    m_titleLabel->setFont(title);

    m_cardLabel = new QLabel(tr("Lay your ID card on the reader: citizens aged 70 or more are served first."), this);
    m_cardLabel->setObjectName(QStringLiteral("cardLabel"));
    m_cardLabel->setAlignment(Qt::AlignCenter);
    m_cardLabel->setWordWrap(true);

    m_disabilityCheckBox = new QCheckBox(tr("I hold a disability certificate"), this);
    m_disabilityCheckBox->setObjectName(QStringLiteral("disabilityCheckBox"));
    m_disabilityCheckBox->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 40px; height: 40px; }"));

    m_buttonsLayout = new QGridLayout;
    m_buttonsLayout->setSpacing(24);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setAlignment(Qt::AlignCenter);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setMinimumHeight(160);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_cardLabel);
    layout->addWidget(m_disabilityCheckBox, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttonsLayout, 1);
    layout->addWidget(m_resultLabel);

    connect(&client, &queue::QueueClient::statusChanged, this,
            [this](const queue::HallStatus& status) { showCategories(status.categories); });
    connect(&client, &queue::QueueClient::disconnected, this,
            [this] { showMessage(tr("Tickets are not available for a moment. Please ask at a counter."), true); });
    connect(&client, &queue::QueueClient::ready, this, [this] { showMessage({}, false); });
    showCategories(client.lastStatus().categories);
}

KioskPage::~KioskPage() = default;

void KioskPage::setHallName(const QString& name)
{
    m_hallName = name;
}

void KioskPage::setPrinter(std::unique_ptr<TicketPrinter> printer)
{
    m_printer = std::move(printer);
}

void KioskPage::showCategories(const QList<queue::Category>& categories)
{
    QStringList codes;
    for (const queue::Category& category : categories) {
        codes.append(category.code);
    }
    if (codes == m_shownCodes) {
        return;
    }
    m_shownCodes = codes;
    while (QLayoutItem* item = m_buttonsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < categories.size(); ++i) {
        const queue::Category& category = categories.at(i);
        auto* button = new QPushButton(category.name, this);
        button->setObjectName(QStringLiteral("category%1Button").arg(category.code));
        button->setMinimumHeight(110);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(button, &QPushButton::clicked, this, [this, code = category.code] { takeTicket(code); });
        m_buttonsLayout->addWidget(button, i / columns, i % columns);
    }
}

void KioskPage::setCitizen(const QString& idNumber)
{
    m_idNumber = idNumber;
    if (idNumber.isEmpty()) {
        m_cardLabel->setText(tr("Lay your ID card on the reader: citizens aged 70 or more are served first."));
        return;
    }
    const auto check = idcard::IdNumber::check(idNumber, QDate::currentDate());
    m_cardLabel->setText(check.valid && check.age >= 70
                             ? tr("Card %1 read: you will be served first. Now touch your service.")
                                   .arg(idcard::IdNumber::masked(idNumber))
                             : tr("Card %1 read. Now touch your service.").arg(idcard::IdNumber::masked(idNumber)));
}

void KioskPage::showMessage(const QString& text, bool problem)
{
    m_resultLabel->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
    m_resultLabel->setText(text);
}

void KioskPage::takeTicket(const QString& category)
{
    if (!m_client) {
        return;
    }
    queue::TicketRequest request;
    request.category = category;
    request.idNumber = m_idNumber;
    request.disability = m_disabilityCheckBox->isChecked();
    m_client->issueTicket(request, this, [this](const queue::QueueReply& reply) {
        if (!reply.ok) {
            showMessage(reply.code == u"disconnected" || reply.code == u"timeout"
                            ? tr("Tickets are not available for a moment. Please ask at a counter.")
                            : reply.error,
                        true);
            return;
        }
        m_lastTicket = reply.ticket();
        QString text =
            tr("Your number is %1.\n%n people ahead of you.", nullptr, m_lastTicket.ahead).arg(m_lastTicket.number);
        QString error;
        if (m_printer && !m_printer->print(m_lastTicket, m_hallName, &error)) {
            text += u'\n' + error;
        }
        showMessage(text, false);
        // The next citizen starts afresh: no card, no certificate ticked.
        setCitizen({});
        m_disabilityCheckBox->setChecked(false);
        QTimer::singleShot(resultShownMs, this, [this, number = m_lastTicket.number] {
            if (m_lastTicket.number == number) {
                showMessage({}, false);
            }
        });
        Q_EMIT ticketIssued(m_lastTicket);
    });
}

} // namespace ow::ui
