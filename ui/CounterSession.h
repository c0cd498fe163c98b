#pragma once

#include "SessionOptions.h"

#include <QObject>
#include <QPointer>

namespace ow::core {
struct Services;
}

namespace ow::ui {

class LoginDialog;
class MainWindow;

// Runs the counter: the login dialog, then the main window until the clerk logs out, then the login again.
class CounterSession : public QObject
{
    Q_OBJECT

public:
    explicit CounterSession(core::Services& services, SessionOptions options = {}, QObject* parent = nullptr);
    ~CounterSession() override;

    void start();
    [[nodiscard]] LoginDialog* loginDialog() const;
    [[nodiscard]] MainWindow* mainWindow() const;

Q_SIGNALS:
    void finished();

private:
    void showLogin();
    void logout();

    core::Services& m_services;
    SessionOptions m_options;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace ow::ui
