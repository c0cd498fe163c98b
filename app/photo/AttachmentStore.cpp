#include "photo/AttachmentStore.h"

#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace ow::photo {

AttachmentStore::AttachmentStore(db::Database& database)
    : m_database(database)
    , m_root(QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("blobs")))
{ }

QString AttachmentStore::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::blobPath(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256);
}

std::optional<db::AttachmentRecord> AttachmentStore::store(const QByteArray& bytes, const QString& kind,
                                                           const QString& mimeType, const QString& caseUuid,
                                                           const QString& citizenUuid, int page, QString* errorMessage)
{
    db::AttachmentRecord draft;
    draft.kind = kind;
    draft.mimeType = mimeType;
    draft.caseUuid = caseUuid;
    draft.citizenUuid = citizenUuid;
    draft.page = page;
    return store(bytes, std::move(draft), errorMessage);
}

std::optional<db::AttachmentRecord> AttachmentStore::store(const QByteArray& bytes, db::AttachmentRecord draft,
                                                           QString* errorMessage)
{
    const QString hash = sha256Hex(bytes);
    const QString path = blobPath(hash);
    // The same bytes are stored once; a damaged copy is replaced by the good one.
    QFile existing(path);
    const bool present = existing.open(QIODevice::ReadOnly) && sha256Hex(existing.readAll()) == hash;
    existing.close();
    if (!present) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *errorMessage = tr("The folder for photos cannot be created next to the data file.");
            return std::nullopt;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *errorMessage = tr("The photo could not be saved (%1). Is the disk full?").arg(file.errorString());
            return std::nullopt;
        }
    }
    db::AttachmentRecord record = std::move(draft);
    record.uuid = db::newUuid();
    record.sha256 = hash;
    record.sizeBytes = bytes.size();
    record.createdAt = QDateTime::currentDateTimeUtc();
    QJsonObject payload {{QStringLiteral("uuid"), record.uuid},
                         {QStringLiteral("sha256"), hash},
                         {QStringLiteral("kind"), record.kind},
                         {QStringLiteral("mime_type"), record.mimeType},
                         {QStringLiteral("size_bytes"), bytes.size()},
                         {QStringLiteral("case_uuid"), record.caseUuid},
                         {QStringLiteral("citizen_uuid"), record.citizenUuid},
                         {QStringLiteral("page"), record.page}};
    if (!record.materialCode.isEmpty()) {
        payload.insert(QStringLiteral("material_code"), record.materialCode);
    }
    db::Transaction transaction(m_database.connection());
    const bool stored = transaction.isActive() && db::AttachmentRepository(m_database).insert(record) &&
        db::OutboxRepository(m_database)
            .append(QStringLiteral("attachment"), record.uuid, QStringLiteral("create"), payload) &&
        transaction.commit();
    if (!stored) {
        *errorMessage = tr("The photo could not be recorded in the data file.");
        return std::nullopt;
    }
    return record;
}

std::optional<QByteArray> AttachmentStore::load(const QString& attachmentUuid, QString* errorMessage) const
{
    const auto record = db::AttachmentRepository(m_database).byUuid(attachmentUuid);
    if (!record) {
        *errorMessage = tr("There is no such photo or scan in the data file.");
        return std::nullopt;
    }
    QFile file(blobPath(record->sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The photo file is missing (%1). Take the photo again.").arg(record->sha256.left(12));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != record->sha256) {
        *errorMessage = tr("The photo file is damaged (%1). Take the photo again.").arg(record->sha256.left(12));
        return std::nullopt;
    }
    return bytes;
}

} // namespace ow::photo
