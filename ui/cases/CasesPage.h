#pragma once

#include "auth/ClerkService.h"
#include "cases/CaseService.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ow::core {
struct Services;
}

namespace ow::ui {

class ScannedPagesWidget;

// Finding cases (number, ID number or name), the citizen's history, and working a case along its states.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr);

    void search(const QString& text);
    void showCase(const QString& number);
    [[nodiscard]] QString shownCaseNumber() const { return m_shownNumber; }

Q_SIGNALS:
    void printReceiptRequested(const QString& caseNumber);
    void caseChanged();

private:
    void refreshResults();
    void changeState(cases::CaseState to);
    void receiveSelectedMaterial();
    void scanMaterials();
    void showMessage(const QString& text, bool problem);

    core::Services& m_services;
    auth::Clerk m_clerk;
    cases::CaseService m_cases;
    QString m_shownNumber;
    QString m_shownIdNumber;
    QLineEdit* m_searchLineEdit = nullptr;
    QTableWidget* m_resultsTableWidget = nullptr;
    QLabel* m_caseTitleLabel = nullptr;
    QLabel* m_caseFactsLabel = nullptr;
    QTableWidget* m_materialsTableWidget = nullptr;
    QPushButton* m_receiveMaterialButton = nullptr;
    QPushButton* m_scanMaterialsButton = nullptr;
    ScannedPagesWidget* m_scannedPages = nullptr;
    QListWidget* m_eventsListWidget = nullptr;
    QLineEdit* m_noteLineEdit = nullptr;
    QHBoxLayout* m_transitionsLayout = nullptr;
    QList<QPushButton*> m_transitionButtons;
    QPushButton* m_historyButton = nullptr;
    QPushButton* m_printReceiptButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
