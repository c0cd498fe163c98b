#include "SettingsPage.h"

#include "core/Language.h"
#include "core/Services.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {

SettingsPage::SettingsPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_canEdit(auth::Roles::allows(clerk.role, auth::Permission::ChangeCounterSettings))
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* counterGroup = new QGroupBox(tr("This counter"), this);
    m_hallCodeLineEdit = new QLineEdit(counterGroup);
    m_hallCodeLineEdit->setObjectName(QStringLiteral("hallCodeLineEdit"));
    m_hallCodeLineEdit->setMaxLength(12);
    m_hallNameLineEdit = new QLineEdit(counterGroup);
    m_hallNameLineEdit->setObjectName(QStringLiteral("hallNameLineEdit"));
    m_counterSpinBox = new QSpinBox(counterGroup);
    m_counterSpinBox->setObjectName(QStringLiteral("counterSpinBox"));
    m_counterSpinBox->setRange(1, 999);
    m_idleLockSpinBox = new QSpinBox(counterGroup);
    m_idleLockSpinBox->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleLockSpinBox->setRange(0, core::CounterSettings::maxIdleLockMinutes);
    m_idleLockSpinBox->setSuffix(tr(" min"));
    m_idleLockSpinBox->setSpecialValueText(tr("Off"));
    auto* counterForm = new QFormLayout(counterGroup);
    counterForm->addRow(tr("Hall code:"), m_hallCodeLineEdit);
    counterForm->addRow(tr("Hall name:"), m_hallNameLineEdit);
    counterForm->addRow(tr("Counter number:"), m_counterSpinBox);
    counterForm->addRow(tr("Lock the window after no input for:"), m_idleLockSpinBox);
    if (!m_canEdit) {
        auto* note = new QLabel(tr("Only an administrator can change these."), counterGroup);
        note->setObjectName(QStringLiteral("readOnlyNoteLabel"));
        counterForm->addRow(note);
        for (QWidget* field : {static_cast<QWidget*>(m_hallCodeLineEdit), static_cast<QWidget*>(m_hallNameLineEdit),
                               static_cast<QWidget*>(m_counterSpinBox), static_cast<QWidget*>(m_idleLockSpinBox)}) {
            field->setEnabled(false);
        }
    }

    auto* pcGroup = new QGroupBox(tr("This PC"), this);
    m_languageComboBox = new QComboBox(pcGroup);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(QStringLiteral("\u4E2D\u6587"), QStringLiteral("zh_CN")); // the language's own name
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* pcForm = new QFormLayout(pcGroup);
    pcForm->addRow(tr("Language (after the next start):"), m_languageComboBox);

    auto* dataGroup = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(dataGroup);
    auto* pathLabel = new QLabel(QDir::toNativeSeparators(services.database.path()), dataGroup);
    pathLabel->setObjectName(QStringLiteral("dataFileLabel"));
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataForm->addRow(tr("Data file:"), pathLabel);
    auto* schemaLabel = new QLabel(QString::number(services.database.schemaVersion()), dataGroup);
    schemaLabel->setObjectName(QStringLiteral("schemaVersionLabel"));
    dataForm->addRow(tr("Schema version:"), schemaLabel);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    for (QWidget* group :
         {static_cast<QWidget*>(counterGroup), static_cast<QWidget*>(pcGroup), static_cast<QWidget*>(dataGroup)}) {
        group->setMaximumWidth(760);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(counterGroup);
    layout->addWidget(pcGroup);
    layout->addWidget(dataGroup);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_saveButton);
    buttonRow->addWidget(m_messageLabel, 1);
    layout->addLayout(buttonRow);
    layout->addStretch();
    reload();
}

void SettingsPage::reload()
{
    const core::CounterIdentity identity = m_services.settings.identity();
    m_hallCodeLineEdit->setText(identity.hallCode);
    m_hallNameLineEdit->setText(identity.hallName);
    m_counterSpinBox->setValue(identity.counterNumber > 0 ? identity.counterNumber : 1);
    m_idleLockSpinBox->setValue(m_services.settings.idleLockMinutes());
    const QString language = QSettings().value(QStringLiteral("language"), core::defaultLanguage()).toString();
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(language)));
}

void SettingsPage::save()
{
    QSettings().setValue(QStringLiteral("language"), m_languageComboBox->currentData().toString());
    if (m_canEdit) {
        core::CounterIdentity identity;
        identity.hallCode = m_hallCodeLineEdit->text().trimmed();
        identity.hallName = m_hallNameLineEdit->text();
        identity.counterNumber = m_counterSpinBox->value();
        QString error;
        if (!m_services.settings.setIdentity(identity, &error) ||
            !m_services.settings.setIdleLockMinutes(m_idleLockSpinBox->value(), &error)) {
            m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_messageLabel->setText(error);
            return;
        }
        Q_EMIT counterChanged();
        Q_EMIT idleLockChanged(m_idleLockSpinBox->value());
    }
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Saved."));
}

} // namespace ow::ui
