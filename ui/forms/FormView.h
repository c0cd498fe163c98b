#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormEngine.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace ow::ui {

// A catalog item's form for the clerk to confirm: one editor per field (object name `<fieldId>Field`), where
// each prefilled value came from, and the validation messages under the fields. Keyboard-first: Enter moves on.
class FormView : public QWidget
{
    Q_OBJECT

public:
    explicit FormView(QWidget* parent = nullptr);
    FormView(const forms::FormDefinition& form, QDate serviceDate, QWidget* parent = nullptr);
    ~FormView() override;

    // Builds the editors; the values are empty until setState().
    void setForm(const forms::FormDefinition& form, QDate serviceDate, forms::Stage stage = forms::Stage::Intake);
    void setState(const forms::FormState& state);
    [[nodiscard]] const forms::FormState& state() const { return m_state; }
    [[nodiscard]] QJsonObject values() const;
    // Shows every problem under its field and focuses the first; true when there is none.
    [[nodiscard]] bool validate();
    void clearMessages();
    // Focuses the first editable field.
    void focusFirstField();

    // The grey note under a field saying where its value came from ("from the ID card"), for a source key.
    [[nodiscard]] static QString sourceText(const QString& source);

Q_SIGNALS:
    void valuesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct FieldRow
    {
        int index = -1; // into m_form.fields()
        QWidget* editor = nullptr;
        QLabel* captionLabel = nullptr;
        QLabel* sourceLabel = nullptr;
        QLabel* errorLabel = nullptr;
        QPushButton* addRowButton = nullptr;
        QPushButton* removeRowButton = nullptr;
    };

    void clearRows();
    void addRow(int index, QGridLayout* layout, int gridRow);
    QWidget* createEditor(const forms::FieldDefinition& field, FieldRow& row, QWidget* parent);
    void connectEditor(const forms::FieldDefinition& field, QWidget* editor);
    void addTableRow(const forms::FieldDefinition& field, QTableWidget* table, const QJsonObject& values);
    [[nodiscard]] const forms::FieldDefinition& definition(const FieldRow& row) const;
    [[nodiscard]] FieldRow* rowOf(const QString& fieldId);
    [[nodiscard]] QJsonValue readEditor(const FieldRow& row) const;
    void writeEditor(const FieldRow& row, const QJsonValue& value);
    void showSource(const FieldRow& row);
    void showError(const FieldRow& row, const QString& text);
    void edited(const QString& fieldId);
    void checkIdNumberAsTyped(const FieldRow& row);
    void focusRow(const FieldRow& row, int tableRow = -1, const QString& column = QString());
    [[nodiscard]] QList<QWidget*> focusChain() const;

    forms::FormDefinition m_form;
    QDate m_serviceDate;
    forms::Stage m_stage = forms::Stage::Intake;
    forms::FormState m_state;
    std::vector<FieldRow> m_rows;
    QScrollArea* m_scrollArea = nullptr;
    QWidget* m_content = nullptr;
    bool m_updating = false; // writing values into editors: not the clerk's edits
};

} // namespace ow::ui
