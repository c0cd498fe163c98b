#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ow::sync {
class SyncStatus;
}

namespace ow::ui {

// Records the district rejected or that conflict with its data, with the reason, for clerks and supervisors.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncProblemsDialog(const sync::SyncStatus& status, QWidget* parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const sync::SyncStatus& m_status;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_problemsTableWidget = nullptr;
};

} // namespace ow::ui
