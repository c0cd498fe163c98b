#include "CounterSession.h"

#include "LoginDialog.h"
#include "MainWindow.h"

namespace ow::ui {

CounterSession::CounterSession(core::Services& services, SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_options(std::move(options))
{ }

CounterSession::~CounterSession()
{
    delete m_mainWindow;
    delete m_loginDialog;
}

LoginDialog* CounterSession::loginDialog() const
{
    return m_loginDialog;
}

MainWindow* CounterSession::mainWindow() const
{
    return m_mainWindow;
}

void CounterSession::start()
{
    showLogin();
}

void CounterSession::showLogin()
{
    m_loginDialog = new LoginDialog(m_services);
    m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_loginDialog, &QDialog::accepted, this, [this] {
        const auto clerk = m_loginDialog->clerk();
        m_mainWindow = new MainWindow(m_services, *clerk, m_options);
        m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_mainWindow, &MainWindow::logoutRequested, this, &CounterSession::logout);
        connect(m_mainWindow, &QObject::destroyed, this, [this] {
            if (!m_loginDialog) {
                Q_EMIT finished();
            }
        });
        m_mainWindow->show();
    });
    connect(m_loginDialog, &QDialog::rejected, this, &CounterSession::finished);
    m_loginDialog->open();
}

void CounterSession::logout()
{
    showLogin();
    m_mainWindow->close();
}

} // namespace ow::ui
