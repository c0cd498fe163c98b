#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ow::calendar {

// What one date is for counting time limits.
enum class DayKind
{
    Workday, // Monday to Friday without a holiday
    Weekend, // Saturday or Sunday without a make-up working day
    Holiday, // an official holiday day, whatever the weekday
    MakeupWorkday, // a Saturday or Sunday that the notice turns into a working day
};

// The notice behind one year of the calendar, shown to clerks who ask where a date comes from.
struct CalendarSource
{
    int year = 0;
    QString title; // e.g. the State Council General Office notice title
    QString number; // the document number
    QDate issued;
    QString url;
};

// One date as the calendar sees it.
struct DayInfo
{
    DayKind kind = DayKind::Workday;
    QString holidayName; // the holiday (for Holiday) or the holiday it makes up for (for MakeupWorkday)
    bool covered = false; // false: the year has no loaded notice, so only weekends are known
};

// A deadline. `uncoveredYears` lists years the count ran through without a loaded notice: there the
// deadline assumes weekends only, and the UI should say it is an estimate.
struct Deadline
{
    QDate date;
    QList<int> uncoveredYears;

    [[nodiscard]] bool isEstimate() const { return !uncoveredYears.isEmpty(); }
};

// A number of working days, with the same estimate flag as Deadline.
struct WorkingDayCount
{
    int days = 0;
    QList<int> uncoveredYears;

    [[nodiscard]] bool isEstimate() const { return !uncoveredYears.isEmpty(); }
};

struct CalendarLoadResult;

// The official working-day calendar (weekends, holidays, make-up working days), loaded from data.
class WorkingCalendar
{
public:
    // An empty calendar covers no year: every answer is a weekends-only estimate.
    WorkingCalendar() = default;

    // One JSON document: a year object, or an array of year objects (as the district sends them).
    [[nodiscard]] static CalendarLoadResult fromJson(const QByteArray& json);
    // Several documents, one or more years each; a year may appear only once across them.
    [[nodiscard]] static CalendarLoadResult fromJson(const QList<QByteArray>& documents);
    // Every *.json file of a folder (also a resource folder such as ":/calendar").
    [[nodiscard]] static CalendarLoadResult fromDirectory(const QString& path);

    [[nodiscard]] bool isWorkingDay(const QDate& date) const;
    [[nodiscard]] DayInfo dayInfo(const QDate& date) const;

    [[nodiscard]] bool covers(int year) const { return m_sources.contains(year); }
    [[nodiscard]] QList<int> coveredYears() const { return m_sources.keys(); }
    [[nodiscard]] std::optional<CalendarSource> source(int year) const;

    // The deadline n working days after start; start itself is never counted, so a case accepted on
    // a Friday with n = 1 is due the next working day. n = 0 gives start (an instant item is due the
    // same day). A negative n gives the |n|-th working day before start.
    [[nodiscard]] Deadline addWorkingDays(const QDate& start, int n) const;

    // The working days d with a < d <= b; negative when b is before a. Remaining time is
    // workingDaysBetween(today, deadline); days overdue is workingDaysBetween(deadline, today) when positive.
    // For a working day b, addWorkingDays(a, n).date == b exactly when workingDaysBetween(a, b).days == n.
    [[nodiscard]] WorkingDayCount workingDaysBetween(const QDate& a, const QDate& b) const;

private:
    struct ListedDay
    {
        DayKind kind = DayKind::Holiday;
        QString holidayName;
    };

    friend class CalendarParser;

    QMap<int, CalendarSource> m_sources;
    QHash<QDate, ListedDay> m_listedDays;
};

// The outcome of loading: a calendar, or a translated message naming the year and date at fault.
struct CalendarLoadResult
{
    std::optional<WorkingCalendar> calendar;
    QString error;

    [[nodiscard]] bool ok() const { return calendar.has_value(); }
};

} // namespace ow::calendar
