#pragma once

#include "auth/ClerkService.h"
#include "supervision/Export.h"
#include "supervision/Statistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ow::core {
struct Services;
}

namespace ow::ui {

// Volumes and times of a period in charts and tables; the figures come from supervision::Statistics, this page
// only draws them.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    StatisticsPage(core::Services& services, const auth::Clerk& clerk, supervision::Statistics& statistics,
                   supervision::Export& exporter, QWidget* parent = nullptr);

    void setPeriod(QDate from, QDate to);
    void refresh();
    [[nodiscard]] const supervision::StatisticsReport& report() const { return m_report; }
    [[nodiscard]] bool exportCsv(const QString& path);

private:
    void drawVolumeChart();
    void drawShareChart();
    void fillTable(QTableWidget* table, const QList<supervision::GroupFigures>& groups);
    void chooseExport();

    auth::Clerk m_clerk;
    supervision::Statistics& m_statistics;
    supervision::Export& m_export;
    supervision::StatisticsReport m_report;
    QDateEdit* m_fromDateEdit = nullptr;
    QDateEdit* m_toDateEdit = nullptr;
    QLabel* m_figuresLabel = nullptr;
    QLabel* m_queueLabel = nullptr;
    QChartView* m_volumeChartView = nullptr;
    QChartView* m_shareChartView = nullptr;
    QTableWidget* m_counterTableWidget = nullptr;
    QTableWidget* m_clerkTableWidget = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
