#pragma once

#include "auth/ClerkService.h"
#include "supervision/BacklogQuery.h"
#include "supervision/DecisionService.h"
#include "supervision/Export.h"
#include "supervision/PersonalData.h"
#include "supervision/Statistics.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace ow::core {
struct Services;
}

namespace ow::ui {

class BacklogModel;
class StatisticsPage;

// The supervisor's page: open cases by deadline with filters, back-office decisions, exports, and the
// statistics tab. A clerk who reaches it can look but not decide or export.
class BacklogPage : public QWidget
{
    Q_OBJECT

public:
    // today: the day overdue is counted from (tests fix it); the local date by default.
    BacklogPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr,
                supervision::BacklogQuery::Today today = {});
    ~BacklogPage() override;

    void refresh();
    [[nodiscard]] supervision::BacklogFilter filter() const;
    [[nodiscard]] BacklogModel* model() const { return m_model; }
    [[nodiscard]] StatisticsPage* statisticsPage() const { return m_statisticsPage; }
    // Where the statistics take the queue's waiting and service times and ratings from (the hall host).
    void setQueueFigures(std::unique_ptr<supervision::QueueFiguresSource> source)
    {
        m_statistics->setQueueSource(std::move(source));
    }
    [[nodiscard]] QString selectedCaseNumber() const;
    void selectCase(const QString& number);
    // Opens the decision dialog for the selected case.
    void decideSelected();
    void revealSelectedIdNumber();
    [[nodiscard]] bool exportCsv(const QString& path);
    [[nodiscard]] bool exportPdf(const QString& path);
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void caseChanged();
    void openCaseRequested(const QString& caseNumber);

private:
    QWidget* buildBacklogTab();
    void updateSummary();
    void updateActions();
    void showMessage(const QString& text, bool problem);
    void chooseExport(bool pdf);

    core::Services& m_services;
    auth::Clerk m_clerk;
    std::unique_ptr<supervision::BacklogQuery> m_query;
    std::unique_ptr<supervision::DecisionService> m_decisions;
    std::unique_ptr<supervision::Export> m_export;
    std::unique_ptr<supervision::PersonalData> m_personalData;
    std::unique_ptr<supervision::Statistics> m_statistics;
    BacklogModel* m_model = nullptr;
    QTabWidget* m_tabWidget = nullptr;
    StatisticsPage* m_statisticsPage = nullptr;
    QComboBox* m_itemComboBox = nullptr;
    QComboBox* m_stateComboBox = nullptr;
    QComboBox* m_clerkComboBox = nullptr;
    QSpinBox* m_counterSpinBox = nullptr;
    QLineEdit* m_hallLineEdit = nullptr;
    QCheckBox* m_dueWithinCheckBox = nullptr;
    QSpinBox* m_dueWithinSpinBox = nullptr;
    QCheckBox* m_overdueCheckBox = nullptr;
    QCheckBox* m_awaitingCheckBox = nullptr;
    QCheckBox* m_deliveryCheckBox = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTableView* m_backlogTableView = nullptr;
    QPushButton* m_decideButton = nullptr;
    QPushButton* m_openCaseButton = nullptr;
    QPushButton* m_showIdButton = nullptr;
    QPushButton* m_exportCsvButton = nullptr;
    QPushButton* m_exportPdfButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
