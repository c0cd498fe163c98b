#pragma once

#include "db/AttachmentRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::photo {

// Photos and scans as content-addressed files (named by their SHA-256) beside the data file, each with an
// attachment row and an outbox row. A file that is missing or changed is reported, never shown as another's.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::photo::AttachmentStore)

public:
    explicit AttachmentStore(db::Database& database);

    [[nodiscard]] std::optional<db::AttachmentRecord> store(const QByteArray& bytes, const QString& kind,
                                                            const QString& mimeType, const QString& caseUuid,
                                                            const QString& citizenUuid, int page,
                                                            QString* errorMessage);
    // Stores bytes for a record prepared by the caller (kind, mime type, case, citizen, page, material code);
    // the id, hash, size and time are filled in here.
    [[nodiscard]] std::optional<db::AttachmentRecord> store(const QByteArray& bytes, db::AttachmentRecord draft,
                                                            QString* errorMessage);
    [[nodiscard]] std::optional<QByteArray> load(const QString& attachmentUuid, QString* errorMessage) const;
    [[nodiscard]] QString blobPath(const QString& sha256) const;

    [[nodiscard]] static QString sha256Hex(const QByteArray& bytes);

private:
    db::Database& m_database;
    QString m_root;
};

} // namespace ow::photo
