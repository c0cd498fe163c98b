#pragma once

#include "queue/Appointments.h"
#include "queue/QueueTypes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ow::idcard {
class IdCardSource;
}

namespace ow::queue {
class QueueClient;
}

namespace ow::ui {

class TicketPrinter;

// The ticket kiosk for citizens, many of them elderly: a few large buttons, one per service. A card laid on the
// reader ties the ticket to the citizen (the host gives priority from the age on the card) and finds today's
// appointment to check in; without a card, the booking code is typed on a large keypad.
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    // A card left on the kiosk's screen state no longer than this after it was taken away or last touched.
    static constexpr int defaultCitizenTimeoutMs = 60000;

    KioskPage(queue::QueueClient& client, QWidget* parent = nullptr);
    ~KioskPage() override;

    void setHallName(const QString& name);
    void setPrinter(std::unique_ptr<TicketPrinter> printer);
    // Polls this reader (started here); cards laid on it call setCitizen.
    void useCardSource(std::unique_ptr<idcard::IdCardSource> source);
    // The ID number (and name) of the card on the reader; empty when the card is taken away.
    void setCitizen(const QString& idNumber, const QString& name = {});
    void takeTicket(const QString& category);
    // How long a read card stays after it was taken away, or untouched on the reader.
    void setCitizenTimeout(int milliseconds);

    [[nodiscard]] queue::Ticket lastTicket() const { return m_lastTicket; }
    [[nodiscard]] QString citizen() const { return m_idNumber; }

Q_SIGNALS:
    void ticketIssued(const ow::queue::Ticket& ticket);

private:
    void showCategories(const QList<queue::Category>& categories);
    void showMessage(const QString& text, bool problem);
    void showTicket(const queue::Ticket& ticket, bool again);
    void showAppointment(const QJsonObject& appointment, const QString& window);
    void lookUpAppointment(const QString& idNumber, const QString& bookingCode);
    void checkIn();
    void openKeypad();
    void typeDigit(const QString& digit);
    void confirmBookingCode();
    void backToServices();
    void showAll();
    void onCardRemoved();
    void setReaderProblem(bool problem);

    QPointer<queue::QueueClient> m_client;
    std::unique_ptr<TicketPrinter> m_printer;
    std::unique_ptr<idcard::IdCardSource> m_source;
    QString m_hallName;
    int m_checkInEarlyMinutes = queue::checkInEarlyMinutes; // as the host answers
    QString m_idNumber;
    QString m_bookingCode; // of the appointment shown, when it was found by its code
    QString m_typedCode;
    QStringList m_shownCodes;
    queue::Ticket m_lastTicket;
    bool m_cardOnReader = false;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_cardLabel = nullptr;
    QLabel* m_readerLabel = nullptr;
    QCheckBox* m_disabilityCheckBox = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_servicesPage = nullptr;
    QGridLayout* m_buttonsLayout = nullptr;
    QPushButton* m_appointmentButton = nullptr;
    QWidget* m_appointmentPage = nullptr;
    QLabel* m_appointmentLabel = nullptr;
    QPushButton* m_checkInButton = nullptr;
    QWidget* m_keypadPage = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_keypadMessageLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTimer* m_citizenTimer = nullptr;
};

} // namespace ow::ui
