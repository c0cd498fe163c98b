#pragma once

#include "queue/QueueClient.h"
#include "queue/QueueTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ow::queue {
class LocalHandover;
class LocalRange;
} // namespace ow::queue

namespace ow::ui {

class RatingDialog;

// The counter's queue panel (Queue page): the link to the hall host, the categories this counter serves, the
// ticket being served and why it was chosen, the waiting counts, and the calls. Without the host it serves
// walk-ins with the counter's own numbers (C3-001...), which go to the host by themselves once it is back.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    // client may be null: no host configured; then only walk-ins with own numbers are possible.
    QueuePanel(queue::QueueClient* client, queue::LocalRange& range, const QString& clerkUuid,
               QWidget* parent = nullptr);
    ~QueuePanel() override;

    // Empty: every category.
    void setCategories(const QStringList& codes);
    [[nodiscard]] QStringList categories() const { return m_categories; }

    // Cases accepted while the current ticket is served; they are linked to it on Finish.
    void addCases(const QStringList& caseUuids);
    [[nodiscard]] QStringList linkedCases() const { return m_cases; }

    [[nodiscard]] queue::Ticket currentTicket() const { return m_current; }
    [[nodiscard]] bool isServing() const { return m_current.isValid(); }
    [[nodiscard]] bool isDegraded() const { return m_degraded; }
    [[nodiscard]] RatingDialog* ratingDialog() const;

    void callNext();
    void recall();
    void noShow();
    void transferToCategory(const QString& code);
    void transferToCounter(int counter);
    void setPaused(bool paused);
    // Asks the citizen for a rating, then ends the service with it.
    void finish();
    void nextWalkIn();

Q_SIGNALS:
    // The clerk wants to start intake for the citizen of the ticket (ID number read at the kiosk).
    void intakeRequested(const QString& idNumber);
    // The service ended: the ticket with its cases and rating (0 when the citizen did not rate).
    void serviceFinished(const ow::queue::Ticket& ticket, const QStringList& caseUuids, int rating);
    void degradedChanged(bool degraded);

private:
    void onStateChanged();
    void onDisconnected(const QString& reason);
    void onReply(const queue::QueueReply& reply, const QString& done);
    void finishWith(int rating);
    void setCurrent(const queue::Ticket& ticket, bool local);
    void setDegraded(bool degraded);
    void showStatus(const queue::HallStatus& status);
    void showTransferMenu();
    void refreshTicket();
    void refreshButtons();
    void showMessage(const QString& text, bool problem);

    QPointer<queue::QueueClient> m_client;
    queue::LocalRange& m_range;
    queue::LocalHandover* m_handover = nullptr;
    QString m_clerkUuid;
    QStringList m_categories;
    QList<queue::Category> m_hallCategories;
    queue::Ticket m_current;
    bool m_currentIsLocal = false;
    QStringList m_cases;
    bool m_degraded = false;
    bool m_paused = false;
    bool m_busy = false;
    QPointer<RatingDialog> m_ratingDialog;

    QLabel* m_connectionLabel = nullptr;
    QLabel* m_degradedLabel = nullptr;
    QLabel* m_categoriesLabel = nullptr;
    QLabel* m_numberLabel = nullptr;
    QLabel* m_ticketLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_casesLabel = nullptr;
    QTableWidget* m_waitingTableWidget = nullptr;
    QPushButton* m_callNextButton = nullptr;
    QPushButton* m_nextWalkInButton = nullptr;
    QPushButton* m_recallButton = nullptr;
    QPushButton* m_noShowButton = nullptr;
    QPushButton* m_transferButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_startIntakeButton = nullptr;
    QPushButton* m_finishButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QTimer* m_clockTimer = nullptr;
};

} // namespace ow::ui
