#pragma once

#include "auth/ClerkService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow::ui {

// Asks for the reason of a reprint or a void and a supervisor's login and password; accepts only when the
// reason is given and the supervisor is approved (certificate::SupervisorApproval).
class SupervisorDialog : public QDialog
{
    Q_OBJECT

public:
    SupervisorDialog(auth::ClerkService& clerks, const QString& title, const QString& question,
                     QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    [[nodiscard]] std::optional<auth::Clerk> approver() const { return m_approver; }

private:
    void approve();

    auth::ClerkService& m_clerks;
    std::optional<auth::Clerk> m_approver;
    QLineEdit* m_reasonLineEdit = nullptr;
    QLineEdit* m_loginLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QPushButton* m_approveButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
