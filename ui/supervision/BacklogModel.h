#pragma once

#include "supervision/BacklogQuery.h"

#include <QAbstractTableModel>

namespace ow::ui {

// The backlog as a table that fetches page after page as the view scrolls (keyset pages from BacklogQuery),
// so a backlog of any size shows its first page at once and never loads whole.
class BacklogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeadlineColumn,
        OverdueColumn,
        NumberColumn,
        ItemColumn,
        CitizenColumn,
        IdNumberColumn,
        StateColumn,
        ClerkColumn,
        CounterColumn,
        AwaitedColumn,
        CollectionColumn,
        ColumnCount
    };
    static constexpr int pageSize = 100;

    explicit BacklogModel(const supervision::BacklogQuery& query, QObject* parent = nullptr);

    // Starts again from the first page.
    void setFilter(const supervision::BacklogFilter& filter);
    void reload();
    [[nodiscard]] const supervision::BacklogFilter& filter() const { return m_filter; }
    [[nodiscard]] const supervision::BacklogRow* rowAt(int row) const;
    [[nodiscard]] QStringList unavailableSources() const { return m_unavailable; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const supervision::BacklogQuery& m_query;
    supervision::BacklogFilter m_filter;
    QList<supervision::BacklogRow> m_rows;
    std::optional<supervision::BacklogCursor> m_next;
    bool m_more = false;
    QStringList m_unavailable;
};

} // namespace ow::ui
