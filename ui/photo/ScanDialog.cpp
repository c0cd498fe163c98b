#include "ScanDialog.h"

#include "CaptureSources.h"
#include "PhotoView.h"
#include "photo/ScanService.h"
#include "photo/WatchedFolder.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ow::ui {

ScanDialog::ScanDialog(db::Database& database, const cases::CaseDetail& detail, const QString& materialCode,
                       const QString& watchedFolder, CameraProvider* cameras, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_detail(detail)
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Scan materials of case %1").arg(detail.record.number));

    m_materialComboBox = new QComboBox(this);
    m_materialComboBox->setObjectName(QStringLiteral("materialComboBox"));
    for (const db::MaterialRecord& material : detail.materials) {
        m_materialComboBox->addItem(material.name, material.code);
    }
    m_materialComboBox->setCurrentIndex(qMax(0, m_materialComboBox->findData(materialCode)));
    m_materialComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_storedPagesLabel = new QLabel(this);
    m_storedPagesLabel->setObjectName(QStringLiteral("storedPagesLabel"));

    m_sources = new CaptureSources(watchedFolder, cameras, this);
    m_view = new PhotoView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_capturePageButton = new QPushButton(tr("&Capture page"), this);
    m_capturePageButton->setObjectName(QStringLiteral("capturePageButton"));
    m_capturePageButton->setDefault(true);
    m_addFilesButton = new QPushButton(tr("Add &files..."), this);
    m_addFilesButton->setObjectName(QStringLiteral("addFilesButton"));
    m_addFilesButton->setAutoDefault(false);

    m_pagesListWidget = new QListWidget(this);
    m_pagesListWidget->setObjectName(QStringLiteral("pagesListWidget"));
    m_pagesListWidget->setViewMode(QListView::IconMode);
    m_pagesListWidget->setIconSize(QSize(photo::ScanBatch::thumbnailSide, photo::ScanBatch::thumbnailSide));
    m_pagesListWidget->setGridSize(QSize(photo::ScanBatch::thumbnailSide + 24, photo::ScanBatch::thumbnailSide + 40));
    m_pagesListWidget->setMovement(QListView::Static);
    m_pagesListWidget->setResizeMode(QListView::Adjust);
    m_pagesListWidget->setWrapping(true);
    m_pagesListWidget->setMinimumWidth(2 * (photo::ScanBatch::thumbnailSide + 24) + 24);
    m_moveEarlierButton = new QPushButton(tr("Move &earlier"), this);
    m_moveEarlierButton->setObjectName(QStringLiteral("moveEarlierButton"));
    m_moveLaterButton = new QPushButton(tr("Move &later"), this);
    m_moveLaterButton->setObjectName(QStringLiteral("moveLaterButton"));
    m_removePageButton = new QPushButton(tr("&Remove page"), this);
    m_removePageButton->setObjectName(QStringLiteral("removePageButton"));
    for (QPushButton* button : {m_moveEarlierButton, m_moveLaterButton, m_removePageButton}) {
        button->setAutoDefault(false);
    }

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_saveButton = new QPushButton(tr("&Save pages"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);

    auto* materialRow = new QHBoxLayout;
    materialRow->addWidget(new QLabel(tr("Material:"), this));
    materialRow->addWidget(m_materialComboBox);
    materialRow->addWidget(m_storedPagesLabel, 1);

    auto* captureButtons = new QHBoxLayout;
    captureButtons->addWidget(m_capturePageButton);
    captureButtons->addWidget(m_addFilesButton);
    captureButtons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_sources);
    left->addWidget(m_view, 1);
    left->addLayout(captureButtons);

    auto* pageButtons = new QHBoxLayout;
    pageButtons->addWidget(m_moveEarlierButton);
    pageButtons->addWidget(m_moveLaterButton);
    pageButtons->addWidget(m_removePageButton);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Pages, in order:"), this));
    right->addWidget(m_pagesListWidget, 1);
    right->addLayout(pageButtons);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(materialRow);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);
    resize(1100, 680);

    connect(m_materialComboBox, &QComboBox::currentIndexChanged, this, &ScanDialog::refreshStored);
    connect(m_sources, &CaptureSources::liveFrame, m_view, &PhotoView::setImage);
    connect(m_sources, &CaptureSources::folderImage, this, &ScanDialog::folderImage);
    connect(m_sources, &CaptureSources::kindChanged, this, [this](CaptureSources::Kind kind) {
        m_view->setImage(QImage());
        m_capturePageButton->setEnabled(kind == CaptureSources::Kind::Camera);
        m_view->setPlaceholderText(kind == CaptureSources::Kind::Folder
                                       ? tr("Each picture the document camera takes is added as the next page.")
                                       : tr("Choose a camera or the watched folder, or add files."));
    });
    connect(m_capturePageButton, &QPushButton::clicked, this, &ScanDialog::capturePage);
    connect(m_addFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add pages from files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (%1)").arg(photo::WatchedFolder::imageNameFilters().join(u' ')));
        addFiles(paths);
    });
    connect(m_moveEarlierButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_moveLaterButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_removePageButton, &QPushButton::clicked, this, &ScanDialog::removeSelected);
    connect(m_pagesListWidget, &QListWidget::currentRowChanged, this, [this] { refreshPages(-2); });
    connect(m_saveButton, &QPushButton::clicked, this, &ScanDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &ScanDialog::reject);

    m_sources->startDefault();
    refreshStored();
    refreshPages(-1);
}

ScanDialog::~ScanDialog()
{
    m_sources->stop();
}

void ScanDialog::refreshStored()
{
    const int stored =
        photo::ScanService(m_database).pageCount(m_detail.record.uuid, m_materialComboBox->currentData().toString());
    m_storedPagesLabel->setText(
        stored == 0 ? tr("No pages stored yet for this material.")
                    : tr("Pages already stored for this material: %1. New pages follow them.").arg(stored));
}

void ScanDialog::refreshPages(int select)
{
    // -2 keeps the list and only updates the buttons; -1 keeps the current row.
    if (select != -2) {
        const int current = select >= 0 ? select : m_pagesListWidget->currentRow();
        m_pagesListWidget->clear();
        const auto& pages = m_batch.pages();
        for (int i = 0; i < pages.size(); ++i) {
            auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(pages[i].thumbnail)), tr("Page %1").arg(i + 1),
                                             m_pagesListWidget);
            item->setToolTip(pages[i].origin.isEmpty() ? tr("From the camera") : pages[i].origin);
        }
        if (!pages.isEmpty()) {
            m_pagesListWidget->setCurrentRow(qBound(0, current, int(pages.size()) - 1));
        }
    }
    const int row = m_pagesListWidget->currentRow();
    m_moveEarlierButton->setEnabled(row > 0);
    m_moveLaterButton->setEnabled(row >= 0 && row + 1 < m_batch.size());
    m_removePageButton->setEnabled(row >= 0);
    m_saveButton->setEnabled(!m_batch.isEmpty());
}

void ScanDialog::capturePage()
{
    if (m_sources->kind() != CaptureSources::Kind::Camera) {
        return;
    }
    QString error;
    if (!m_batch.addImage(m_sources->grab(), &error)) {
        showMessage(error, true);
        return;
    }
    refreshPages(m_batch.size() - 1);
    showMessage(tr("Page %1 captured.").arg(m_batch.size()), false);
}

void ScanDialog::folderImage(const photo::WatchedImage& image)
{
    QString error;
    if (!m_batch.addBytes(image.bytes, QFileInfo(image.path).fileName(), &error)) {
        showMessage(error, true);
        return;
    }
    m_view->setImage(image.image);
    refreshPages(m_batch.size() - 1);
    showMessage(tr("Page %1 added from %2.").arg(m_batch.size()).arg(QFileInfo(image.path).fileName()), false);
}

void ScanDialog::addFiles(const QStringList& paths)
{
    QStringList problems;
    int added = 0;
    for (const QString& path : paths) {
        QString error;
        if (m_batch.addFile(path, &error)) {
            ++added;
        } else {
            problems << error;
        }
    }
    refreshPages(m_batch.size() - 1);
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
    } else if (added > 0) {
        showMessage(tr("Pages added: %1.").arg(added), false);
    }
}

void ScanDialog::removeSelected()
{
    const int row = m_pagesListWidget->currentRow();
    if (m_batch.remove(row)) {
        refreshPages(qMax(0, row - 1));
        showMessage(tr("Page %1 removed; the pages after it moved up.").arg(row + 1), false);
    }
}

void ScanDialog::moveSelected(int by)
{
    const int row = m_pagesListWidget->currentRow();
    if (m_batch.move(row, row + by)) {
        refreshPages(row + by);
    }
}

void ScanDialog::save()
{
    const QString materialCode = m_materialComboBox->currentData().toString();
    const int count = m_batch.size();
    QString error;
    const bool stored = photo::ScanService(m_database)
                            .store(m_detail.record.uuid, m_detail.record.citizenUuid, materialCode, m_batch, &error);
    m_savedPages += count - m_batch.size();
    refreshPages(0);
    refreshStored();
    if (!stored) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("%1 pages of %2 saved with the case.").arg(count).arg(m_materialComboBox->currentText()), false);
}

void ScanDialog::reject()
{
    if (!m_batch.isEmpty() &&
        QMessageBox::question(
            this, tr("Pages not saved"), tr("%1 pages are not saved. Close and discard them?").arg(m_batch.size()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    m_sources->stop();
    if (m_savedPages > 0) {
        QDialog::accept(); // the case view refreshes its list of pages
    } else {
        QDialog::reject();
    }
}

void ScanDialog::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

} // namespace ow::ui
