#include "supervision/Statistics.h"

#include "db/BacklogRepository.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ow::supervision {

namespace {

// Collects one group's cases and their decision times.
struct Accumulator
{
    GroupFigures figures;
    QList<double> hours;

    void add(const db::CaseFigureRecord& record, const QDate& today)
    {
        ++figures.cases;
        if (record.kind == u"instant") {
            ++figures.instant;
        }
        const QDate deadline = record.deadline;
        if (record.decidedAt.isValid()) {
            ++figures.decided;
            hours.append(static_cast<double>(record.acceptedAt.secsTo(record.decidedAt)) / 3600.0);
            if (deadline.isValid() && record.decidedAt.toLocalTime().date() > deadline) {
                ++figures.overdue;
            }
        } else if (deadline.isValid() && today > deadline) {
            ++figures.overdue;
        }
    }

    GroupFigures finish()
    {
        figures.completion = Statistics::durations(hours);
        return figures;
    }
};

QList<GroupFigures> finished(QHash<QString, Accumulator>& groups)
{
    QList<GroupFigures> result;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        result.append(it->finish());
    }
    std::sort(result.begin(), result.end(), [](const GroupFigures& a, const GroupFigures& b) {
        return a.cases != b.cases ? a.cases > b.cases : a.key < b.key;
    });
    return result;
}

} // namespace

Statistics::Statistics(db::Database& database, Today today)
    : m_database(database)
    , m_today(today ? std::move(today) : Today([] { return QDate::currentDate(); }))
{ }

Statistics::~Statistics() = default;

void Statistics::setQueueSource(std::unique_ptr<QueueFiguresSource> source)
{
    m_queue = std::move(source);
}

double Statistics::percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

DurationFigures Statistics::durations(const QList<double>& hours)
{
    DurationFigures figures;
    figures.count = static_cast<int>(hours.size());
    if (!hours.isEmpty()) {
        figures.averageHours = std::accumulate(hours.begin(), hours.end(), 0.0) / static_cast<double>(hours.size());
        figures.p90Hours = percentile(hours, 0.9);
    }
    return figures;
}

QString Statistics::durationText(double hours)
{
    const QLocale locale;
    if (hours < 1) {
        return tr("%1 min").arg(std::lround(hours * 60));
    }
    if (hours < 48) {
        return tr("%1 h").arg(locale.toString(hours, 'f', 1));
    }
    return tr("%1 days").arg(locale.toString(hours / 24, 'f', 1));
}

StatisticsReport Statistics::report(const StatisticsPeriod& period) const
{
    StatisticsReport report;
    report.period = period;
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from) {
        return report;
    }
    for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
        report.days.append(day);
    }
    const QDateTime from = period.from.startOfDay();
    const QDateTime to = period.to.addDays(1).startOfDay();
    const QDate today = m_today();
    const auto records = db::BacklogRepository(m_database).figures(from, to, period.hallCode);

    QHash<QString, Accumulator> items;
    QHash<QString, Accumulator> counters;
    QHash<QString, Accumulator> clerks;
    QList<double> instantHours;
    QList<double> promisedHours;
    for (const db::CaseFigureRecord& record : records) {
        ++report.cases;
        const bool instant = record.kind == u"instant";
        if (instant) {
            ++report.instant;
        }
        if (record.decidedAt.isValid()) {
            (instant ? instantHours : promisedHours)
                .append(static_cast<double>(record.acceptedAt.secsTo(record.decidedAt)) / 3600.0);
        }
        report.perItemAndDay[record.itemCode][record.acceptedAt.toLocalTime().date()] += 1;

        Accumulator& item = items[record.itemCode];
        item.figures.key = record.itemCode;
        item.figures.label = record.itemName.isEmpty() ? record.itemCode : record.itemName;
        item.add(record, today);
        const QString counterKey = QString::number(record.counterNumber);
        Accumulator& counter = counters[counterKey];
        counter.figures.key = counterKey;
        counter.figures.label = tr("Counter %1").arg(record.counterNumber);
        counter.add(record, today);
        Accumulator& clerk = clerks[record.clerkUuid];
        clerk.figures.key = record.clerkUuid;
        clerk.figures.label =
            record.clerkName.isEmpty() ? tr("(no clerk: taken by the command line)") : record.clerkName;
        clerk.add(record, today);
    }
    report.completionInstant = durations(instantHours);
    report.completionPromised = durations(promisedHours);
    report.perItem = finished(items);
    report.perClerk = finished(clerks);
    report.perCounter = finished(counters);
    std::sort(report.perCounter.begin(), report.perCounter.end(),
              [](const GroupFigures& a, const GroupFigures& b) { return a.key.toInt() < b.key.toInt(); });
    if (m_queue) {
        report.queue = m_queue->figures(period);
    }
    return report;
}

} // namespace ow::supervision
