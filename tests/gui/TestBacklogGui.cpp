// The supervisor's backlog page driven offscreen: filters, overdue rows, a decision through the dialog with a
// reason that then shows in the case, exports, the logged full ID number, what a clerk may not do, and the
// model fetching page after page as the view scrolls.
#include "MainWindow.h"
#include "SupervisionFixture.h"
#include "cases/CasesPage.h"
#include "core/Services.h"
#include "db/AuditRepository.h"
#include "pages/PlaceholderPage.h"
#include "supervision/BacklogModel.h"
#include "supervision/BacklogPage.h"
#include "supervision/DecisionDialog.h"
#include "supervision/StatisticsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace ow;

namespace {

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    return parent ? parent->findChild<T*>(name) : nullptr;
}

QString cell(const ui::BacklogModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestBacklogGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void clerkSeesTheSupervisorsLine();
    void filtersAndOverdueRows();
    void decisionThroughTheDialogShowsInTheCase();
    void clerkOnThePageCannotDecideOrExport();
    void exportCsvFromThePage();
    void fullIdNumberIsShownAndLogged();
    void modelFetchesMoreAsItScrolls();

private:
    std::unique_ptr<ui::BacklogPage> page(const auth::Clerk& clerk)
    {
        auto result =
            std::make_unique<ui::BacklogPage>(*m_services, clerk, nullptr, [] { return tests::supervisionToday; });
        result->resize(1280, 720);
        result->show();
        return result;
    }

    std::unique_ptr<tests::SupervisionFixture> m_fixture;
    std::unique_ptr<core::Services> m_services;
};

void TestBacklogGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBacklogGui::init()
{
    m_services.reset();
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp());
    QVERIFY(m_fixture->addStandardCases());
    m_services = std::make_unique<core::Services>(*m_fixture->database);
}

void TestBacklogGui::clerkSeesTheSupervisorsLine()
{
    ui::MainWindow window(*m_services, m_fixture->clerk);
    window.show();
    window.showPage(ui::MainWindow::Page::Backlog);
    QVERIFY(!window.findChild<ui::BacklogPage*>());
    QVERIFY(!window.findChild<QTableView*>(QStringLiteral("backlogTableView")));
    bool told = false;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        told = told || label->text() == QStringLiteral("The backlog is for supervisors; you are logged in as Clerk.");
    }
    QVERIFY(told);

    ui::MainWindow supervised(*m_services, m_fixture->supervisor);
    QVERIFY(supervised.findChild<ui::BacklogPage*>());
}

void TestBacklogGui::filtersAndOverdueRows()
{
    const auto backlog = page(m_fixture->supervisor);
    const ui::BacklogModel* model = backlog->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(cell(model, 0, ui::BacklogModel::NumberColumn), QStringLiteral("C-01"));
    QCOMPARE(cell(model, 0, ui::BacklogModel::OverdueColumn), QStringLiteral("3 working day(s) overdue"));
    QVERIFY(model->data(model->index(0, ui::BacklogModel::NumberColumn), Qt::BackgroundRole).isValid());
    QCOMPARE(cell(model, 3, ui::BacklogModel::OverdueColumn), QStringLiteral("Due today"));
    QVERIFY(!model->data(model->index(3, ui::BacklogModel::NumberColumn), Qt::BackgroundRole).isValid());
    QCOMPARE(cell(model, 4, ui::BacklogModel::OverdueColumn), QStringLiteral("2 working day(s) left"));
    QCOMPARE(cell(model, 4, ui::BacklogModel::AwaitedColumn), QStringLiteral("Proof of income"));
    QCOMPARE(cell(model, 0, ui::BacklogModel::IdNumberColumn).count(u'*'), 8);
    auto* summary = child<QLabel>(backlog.get(), QStringLiteral("backlogSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("6 open case(s), 3 overdue")), qPrintable(summary->text()));

    child<QCheckBox>(backlog.get(), QStringLiteral("overdueCheckBox"))->setChecked(true);
    QCOMPARE(model->rowCount(), 3);
    child<QCheckBox>(backlog.get(), QStringLiteral("overdueCheckBox"))->setChecked(false);
    auto* states = child<QComboBox>(backlog.get(), QStringLiteral("stateFilterComboBox"));
    states->setCurrentIndex(states->findData(QStringLiteral("received")));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 1, ui::BacklogModel::NumberColumn), QStringLiteral("C-05"));
    child<QCheckBox>(backlog.get(), QStringLiteral("deliveryPendingCheckBox"))->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(backlog.get(), QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 6);
    auto* items = child<QComboBox>(backlog.get(), QStringLiteral("itemFilterComboBox"));
    items->setCurrentIndex(items->findData(QStringLiteral("senior-card")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, ui::BacklogModel::CollectionColumn), QStringLiteral("Courier, pending"));
}

void TestBacklogGui::decisionThroughTheDialogShowsInTheCase()
{
    const auto backlog = page(m_fixture->supervisor);
    backlog->selectCase(QStringLiteral("C-01"));
    QCOMPARE(backlog->selectedCaseNumber(), QStringLiteral("C-01"));
    QTest::mouseClick(child<QPushButton>(backlog.get(), QStringLiteral("decideButton")), Qt::LeftButton);
    ui::DecisionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = backlog->findChild<ui::DecisionDialog*>()) && dialog->isVisible());
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("approveRadioButton"))->isChecked());
    child<QRadioButton>(dialog, QStringLiteral("rejectRadioButton"))->click();
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("rejectRadioButton"))->isChecked());
    // Without a reason the dialog stays and says why.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("recordDecisionButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->message(), QStringLiteral("Give the reason for the decision; the citizen is told it."));
    const QString reason = QStringLiteral("Household income above the local minimum");
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonPlainTextEdit")), reason);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("recordDecisionButton")), Qt::LeftButton);
    QTRY_VERIFY(!backlog->findChild<ui::DecisionDialog*>() || !backlog->findChild<ui::DecisionDialog*>()->isVisible());
    QCOMPARE(backlog->message(), QStringLiteral("C-01: Reject recorded."));
    QCOMPARE(backlog->selectedCaseNumber(), QStringLiteral("C-01"));
    QCOMPARE(cell(backlog->model(), 0, ui::BacklogModel::StateColumn), QStringLiteral("Rejected"));

    // The cases page shows the decision and its reason in the case.
    ui::CasesPage cases(*m_services, m_fixture->clerk);
    cases.showCase(QStringLiteral("C-01"));
    QVERIFY(
        child<QLabel>(&cases, QStringLiteral("caseFactsLabel"))->text().contains(QStringLiteral("State: Rejected")));
    auto* events = child<QListWidget>(&cases, QStringLiteral("eventsListWidget"));
    QVERIFY(events->count() > 0);
    const QString last = events->item(events->count() - 1)->text();
    QVERIFY2(last.contains(reason) && last.contains(QStringLiteral("Li Min")), qPrintable(last));
    QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM notifications WHERE kind = 'rejected'")), 1);
}

void TestBacklogGui::clerkOnThePageCannotDecideOrExport()
{
    const auto backlog = page(m_fixture->clerk);
    backlog->selectCase(QStringLiteral("C-01"));
    QVERIFY(!child<QPushButton>(backlog.get(), QStringLiteral("decideButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(backlog.get(), QStringLiteral("exportCsvButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(backlog.get(), QStringLiteral("exportPdfButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(backlog->statisticsPage(), QStringLiteral("exportStatisticsButton"))->isEnabled());
    backlog->decideSelected();
    QVERIFY(!backlog->findChild<ui::DecisionDialog*>());
    QCOMPARE(backlog->message(), QStringLiteral("Only a supervisor or an administrator can decide on cases."));
    const QString path = m_fixture->dir.filePath(QStringLiteral("clerk.csv"));
    QVERIFY(!backlog->exportCsv(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(backlog->message().startsWith(QStringLiteral("Exports hold personal data")));
}

void TestBacklogGui::exportCsvFromThePage()
{
    const auto backlog = page(m_fixture->supervisor);
    child<QCheckBox>(backlog.get(), QStringLiteral("overdueCheckBox"))->setChecked(true);
    const QString path = m_fixture->dir.filePath(QStringLiteral("overdue.csv"));
    QVERIFY(backlog->exportCsv(path));
    QCOMPARE(backlog->message(), QStringLiteral("3 case(s) exported to %1. The export is logged.").arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 4);
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(QStringLiteral("export")), 1);
}

void TestBacklogGui::fullIdNumberIsShownAndLogged()
{
    const auto backlog = page(m_fixture->clerk);
    backlog->selectCase(QStringLiteral("C-04"));
    QTest::mouseClick(child<QPushButton>(backlog.get(), QStringLiteral("showFullIdButton")), Qt::LeftButton);
    QVERIFY2(backlog->message().contains(m_fixture->citizens.at(1).idNumber), qPrintable(backlog->message()));
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(QStringLiteral("id.unmask")), 1);
}

void TestBacklogGui::modelFetchesMoreAsItScrolls()
{
    for (int i = 0; i < 230; ++i) {
        tests::CaseSpec spec;
        spec.number = QStringLiteral("M-%1").arg(i, 3, 10, QLatin1Char('0'));
        spec.deadline = QDate(2025, 4, 1).addDays(i % 30);
        QVERIFY(m_fixture->addCase(spec));
    }
    const auto backlog = page(m_fixture->supervisor);
    ui::BacklogModel* model = backlog->model();
    QCOMPARE(model->rowCount(), ui::BacklogModel::pageSize);
    QVERIFY(model->canFetchMore({}));
    auto* view = child<QTableView>(backlog.get(), QStringLiteral("backlogTableView"));
    view->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > ui::BacklogModel::pageSize);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    QCOMPARE(model->rowCount(), 236);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->rowAt(row - 1)->record.deadline <= model->rowAt(row)->record.deadline);
    }
}

QTEST_MAIN(TestBacklogGui)
#include "TestBacklogGui.moc"
