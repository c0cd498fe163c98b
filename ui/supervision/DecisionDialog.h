#pragma once

#include "auth/ClerkService.h"
#include "cases/CaseService.h"
#include "supervision/DecisionService.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ow::ui {

// The back office's decision on one case: approve, return for more material, reject with a reason, or hand the
// case to another clerk. It records the decision through DecisionService and stays open with the message
// when the decision cannot be recorded.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(supervision::DecisionService& decisions, const cases::CaseDetail& detail, const auth::Clerk& actor,
                   const QList<auth::Clerk>& clerks, QWidget* parent = nullptr);

    [[nodiscard]] QString message() const;
    // What was recorded, for the page's status line; empty until accepted.
    [[nodiscard]] QString outcome() const { return m_outcome; }

private:
    void updateFields();
    void record();

    supervision::DecisionService& m_decisions;
    cases::CaseDetail m_detail;
    auth::Clerk m_actor;
    QButtonGroup* m_decisionButtonGroup = nullptr;
    QMap<supervision::Decision, QRadioButton*> m_radioButtons;
    QPlainTextEdit* m_reasonPlainTextEdit = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_materialsLineEdit = nullptr;
    QSpinBox* m_dueSpinBox = nullptr;
    QComboBox* m_assigneeComboBox = nullptr;
    QWidget* m_materialsWidget = nullptr;
    QWidget* m_assigneeWidget = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_recordButton = nullptr;
    QString m_outcome;
};

} // namespace ow::ui
