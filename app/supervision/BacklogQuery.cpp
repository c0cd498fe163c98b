#include "supervision/BacklogQuery.h"

#include "cases/CaseStates.h"

#include <QSet>

#include <algorithm>

namespace ow::supervision {

namespace {

QString deadlineKey(const db::BacklogRecord& record)
{
    return record.deadline.isValid() ? record.deadline.toString(Qt::ISODate) : QString();
}

bool before(const db::BacklogRecord& a, const db::BacklogRecord& b)
{
    const QString ka = deadlineKey(a);
    const QString kb = deadlineKey(b);
    return ka != kb ? ka < kb : a.number < b.number;
}

} // namespace

QString BacklogFilter::describe() const
{
    QStringList parts;
    if (!itemCode.isEmpty()) {
        parts << BacklogQuery::tr("item %1").arg(itemCode);
    }
    if (!state.isEmpty()) {
        const auto known = cases::CaseStates::fromCode(state);
        parts << BacklogQuery::tr("state %1").arg(known ? cases::CaseStates::displayName(*known) : state);
    }
    if (counterNumber > 0) {
        parts << BacklogQuery::tr("counter %1").arg(counterNumber);
    }
    if (!hallCode.isEmpty()) {
        parts << BacklogQuery::tr("hall %1").arg(hallCode);
    }
    if (!clerkUuid.isEmpty()) {
        parts << BacklogQuery::tr("one clerk");
    }
    if (dueWithinWorkingDays) {
        parts << BacklogQuery::tr("due within %1 working days").arg(*dueWithinWorkingDays);
    }
    if (overdueOnly) {
        parts << BacklogQuery::tr("overdue");
    }
    if (awaitingMaterials) {
        parts << BacklogQuery::tr("awaiting materials");
    }
    if (deliveryPending) {
        parts << BacklogQuery::tr("delivery pending");
    }
    return parts.isEmpty() ? BacklogQuery::tr("All open cases")
                           : BacklogQuery::tr("Open cases: %1").arg(parts.join(BacklogQuery::tr(", ")));
}

LocalBacklogSource::LocalBacklogSource(db::Database& database)
    : m_database(database)
{ }

std::optional<QList<db::BacklogRecord>> LocalBacklogSource::fetch(const db::BacklogCriteria& criteria,
                                                                  const std::optional<BacklogCursor>& after, int limit,
                                                                  QString* unavailable) const
{
    (void)unavailable;
    return db::BacklogRepository(m_database).page(criteria, after, limit);
}

int LocalBacklogSource::count(const db::BacklogCriteria& criteria) const
{
    return db::BacklogRepository(m_database).count(criteria);
}

BacklogQuery::BacklogQuery(db::Database& database, calendar::WorkingCalendar calendar, Today today)
    : m_calendar(std::move(calendar))
    , m_today(today ? std::move(today) : Today([] { return QDate::currentDate(); }))
{
    m_sources.push_back(std::make_unique<LocalBacklogSource>(database));
}

BacklogQuery::~BacklogQuery() = default;

void BacklogQuery::addSource(std::unique_ptr<BacklogSource> source)
{
    m_sources.push_back(std::move(source));
}

db::BacklogCriteria BacklogQuery::criteria(const BacklogFilter& filter) const
{
    db::BacklogCriteria criteria;
    criteria.itemCode = filter.itemCode;
    criteria.state = filter.state;
    criteria.clerkUuid = filter.clerkUuid;
    criteria.counterNumber = filter.counterNumber;
    criteria.hallCode = filter.hallCode;
    criteria.awaitingMaterials = filter.awaitingMaterials;
    criteria.deliveryPending = filter.deliveryPending;
    const QDate today = m_today();
    if (filter.dueWithinWorkingDays) {
        criteria.deadlineTo = m_calendar.addWorkingDays(today, std::max(0, *filter.dueWithinWorkingDays)).date;
        if (!filter.overdueOnly) {
            criteria.deadlineFrom = today;
        }
    } else if (filter.overdueOnly) {
        criteria.deadlineTo = today.addDays(-1);
    }
    return criteria;
}

BacklogRow BacklogQuery::row(db::BacklogRecord record, const QString& source) const
{
    BacklogRow row;
    row.source = source;
    const QDate today = m_today();
    if (record.deadline.isValid()) {
        const int between = m_calendar.workingDaysBetween(record.deadline, today).days;
        row.daysOverdue = std::max(0, between);
        row.workingDaysLeft = std::max(0, -between);
        // A deadline on a weekend or holiday passed that same day counts no working day: still overdue by one.
        if (row.daysOverdue == 0 && record.deadline < today) {
            row.daysOverdue = 1;
        }
    }
    row.deliveryPending = record.channel != u"pickup" &&
        (record.state == u"approved" || record.state == u"ready" || record.state == u"issued");
    row.record = std::move(record);
    return row;
}

BacklogPage BacklogQuery::page(const BacklogFilter& filter, const std::optional<BacklogCursor>& after, int limit) const
{
    const db::BacklogCriteria where = criteria(filter);
    BacklogPage result;
    // Each source's rows after the cursor are in order, so the first 'limit' of their merge are the page's rows.
    QList<QPair<db::BacklogRecord, QString>> merged;
    bool anyFull = false;
    for (const auto& source : m_sources) {
        QString unavailable;
        const auto rows = source->fetch(where, after, limit + 1, &unavailable);
        if (!rows) {
            result.unavailable << unavailable;
            continue;
        }
        anyFull = anyFull || rows->size() > limit;
        for (const db::BacklogRecord& record : *rows) {
            merged.append({record, source->name()});
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const auto& a, const auto& b) { return before(a.first, b.first); });
    QSet<QString> seen;
    for (auto& [record, source] : merged) {
        if (result.rows.size() == limit) {
            result.more = true;
            break;
        }
        // The local copy wins: it is the one this counter writes.
        if (seen.contains(record.uuid)) {
            continue;
        }
        seen.insert(record.uuid);
        result.rows.append(row(record, source));
    }
    result.more = result.more || anyFull;
    if (!result.rows.isEmpty()) {
        const db::BacklogRecord& last = result.rows.constLast().record;
        result.next = BacklogCursor {deadlineKey(last), last.number};
    }
    return result;
}

int BacklogQuery::count(const BacklogFilter& filter) const
{
    const db::BacklogCriteria where = criteria(filter);
    int total = 0;
    for (const auto& source : m_sources) {
        total += std::max(0, source->count(where));
    }
    return total;
}

} // namespace ow::supervision
