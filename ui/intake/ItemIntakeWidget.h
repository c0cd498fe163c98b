#pragma once

#include "catalog/CatalogItem.h"
#include "forms/FormDefinition.h"
#include "intake/IntakeService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ow::ui {

class FormView;

// One item of an intake: its prefilled form, whether the citizen is eligible, and the materials checklist.
class ItemIntakeWidget : public QWidget
{
    Q_OBJECT

public:
    ItemIntakeWidget(const catalog::CatalogItem& item, const forms::PrefillContext& prefill,
                     const calendar::WorkingCalendar& calendar, QWidget* parent = nullptr);

    [[nodiscard]] const catalog::CatalogItem& item() const { return m_item; }
    [[nodiscard]] intake::ItemIntake intake() const;
    [[nodiscard]] FormView* formView() const { return m_formView; }
    // Shows the outcome of a check of this item: eligibility, and the materials' problems in their rows.
    void showCheck(const intake::ItemCheck& check);
    // Sets a material's choice, as the clerk would in its row.
    void setChoice(const QString& materialId, intake::MaterialChoice choice);

Q_SIGNALS:
    void changed();

private:
    void buildMaterials(const calendar::WorkingCalendar& calendar);

    catalog::CatalogItem m_item;
    QDate m_serviceDate;
    FormView* m_formView = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_eligibilityLabel = nullptr;
    QTableWidget* m_materialsTableWidget = nullptr;
};

} // namespace ow::ui
