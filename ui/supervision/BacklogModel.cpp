#include "BacklogModel.h"

#include "cases/CaseStates.h"
#include "idcard/IdNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ow::ui {

namespace {

QString stateName(const QString& code)
{
    const auto state = cases::CaseStates::fromCode(code);
    return state ? cases::CaseStates::displayName(*state) : code;
}

} // namespace

BacklogModel::BacklogModel(const supervision::BacklogQuery& query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
{ }

void BacklogModel::setFilter(const supervision::BacklogFilter& filter)
{
    m_filter = filter;
    reload();
}

void BacklogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_more = false;
    const supervision::BacklogPage page = m_query.page(m_filter, {}, pageSize);
    m_rows = page.rows;
    m_next = page.next;
    m_more = page.more;
    m_unavailable = page.unavailable;
    endResetModel();
}

const supervision::BacklogRow* BacklogModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BacklogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BacklogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BacklogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void BacklogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more) {
        return;
    }
    const supervision::BacklogPage page = m_query.page(m_filter, m_next, pageSize);
    m_more = page.more;
    if (page.next) {
        m_next = page.next;
    }
    if (page.rows.isEmpty()) {
        m_more = false;
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    m_rows += page.rows;
    endInsertRows();
}

QVariant BacklogModel::data(const QModelIndex& index, int role) const
{
    const supervision::BacklogRow* row = rowAt(index.row());
    if (!row || !index.isValid()) {
        return {};
    }
    const db::BacklogRecord& record = row->record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DeadlineColumn:
            return record.deadlineEstimated ? tr("%1 (estimated)").arg(record.deadline.toString(Qt::ISODate))
                                            : record.deadline.toString(Qt::ISODate);
        case OverdueColumn:
            if (row->overdue()) {
                return tr("%n working day(s) overdue", nullptr, row->daysOverdue);
            }
            return row->workingDaysLeft == 0 ? tr("Due today")
                                             : tr("%n working day(s) left", nullptr, row->workingDaysLeft);
        case NumberColumn:
            return record.number;
        case ItemColumn:
            return record.itemName;
        case CitizenColumn:
            return record.citizenName;
        case IdNumberColumn:
            return idcard::IdNumber::masked(record.citizenIdNumber);
        case StateColumn:
            return stateName(record.state);
        case ClerkColumn:
            return record.clerkName;
        case CounterColumn:
            return record.counterNumber;
        case AwaitedColumn:
            return record.awaitedMaterials.join(tr(", "));
        case CollectionColumn:
            if (record.channel == u"pickup") {
                return tr("Pickup");
            }
            return row->deliveryPending
                ? tr("%1, pending").arg(record.channel == u"courier" ? tr("Courier") : tr("Delivery"))
                : (record.channel == u"courier" ? tr("Courier") : tr("Delivery"));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && row->overdue() && (index.column() <= OverdueColumn)) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::BackgroundRole && row->overdue()) {
        return QBrush(QColor(0xfd, 0xec, 0xee));
    }
    if (role == Qt::FontRole && row->overdue() && index.column() == OverdueColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::UserRole) {
        return record.number;
    }
    return {};
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DeadlineColumn:
        return tr("Deadline");
    case OverdueColumn:
        return tr("Time left");
    case NumberColumn:
        return tr("Case number");
    case ItemColumn:
        return tr("Item");
    case CitizenColumn:
        return tr("Citizen");
    case IdNumberColumn:
        return tr("ID number");
    case StateColumn:
        return tr("State");
    case ClerkColumn:
        return tr("Clerk");
    case CounterColumn:
        return tr("Counter");
    case AwaitedColumn:
        return tr("Awaited materials");
    case CollectionColumn:
        return tr("Collection");
    default:
        return {};
    }
}

} // namespace ow::ui
