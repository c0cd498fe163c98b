#include "SyncProblemsDialog.h"

#include "sync/SyncStatus.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {

SyncProblemsDialog::SyncProblemsDialog(const sync::SyncStatus& status, QWidget* parent)
    : QDialog(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("syncProblemsDialog"));
    setWindowTitle(tr("Sync problems"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("syncProblemsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_problemsTableWidget = new QTableWidget(0, 4, this);
    m_problemsTableWidget->setObjectName(QStringLiteral("syncProblemsTableWidget"));
    m_problemsTableWidget->setHorizontalHeaderLabels({tr("Made at"), tr("Record"), tr("Problem"), tr("Reason")});
    m_problemsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsTableWidget->setWordWrap(true);
    m_problemsTableWidget->verticalHeader()->setVisible(false);
    QHeaderView* header = m_problemsTableWidget->horizontalHeader();
    for (int column = 0; column < 3; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    // The reason wraps; rows grow to show all of it whenever the column width changes.
    connect(header, &QHeaderView::sectionResized, m_problemsTableWidget, &QTableWidget::resizeRowsToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_problemsTableWidget, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void SyncProblemsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The widths are final once the dialog is laid out; rows then take the height their reason needs.
    QTimer::singleShot(0, m_problemsTableWidget, &QTableWidget::resizeRowsToContents);
}

void SyncProblemsDialog::reload()
{
    const QList<sync::SyncProblem> problems = m_status.problems();
    m_summaryLabel->setText(
        problems.isEmpty()
            ? tr("Every record this counter sent was accepted by the district.")
            : tr("The district did not accept these records. They stay on this counter and are never dropped; a "
                 "supervisor resolves them with the district."));
    m_problemsTableWidget->setRowCount(static_cast<int>(problems.size()));
    for (int row = 0; row < problems.size(); ++row) {
        const sync::SyncProblem& problem = problems.at(row);
        const QStringList cells = {QLocale().toString(problem.at.toLocalTime(), QLocale::ShortFormat), problem.record,
                                   problem.state, problem.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(problem.technical);
            m_problemsTableWidget->setItem(row, column, item);
        }
    }
    m_problemsTableWidget->resizeRowsToContents();
}

} // namespace ow::ui
