#include "BacklogPage.h"

#include "BacklogModel.h"
#include "DecisionDialog.h"
#include "StatisticsPage.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogService.h"
#include "core/Services.h"
#include "supervision/RemoteBacklogSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcBacklogPage, "ow.ui.backlog")

namespace ow::ui {

namespace {

calendar::WorkingCalendar loadCalendar(db::Database& database)
{
    calendar::CalendarLoadResult loaded = calendar::CalendarService(database).load();
    if (!loaded.ok()) {
        // Without the calendar, deadlines count weekends only; the page still works.
        qCWarning(lcBacklogPage) << "no working-day calendar:" << loaded.error;
        return {};
    }
    return *loaded.calendar;
}

} // namespace

BacklogPage::BacklogPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent,
                         supervision::BacklogQuery::Today today)
    : QWidget(parent)
    , m_services(services)
    , m_clerk(clerk)
{
    setObjectName(QStringLiteral("backlogPage"));
    const calendar::WorkingCalendar calendar = loadCalendar(services.database);
    m_query = std::make_unique<supervision::BacklogQuery>(services.database, calendar, today);
    // An enrolled counter also lists the other halls' cases, from the district (unreachable: named on the page).
    (void)supervision::RemoteBacklogSource::addTo(*m_query, services.database, *services.secrets, clerk.uuid);
    m_decisions = std::make_unique<supervision::DecisionService>(services.database, calendar);
    m_export = std::make_unique<supervision::Export>(services.database, *m_query);
    m_personalData = std::make_unique<supervision::PersonalData>(services.database);
    m_statistics = std::make_unique<supervision::Statistics>(services.database, today);
    m_model = new BacklogModel(*m_query, this);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("backlogTabWidget"));
    m_tabWidget->addTab(buildBacklogTab(), tr("Open cases"));
    m_statisticsPage = new StatisticsPage(services, clerk, *m_statistics, *m_export, this);
    m_tabWidget->addTab(m_statisticsPage, tr("Statistics"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabWidget);
    refresh();
}

BacklogPage::~BacklogPage() = default;

QWidget* BacklogPage::buildBacklogTab()
{
    auto* tab = new QWidget(this);

    m_itemComboBox = new QComboBox(tab);
    m_itemComboBox->setObjectName(QStringLiteral("itemFilterComboBox"));
    m_itemComboBox->addItem(tr("All items"), QString());
    for (const catalog::CatalogItem& item : catalog::CatalogService(m_services.database).items()) {
        m_itemComboBox->addItem(item.name, item.code);
    }
    m_stateComboBox = new QComboBox(tab);
    m_stateComboBox->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_stateComboBox->addItem(tr("All open states"), QString());
    for (cases::CaseState state : {cases::CaseState::Received, cases::CaseState::InReview, cases::CaseState::Approved,
                                   cases::CaseState::Rejected, cases::CaseState::Ready, cases::CaseState::Issued}) {
        m_stateComboBox->addItem(cases::CaseStates::displayName(state), cases::CaseStates::code(state));
    }
    m_clerkComboBox = new QComboBox(tab);
    m_clerkComboBox->setObjectName(QStringLiteral("clerkFilterComboBox"));
    m_clerkComboBox->addItem(tr("All clerks"), QString());
    for (const auth::Clerk& clerk : m_services.clerks.list()) {
        m_clerkComboBox->addItem(clerk.name, clerk.uuid);
    }
    m_counterSpinBox = new QSpinBox(tab);
    m_counterSpinBox->setObjectName(QStringLiteral("counterFilterSpinBox"));
    m_counterSpinBox->setRange(0, 999);
    m_counterSpinBox->setSpecialValueText(tr("All counters"));
    m_counterSpinBox->setMinimumWidth(100);
    m_hallLineEdit = new QLineEdit(tab);
    m_hallLineEdit->setObjectName(QStringLiteral("hallFilterLineEdit"));
    m_hallLineEdit->setPlaceholderText(tr("All halls"));
    m_hallLineEdit->setClearButtonEnabled(true);
    m_hallLineEdit->setMaximumWidth(140);

    m_dueWithinCheckBox = new QCheckBox(tr("Due within"), tab);
    m_dueWithinCheckBox->setObjectName(QStringLiteral("dueWithinCheckBox"));
    m_dueWithinSpinBox = new QSpinBox(tab);
    m_dueWithinSpinBox->setObjectName(QStringLiteral("dueWithinSpinBox"));
    m_dueWithinSpinBox->setRange(0, 60);
    m_dueWithinSpinBox->setValue(3);
    m_dueWithinSpinBox->setSuffix(tr(" working days"));
    m_overdueCheckBox = new QCheckBox(tr("Overdue"), tab);
    m_overdueCheckBox->setObjectName(QStringLiteral("overdueCheckBox"));
    m_awaitingCheckBox = new QCheckBox(tr("Awaiting materials"), tab);
    m_awaitingCheckBox->setObjectName(QStringLiteral("awaitingMaterialsCheckBox"));
    m_deliveryCheckBox = new QCheckBox(tr("Delivery pending"), tab);
    m_deliveryCheckBox->setObjectName(QStringLiteral("deliveryPendingCheckBox"));
    auto* resetButton = new QPushButton(tr("Clear filters"), tab);
    resetButton->setObjectName(QStringLiteral("clearFiltersButton"));

    for (QComboBox* combo : {m_itemComboBox, m_stateComboBox, m_clerkComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &BacklogPage::refresh);
    }
    for (QSpinBox* spin : {m_counterSpinBox, m_dueWithinSpinBox}) {
        connect(spin, &QSpinBox::valueChanged, this, &BacklogPage::refresh);
    }
    for (QCheckBox* check : {m_dueWithinCheckBox, m_overdueCheckBox, m_awaitingCheckBox, m_deliveryCheckBox}) {
        connect(check, &QCheckBox::toggled, this, &BacklogPage::refresh);
    }
    connect(m_hallLineEdit, &QLineEdit::editingFinished, this, &BacklogPage::refresh);
    connect(resetButton, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_itemComboBox),      QSignalBlocker(m_stateComboBox),
                                           QSignalBlocker(m_clerkComboBox),     QSignalBlocker(m_counterSpinBox),
                                           QSignalBlocker(m_dueWithinCheckBox), QSignalBlocker(m_overdueCheckBox),
                                           QSignalBlocker(m_awaitingCheckBox),  QSignalBlocker(m_deliveryCheckBox)};
        m_itemComboBox->setCurrentIndex(0);
        m_stateComboBox->setCurrentIndex(0);
        m_clerkComboBox->setCurrentIndex(0);
        m_counterSpinBox->setValue(0);
        m_hallLineEdit->clear();
        for (QCheckBox* check : {m_dueWithinCheckBox, m_overdueCheckBox, m_awaitingCheckBox, m_deliveryCheckBox}) {
            check->setChecked(false);
        }
        refresh();
    });

    m_summaryLabel = new QLabel(tab);
    m_summaryLabel->setObjectName(QStringLiteral("backlogSummaryLabel"));
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setBold(true);
    m_summaryLabel->setFont(summaryFont);

    m_backlogTableView = new QTableView(tab);
    m_backlogTableView->setObjectName(QStringLiteral("backlogTableView"));
    m_backlogTableView->setModel(m_model);
    m_backlogTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backlogTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backlogTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backlogTableView->verticalHeader()->hide();
    m_backlogTableView->verticalHeader()->setDefaultSectionSize(m_backlogTableView->fontMetrics().height() + 10);
    m_backlogTableView->horizontalHeader()->setStretchLastSection(true);
    m_backlogTableView->setWordWrap(false);
    // Fixed widths: measuring contents would read every row, and the backlog is fetched page by page.
    const QList<int> widths = {95, 125, 200, 170, 70, 140, 70, 70, 50, 130};
    for (int column = 0; column < widths.size(); ++column) {
        m_backlogTableView->setColumnWidth(column, widths[column]);
    }
    connect(m_backlogTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BacklogPage::updateActions);
    connect(m_backlogTableView, &QTableView::doubleClicked, this, [this] {
        if (supervision::DecisionService::mayDecide(m_clerk.role)) {
            decideSelected();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BacklogPage::updateActions);

    const bool supervises = auth::Roles::allows(m_clerk.role, auth::Permission::SuperviseBacklog);
    m_decideButton = new QPushButton(tr("&Decide..."), tab);
    m_decideButton->setObjectName(QStringLiteral("decideButton"));
    m_decideButton->setToolTip(supervises ? tr("Approve, return for more material, reject or reassign the case")
                                          : tr("Decisions are for supervisors."));
    connect(m_decideButton, &QPushButton::clicked, this, &BacklogPage::decideSelected);
    m_openCaseButton = new QPushButton(tr("&Open case"), tab);
    m_openCaseButton->setObjectName(QStringLiteral("openCaseButton"));
    connect(m_openCaseButton, &QPushButton::clicked, this, [this] { Q_EMIT openCaseRequested(selectedCaseNumber()); });
    m_showIdButton = new QPushButton(tr("Show full ID number"), tab);
    m_showIdButton->setObjectName(QStringLiteral("showFullIdButton"));
    m_showIdButton->setToolTip(tr("The full number is shown once and the view is logged."));
    connect(m_showIdButton, &QPushButton::clicked, this, &BacklogPage::revealSelectedIdNumber);
    m_exportCsvButton = new QPushButton(tr("Export &CSV..."), tab);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    m_exportPdfButton = new QPushButton(tr("Export &PDF..."), tab);
    m_exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_exportPdfButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    for (QPushButton* button : {m_exportCsvButton, m_exportPdfButton}) {
        button->setEnabled(supervises);
        button->setToolTip(supervises ? tr("Exports hold personal data; each export is logged.")
                                      : tr("Exports are for supervisors."));
    }
    m_messageLabel = new QLabel(tab);
    m_messageLabel->setObjectName(QStringLiteral("backlogMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Item:"), tab));
    filters->addWidget(m_itemComboBox, 2);
    filters->addWidget(new QLabel(tr("State:"), tab));
    filters->addWidget(m_stateComboBox, 1);
    filters->addWidget(new QLabel(tr("Clerk:"), tab));
    filters->addWidget(m_clerkComboBox, 1);
    filters->addWidget(new QLabel(tr("Counter:"), tab));
    filters->addWidget(m_counterSpinBox);
    filters->addWidget(new QLabel(tr("Hall:"), tab));
    filters->addWidget(m_hallLineEdit);
    auto* conditions = new QHBoxLayout;
    conditions->addWidget(m_dueWithinCheckBox);
    conditions->addWidget(m_dueWithinSpinBox);
    conditions->addSpacing(12);
    conditions->addWidget(m_overdueCheckBox);
    conditions->addWidget(m_awaitingCheckBox);
    conditions->addWidget(m_deliveryCheckBox);
    conditions->addStretch();
    conditions->addWidget(resetButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_decideButton);
    actions->addWidget(m_openCaseButton);
    actions->addWidget(m_showIdButton);
    actions->addStretch();
    actions->addWidget(m_exportCsvButton);
    actions->addWidget(m_exportPdfButton);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(conditions);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_backlogTableView, 1);
    layout->addWidget(m_messageLabel);
    layout->addLayout(actions);
    return tab;
}

supervision::BacklogFilter BacklogPage::filter() const
{
    supervision::BacklogFilter filter;
    filter.itemCode = m_itemComboBox->currentData().toString();
    filter.state = m_stateComboBox->currentData().toString();
    filter.clerkUuid = m_clerkComboBox->currentData().toString();
    filter.counterNumber = m_counterSpinBox->value();
    filter.hallCode = m_hallLineEdit->text().trimmed();
    if (m_dueWithinCheckBox->isChecked()) {
        filter.dueWithinWorkingDays = m_dueWithinSpinBox->value();
    }
    filter.overdueOnly = m_overdueCheckBox->isChecked();
    filter.awaitingMaterials = m_awaitingCheckBox->isChecked();
    filter.deliveryPending = m_deliveryCheckBox->isChecked();
    return filter;
}

void BacklogPage::refresh()
{
    const QString selected = selectedCaseNumber();
    m_model->setFilter(filter());
    updateSummary();
    if (!selected.isEmpty()) {
        selectCase(selected);
    }
    updateActions();
}

void BacklogPage::updateSummary()
{
    const supervision::BacklogFilter current = filter();
    const int total = m_query->count(current);
    supervision::BacklogFilter overdue = current;
    overdue.overdueOnly = true;
    overdue.dueWithinWorkingDays.reset();
    const int late = current.dueWithinWorkingDays && !current.overdueOnly ? 0 : m_query->count(overdue);
    QString text = tr("%n open case(s)", nullptr, total);
    if (late > 0) {
        text = tr("%1, %n overdue", nullptr, late).arg(text);
    }
    text = tr("%1 (as of %2, sorted by deadline)").arg(text, m_query->today().toString(Qt::ISODate));
    const QStringList unavailable = m_model->unavailableSources();
    if (!unavailable.isEmpty()) {
        text = QString(text + u'\n' + unavailable.join(u'\n'));
    }
    m_summaryLabel->setText(text);
}

QString BacklogPage::selectedCaseNumber() const
{
    const auto rows = m_backlogTableView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    const supervision::BacklogRow* row = m_model->rowAt(rows.constFirst().row());
    return row ? row->record.number : QString();
}

void BacklogPage::selectCase(const QString& number)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->record.number == number) {
            m_backlogTableView->selectRow(row);
            m_backlogTableView->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void BacklogPage::updateActions()
{
    const bool chosen = !selectedCaseNumber().isEmpty();
    m_decideButton->setEnabled(chosen && supervision::DecisionService::mayDecide(m_clerk.role));
    m_openCaseButton->setEnabled(chosen);
    m_showIdButton->setEnabled(chosen);
}

void BacklogPage::decideSelected()
{
    const QString number = selectedCaseNumber();
    if (number.isEmpty()) {
        showMessage(tr("Choose a case in the list first."), true);
        return;
    }
    if (!supervision::DecisionService::mayDecide(m_clerk.role)) {
        showMessage(tr("Only a supervisor or an administrator can decide on cases."), true);
        return;
    }
    const auto detail = cases::CaseService(m_services.database).detail(number);
    if (!detail) {
        showMessage(tr("Case %1 is no longer in the data file.").arg(number), true);
        return;
    }
    auto* dialog = new DecisionDialog(*m_decisions, *detail, m_clerk, m_services.clerks.list(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, number] {
        const QString outcome = dialog->outcome();
        refresh();
        selectCase(number);
        showMessage(outcome, false);
        Q_EMIT caseChanged();
    });
    dialog->open();
}

void BacklogPage::revealSelectedIdNumber()
{
    const QString number = selectedCaseNumber();
    if (number.isEmpty()) {
        showMessage(tr("Choose a case in the list first."), true);
        return;
    }
    QString error;
    const auto full = m_personalData->revealIdNumber(m_clerk, number, QStringLiteral("backlog"), &error);
    if (!full) {
        showMessage(error, true);
        return;
    }
    const supervision::BacklogRow* row =
        m_model->rowAt(m_backlogTableView->selectionModel()->selectedRows().value(0).row());
    showMessage(tr("Full ID number of %1 (case %2): %3. This view is logged.")
                    .arg(row ? row->record.citizenName : QString(), number, *full),
                false);
}

bool BacklogPage::exportCsv(const QString& path)
{
    QString error;
    int rows = 0;
    if (!m_export->backlogCsv(m_clerk, filter(), path, &rows, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(
        tr("%n case(s) exported to %1. The export is logged.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool BacklogPage::exportPdf(const QString& path)
{
    QString error;
    int rows = 0;
    if (!m_export->backlogPdf(m_clerk, filter(), path, &rows, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(
        tr("%n case(s) exported to %1. The export is logged.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void BacklogPage::chooseExport(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("backlog-%1").arg(m_query->today().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the backlog as PDF") : tr("Export the backlog as CSV"),
        QDir(folder).filePath(name + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"))),
        pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    (void)(pdf ? exportPdf(path) : exportCsv(path));
}

QString BacklogPage::message() const
{
    return m_messageLabel->text();
}

void BacklogPage::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

} // namespace ow::ui
