#include "LoginDialog.h"

#include "core/Services.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

LoginDialog::LoginDialog(core::Services& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("OneWindow - Log in"));

    auto* titleLabel = new QLabel(tr("OneWindow counter"), this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    const core::CounterIdentity identity = services.settings.identity();
    auto* counterLabel = new QLabel(this);
    counterLabel->setObjectName(QStringLiteral("counterLabel"));
    counterLabel->setText(
        identity.isComplete()
            ? tr("%1, counter %2").arg(identity.hallName).arg(identity.counterNumber)
            : tr("This PC is not set up as a counter yet. An administrator can set it up under Settings."));
    counterLabel->setWordWrap(true);

    m_loginLineEdit = new QLineEdit(this);
    m_loginLineEdit->setObjectName(QStringLiteral("loginLineEdit"));
    m_loginLineEdit->setMaxLength(32);
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_loginLineEdit);
    form->addRow(tr("&Password:"), m_passwordLineEdit);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    QPushButton* quitButton = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(quitButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(counterLabel);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_loginLineEdit->setFocus();
}

QString LoginDialog::message() const
{
    return m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

void LoginDialog::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void LoginDialog::attemptLogin()
{
    m_loginButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auth::LoginResult result = m_services.clerks.login(m_loginLineEdit->text(), m_passwordLineEdit->text());
    QApplication::restoreOverrideCursor();
    m_loginButton->setEnabled(true);

    switch (result.status) {
    case auth::LoginResult::Status::Ok:
        m_clerk = result.clerk;
        m_passwordLineEdit->clear();
        accept();
        return;
    case auth::LoginResult::Status::MissingLogin:
        m_loginLineEdit->setFocus();
        break;
    case auth::LoginResult::Status::MissingPassword:
    case auth::LoginResult::Status::Rejected:
    case auth::LoginResult::Status::Locked:
    case auth::LoginResult::Status::Expired:
    case auth::LoginResult::Status::StoreError:
        m_passwordLineEdit->clear();
        m_passwordLineEdit->setFocus();
        break;
    }
    showMessage(result.message);
}

} // namespace ow::ui
