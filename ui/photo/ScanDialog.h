#pragma once

#include "cases/CaseService.h"
#include "photo/ScanBatch.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ow::db {
class Database;
}
namespace ow::photo {
struct WatchedImage;
}

namespace ow::ui {

class CameraProvider;
class CaptureSources;
class PhotoView;

// Scans the pages of a case's material one after another (camera, files, or the document camera's folder),
// shows them in order to reorder or remove, and stores them with the case.
class ScanDialog : public QDialog
{
    Q_OBJECT

public:
    // cameras: null for the cameras of this PC; tests pass their own.
    ScanDialog(db::Database& database, const cases::CaseDetail& detail, const QString& materialCode,
               const QString& watchedFolder, CameraProvider* cameras = nullptr, QWidget* parent = nullptr);
    ~ScanDialog() override;

    // Adds picture files as the next pages; files that are not pictures are named in the message.
    void addFiles(const QStringList& paths);
    [[nodiscard]] const photo::ScanBatch& batch() const { return m_batch; }
    [[nodiscard]] PhotoView* view() const { return m_view; }
    [[nodiscard]] CaptureSources* sources() const { return m_sources; }
    // Pages stored since the dialog opened.
    [[nodiscard]] int savedPages() const { return m_savedPages; }

    void reject() override;

private:
    void capturePage();
    void folderImage(const photo::WatchedImage& image);
    void save();
    void removeSelected();
    void moveSelected(int by);
    void refreshPages(int select);
    void refreshStored();
    void showMessage(const QString& text, bool problem);

    db::Database& m_database;
    cases::CaseDetail m_detail;
    photo::ScanBatch m_batch;
    int m_savedPages = 0;

    QComboBox* m_materialComboBox = nullptr;
    QLabel* m_storedPagesLabel = nullptr;
    CaptureSources* m_sources = nullptr;
    PhotoView* m_view = nullptr;
    QPushButton* m_capturePageButton = nullptr;
    QPushButton* m_addFilesButton = nullptr;
    QListWidget* m_pagesListWidget = nullptr;
    QPushButton* m_moveEarlierButton = nullptr;
    QPushButton* m_moveLaterButton = nullptr;
    QPushButton* m_removePageButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace ow::ui
