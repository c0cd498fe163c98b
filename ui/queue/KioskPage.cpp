#include "queue/KioskPage.h"

#include "idcard/IdCardSource.h"
#include "idcard/IdNumber.h"
#include "queue/QueueClient.h"
#include "queue/QueueRules.h"
#include "queue/TicketPrinter.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

constexpr int columns = 2;
constexpr int resultShownMs = 20000;
constexpr int bookingCodeLength = 6;

// Dark on light and light on dark only: many citizens at the kiosk see poorly. A style sheet sets its own font,
// so each one carries its size.
QString bigButtonStyle(int points = 28)
{
    return QStringLiteral("QPushButton { background: #0d47a1; color: white; border-radius: 12px; padding: 12px; "
                          "font-size: %1pt; font-weight: bold; }"
                          "QPushButton:pressed { background: #08306b; }")
        .arg(points);
}

QString checkInButtonStyle(int points = 40)
{
    return QStringLiteral("QPushButton { background: #1b5e20; color: white; border-radius: 16px; padding: 16px; "
                          "font-size: %1pt; font-weight: bold; }"
                          "QPushButton:pressed { background: #0d3311; }")
        .arg(points);
}

QString plainButtonStyle(int points = 26)
{
    return QStringLiteral("QPushButton { background: #eeeeee; color: black; border: 2px solid #424242; "
                          "border-radius: 12px; padding: 8px; font-size: %1pt; }")
        .arg(points);
}

// The name as the kiosk shows it to the people behind: the family name, the rest hidden.
QString maskedName(const QString& name)
{
    // Counted in characters, not UTF-16 units: rare name characters lie outside the basic plane.
    const QList<uint> characters = name.toUcs4();
    if (characters.size() <= 1) {
        return name;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData()), 1) +
        QString(characters.size() - 1, u'*');
}

QPushButton* bigButton(const QString& text, const QString& objectName, const QString& style, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setStyleSheet(style);
    button->setMinimumHeight(70);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return button;
}

} // namespace

KioskPage::KioskPage(queue::QueueClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(&client)
    , m_printer(std::make_unique<TicketPrinter>())
    , m_citizenTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskPage"));
    QPalette colors = palette();
    colors.setColor(QPalette::Window, Qt::white);
    colors.setColor(QPalette::WindowText, Qt::black);
    setPalette(colors);
    setAutoFillBackground(true);
    QFont large = font();
    large.setPointSize(28);
    setFont(large);

    m_titleLabel = new QLabel(tr("Please touch the service you came for"), this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    QFont title = large;
    title.setPointSize(36);
    title.setBold(true);
    m_titleLabel->setFont(title);

    m_cardLabel = new QLabel(tr("Lay your ID card on the reader: citizens aged 70 or more are served first."), this);
    m_cardLabel->setObjectName(QStringLiteral("cardLabel"));
    m_cardLabel->setAlignment(Qt::AlignCenter);
    m_cardLabel->setWordWrap(true);
    QFont cardFont = large;
    cardFont.setPointSize(24);
    m_cardLabel->setFont(cardFont);

    m_readerLabel = new QLabel(tr("Card reader not available - please choose your service."), this);
    m_readerLabel->setObjectName(QStringLiteral("readerLabel"));
    m_readerLabel->setAlignment(Qt::AlignCenter);
    m_readerLabel->setWordWrap(true);
    QFont small = large;
    small.setPointSize(20);
    m_readerLabel->setFont(small);
    m_readerLabel->setStyleSheet(QStringLiteral("color: #5d4037;"));
    m_readerLabel->hide();

    m_disabilityCheckBox = new QCheckBox(tr("I hold a disability certificate"), this);
    m_disabilityCheckBox->setObjectName(QStringLiteral("disabilityCheckBox"));
    m_disabilityCheckBox->setFont(large);
    m_disabilityCheckBox->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 40px; height: 40px; }"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("kioskStackedWidget"));
    // Not the tallest page's height: the keypad gets the room of the card line, the check box and the result,
    // which it hides, so everything fits a 1024x768 kiosk screen.
    m_stack->setMinimumHeight(320);

    // The services, and the way to an appointment without a card.
    m_servicesPage = new QWidget(m_stack);
    m_buttonsLayout = new QGridLayout;
    m_buttonsLayout->setSpacing(16);
    m_appointmentButton =
        bigButton(tr("I have an appointment"), QStringLiteral("appointmentButton"), plainButtonStyle(), m_servicesPage);
    m_appointmentButton->setMinimumHeight(60);
    connect(m_appointmentButton, &QPushButton::clicked, this, &KioskPage::openKeypad);
    auto* servicesLayout = new QVBoxLayout(m_servicesPage);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    servicesLayout->setSpacing(16);
    servicesLayout->addLayout(m_buttonsLayout, 1);
    servicesLayout->addWidget(m_appointmentButton);
    m_stack->addWidget(m_servicesPage);

    // Today's appointment and one big button to check in.
    m_appointmentPage = new QWidget(m_stack);
    m_appointmentLabel = new QLabel(m_appointmentPage);
    m_appointmentLabel->setObjectName(QStringLiteral("appointmentLabel"));
    m_appointmentLabel->setAlignment(Qt::AlignCenter);
    m_appointmentLabel->setWordWrap(true);
    QFont appointmentFont = large;
    appointmentFont.setPointSize(32);
    appointmentFont.setBold(true);
    m_appointmentLabel->setFont(appointmentFont);
    m_checkInButton =
        bigButton(tr("Check in"), QStringLiteral("checkInButton"), checkInButtonStyle(), m_appointmentPage);
    QFont checkInFont = large;
    checkInFont.setPointSize(40);
    checkInFont.setBold(true);
    m_checkInButton->setFont(checkInFont);
    m_checkInButton->setMinimumHeight(120);
    connect(m_checkInButton, &QPushButton::clicked, this, &KioskPage::checkIn);
    auto* otherButton =
        bigButton(tr("Other services"), QStringLiteral("otherServicesButton"), plainButtonStyle(), m_appointmentPage);
    otherButton->setMinimumHeight(70);
    connect(otherButton, &QPushButton::clicked, this, &KioskPage::backToServices);
    auto* appointmentLayout = new QVBoxLayout(m_appointmentPage);
    appointmentLayout->setContentsMargins(0, 0, 0, 0);
    appointmentLayout->setSpacing(16);
    appointmentLayout->addWidget(m_appointmentLabel, 1);
    appointmentLayout->addWidget(m_checkInButton, 2);
    appointmentLayout->addWidget(otherButton);
    m_stack->addWidget(m_appointmentPage);

    // A large numeric keypad for the six-digit booking code.
    m_keypadPage = new QWidget(m_stack);
    auto* keypadTitle = new QLabel(tr("Type the 6-digit booking code of your appointment"), m_keypadPage);
    keypadTitle->setAlignment(Qt::AlignCenter);
    keypadTitle->setWordWrap(true);
    keypadTitle->setFont(large);
    m_codeLabel = new QLabel(m_keypadPage);
    m_codeLabel->setObjectName(QStringLiteral("bookingCodeLabel"));
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setStyleSheet(QStringLiteral("border: 3px solid #212121; background: white; color: black;"));
    QFont codeFont = large;
    codeFont.setPointSize(44);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 12);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setMinimumHeight(70);
    m_keypadMessageLabel = new QLabel(m_keypadPage);
    m_keypadMessageLabel->setObjectName(QStringLiteral("keypadMessageLabel"));
    m_keypadMessageLabel->setAlignment(Qt::AlignCenter);
    m_keypadMessageLabel->setWordWrap(true);
    QFont messageFont = large;
    messageFont.setPointSize(26);
    messageFont.setBold(true);
    m_keypadMessageLabel->setFont(messageFont);
    m_keypadMessageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* keys = new QGridLayout;
    keys->setSpacing(8);
    for (int digit = 1; digit <= 10; ++digit) {
        const QString text = QString::number(digit % 10);
        auto* key = bigButton(text, QStringLiteral("digit%1Button").arg(text), bigButtonStyle(36), m_keypadPage);
        key->setMinimumHeight(55);
        connect(key, &QPushButton::clicked, this, [this, text] { typeDigit(text); });
        keys->addWidget(key, (digit - 1) / 3, digit == 10 ? 1 : (digit - 1) % 3);
    }
    auto* deleteKey = bigButton(tr("Delete"), QStringLiteral("deleteDigitButton"), plainButtonStyle(), m_keypadPage);
    deleteKey->setMinimumHeight(55);
    connect(deleteKey, &QPushButton::clicked, this, [this] {
        m_typedCode.chop(1);
        m_codeLabel->setText(m_typedCode);
    });
    keys->addWidget(deleteKey, 3, 0);
    auto* okKey = bigButton(tr("OK"), QStringLiteral("bookingCodeOkButton"), checkInButtonStyle(), m_keypadPage);
    okKey->setMinimumHeight(55);
    connect(okKey, &QPushButton::clicked, this, &KioskPage::confirmBookingCode);
    keys->addWidget(okKey, 3, 2);
    auto* cancelKey = bigButton(tr("Back"), QStringLiteral("keypadBackButton"), plainButtonStyle(), m_keypadPage);
    cancelKey->setMinimumHeight(60);
    connect(cancelKey, &QPushButton::clicked, this, &KioskPage::backToServices);
    auto* keypadLayout = new QVBoxLayout(m_keypadPage);
    keypadLayout->setContentsMargins(0, 0, 0, 0);
    keypadLayout->setSpacing(8);
    keypadLayout->addWidget(keypadTitle);
    keypadLayout->addWidget(m_codeLabel);
    keypadLayout->addWidget(m_keypadMessageLabel);
    keypadLayout->addLayout(keys, 1);
    keypadLayout->addWidget(cancelKey);
    m_stack->addWidget(m_keypadPage);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setAlignment(Qt::AlignCenter);
    m_resultLabel->setWordWrap(true);
    QFont resultFont = large;
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_cardLabel);
    layout->addWidget(m_readerLabel);
    layout->addWidget(m_disabilityCheckBox, 0, Qt::AlignHCenter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_resultLabel);

    // A citizen must never get the ticket of the one before: a read card does not outlive its owner.
    m_citizenTimer->setSingleShot(true);
    m_citizenTimer->setInterval(defaultCitizenTimeoutMs);
    connect(m_citizenTimer, &QTimer::timeout, this, [this] {
        if (!m_idNumber.isEmpty()) {
            setCitizen({});
            backToServices();
        }
    });

    connect(&client, &queue::QueueClient::statusChanged, this,
            [this](const queue::HallStatus& status) { showCategories(status.categories); });
    connect(&client, &queue::QueueClient::disconnected, this,
            [this] { showMessage(tr("Tickets are not available for a moment. Please ask at a counter."), true); });
    connect(&client, &queue::QueueClient::ready, this, [this] { showMessage({}, false); });
    showCategories(client.lastStatus().categories);
}

KioskPage::~KioskPage()
{
    if (m_source) {
        m_source->stop();
    }
}

void KioskPage::setHallName(const QString& name)
{
    m_hallName = name;
}

void KioskPage::setPrinter(std::unique_ptr<TicketPrinter> printer)
{
    m_printer = std::move(printer);
}

void KioskPage::setCitizenTimeout(int milliseconds)
{
    m_citizenTimer->setInterval(milliseconds);
}

void KioskPage::useCardSource(std::unique_ptr<idcard::IdCardSource> source)
{
    if (m_source) {
        m_source->stop();
    }
    m_source = std::move(source);
    setReaderProblem(false);
    if (!m_source) {
        return;
    }
    connect(m_source.get(), &idcard::IdCardSource::cardRead, this, [this](const idcard::CardRead& read) {
        m_cardOnReader = true;
        setCitizen(read.card.idNumber, read.card.name);
    });
    connect(m_source.get(), &idcard::IdCardSource::waitingForCard, this, &KioskPage::onCardRemoved);
    connect(m_source.get(), &idcard::IdCardSource::stateChanged, this, [this](idcard::IdCardSource::State state) {
        setReaderProblem(state == idcard::IdCardSource::State::DeviceMissing ||
                         state == idcard::IdCardSource::State::Faulted);
    });
    m_source->start();
}

void KioskPage::setReaderProblem(bool problem)
{
    m_readerLabel->setVisible(problem);
}

void KioskPage::onCardRemoved()
{
    if (!m_cardOnReader) {
        return;
    }
    m_cardOnReader = false;
    // The citizen may pick the card up before touching a service; the timeout clears it if they walk away.
    if (!m_idNumber.isEmpty()) {
        m_citizenTimer->start();
    }
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
        auto* button = bigButton(category.name, QStringLiteral("category%1Button").arg(category.code), bigButtonStyle(),
                                 m_servicesPage);
        connect(button, &QPushButton::clicked, this, [this, code = category.code] { takeTicket(code); });
        m_buttonsLayout->addWidget(button, i / columns, i % columns);
    }
}

void KioskPage::setCitizen(const QString& idNumber, const QString& name)
{
    m_idNumber = idNumber;
    m_bookingCode.clear();
    if (idNumber.isEmpty()) {
        m_citizenTimer->stop();
        m_cardOnReader = false;
        m_cardLabel->setText(tr("Lay your ID card on the reader: citizens aged 70 or more are served first."));
        if (m_stack->currentWidget() == m_appointmentPage) {
            backToServices();
        }
        return;
    }
    m_citizenTimer->start();
    const QString who = name.isEmpty() ? idcard::IdNumber::masked(idNumber) : maskedName(name);
    // The host decides the priority from the ID number; the kiosk only tells the citizen what to expect.
    const auto check = idcard::IdNumber::check(idNumber, QDate::currentDate());
    m_cardLabel->setText(check.valid && check.age >= 70
                             ? tr("%1 - card read: you will be served first. Now touch your service.").arg(who)
                             : tr("%1 - card read. Now touch your service.").arg(who));
    showMessage({}, false);
    lookUpAppointment(idNumber, {});
}

void KioskPage::lookUpAppointment(const QString& idNumber, const QString& bookingCode)
{
    if (!m_client) {
        return;
    }
    m_client->findAppointment(
        idNumber, bookingCode, this, [this, idNumber, bookingCode](const queue::QueueReply& reply) {
            // The card may have gone, or another come, while the host answered.
            if (idNumber != m_idNumber || (!bookingCode.isEmpty() && bookingCode != m_typedCode)) {
                return;
            }
            if (!reply.ok) {
                if (!bookingCode.isEmpty()) {
                    m_keypadMessageLabel->setText(
                        reply.code == u"not-found"
                            ? tr("The code %1 is not an appointment of today. Please check it and try again.")
                                  .arg(bookingCode)
                            : reply.code == u"too-many"
                            ? reply.error
                            : tr("Appointments cannot be checked just now. Please take a ticket or ask at a counter."));
                }
                return;
            }
            m_bookingCode = bookingCode;
            m_checkInEarlyMinutes = reply.data.value(QStringLiteral("early_minutes")).toInt(queue::checkInEarlyMinutes);
            showAppointment(reply.data.value(QStringLiteral("appointment")).toObject(),
                            reply.data.value(QStringLiteral("window")).toString());
        });
}

void KioskPage::showAppointment(const QJsonObject& appointment, const QString& window)
{
    const QDateTime slot = queue::parseWireTime(appointment.value(QStringLiteral("slot_start")).toString());
    const QString at = slot.toLocalTime().toString(QStringLiteral("HH:mm"));
    QString item = appointment.value(QStringLiteral("item_name")).toString();
    if (item.isEmpty()) {
        item = appointment.value(QStringLiteral("item_code")).toString();
    }
    if (window == u"open") {
        m_appointmentLabel->setText(item.isEmpty() ? tr("You have an appointment at %1.").arg(at)
                                                   : tr("You have an appointment at %1 for %2.").arg(at, item));
        m_stack->setCurrentWidget(m_appointmentPage);
        showAll();
        // The appointment already gives the place in line; the check box only belongs to the services.
        m_disabilityCheckBox->hide();
        m_titleLabel->setText(tr("Welcome: your appointment is today"));
        return;
    }
    // Too early or missed: a plain word, and the services as for everybody (a missed slot is a walk-in).
    backToServices();
    showMessage(window == u"too-early"
                    ? tr("Your appointment is at %1. Please come back from %2 minutes before it, or take a ticket now.")
                          .arg(at)
                          .arg(m_checkInEarlyMinutes)
                    : tr("Your appointment at %1 has passed. Please touch your service for a ticket.").arg(at),
                false);
}

void KioskPage::checkIn()
{
    if (!m_client || (m_idNumber.isEmpty() && m_bookingCode.isEmpty())) {
        backToServices();
        return;
    }
    m_citizenTimer->stop();
    m_client->checkIn(m_bookingCode.isEmpty() ? m_idNumber : QString(), m_bookingCode, this,
                      [this](const queue::QueueReply& reply) {
                          if (!reply.ok) {
                              backToServices();
                              showMessage(reply.code == u"disconnected" || reply.code == u"timeout"
                                              ? tr("Tickets are not available for a moment. Please ask at a "
                                                   "counter.")
                                              : reply.error,
                                          true);
                              return;
                          }
                          backToServices();
                          showTicket(reply.ticket(), reply.data.value(QStringLiteral("again")).toBool());
                      });
}

void KioskPage::openKeypad()
{
    // The keypad takes the room of everything that does not help typing the code.
    m_titleLabel->setText(tr("Check in for your appointment"));
    m_cardLabel->hide();
    m_disabilityCheckBox->hide();
    m_resultLabel->hide();
    m_typedCode.clear();
    m_codeLabel->clear();
    m_keypadMessageLabel->clear();
    m_stack->setCurrentWidget(m_keypadPage);
}

void KioskPage::typeDigit(const QString& digit)
{
    if (m_typedCode.size() < bookingCodeLength) {
        m_typedCode += digit;
    }
    m_codeLabel->setText(m_typedCode);
    m_keypadMessageLabel->clear();
}

void KioskPage::confirmBookingCode()
{
    if (m_typedCode.size() != bookingCodeLength) {
        m_keypadMessageLabel->setText(tr("The booking code has 6 digits."));
        return;
    }
    lookUpAppointment(m_idNumber, m_typedCode);
}

void KioskPage::backToServices()
{
    m_titleLabel->setText(tr("Please touch the service you came for"));
    m_stack->setCurrentWidget(m_servicesPage);
    showAll();
}

void KioskPage::showAll()
{
    m_cardLabel->show();
    m_disabilityCheckBox->show();
    m_resultLabel->show();
}

void KioskPage::showMessage(const QString& text, bool problem)
{
    m_resultLabel->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: black;"));
    m_resultLabel->setText(text);
}

void KioskPage::showTicket(const queue::Ticket& ticket, bool again)
{
    m_lastTicket = ticket;
    QString text = again ? tr("You are already checked in. Your number is %1.").arg(ticket.number)
                         : tr("Your number is %1.\n%n people ahead of you.", nullptr, ticket.ahead).arg(ticket.number);
    if (ticket.priority) {
        text += u'\n' + tr("Priority: %1").arg(queue::QueueRules::priorityReasonText(ticket.priorityReason));
    }
    QString error;
    if (m_printer && !m_printer->print(ticket, m_hallName, &error)) {
        text += u'\n' + error;
    }
    showMessage(text, false);
    // The next citizen starts afresh: no card, no certificate ticked.
    setCitizen({});
    m_disabilityCheckBox->setChecked(false);
    QTimer::singleShot(resultShownMs, this, [this, number = ticket.number] {
        if (m_lastTicket.number == number) {
            showMessage({}, false);
        }
    });
    Q_EMIT ticketIssued(ticket);
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
        showTicket(reply.ticket(), false);
    });
}

} // namespace ow::ui
