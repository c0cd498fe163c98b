#pragma once

#include "queue/QueueTypes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace ow::queue {
class QueueClient;
}

namespace ow::ui {

class TicketPrinter;

// The ticket kiosk for citizens, many of them elderly: a few large buttons, one per service. A card laid on the
// reader ties the ticket to the citizen and gives priority from the age on the card.
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    KioskPage(queue::QueueClient& client, QWidget* parent = nullptr);
    ~KioskPage() override;

    void setHallName(const QString& name);
    void setPrinter(std::unique_ptr<TicketPrinter> printer);
    // The ID number of the card on the reader; empty when the card is taken away.
    void setCitizen(const QString& idNumber);
    void takeTicket(const QString& category);

    [[nodiscard]] queue::Ticket lastTicket() const { return m_lastTicket; }

Q_SIGNALS:
    void ticketIssued(const ow::queue::Ticket& ticket);

private:
    void showCategories(const QList<queue::Category>& categories);
    void showMessage(const QString& text, bool problem);

    QPointer<queue::QueueClient> m_client;
    std::unique_ptr<TicketPrinter> m_printer;
    QString m_hallName;
    QString m_idNumber;
    QStringList m_shownCodes;
    queue::Ticket m_lastTicket;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_cardLabel = nullptr;
    QCheckBox* m_disabilityCheckBox = nullptr;
    QGridLayout* m_buttonsLayout = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace ow::ui
