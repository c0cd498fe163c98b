#pragma once

#include "auth/ClerkService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::core {
struct Services;
}

namespace ow::ui {

// Asks for login and password and checks them offline against the local verifiers.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(core::Services& services, QWidget* parent = nullptr);

    [[nodiscard]] std::optional<auth::Clerk> clerk() const { return m_clerk; }
    [[nodiscard]] QString message() const;

private:
    void attemptLogin();
    void showMessage(const QString& text);

    core::Services& m_services;
    std::optional<auth::Clerk> m_clerk;
    QLineEdit* m_loginLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_loginButton = nullptr;
};

} // namespace ow::ui
