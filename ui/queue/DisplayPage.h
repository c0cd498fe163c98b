#pragma once

#include "queue/QueueTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace ow::queue {
class QueueClient;
}

namespace ow::ui {

class CallAnnouncer;
class NoticeTicker;

// The hall's calling screen, full screen and in large type: the ticket being called and its counter, the
// recent calls, how many wait per category and a scrolling notice. Each call is said aloud, or chimed and flashed.
class DisplayPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int recentRows = 6;

    explicit DisplayPage(QWidget* parent = nullptr);

    // Follows the host's calls and status through this client (the display's own connection).
    void attach(queue::QueueClient* client);
    void setHallName(const QString& name);
    void setNotice(const QString& notice);

    void showStatus(const queue::HallStatus& status);
    void showCall(const queue::CallEvent& call);

    [[nodiscard]] CallAnnouncer* announcer() const { return m_announcer; }
    [[nodiscard]] QString currentNumber() const;
    [[nodiscard]] bool isFlashing() const;

private:
    void setFlash(bool on);
    void showConnection(bool connected);

    QPointer<queue::QueueClient> m_client;
    CallAnnouncer* m_announcer = nullptr;
    QLabel* m_hallNameLabel = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QWidget* m_nowCallingFrame = nullptr;
    QLabel* m_numberLabel = nullptr;
    QLabel* m_counterLabel = nullptr;
    QTableWidget* m_recentTableWidget = nullptr;
    QTableWidget* m_waitingTableWidget = nullptr;
    NoticeTicker* m_noticeTicker = nullptr;
    QTimer* m_flashTimer = nullptr;
    int m_flashesLeft = 0;
    QList<queue::CallEvent> m_recent;
};

} // namespace ow::ui
