#include "FormView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ow::ui {

using namespace Qt::StringLiterals;
using forms::FieldDefinition;
using forms::FieldKind;

namespace {

const QString errorStyle = u"color: #b00020;"_s;
const QString noteStyle = u"color: #6b6b6b;"_s;
// An empty date or number is shown as blank: the editor's minimum stands for "no value".
const QDate noDate(1800, 1, 1);
constexpr int choiceRole = Qt::UserRole;
constexpr int captionWidth = 200;

QString numberText(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString displayText(const FieldDefinition& field, const QJsonValue& value)
{
    if (forms::isEmptyValue(value))
        return {};
    if (value.isDouble())
        return numberText(value.toDouble());
    if (field.kind == FieldKind::Choice) {
        const QString label = field.optionLabel(value.toString());
        return label.isEmpty() ? value.toString() : label;
    }
    return value.toVariant().toString();
}

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(noteStyle);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

void fillChoices(QComboBox* combo, const FieldDefinition& field)
{
    combo->addItem(QString()); // no choice yet
    for (const forms::ChoiceOption& option : field.options)
        combo->addItem(option.label, option.value);
}

std::pair<double, double> numberRange(const FieldDefinition& field)
{
    const double min = field.validation.min.value_or(-999999999.0);
    const double max = field.validation.max.value_or(999999999.0);
    return {min - 1, max}; // min - 1: the blank "no value"
}

} // namespace

FormView::FormView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"formView"_s);
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(u"formScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    // Fields follow the width; only the height scrolls (wrapped labels otherwise keep a stale width).
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}

FormView::FormView(const forms::FormDefinition& form, QDate serviceDate, QWidget* parent)
    : FormView(parent)
{
    setForm(form, serviceDate);
}

FormView::~FormView() = default;

void FormView::clearRows()
{
    m_rows.clear();
    delete m_scrollArea->takeWidget();
    m_content = nullptr;
}

void FormView::setForm(const forms::FormDefinition& form, QDate serviceDate, forms::Stage stage)
{
    clearRows();
    m_form = form;
    m_serviceDate = serviceDate;
    m_stage = stage;
    m_state = {};
    m_content = new QWidget;
    m_content->setObjectName(u"formContent"_s);
    auto* grid = new QGridLayout(m_content);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    m_rows.reserve(static_cast<size_t>(m_form.fields().size()));
    int labelsWidth = 0;
    for (int i = 0; i < m_form.fields().size(); ++i) {
        addRow(i, grid, i);
        const QLabel* caption = m_rows.back().captionLabel;
        labelsWidth = std::max(labelsWidth, caption->fontMetrics().horizontalAdvance(caption->text()) + 4);
    }
    grid->setColumnMinimumWidth(0, std::min(labelsWidth, captionWidth));
    grid->setRowStretch(static_cast<int>(m_form.fields().size()), 1);
    m_scrollArea->setWidget(m_content);

    const QList<QWidget*> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
    m_updating = true;
    for (const FieldRow& row : m_rows)
        writeEditor(row, QJsonValue());
    m_updating = false;
}

void FormView::addRow(int index, QGridLayout* layout, int gridRow)
{
    const FieldDefinition& field = m_form.fields().at(index);
    FieldRow row;
    row.index = index;
    const bool required = field.validation.required && !(field.reviewStage && m_stage == forms::Stage::Intake);
    row.captionLabel = new QLabel(required ? QString(field.label + u" *"_s) : field.label, m_content);
    row.captionLabel->setObjectName(field.id + u"Label"_s);
    row.captionLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // Long labels (the age's explanation) wrap rather than push every field to the right.
    row.captionLabel->setWordWrap(true);
    row.captionLabel->setMaximumWidth(captionWidth);
    row.captionLabel->setContentsMargins(0, 4, 0, 0);
    if (required)
        row.captionLabel->setToolTip(tr("Required"));

    auto* box = new QWidget(m_content);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 6);
    boxLayout->setSpacing(2);
    row.editor = createEditor(field, row, box);
    row.editor->setObjectName(field.id + u"Field"_s);
    if (!field.help.isEmpty())
        row.editor->setToolTip(field.help);
    boxLayout->addWidget(row.editor);
    if (row.addRowButton) {
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(row.addRowButton);
        buttons->addWidget(row.removeRowButton);
        buttons->addStretch(1);
        boxLayout->addLayout(buttons);
    }
    row.sourceLabel = noteLabel(field.id + u"SourceLabel"_s, box);
    row.sourceLabel->hide();
    boxLayout->addWidget(row.sourceLabel);
    if (!field.help.isEmpty()) {
        QLabel* help = noteLabel(field.id + u"HelpLabel"_s, box);
        help->setText(field.help);
        boxLayout->addWidget(help);
    }
    row.errorLabel = new QLabel(box);
    row.errorLabel->setObjectName(field.id + u"ErrorLabel"_s);
    row.errorLabel->setWordWrap(true);
    row.errorLabel->setStyleSheet(errorStyle);
    row.errorLabel->hide();
    boxLayout->addWidget(row.errorLabel);

    layout->addWidget(row.captionLabel, gridRow, 0);
    layout->addWidget(box, gridRow, 1);
    m_rows.push_back(row);
    if (row.editor->focusPolicy() != Qt::NoFocus)
        row.editor->installEventFilter(this);
    connectEditor(field, row.editor);
}

QWidget* FormView::createEditor(const FieldDefinition& field, FieldRow& row, QWidget* parent)
{
    if (field.isComputed()) {
        auto* label = new QLabel(parent);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setFocusPolicy(Qt::NoFocus); // never typed: Tab and Enter pass it by
        label->setContentsMargins(0, 4, 0, 0);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    }
    switch (field.kind) {
    case FieldKind::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setCalendarPopup(true);
        edit->setDateRange(noDate, QDate(2199, 12, 31));
        edit->setSpecialValueText(u" "_s);
        edit->setMinimumWidth(160);
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        return edit;
    }
    case FieldKind::Choice: {
        auto* combo = new QComboBox(parent);
        fillChoices(combo, field);
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        combo->setMinimumWidth(160);
        return combo;
    }
    case FieldKind::Number: {
        const auto [min, max] = numberRange(field);
        if (field.validation.integer) {
            auto* spin = new QSpinBox(parent);
            spin->setRange(static_cast<int>(min), static_cast<int>(max));
            spin->setSpecialValueText(u" "_s);
            spin->setMinimumWidth(160);
            spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            return spin;
        }
        auto* spin = new QDoubleSpinBox(parent);
        spin->setDecimals(2);
        spin->setRange(min, max);
        spin->setSpecialValueText(u" "_s);
        spin->setMinimumWidth(160);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        return spin;
    }
    case FieldKind::Table: {
        auto* table = new QTableWidget(0, static_cast<int>(field.columns.size()), parent);
        QStringList headers;
        for (const FieldDefinition& column : field.columns)
            headers.append(column.validation.required ? QString(column.label + u" *"_s) : column.label);
        table->setHorizontalHeaderLabels(headers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        for (int c = 0; c < field.columns.size(); ++c) {
            if (field.columns.at(c).kind == FieldKind::IdNumber) // 18 characters, read whole
                table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        }
        table->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->minimumSectionSize() + 12);
        // Tab leaves the table (arrows move between cells), so the form stays keyboard-first.
        table->setTabKeyNavigation(false);
        table->setMinimumHeight(140);
        row.addRowButton = new QPushButton(tr("Add row"), parent);
        row.addRowButton->setObjectName(field.id + u"AddRowButton"_s);
        row.removeRowButton = new QPushButton(tr("Remove row"), parent);
        row.removeRowButton->setObjectName(field.id + u"RemoveRowButton"_s);
        const QString id = field.id;
        connect(row.addRowButton, &QPushButton::clicked, this, [this, id, table] {
            m_updating = true;
            addTableRow(*m_form.field(id), table, {});
            m_updating = false;
            table->setFocus(Qt::OtherFocusReason);
            table->setCurrentCell(table->rowCount() - 1, 0);
            edited(id);
        });
        connect(row.removeRowButton, &QPushButton::clicked, this, [this, id, table] {
            if (table->rowCount() == 0)
                return;
            const int current = table->currentRow();
            table->removeRow(current >= 0 ? current : table->rowCount() - 1);
            edited(id);
        });
        return table;
    }
    case FieldKind::IdNumber: {
        auto* edit = new QLineEdit(parent);
        edit->setMaxLength(18);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9Xx]{0,18}"_s), edit));
        edit->setPlaceholderText(tr("18 characters; the last may be X"));
        edit->setMaximumWidth(260);
        return edit;
    }
    case FieldKind::Phone: {
        auto* edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9-]{0,20}"_s), edit));
        edit->setPlaceholderText(tr("Mobile 13812345678 or landline 0571-87654321"));
        edit->setMaximumWidth(260);
        return edit;
    }
    case FieldKind::Text:
    case FieldKind::Address:
        break;
    }
    auto* edit = new QLineEdit(parent);
    if (field.kind == FieldKind::Text && field.validation.maxLength && *field.validation.maxLength <= 30)
        edit->setMaximumWidth(260);
    return edit;
}

void FormView::connectEditor(const FieldDefinition& field, QWidget* editor)
{
    const QString id = field.id;
    auto changed = [this, id] {
        if (!m_updating)
            edited(id);
    };
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textChanged, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, changed);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    } else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(editor)) {
        connect(doubleSpin, &QDoubleSpinBox::valueChanged, this, changed);
    } else if (auto* table = qobject_cast<QTableWidget*>(editor)) {
        connect(table, &QTableWidget::itemChanged, this, changed);
    }
}

void FormView::addTableRow(const FieldDefinition& field, QTableWidget* table, const QJsonObject& values)
{
    const int r = table->rowCount();
    table->insertRow(r);
    const QString id = field.id;
    for (int c = 0; c < field.columns.size(); ++c) {
        const FieldDefinition& column = field.columns.at(c);
        const QJsonValue value = values.value(column.id);
        if (column.kind == FieldKind::Choice) {
            auto* combo = new QComboBox(table);
            fillChoices(combo, column);
            combo->setCurrentIndex(std::max(0, combo->findData(value.toVariant().toString(), choiceRole)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, id] {
                if (!m_updating)
                    edited(id);
            });
            table->setCellWidget(r, c, combo);
        } else {
            auto* item = new QTableWidgetItem(displayText(column, value));
            if (column.kind == FieldKind::Date)
                item->setToolTip(tr("YYYY-MM-DD"));
            table->setItem(r, c, item);
        }
    }
}

const FieldDefinition& FormView::definition(const FieldRow& row) const
{
    return m_form.fields().at(row.index);
}

FormView::FieldRow* FormView::rowOf(const QString& fieldId)
{
    for (FieldRow& row : m_rows) {
        if (definition(row).id == fieldId)
            return &row;
    }
    return nullptr;
}

QJsonValue FormView::readEditor(const FieldRow& row) const
{
    const FieldDefinition& field = definition(row);
    if (field.isComputed())
        return m_state.value(field.id);
    if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return {};
        return field.kind == FieldKind::IdNumber ? text.toUpper() : text;
    }
    if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        const QString value = combo->currentData(choiceRole).toString();
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    }
    if (auto* date = qobject_cast<QDateEdit*>(row.editor))
        return date->date() == noDate ? QJsonValue() : QJsonValue(date->date().toString(Qt::ISODate));
    if (auto* spin = qobject_cast<QSpinBox*>(row.editor))
        return spin->value() == spin->minimum() ? QJsonValue() : QJsonValue(spin->value());
    if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(row.editor))
        return doubleSpin->value() == doubleSpin->minimum() ? QJsonValue() : QJsonValue(doubleSpin->value());
    if (auto* table = qobject_cast<QTableWidget*>(row.editor)) {
        QJsonArray rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            QJsonObject cells;
            for (int c = 0; c < field.columns.size(); ++c) {
                const FieldDefinition& column = field.columns.at(c);
                QJsonValue value;
                if (auto* cellCombo = qobject_cast<QComboBox*>(table->cellWidget(r, c))) {
                    value = cellCombo->currentData(choiceRole).toString();
                } else if (const QTableWidgetItem* item = table->item(r, c)) {
                    const QString text = item->text().trimmed();
                    bool ok = false;
                    const double number = text.toDouble(&ok);
                    value = (column.kind == FieldKind::Number && ok) ? QJsonValue(number) : QJsonValue(text);
                    if (column.kind == FieldKind::IdNumber)
                        value = text.toUpper();
                }
                if (!forms::isEmptyValue(value))
                    cells.insert(column.id, value);
            }
            rows.append(cells); // an empty row stays: the clerk added it and is told what it lacks
        }
        return rows.isEmpty() ? QJsonValue() : QJsonValue(rows);
    }
    return {};
}

void FormView::writeEditor(const FieldRow& row, const QJsonValue& value)
{
    const FieldDefinition& field = definition(row);
    if (field.isComputed()) {
        auto* label = static_cast<QLabel*>(row.editor);
        const QString text = displayText(field, value);
        label->setText(text.isEmpty() ? u"\u2014"_s : text);
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        line->setText(displayText(field, value));
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toVariant().toString(), choiceRole)));
    } else if (auto* date = qobject_cast<QDateEdit*>(row.editor)) {
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : noDate);
    } else if (auto* spin = qobject_cast<QSpinBox*>(row.editor)) {
        spin->setValue(forms::isEmptyValue(value) ? spin->minimum() : static_cast<int>(value.toVariant().toDouble()));
    } else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(row.editor)) {
        doubleSpin->setValue(forms::isEmptyValue(value) ? doubleSpin->minimum() : value.toVariant().toDouble());
    } else if (auto* table = qobject_cast<QTableWidget*>(row.editor)) {
        table->setRowCount(0);
        for (const QJsonValue& tableRow : value.toArray())
            addTableRow(field, table, tableRow.toObject());
    }
}

void FormView::showSource(const FieldRow& row)
{
    const QString text = sourceText(m_state.source(definition(row).id));
    const bool hasValue = !forms::isEmptyValue(m_state.value(definition(row).id));
    row.sourceLabel->setText(text);
    row.sourceLabel->setVisible(hasValue && !text.isEmpty());
}

QString FormView::sourceText(const QString& source)
{
    if (source == u"card"_s)
        return tr("from the ID card");
    if (source == u"citizen"_s)
        return tr("from the citizen record");
    if (source == u"earlier_case"_s)
        return tr("from an earlier case");
    if (source == u"shared"_s)
        return tr("from district shared data");
    if (source == u"computed"_s)
        return tr("computed");
    if (source == u"default"_s)
        return tr("default");
    return {}; // typed by the clerk
}

void FormView::showError(const FieldRow& row, const QString& text)
{
    row.errorLabel->setText(text);
    row.errorLabel->setVisible(!text.isEmpty());
}

void FormView::setState(const forms::FormState& state)
{
    m_state = state;
    m_updating = true;
    for (const FieldRow& row : m_rows) {
        writeEditor(row, m_state.value(definition(row).id));
        showSource(row);
        showError(row, QString());
    }
    m_updating = false;
}

QJsonObject FormView::values() const
{
    return m_state.values();
}

void FormView::edited(const QString& fieldId)
{
    FieldRow* row = rowOf(fieldId);
    if (!row)
        return;
    m_state.setTyped(fieldId, readEditor(*row));
    forms::FormEngine::recompute(m_form, m_state, m_serviceDate);
    // Show what the edit changed elsewhere: computed values, and values derived from this one.
    m_updating = true;
    for (const FieldRow& other : m_rows) {
        const FieldDefinition& field = definition(other);
        if (field.isComputed() || (field.computeIfEmpty && m_state.source(field.id) == u"computed"_s))
            writeEditor(other, m_state.value(field.id));
        showSource(other);
    }
    m_updating = false;
    showError(*row, QString());
    if (definition(*row).kind == FieldKind::IdNumber)
        checkIdNumberAsTyped(*row);
    Q_EMIT valuesChanged();
}

void FormView::checkIdNumberAsTyped(const FieldRow& row)
{
    const QString text = m_state.value(definition(row).id).toString();
    if (text.size() < 18)
        return;
    showError(row, forms::FormEngine::checkValue(definition(row), text, m_serviceDate));
}

bool FormView::validate()
{
    clearMessages();
    const QList<forms::FieldError> errors = forms::FormEngine::validate(m_form, values(), m_serviceDate, m_stage);
    QMap<QString, QStringList> messages;
    for (const forms::FieldError& error : errors)
        messages[error.fieldId].append(error.message);
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        if (const FieldRow* row = rowOf(it.key()))
            showError(*row, it.value().join(u'\n'));
    }
    if (errors.isEmpty())
        return true;
    if (const FieldRow* first = rowOf(errors.first().fieldId))
        focusRow(*first, errors.first().row, errors.first().columnId);
    return false;
}

void FormView::clearMessages()
{
    for (const FieldRow& row : m_rows)
        showError(row, QString());
}

void FormView::focusRow(const FieldRow& row, int tableRow, const QString& column)
{
    QWidget* target = row.editor;
    if (target->focusPolicy() == Qt::NoFocus) // a computed value: show it, there is nothing to type
        target = row.errorLabel;
    m_scrollArea->ensureWidgetVisible(target);
    if (auto* table = qobject_cast<QTableWidget*>(row.editor); table && tableRow >= 0) {
        const FieldDefinition& field = definition(row);
        int c = 0;
        for (int i = 0; i < field.columns.size(); ++i) {
            if (field.columns.at(i).id == column)
                c = i;
        }
        table->setCurrentCell(tableRow, c);
    }
    target->setFocus(Qt::OtherFocusReason);
}

void FormView::focusFirstField()
{
    const QList<QWidget*> chain = focusChain();
    if (!chain.isEmpty()) {
        m_scrollArea->ensureWidgetVisible(chain.first());
        chain.first()->setFocus(Qt::OtherFocusReason);
    }
}

QList<QWidget*> FormView::focusChain() const
{
    QList<QWidget*> chain;
    for (const FieldRow& row : m_rows) {
        if (row.editor->focusPolicy() != Qt::NoFocus)
            chain.append(row.editor);
        if (row.addRowButton) {
            chain.append(row.addRowButton);
            chain.append(row.removeRowButton);
        }
    }
    return chain;
}

bool FormView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        auto* widget = qobject_cast<QWidget*>(watched);
        // Enter moves on, as Tab does; in a table it stays with the table (it confirms a cell).
        if (enter && key->modifiers() == Qt::NoModifier && widget && !qobject_cast<QTableWidget*>(widget)) {
            const QList<QWidget*> chain = focusChain();
            const qsizetype at = chain.indexOf(widget);
            if (at >= 0 && at + 1 < chain.size()) {
                m_scrollArea->ensureWidgetVisible(chain[at + 1]);
                chain[at + 1]->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow::ui
