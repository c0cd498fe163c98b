#include "photo/ScanService.h"

#include "photo/AttachmentStore.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace ow::photo {

namespace {

QImage decode(const QByteArray& bytes, int side)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (side > 0 && reader.size().isValid()) {
        // The JPEG decoder scales while decoding: a thumbnail of a large page costs little.
        reader.setScaledSize(reader.size().scaled(side, side, Qt::KeepAspectRatio));
    }
    return reader.read();
}

} // namespace

ScanService::ScanService(db::Database& database)
    : m_database(database)
{ }

bool ScanService::store(const QString& caseUuid, const QString& citizenUuid, const QString& materialCode,
                        ScanBatch& batch, QString* errorMessage)
{
    if (caseUuid.isEmpty() || materialCode.isEmpty()) {
        *errorMessage = tr("Choose the case and the material the pages belong to.");
        return false;
    }
    if (batch.isEmpty()) {
        *errorMessage = tr("There are no pages to save. Capture or import the pages first.");
        return false;
    }
    AttachmentStore store(m_database);
    int page = pageCount(caseUuid, materialCode);
    while (!batch.isEmpty()) {
        const ScanPage& next = batch.pages().constFirst();
        db::AttachmentRecord draft;
        draft.kind = kind;
        draft.mimeType = next.mimeType;
        draft.caseUuid = caseUuid;
        draft.citizenUuid = citizenUuid;
        draft.materialCode = materialCode;
        draft.page = page + 1;
        QString error;
        if (!store.store(next.bytes, std::move(draft), &error)) {
            *errorMessage = tr("Page %1 could not be saved: %2 The pages not saved are still in the list.")
                                .arg(page + 1)
                                .arg(error);
            return false;
        }
        ++page;
        batch.dropFirst(1);
    }
    return true;
}

std::optional<db::AttachmentRecord> ScanService::page(const QString& attachmentUuid) const
{
    auto record = db::AttachmentRepository(m_database).byUuid(attachmentUuid);
    if (!record || record->kind != kind) {
        return std::nullopt;
    }
    return record;
}

int ScanService::pageCount(const QString& caseUuid, const QString& materialCode) const
{
    return db::AttachmentRepository(m_database).lastPage(caseUuid, kind, materialCode);
}

PageFileState ScanService::read(const db::AttachmentRecord& record, QByteArray* bytes) const
{
    QFile file(AttachmentStore(m_database).blobPath(record.sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return PageFileState::Missing;
    }
    *bytes = file.readAll();
    return AttachmentStore::sha256Hex(*bytes) == record.sha256 ? PageFileState::Present : PageFileState::Damaged;
}

QList<StoredPage> ScanService::pages(const QString& caseUuid) const
{
    QList<StoredPage> result;
    for (const db::AttachmentRecord& record : db::AttachmentRepository(m_database).forCase(caseUuid, kind)) {
        StoredPage page {record, PageFileState::Missing, {}};
        QByteArray bytes;
        page.state = read(record, &bytes);
        if (page.state == PageFileState::Present) {
            page.thumbnail = decode(bytes, ScanBatch::thumbnailSide);
            if (page.thumbnail.isNull()) {
                page.state = PageFileState::Damaged; // the right bytes, but not a picture: shown as damaged
            }
        }
        result.append(page);
    }
    return result;
}

std::optional<QImage> ScanService::image(const db::AttachmentRecord& record, QString* errorMessage) const
{
    QByteArray bytes;
    const PageFileState state = read(record, &bytes);
    QImage image = state == PageFileState::Present ? decode(bytes, 0) : QImage();
    if (image.isNull()) {
        *errorMessage = tr("Page %1 cannot be shown: %2. Scan it again.")
                            .arg(record.page)
                            .arg(stateText(state == PageFileState::Missing ? state : PageFileState::Damaged));
        return std::nullopt;
    }
    return image;
}

QString ScanService::stateText(PageFileState state)
{
    switch (state) {
    case PageFileState::Present:
        return tr("stored");
    case PageFileState::Missing:
        return tr("file missing");
    case PageFileState::Damaged:
        return tr("file damaged");
    }
    return {};
}

} // namespace ow::photo
