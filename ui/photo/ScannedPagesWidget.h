#pragma once

#include "db/CaseRepository.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace ow::db {
class Database;
}

namespace ow::ui {

// The scanned pages of a case, per material, with a thumbnail each; a page whose file is missing or damaged
// says so in words and shows no picture.
class ScannedPagesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScannedPagesWidget(db::Database& database, QWidget* parent = nullptr);

    void showCase(const QString& caseUuid, const QList<db::MaterialRecord>& materials);
    [[nodiscard]] int pageCount() const { return m_pageCount; }

private:
    void openPage(QTreeWidgetItem* item);

    db::Database& m_database;
    QTreeWidget* m_pagesTreeWidget = nullptr;
    int m_pageCount = 0;
};

} // namespace ow::ui
