#pragma once

#include "calendar/WorkingCalendar.h"
#include "db/BacklogRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ow::db {
class Database;
}

namespace ow::supervision {

// What the supervisor filters the backlog by; empty or unset fields do not filter.
struct BacklogFilter
{
    QString itemCode;
    QString state; // a CaseStates code
    QString clerkUuid; // who works the case
    int counterNumber = 0;
    QString hallCode;
    std::optional<int> dueWithinWorkingDays; // deadline from today up to n working days ahead
    bool overdueOnly = false; // deadline before today; with dueWithinWorkingDays: both together
    bool awaitingMaterials = false;
    bool deliveryPending = false;

    // One translated line naming every active filter, for exports ("All open cases" when none).
    [[nodiscard]] QString describe() const;
};

// One open case of the backlog with what the supervisor reads from it.
struct BacklogRow
{
    db::BacklogRecord record;
    QString source; // "local", or the remote source it came from
    int daysOverdue = 0; // working days past the deadline; 0 when not overdue
    int workingDaysLeft = 0; // working days until the deadline; 0 on the day and after
    bool deliveryPending = false;

    [[nodiscard]] bool overdue() const { return daysOverdue > 0; }
};

// Where a page ended; pass it back for the next page.
using BacklogCursor = db::BacklogKey;

// A page of rows, the cursor after its last row, and whether more may follow.
struct BacklogPage
{
    QList<BacklogRow> rows;
    std::optional<BacklogCursor> next;
    bool more = false;
    QStringList unavailable; // translated: sources that did not answer (the district while offline)
};

// A place open cases come from, in (deadline, number) order with a keyset. The local store is one; the district
// server (through the sync engine) will be another.
class BacklogSource
{
public:
    virtual ~BacklogSource() = default;
    [[nodiscard]] virtual QString name() const = 0;
    // Rows after 'after' in (deadline, number) order, at most limit; nothing when the source cannot answer now,
    // with a translated reason in *unavailable.
    [[nodiscard]] virtual std::optional<QList<db::BacklogRecord>> fetch(const db::BacklogCriteria& criteria,
                                                                        const std::optional<BacklogCursor>& after,
                                                                        int limit, QString* unavailable) const = 0;
    [[nodiscard]] virtual int count(const db::BacklogCriteria& criteria) const = 0;
};

// The open cases of this counter's local store.
class LocalBacklogSource : public BacklogSource
{
public:
    explicit LocalBacklogSource(db::Database& database);
    [[nodiscard]] QString name() const override { return QStringLiteral("local"); }
    [[nodiscard]] std::optional<QList<db::BacklogRecord>> fetch(const db::BacklogCriteria& criteria,
                                                                const std::optional<BacklogCursor>& after, int limit,
                                                                QString* unavailable) const override;
    [[nodiscard]] int count(const db::BacklogCriteria& criteria) const override;

private:
    db::Database& m_database;
};

// The backlog: open cases by deadline from one or more sources, merged page by page (never all at once), with
// days overdue in working days.
class BacklogQuery
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::BacklogQuery)

public:
    using Today = std::function<QDate()>;
    static constexpr int defaultPageSize = 100;

    // The local store is the first source; today defaults to the local date.
    BacklogQuery(db::Database& database, calendar::WorkingCalendar calendar, Today today = {});
    ~BacklogQuery();

    // A further source (the district server); its rows merge in deadline order, a case in both shows once.
    void addSource(std::unique_ptr<BacklogSource> source);

    [[nodiscard]] BacklogPage page(const BacklogFilter& filter, const std::optional<BacklogCursor>& after = {},
                                   int limit = defaultPageSize) const;
    [[nodiscard]] int count(const BacklogFilter& filter) const;
    [[nodiscard]] db::BacklogCriteria criteria(const BacklogFilter& filter) const;
    [[nodiscard]] QDate today() const { return m_today(); }
    [[nodiscard]] const calendar::WorkingCalendar& calendar() const { return m_calendar; }

private:
    [[nodiscard]] BacklogRow row(db::BacklogRecord record, const QString& source) const;

    calendar::WorkingCalendar m_calendar;
    Today m_today;
    std::vector<std::unique_ptr<BacklogSource>> m_sources;
};

} // namespace ow::supervision
