#pragma once

#include "auth/ClerkService.h"
#include "cases/CaseService.h"
#include "certificate/IssueDialog.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ow::core {
class SecretStore;
struct Services;
} // namespace ow::core

namespace ow::ui {

class ScannedPagesWidget;

// Finding cases (number, ID number or name), the citizen's history, and working a case along its states.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr);
    ~CasesPage() override;

    void search(const QString& text);
    void showCase(const QString& number);
    [[nodiscard]] QString shownCaseNumber() const { return m_shownNumber; }

    // Certificates print into PDF files in this folder instead of on a printer (tests, demos, archives).
    void setPrintToFolder(const QString& folder) { m_printToFolder = folder; }
    // Where the issue dialog's "Take photo..." gets the photo (the camera capture dialog); default: a file.
    void setPhotoSource(IssueDialog::PhotoSource source) { m_photoSource = std::move(source); }
    // Opens the issue dialog of the shown case (window-modal; it stays open while the citizen waits).
    void issueCertificate();
    [[nodiscard]] IssueDialog* issueDialog() const { return m_issueDialog; }

Q_SIGNALS:
    void printReceiptRequested(const QString& caseNumber);
    void caseChanged();

private:
    void refreshResults();
    void changeState(cases::CaseState to);
    void receiveSelectedMaterial();
    void scanMaterials();
    void showMessage(const QString& text, bool problem);
    void revealIdNumber();

    core::Services& m_services;
    auth::Clerk m_clerk;
    cases::CaseService m_cases;
    QString m_shownNumber;
    QString m_shownIdNumber;
    QLineEdit* m_searchLineEdit = nullptr;
    QTableWidget* m_resultsTableWidget = nullptr;
    QLabel* m_caseTitleLabel = nullptr;
    QLabel* m_caseFactsLabel = nullptr;
    QLabel* m_idNumberLabel = nullptr;
    QPushButton* m_showIdNumberButton = nullptr;
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
    QPushButton* m_issueCertificateButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QString m_printToFolder;
    IssueDialog::PhotoSource m_photoSource;
    std::unique_ptr<core::SecretStore> m_secrets;
    QPointer<IssueDialog> m_issueDialog;
};

} // namespace ow::ui
