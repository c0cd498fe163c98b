#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace ow::db {

class Database;

struct AttachmentRecord
{
    QString uuid;
    QString caseUuid;
    QString citizenUuid;
    QString kind; // photo, scan
    QString sha256;
    QString mimeType;
    qint64 sizeBytes = 0;
    int page = 1;
    QDateTime createdAt;
    QString materialCode; // the case material a scan shows; empty for photos
};

// Metadata of photos and scans; the bytes live in content-addressed files beside the data file.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& database);

    [[nodiscard]] bool insert(const AttachmentRecord& record);
    [[nodiscard]] std::optional<AttachmentRecord> byUuid(const QString& uuid) const;
    // A case's attachments of one kind, by material code, then page, then the order they were stored.
    [[nodiscard]] QList<AttachmentRecord> forCase(const QString& caseUuid, const QString& kind) const;
    // The highest page number stored for a case's material (0 when none), so new pages follow it.
    [[nodiscard]] int lastPage(const QString& caseUuid, const QString& kind, const QString& materialCode) const;
    // The newest attachment of a kind ("photo") taken for a case.
    [[nodiscard]] std::optional<AttachmentRecord> latestOfCase(const QString& caseUuid, const QString& kind) const;

private:
    [[nodiscard]] static std::optional<AttachmentRecord> read(QSqlQuery& query);

    Database& m_database;
};

} // namespace ow::db
