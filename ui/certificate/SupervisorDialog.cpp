#include "SupervisorDialog.h"

#include "certificate/SupervisorApproval.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

SupervisorDialog::SupervisorDialog(auth::ClerkService& clerks, const QString& title, const QString& question,
                                   QWidget* parent)
    : QDialog(parent)
    , m_clerks(clerks)
{
    setObjectName(QStringLiteral("supervisorDialog"));
    setWindowTitle(title);
    auto* questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonLineEdit->setPlaceholderText(tr("Kept with the number"));
    m_loginLineEdit = new QLineEdit(this);
    m_loginLineEdit->setObjectName(QStringLiteral("supervisorLoginLineEdit"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("supervisorPasswordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("supervisorMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approveButton = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setDefault(true);
    connect(m_approveButton, &QPushButton::clicked, this, &SupervisorDialog::approve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reasonLineEdit);
    form->addRow(tr("Supervisor login:"), m_loginLineEdit);
    form->addRow(tr("Supervisor password:"), m_passwordLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
}

QString SupervisorDialog::reason() const
{
    return m_reasonLineEdit->text().trimmed();
}

void SupervisorDialog::approve()
{
    if (reason().isEmpty()) {
        m_messageLabel->setText(tr("Give the reason; it is kept with the number."));
        m_reasonLineEdit->setFocus();
        return;
    }
    const certificate::Approval approval = certificate::SupervisorApproval(m_clerks).approve(
        m_loginLineEdit->text().trimmed(), m_passwordLineEdit->text());
    m_passwordLineEdit->clear();
    if (!approval.ok()) {
        m_messageLabel->setText(approval.message);
        m_passwordLineEdit->setFocus();
        return;
    }
    m_approver = approval.clerk;
    accept();
}

} // namespace ow::ui
