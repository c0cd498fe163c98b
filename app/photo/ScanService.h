#pragma once

#include "db/AttachmentRepository.h"
#include "photo/ScanBatch.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::photo {

// Whether a stored page's file is there and still holds the bytes that were stored.
enum class PageFileState
{
    Present,
    Missing,
    Damaged
};

// A stored page as the case view shows it: its row, the state of its file and, when present, a thumbnail.
struct StoredPage
{
    db::AttachmentRecord record;
    PageFileState state = PageFileState::Missing;
    QImage thumbnail;
};

// Scanned pages of a case's materials: stored in the clerk's order as content-addressed files with attachment
// and outbox rows, and listed per material with every missing or damaged file named as such.
class ScanService
{
    Q_DECLARE_TR_FUNCTIONS(ow::photo::ScanService)

public:
    static inline const QString kind = QStringLiteral("scan");

    explicit ScanService(db::Database& database);

    // Stores the batch as the material's next pages, in the batch's order. Each stored page leaves the batch,
    // so after a failure (a full disk) what is left can be saved again without doubling pages.
    [[nodiscard]] bool store(const QString& caseUuid, const QString& citizenUuid, const QString& materialCode,
                             ScanBatch& batch, QString* errorMessage);

    // The case's pages, by material code and page, each with the state of its file.
    [[nodiscard]] QList<StoredPage> pages(const QString& caseUuid) const;
    [[nodiscard]] std::optional<db::AttachmentRecord> page(const QString& attachmentUuid) const;
    [[nodiscard]] int pageCount(const QString& caseUuid, const QString& materialCode) const;
    // The whole picture of a stored page; nothing, with the reason, when its file is missing or damaged.
    [[nodiscard]] std::optional<QImage> image(const db::AttachmentRecord& record, QString* errorMessage) const;

    [[nodiscard]] static QString stateText(PageFileState state);

private:
    [[nodiscard]] PageFileState read(const db::AttachmentRecord& record, QByteArray* bytes) const;

    db::Database& m_database;
};

} // namespace ow::photo
