#include "DistrictSettingsWidget.h"

#include "core/Services.h"
#include "sync/Enrollment.h"
#include "sync/SyncSettings.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>

namespace ow::ui {

DistrictSettingsWidget::DistrictSettingsWidget(core::Services& services, const auth::Clerk& clerk, QWidget* parent)
    : QGroupBox(tr("District"), parent)
    , m_services(services)
    , m_canEdit(auth::Roles::allows(clerk.role, auth::Permission::ChangeCounterSettings))
{
    setObjectName(QStringLiteral("districtGroupBox"));
    m_network = new QNetworkAccessManager(this);
    m_serverLineEdit = new QLineEdit(this);
    m_serverLineEdit->setObjectName(QStringLiteral("districtServerLineEdit"));
    m_serverLineEdit->setPlaceholderText(QStringLiteral("https://district.example.cn"));
    m_codeLineEdit = new QLineEdit(this);
    m_codeLineEdit->setObjectName(QStringLiteral("enrollCodeLineEdit"));
    m_codeLineEdit->setPlaceholderText(tr("one-time code from the district"));
    m_enrollButton = new QPushButton(tr("&Enroll"), this);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("districtStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSyncLabel"));
    m_syncNowButton = new QPushButton(tr("Sync &now"), this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_offlineDaysSpinBox = new QSpinBox(this);
    m_offlineDaysSpinBox->setObjectName(QStringLiteral("offlineLoginDaysSpinBox"));
    m_offlineDaysSpinBox->setRange(1, sync::SyncSettings::maxOfflineLoginDays);
    m_offlineDaysSpinBox->setSuffix(tr(" days"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("districtMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLineEdit, 1);
    codeRow->addWidget(m_enrollButton);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_lastSyncLabel, 1);
    syncRow->addWidget(m_syncNowButton);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Server address:"), m_serverLineEdit);
    form->addRow(tr("Enrolment code:"), codeRow);
    form->addRow(tr("State:"), m_stateLabel);
    form->addRow(tr("Last sync:"), syncRow);
    form->addRow(tr("Offline logins allowed for:"), m_offlineDaysSpinBox);
    form->addRow(m_messageLabel);
    for (QWidget* field : {static_cast<QWidget*>(m_serverLineEdit), static_cast<QWidget*>(m_codeLineEdit),
                           static_cast<QWidget*>(m_enrollButton), static_cast<QWidget*>(m_offlineDaysSpinBox)}) {
        field->setEnabled(m_canEdit);
    }

    connect(m_enrollButton, &QPushButton::clicked, this, &DistrictSettingsWidget::enroll);
    connect(m_codeLineEdit, &QLineEdit::returnPressed, this, &DistrictSettingsWidget::enroll);
    connect(m_syncNowButton, &QPushButton::clicked, this, [this] {
        m_services.syncService.syncNow();
        showMessage(tr("Sync started; the status bar shows when it is done."), false);
    });
    // The link's state follows the engine; the offline days only change when the page is saved.
    connect(&m_services.syncService, &sync::SyncService::stateChanged, this, &DistrictSettingsWidget::reload);
    m_offlineDaysSpinBox->setValue(sync::SyncSettings(m_services.database).offlineLoginDays());
    reload();
}

void DistrictSettingsWidget::reload()
{
    const sync::SyncSettings settings(m_services.database);
    const sync::DistrictLink link = settings.link();
    if (!m_serverLineEdit->hasFocus()) {
        m_serverLineEdit->setText(link.server.toString());
    }
    m_stateLabel->setText(link.isEnrolled()
                              ? tr("Enrolled with %1 as a counter of %2 (%3) since %4.")
                                    .arg(link.server.toDisplayString(), link.hallName, link.hallCode,
                                         QLocale().toString(link.enrolledAt.toLocalTime().date(), QLocale::ShortFormat))
                              : tr("Not enrolled: the counter works offline only."));
    const QDateTime last = settings.lastSuccess();
    m_lastSyncLabel->setText(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
                                            : tr("never"));
    m_syncNowButton->setEnabled(link.isEnrolled() && m_services.syncService.isRunning());
}

bool DistrictSettingsWidget::save(QString* errorMessage)
{
    if (!m_canEdit || m_offlineDaysSpinBox->value() == sync::SyncSettings(m_services.database).offlineLoginDays()) {
        return true;
    }
    return sync::SyncSettings(m_services.database).setOfflineLoginDays(m_offlineDaysSpinBox->value(), errorMessage);
}

void DistrictSettingsWidget::showMessage(const QString& text, bool error)
{
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_messageLabel->setText(text);
}

void DistrictSettingsWidget::enroll()
{
    if (!m_canEdit) {
        return;
    }
    m_enrollButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    sync::Enrollment enrollment(m_services.database, *m_services.secrets, *m_network);
    QString error;
    const auto link = enrollment.enroll(m_serverLineEdit->text(), m_codeLineEdit->text(), &error);
    QApplication::restoreOverrideCursor();
    m_enrollButton->setEnabled(true);
    if (!link) {
        showMessage(error, true);
        return;
    }
    m_codeLineEdit->clear();
    // A new enrolment needs the engine to read the new token.
    m_services.syncService.stop();
    QString startError;
    if (!m_services.syncService.start(&startError)) {
        showMessage(startError, true);
    } else {
        showMessage(tr("This counter is now enrolled with the district of hall %1.").arg(link->hallName), false);
    }
    reload();
    Q_EMIT enrolled();
}

} // namespace ow::ui
