#pragma once

#include "SessionOptions.h"
#include "auth/ClerkService.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QToolButton;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ow::core {
struct Services;
}

namespace ow::queue {
class LocalRange;
class QueueClient;
} // namespace ow::queue

namespace ow::ui {

class BacklogPage;
class IdleWatcher;
class CasesPage;
class IntakePage;
class PaperPrinter;
class QueuePanel;
class SettingsPage;

// The counter's one window: navigation, the pages, the status bar, and the idle lock.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Queue,
        Intake,
        Cases,
        Backlog,
        Settings
    };

    MainWindow(core::Services& services, const auth::Clerk& clerk, const SessionOptions& options = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] bool isLocked() const;
    // For tests and settings: how long without input before the lock, in milliseconds (0 = never).
    void setIdleTimeout(int milliseconds);
    void lock();

Q_SIGNALS:
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildLockScreen();
    QWidget* buildQueuePanel();
    void tryUnlock();
    void refreshStatus();
    void showSyncProblems();
    void saveState() const;

    core::Services& m_services;
    auth::Clerk m_clerk;
    QStackedWidget* m_rootStackedWidget = nullptr;
    QListWidget* m_navigationListWidget = nullptr;
    QStackedWidget* m_pagesStackedWidget = nullptr;
    std::unique_ptr<PaperPrinter> m_printer;
    std::unique_ptr<queue::LocalRange> m_localRange;
    queue::QueueClient* m_queueClient = nullptr;
    QueuePanel* m_queuePanel = nullptr;
    IntakePage* m_intakePage = nullptr;
    CasesPage* m_casesPage = nullptr;
    BacklogPage* m_backlogPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    QWidget* m_lockWidget = nullptr;
    QLineEdit* m_unlockPasswordLineEdit = nullptr;
    QLabel* m_unlockMessageLabel = nullptr;
    QLabel* m_clerkLabel = nullptr;
    QLabel* m_counterLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_pendingSyncLabel = nullptr;
    QProgressBar* m_syncProgressBar = nullptr;
    QToolButton* m_syncProblemsButton = nullptr;
    QTimer* m_statusTimer = nullptr;
    IdleWatcher* m_idleWatcher = nullptr;
};

} // namespace ow::ui
