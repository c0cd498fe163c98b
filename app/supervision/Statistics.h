#pragma once

#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ow::db {
class Database;
}

namespace ow::supervision {

// The days counted, both inclusive, in local time; hallCode empty: every hall in the store.
struct StatisticsPeriod
{
    QDate from;
    QDate to;
    QString hallCode;
};

// Elapsed times from acceptance to the decision (approval, rejection, or issue on the spot).
struct DurationFigures
{
    int count = 0;
    double averageHours = 0;
    double p90Hours = 0; // nearest rank: 90% of the cases took this long or less
};

// The figures of one item, counter or clerk.
struct GroupFigures
{
    QString key; // item code, counter number, clerk uuid
    QString label; // for people: item name, "Counter 3", clerk name
    int cases = 0;
    int instant = 0;
    int decided = 0;
    int overdue = 0; // decided after the deadline, or still undecided with the deadline passed
    DurationFigures completion;

    [[nodiscard]] double instantShare() const { return cases > 0 ? double(instant) / cases : 0; }
};

// What the hall queue says about the period: waiting and service times and the citizens' ratings.
struct QueueFigures
{
    int tickets = 0;
    DurationFigures waitingMinutes; // issued to called, in minutes (the hours fields hold minutes)
    DurationFigures serviceMinutes; // called to finished
    QMap<int, int> ratings; // 1 (very dissatisfied) to 5 (very satisfied) -> count
    QList<GroupFigures> perCounter; // cases: tickets served
};

// The hook for the hall queue (app/queue): it answers for a period, or nothing while there is no queue data.
class QueueFiguresSource
{
public:
    virtual ~QueueFiguresSource() = default;
    [[nodiscard]] virtual std::optional<QueueFigures> figures(const StatisticsPeriod& period) const = 0;
};

struct StatisticsReport
{
    StatisticsPeriod period;
    int cases = 0;
    int instant = 0;
    QList<QDate> days; // every day of the period, in order
    QList<GroupFigures> perItem; // most cases first
    // cases per item code and day; items in perItem's order
    QMap<QString, QMap<QDate, int>> perItemAndDay;
    DurationFigures completionInstant;
    DurationFigures completionPromised;
    QList<GroupFigures> perCounter; // by counter number
    QList<GroupFigures> perClerk; // most cases first
    std::optional<QueueFigures> queue; // nothing: no queue data

    [[nodiscard]] double instantShare() const { return cases > 0 ? double(instant) / cases : 0; }
};

// Supervisor statistics over the cases of a period, computed here so that the chart widgets only draw them.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::Statistics)

public:
    using Today = std::function<QDate()>;
    // today decides which undecided cases are overdue; it defaults to the local date.
    explicit Statistics(db::Database& database, Today today = {});
    ~Statistics();

    void setQueueSource(std::unique_ptr<QueueFiguresSource> source);

    [[nodiscard]] StatisticsReport report(const StatisticsPeriod& period) const;

    // Nearest-rank percentile (p in (0, 1]) of the values; 0 for none.
    [[nodiscard]] static double percentile(QList<double> values, double p);
    [[nodiscard]] static DurationFigures durations(const QList<double>& hours);
    // "12 min", "3.5 h", "2.1 days": the unit that reads best.
    [[nodiscard]] static QString durationText(double hours);

private:
    db::Database& m_database;
    Today m_today;
    std::unique_ptr<QueueFiguresSource> m_queue;
};

} // namespace ow::supervision
