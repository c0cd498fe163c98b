#include "DecisionDialog.h"

#include "idcard/IdNumber.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {

using supervision::Decision;

namespace {

QString objectNameOf(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approveRadioButton");
    case Decision::ReturnForMaterial:
        return QStringLiteral("returnRadioButton");
    case Decision::Reject:
        return QStringLiteral("rejectRadioButton");
    case Decision::Reassign:
        return QStringLiteral("reassignRadioButton");
    }
    return {};
}

} // namespace

DecisionDialog::DecisionDialog(supervision::DecisionService& decisions, const cases::CaseDetail& detail,
                               const auth::Clerk& actor, const QList<auth::Clerk>& clerks, QWidget* parent)
    : QDialog(parent)
    , m_decisions(decisions)
    , m_detail(detail)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("decisionDialog"));
    const db::CaseRecord& record = detail.record;
    setWindowTitle(tr("Decision on case %1").arg(record.number));
    setMinimumWidth(560);

    auto* caseLabel = new QLabel(this);
    caseLabel->setObjectName(QStringLiteral("decisionCaseLabel"));
    caseLabel->setWordWrap(true);
    QStringList facts;
    facts << tr("<b>%1</b>: %2").arg(record.number.toHtmlEscaped(), record.itemName.toHtmlEscaped());
    facts << tr("Citizen: %1 (%2)")
                 .arg(record.citizenName.toHtmlEscaped(), idcard::IdNumber::masked(record.citizenIdNumber));
    facts << tr("State: %1; deadline %2")
                 .arg(cases::CaseStates::displayName(detail.state), record.deadline.toString(Qt::ISODate));
    if (detail.waitingForMaterials()) {
        facts << tr("Still waiting for: %1").arg(detail.awaitedMaterials.join(tr(", ")).toHtmlEscaped());
    }
    caseLabel->setText(facts.join(QStringLiteral("<br>")));

    auto* choices = new QGroupBox(tr("Decision"), this);
    auto* choicesLayout = new QVBoxLayout(choices);
    m_decisionButtonGroup = new QButtonGroup(this);
    const QList<Decision> available = supervision::DecisionService::available(detail);
    for (Decision decision : {Decision::Approve, Decision::ReturnForMaterial, Decision::Reject, Decision::Reassign}) {
        auto* button = new QRadioButton(supervision::DecisionService::displayName(decision), choices);
        button->setObjectName(objectNameOf(decision));
        button->setEnabled(available.contains(decision));
        m_decisionButtonGroup->addButton(button, static_cast<int>(decision));
        m_radioButtons.insert(decision, button);
        choicesLayout->addWidget(button);
    }
    if (!available.isEmpty()) {
        m_radioButtons.value(available.constFirst())->setChecked(true);
    }
    connect(m_decisionButtonGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateFields();
        }
    });

    m_materialsWidget = new QWidget(this);
    auto* materialsLayout = new QFormLayout(m_materialsWidget);
    materialsLayout->setContentsMargins(0, 0, 0, 0);
    m_materialsLineEdit = new QLineEdit(m_materialsWidget);
    m_materialsLineEdit->setObjectName(QStringLiteral("materialsLineEdit"));
    m_materialsLineEdit->setPlaceholderText(tr("Separate several materials with semicolons"));
    m_dueSpinBox = new QSpinBox(m_materialsWidget);
    m_dueSpinBox->setObjectName(QStringLiteral("dueSpinBox"));
    m_dueSpinBox->setRange(1, 60);
    m_dueSpinBox->setValue(10);
    m_dueSpinBox->setSuffix(tr(" working days"));
    materialsLayout->addRow(tr("Materials to bring:"), m_materialsLineEdit);
    materialsLayout->addRow(tr("Within:"), m_dueSpinBox);

    m_assigneeWidget = new QWidget(this);
    auto* assigneeLayout = new QFormLayout(m_assigneeWidget);
    assigneeLayout->setContentsMargins(0, 0, 0, 0);
    m_assigneeComboBox = new QComboBox(m_assigneeWidget);
    m_assigneeComboBox->setObjectName(QStringLiteral("assigneeComboBox"));
    for (const auth::Clerk& clerk : clerks) {
        if (clerk.active) {
            m_assigneeComboBox->addItem(tr("%1 (%2)").arg(clerk.name, auth::Roles::displayName(clerk.role)),
                                        clerk.uuid);
        }
    }
    assigneeLayout->addRow(tr("Hand the case to:"), m_assigneeComboBox);

    m_reasonLabel = new QLabel(this);
    m_reasonPlainTextEdit = new QPlainTextEdit(this);
    m_reasonPlainTextEdit->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reasonPlainTextEdit->setTabChangesFocus(true);
    m_reasonPlainTextEdit->setFixedHeight(m_reasonPlainTextEdit->fontMetrics().lineSpacing() * 4 + 12);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("decisionMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(this);
    m_recordButton = buttons->addButton(tr("&Record decision"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName(QStringLiteral("recordDecisionButton"));
    m_recordButton->setEnabled(!available.isEmpty());
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDecisionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caseLabel);
    layout->addWidget(choices);
    layout->addWidget(m_materialsWidget);
    layout->addWidget(m_assigneeWidget);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonPlainTextEdit);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    updateFields();
    m_reasonPlainTextEdit->setFocus();
}

QString DecisionDialog::message() const
{
    return m_messageLabel->text();
}

void DecisionDialog::updateFields()
{
    const auto decision = static_cast<Decision>(m_decisionButtonGroup->checkedId());
    m_materialsWidget->setVisible(decision == Decision::ReturnForMaterial);
    m_assigneeWidget->setVisible(decision == Decision::Reassign);
    switch (decision) {
    case Decision::Approve:
        m_reasonLabel->setText(tr("Opinion (optional):"));
        break;
    case Decision::Reassign:
        m_reasonLabel->setText(tr("Reason for the reassignment (required):"));
        break;
    default:
        m_reasonLabel->setText(tr("Reason (required; the citizen is told it):"));
        break;
    }
    m_messageLabel->clear();
}

void DecisionDialog::record()
{
    if (m_decisionButtonGroup->checkedId() < 0) {
        m_messageLabel->setText(tr("Choose a decision first."));
        return;
    }
    supervision::DecisionRequest request;
    request.caseNumber = m_detail.record.number;
    request.decision = static_cast<Decision>(m_decisionButtonGroup->checkedId());
    request.reason = m_reasonPlainTextEdit->toPlainText();
    request.requestedMaterials = m_materialsLineEdit->text().split(QRegularExpression(QStringLiteral("[;\\x{ff1b}]")));
    request.materialDueWorkingDays = m_dueSpinBox->value();
    request.assigneeUuid = m_assigneeComboBox->currentData().toString();
    QString error;
    if (!m_decisions.decide(m_actor, request, &error)) {
        m_messageLabel->setText(error);
        return;
    }
    m_outcome =
        tr("%1: %2 recorded.").arg(m_detail.record.number, supervision::DecisionService::displayName(request.decision));
    accept();
}

} // namespace ow::ui
