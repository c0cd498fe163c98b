#pragma once

#include <QDateTime>
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
};

// Metadata of photos and scans; the bytes live in content-addressed files beside the data file.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& database);

    [[nodiscard]] bool insert(const AttachmentRecord& record);
    [[nodiscard]] std::optional<AttachmentRecord> byUuid(const QString& uuid) const;
    // The newest attachment of a kind ("photo") taken for a case.
    [[nodiscard]] std::optional<AttachmentRecord> latestOfCase(const QString& caseUuid, const QString& kind) const;

private:
    [[nodiscard]] static std::optional<AttachmentRecord> read(QSqlQuery& query);

    Database& m_database;
};

} // namespace ow::db
