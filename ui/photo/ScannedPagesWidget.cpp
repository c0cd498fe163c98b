#include "ScannedPagesWidget.h"

#include "photo/ScanService.h"

#include <QDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ow::ui {

namespace {
constexpr int iconSide = 40;
constexpr int attachmentRole = Qt::UserRole;
} // namespace

ScannedPagesWidget::ScannedPagesWidget(db::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("scannedPagesWidget"));
    m_pagesTreeWidget = new QTreeWidget(this);
    m_pagesTreeWidget->setObjectName(QStringLiteral("scannedPagesTreeWidget"));
    m_pagesTreeWidget->setHeaderLabels({tr("Scanned pages"), tr("File")});
    m_pagesTreeWidget->setIconSize(QSize(iconSide, iconSide));
    m_pagesTreeWidget->header()->setStretchLastSection(true);
    m_pagesTreeWidget->setRootIsDecorated(true);
    m_pagesTreeWidget->setToolTip(tr("Double-click a page to see it whole."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pagesTreeWidget);
    connect(m_pagesTreeWidget, &QTreeWidget::itemActivated, this, &ScannedPagesWidget::openPage);
}

void ScannedPagesWidget::showCase(const QString& caseUuid, const QList<db::MaterialRecord>& materials)
{
    m_pagesTreeWidget->clear();
    m_pageCount = 0;
    if (caseUuid.isEmpty()) {
        return;
    }
    const QList<photo::StoredPage> pages = photo::ScanService(m_database).pages(caseUuid);
    // In the case's order of materials; pages of a material the item no longer lists come last, under their code.
    QStringList order;
    for (const db::MaterialRecord& material : materials) {
        order << material.code;
    }
    for (const photo::StoredPage& page : pages) {
        if (!order.contains(page.record.materialCode)) {
            order << page.record.materialCode;
        }
    }
    for (const QString& code : std::as_const(order)) {
        QList<const photo::StoredPage*> ofMaterial;
        for (const photo::StoredPage& page : pages) {
            if (page.record.materialCode == code) {
                ofMaterial << &page;
            }
        }
        if (ofMaterial.isEmpty()) {
            continue;
        }
        QString name = code;
        for (const db::MaterialRecord& material : materials) {
            if (material.code == code) {
                name = material.name;
            }
        }
        auto* group =
            new QTreeWidgetItem(m_pagesTreeWidget, {tr("%1 (%2 pages)").arg(name).arg(ofMaterial.size()), QString()});
        group->setFirstColumnSpanned(true);
        for (const photo::StoredPage* page : std::as_const(ofMaterial)) {
            const bool present = page->state == photo::PageFileState::Present;
            auto* item = new QTreeWidgetItem(
                group, {tr("Page %1").arg(page->record.page), photo::ScanService::stateText(page->state)});
            item->setData(0, attachmentRole, page->record.uuid);
            if (present) {
                item->setIcon(0, QIcon(QPixmap::fromImage(page->thumbnail)));
            } else {
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setForeground(1, QColor(0xB0, 0x00, 0x20));
            }
            ++m_pageCount;
        }
        group->setExpanded(true);
    }
    if (m_pageCount == 0) {
        auto* none = new QTreeWidgetItem(m_pagesTreeWidget, {tr("No pages scanned yet."), QString()});
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_pagesTreeWidget->resizeColumnToContents(0);
}

void ScannedPagesWidget::openPage(QTreeWidgetItem* item)
{
    const QString uuid = item ? item->data(0, attachmentRole).toString() : QString();
    if (uuid.isEmpty()) {
        return;
    }
    const photo::ScanService scans(m_database);
    const auto record = scans.page(uuid);
    QString error = tr("This page is no longer in the data file.");
    const auto image = record ? scans.image(*record, &error) : std::nullopt;
    if (!image) {
        QMessageBox::warning(this, tr("Scanned page"), error);
        return;
    }
    QDialog viewer(this);
    viewer.setWindowTitle(tr("Page %1").arg(record->page));
    auto* label = new QLabel(&viewer);
    const QSize room = screen() ? screen()->availableSize() * 0.8 : QSize(1000, 700);
    label->setPixmap(QPixmap::fromImage(image->scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto* scroll = new QScrollArea(&viewer);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(&viewer);
    layout->addWidget(scroll);
    viewer.resize(label->pixmap().size() + QSize(40, 40));
    viewer.exec();
}

} // namespace ow::ui
