#include "ItemIntakeWidget.h"

#include "forms/FormView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

enum Column
{
    NameColumn,
    NeededColumn,
    ChoiceColumn,
    DueColumn,
    ProblemColumn
};

} // namespace

ItemIntakeWidget::ItemIntakeWidget(const catalog::CatalogItem& item, const forms::PrefillContext& prefill,
                                   const calendar::WorkingCalendar& calendar, QWidget* parent)
    : QWidget(parent)
    , m_item(item)
    , m_serviceDate(prefill.serviceDate)
{
    setObjectName(QStringLiteral("itemIntake_%1").arg(item.code));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("itemSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    const QString limit = item.isInstant()
        ? tr("done while the citizen waits")
        : tr("%1 working days, due %2")
              .arg(item.timeLimitDays)
              .arg(calendar.addWorkingDays(m_serviceDate, item.timeLimitDays).date.toString(Qt::ISODate));
    m_summaryLabel->setText(tr("%1 - %2; %3").arg(item.departmentName, catalog::displayKind(item.kind), limit));
    m_eligibilityLabel = new QLabel(this);
    m_eligibilityLabel->setObjectName(QStringLiteral("eligibilityLabel"));
    m_eligibilityLabel->setWordWrap(true);

    m_formView = new FormView(this);
    QString error;
    if (const auto form = forms::FormDefinition::fromJson(item.form, &error)) {
        m_formView->setForm(*form, m_serviceDate);
        m_formView->setState(forms::FormEngine::prefill(*form, prefill));
    } else {
        m_eligibilityLabel->setText(error);
    }
    connect(m_formView, &FormView::valuesChanged, this, &ItemIntakeWidget::changed);

    m_materialsTableWidget = new QTableWidget(0, 5, this);
    m_materialsTableWidget->setObjectName(QStringLiteral("materialsTableWidget"));
    m_materialsTableWidget->setHorizontalHeaderLabels(
        {tr("Material"), tr("Needed"), tr("Handed in"), tr("Due"), tr("Note")});
    m_materialsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_materialsTableWidget->verticalHeader()->hide();
    buildMaterials(calendar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_formView);
    splitter->addWidget(m_materialsTableWidget);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_eligibilityLabel);
    layout->addWidget(splitter, 1);
}

void ItemIntakeWidget::buildMaterials(const calendar::WorkingCalendar& calendar)
{
    for (const catalog::Material& material : m_item.materials) {
        const int row = m_materialsTableWidget->rowCount();
        m_materialsTableWidget->insertRow(row);
        auto* name = new QTableWidgetItem(material.name);
        name->setData(Qt::UserRole, material.id);
        name->setToolTip(material.note);
        m_materialsTableWidget->setItem(row, NameColumn, name);
        const QString needed = material.key ? tr("Key") : (material.isConditional() ? tr("If applicable") : tr("Yes"));
        m_materialsTableWidget->setItem(row, NeededColumn, new QTableWidgetItem(needed));

        auto* choice = new QComboBox(m_materialsTableWidget);
        choice->setObjectName(QStringLiteral("%1ChoiceComboBox").arg(material.id));
        choice->addItem(tr("Handed in"), static_cast<int>(intake::MaterialChoice::Provided));
        if (material.toleranceAllowed) {
            choice->addItem(tr("Later (accepted without it)"), static_cast<int>(intake::MaterialChoice::Missing));
        } else {
            choice->addItem(tr("Missing"), static_cast<int>(intake::MaterialChoice::Missing));
        }
        if (material.commitmentAllowed) {
            choice->addItem(tr("Signed commitment instead"), static_cast<int>(intake::MaterialChoice::Commitment));
        }
        m_materialsTableWidget->setCellWidget(row, ChoiceColumn, choice);

        auto* due = new QDateEdit(m_materialsTableWidget);
        due->setObjectName(QStringLiteral("%1DueDateEdit").arg(material.id));
        due->setCalendarPopup(true);
        due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        due->setMinimumDate(m_serviceDate);
        due->setDate(calendar.addWorkingDays(m_serviceDate, qMax(1, material.toleranceDueDays)).date);
        due->setEnabled(false);
        m_materialsTableWidget->setCellWidget(row, DueColumn, due);
        m_materialsTableWidget->setItem(row, ProblemColumn, new QTableWidgetItem(material.note));

        connect(choice, &QComboBox::currentIndexChanged, this, [this, choice, due] {
            due->setEnabled(choice->currentData().toInt() == static_cast<int>(intake::MaterialChoice::Missing));
            Q_EMIT changed();
        });
        connect(due, &QDateEdit::dateChanged, this, &ItemIntakeWidget::changed);
    }
    m_materialsTableWidget->resizeColumnsToContents();
}

intake::ItemIntake ItemIntakeWidget::intake() const
{
    intake::ItemIntake result;
    result.itemCode = m_item.code;
    result.formValues = m_formView->values();
    for (int row = 0; row < m_materialsTableWidget->rowCount(); ++row) {
        const auto* choice = qobject_cast<QComboBox*>(m_materialsTableWidget->cellWidget(row, ChoiceColumn));
        const auto* due = qobject_cast<QDateEdit*>(m_materialsTableWidget->cellWidget(row, DueColumn));
        intake::MaterialDecision decision;
        decision.materialId = m_materialsTableWidget->item(row, NameColumn)->data(Qt::UserRole).toString();
        decision.choice = static_cast<intake::MaterialChoice>(choice->currentData().toInt());
        if (decision.choice == intake::MaterialChoice::Missing) {
            decision.dueDate = due->date();
        }
        result.materials.append(decision);
    }
    return result;
}

void ItemIntakeWidget::setChoice(const QString& materialId, intake::MaterialChoice choice)
{
    auto* combo = findChild<QComboBox*>(QStringLiteral("%1ChoiceComboBox").arg(materialId));
    if (combo) {
        combo->setCurrentIndex(combo->findData(static_cast<int>(choice)));
    }
}

void ItemIntakeWidget::showCheck(const intake::ItemCheck& check)
{
    QStringList lines;
    bool blocked = !check.eligibility.eligible;
    for (const forms::EligibilityFinding& finding : check.eligibility.findings) {
        lines << (finding.severity == u"block" ? tr("Not eligible: %1") : tr("Check: %1")).arg(finding.reason);
    }
    lines << check.problems;
    blocked = blocked || !check.problems.isEmpty();
    m_eligibilityLabel->setText(lines.join(u'\n'));
    m_eligibilityLabel->setStyleSheet(blocked ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
    for (int row = 0; row < m_materialsTableWidget->rowCount(); ++row) {
        const QString id = m_materialsTableWidget->item(row, NameColumn)->data(Qt::UserRole).toString();
        for (const intake::MaterialCheck& material : check.materials) {
            if (material.materialId != id) {
                continue;
            }
            auto* note = m_materialsTableWidget->item(row, ProblemColumn);
            const bool problem = material.needed && !material.problem.isEmpty();
            note->setText(!material.needed ? tr("Not needed for this application")
                                           : (problem ? material.problem : QString()));
            note->setForeground(problem ? QColor(0xb0, 0x00, 0x20) : palette().text().color());
        }
    }
}

} // namespace ow::ui
