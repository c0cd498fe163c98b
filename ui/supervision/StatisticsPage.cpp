#include "StatisticsPage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ow::ui {

namespace {

// Items beyond these share one "Other items" band, so the legend stays readable.
constexpr int chartedItems = 6;

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QLatin1Char('%');
}

QChart* freshChart(QChartView* view)
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

QChartView* chartView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    freshChart(view);
    return view;
}

} // namespace

StatisticsPage::StatisticsPage(core::Services& services, const auth::Clerk& clerk, supervision::Statistics& statistics,
                               supervision::Export& exporter, QWidget* parent)
    : QWidget(parent)
    , m_clerk(clerk)
    , m_statistics(statistics)
    , m_export(exporter)
{
    (void)services;
    setObjectName(QStringLiteral("statisticsPage"));
    const QDate today = QDate::currentDate();
    m_fromDateEdit = new QDateEdit(today.addDays(-13), this);
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDateEdit = new QDateEdit(today, this);
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &StatisticsPage::refresh);
    }
    m_exportButton = new QPushButton(tr("Export &CSV..."), this);
    m_exportButton->setObjectName(QStringLiteral("exportStatisticsButton"));
    m_exportButton->setEnabled(supervision::Export::mayExport(clerk.role));
    connect(m_exportButton, &QPushButton::clicked, this, &StatisticsPage::chooseExport);

    m_figuresLabel = new QLabel(this);
    m_figuresLabel->setObjectName(QStringLiteral("figuresLabel"));
    m_figuresLabel->setWordWrap(true);
    m_queueLabel = new QLabel(this);
    m_queueLabel->setObjectName(QStringLiteral("queueFiguresLabel"));
    m_queueLabel->setWordWrap(true);
    m_volumeChartView = chartView(QStringLiteral("volumeChartView"), this);
    m_volumeChartView->setMinimumHeight(240);
    m_shareChartView = chartView(QStringLiteral("shareChartView"), this);
    m_shareChartView->setMinimumWidth(260);

    const QStringList headers = {tr("Cases"),   tr("Instant share"), tr("Decided"),
                                 tr("Overdue"), tr("Average time"),  tr("90% within")};
    auto table = [&](const QString& name, const QString& first) {
        auto* widget = new QTableWidget(0, static_cast<int>(headers.size()) + 1, this);
        widget->setObjectName(name);
        widget->setHorizontalHeaderLabels(QStringList {first} + headers);
        widget->verticalHeader()->hide();
        widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
        widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        return widget;
    };
    m_counterTableWidget = table(QStringLiteral("counterTableWidget"), tr("Counter"));
    m_clerkTableWidget = table(QStringLiteral("clerkTableWidget"), tr("Clerk"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("statisticsMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_fromDateEdit);
    period->addWidget(new QLabel(tr("to:"), this));
    period->addWidget(m_toDateEdit);
    period->addStretch();
    period->addWidget(m_exportButton);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_volumeChartView, 3);
    charts->addWidget(m_shareChartView, 1);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_counterTableWidget);
    tables->addWidget(m_clerkTableWidget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_figuresLabel);
    layout->addLayout(charts, 3);
    layout->addWidget(m_queueLabel);
    layout->addLayout(tables, 2);
    layout->addWidget(m_messageLabel);
    refresh();
}

void StatisticsPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker fromBlocker(m_fromDateEdit);
    const QSignalBlocker toBlocker(m_toDateEdit);
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    refresh();
}

void StatisticsPage::refresh()
{
    m_report = m_statistics.report({m_fromDateEdit->date(), m_toDateEdit->date(), {}});
    const auto& r = m_report;
    QStringList lines;
    lines << tr("%n case(s) accepted; %1 issued on the spot.", nullptr, r.cases).arg(percent(r.instantShare()));
    if (r.completionPromised.count > 0) {
        lines << tr("Promised items decided: %1, on average after %2; 90% within %3.")
                     .arg(r.completionPromised.count)
                     .arg(supervision::Statistics::durationText(r.completionPromised.averageHours),
                          supervision::Statistics::durationText(r.completionPromised.p90Hours));
    }
    if (r.completionInstant.count > 0) {
        lines << tr("Instant items issued: %1, on average after %2; 90% within %3.")
                     .arg(r.completionInstant.count)
                     .arg(supervision::Statistics::durationText(r.completionInstant.averageHours),
                          supervision::Statistics::durationText(r.completionInstant.p90Hours));
    }
    m_figuresLabel->setText(lines.join(u'\n'));
    if (!r.queue) {
        m_queueLabel->setText(tr("Waiting and service times, ratings: no queue data (the hall queue is not "
                                 "connected to this counter yet)."));
    } else {
        int rated = 0;
        int satisfied = 0;
        for (auto it = r.queue->ratings.cbegin(); it != r.queue->ratings.cend(); ++it) {
            rated += it.value();
            satisfied += it.key() >= 4 ? it.value() : 0;
        }
        m_queueLabel->setText(
            tr("Queue: %1 tickets; waiting %2 on average (90% within %3); service %4 on average; %5 of %6 ratings "
               "satisfied.")
                .arg(r.queue->tickets)
                .arg(supervision::Statistics::durationText(r.queue->waitingMinutes.averageHours / 60),
                     supervision::Statistics::durationText(r.queue->waitingMinutes.p90Hours / 60),
                     supervision::Statistics::durationText(r.queue->serviceMinutes.averageHours / 60))
                .arg(satisfied)
                .arg(rated));
    }
    drawVolumeChart();
    drawShareChart();
    fillTable(m_counterTableWidget, r.perCounter);
    fillTable(m_clerkTableWidget, r.perClerk);
}

void StatisticsPage::drawVolumeChart()
{
    // A fresh chart each time: axes left over from the last period would draw over the new ones.
    QChart* chart = freshChart(m_volumeChartView);
    chart->setTitle(tr("Cases per day and item"));
    auto* series = new QStackedBarSeries;
    QList<double> other(m_report.days.size(), 0);
    bool anyOther = false;
    int maxPerDay = 0;
    QList<int> totals(m_report.days.size(), 0);
    for (int i = 0; i < m_report.perItem.size(); ++i) {
        const supervision::GroupFigures& item = m_report.perItem.at(i);
        const auto perDay = m_report.perItemAndDay.value(item.key);
        if (i >= chartedItems) {
            for (int d = 0; d < m_report.days.size(); ++d) {
                other[d] += perDay.value(m_report.days.at(d));
                totals[d] += perDay.value(m_report.days.at(d));
            }
            anyOther = true;
            continue;
        }
        auto* set = new QBarSet(item.label);
        for (int d = 0; d < m_report.days.size(); ++d) {
            const int count = perDay.value(m_report.days.at(d));
            set->append(count);
            totals[d] += count;
        }
        series->append(set);
    }
    if (anyOther) {
        auto* set = new QBarSet(tr("Other items"));
        set->append(other);
        series->append(set);
    }
    for (int total : std::as_const(totals)) {
        maxPerDay = std::max(maxPerDay, total);
    }
    chart->addSeries(series);
    QStringList categories;
    for (const QDate& day : m_report.days) {
        categories << day.toString(QStringLiteral("MM-dd"));
    }
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(4, maxPerDay + maxPerDay / 10 + 1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!m_report.perItem.isEmpty());
}

void StatisticsPage::drawShareChart()
{
    QChart* chart = freshChart(m_shareChartView);
    chart->setTitle(tr("Issued on the spot"));
    auto* series = new QPieSeries;
    if (m_report.cases > 0) {
        QPieSlice* instant =
            series->append(tr("On the spot %1").arg(percent(m_report.instantShare())), m_report.instant);
        instant->setColor(QColor(0x2e, 0x7d, 0x32));
        QPieSlice* promised = series->append(tr("Promised %1").arg(percent(1 - m_report.instantShare())),
                                             m_report.cases - m_report.instant);
        promised->setColor(QColor(0x15, 0x65, 0xc0));
    }
    series->setPieSize(0.7);
    chart->addSeries(series);
}

void StatisticsPage::fillTable(QTableWidget* table, const QList<supervision::GroupFigures>& groups)
{
    table->setRowCount(0);
    for (const supervision::GroupFigures& group : groups) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells = {
            group.label,
            QString::number(group.cases),
            percent(group.instantShare()),
            QString::number(group.decided),
            QString::number(group.overdue),
            group.completion.count > 0 ? supervision::Statistics::durationText(group.completion.averageHours)
                                       : QString(),
            group.completion.count > 0 ? supervision::Statistics::durationText(group.completion.p90Hours) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(row, column, item);
        }
    }
}

bool StatisticsPage::exportCsv(const QString& path)
{
    QString error;
    if (!m_export.statisticsCsv(m_clerk, m_report, path, &error)) {
        m_messageLabel->setText(error);
        m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_messageLabel->setText(tr("Statistics exported to %1.").arg(QDir::toNativeSeparators(path)));
    m_messageLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    return true;
}

void StatisticsPage::chooseExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("statistics-%1-%2.csv")
                             .arg(m_fromDateEdit->date().toString(QStringLiteral("yyyyMMdd")),
                                  m_toDateEdit->date().toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the statistics as CSV"),
                                                      QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        (void)exportCsv(path);
    }
}

} // namespace ow::ui
