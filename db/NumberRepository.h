#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {

class Database;

struct NumberBlockRecord
{
    QString uuid;
    QString templateCode;
    QString prefix;
    qint64 first = 0;
    qint64 last = 0;
    int width = 0;
    qint64 nextNumber = 0;
    std::optional<qint64> returnedFrom;
    QString source = QStringLiteral("local"); // local, district
    QString state = QStringLiteral("active"); // active, exhausted, returned
    QDateTime createdAt;
    int version = 1;
};

// A certificate row as far as its number goes.
struct NumberedCertificateRecord
{
    QString uuid;
    QString caseUuid;
    QString templateCode;
    QString serialNumber;
    QString blockUuid;
    qint64 number = 0;
    QString state; // reserved, printed, spoiled, voided, returned
    QString reason;
    int version = 1;
    // What it printed (set once, before the first print): the signed QR text, the texts by template
    // source and the photo's SHA-256 (empty without a photo).
    QString payload;
    QJsonObject document;
    QString photoSha256;
    QDateTime issuedAt; // when it was first printed
    QDateTime updatedAt;
};

struct PrintLogRecord
{
    QString uuid;
    QString certificateUuid;
    QString number;
    QString clerkUuid;
    QString printer;
    QDateTime at;
    QString kind; // print, reprint
    QString reason;
};

// How the numbers of one block ended up; the certificate states counted per block.
struct BlockCounts
{
    int reserved = 0;
    int printed = 0;
    int spoiled = 0;
    int voided = 0;
    int returned = 0; // certificates returned after they took a number
};

// Number blocks, the certificate rows that take their numbers, and the print log.
class NumberRepository
{
public:
    explicit NumberRepository(Database& database);

    [[nodiscard]] bool insert(const NumberBlockRecord& block);
    // The block of the template whose range meets [first, last], if any.
    [[nodiscard]] std::optional<NumberBlockRecord> overlapping(const QString& templateCode, qint64 first,
                                                               qint64 last) const;
    // Moves the next number of the template's first block with numbers left and returns that block as it was
    // before (its nextNumber is the number taken). Call it inside the transaction that stores the certificate.
    [[nodiscard]] std::optional<NumberBlockRecord> takeNext(const QString& templateCode, const QDateTime& at);
    // Gives back what is left of the template's blocks; returns the blocks as they were before.
    [[nodiscard]] std::optional<QList<NumberBlockRecord>> returnUnused(const QString& templateCode,
                                                                       const QDateTime& at);
    // Empty template: every block. Ordered by template and first number.
    [[nodiscard]] QList<NumberBlockRecord> blocks(const QString& templateCode = {}) const;
    [[nodiscard]] BlockCounts counts(const QString& blockUuid) const;

    [[nodiscard]] bool insert(const NumberedCertificateRecord& certificate, const QDateTime& at);
    // False when the certificate changed since it was read (its version differs).
    [[nodiscard]] bool updateState(const NumberedCertificateRecord& certificate, const QString& newState,
                                   const QString& reason, const QDateTime& at);
    [[nodiscard]] std::optional<NumberedCertificateRecord> certificate(const QString& uuid) const;
    [[nodiscard]] std::optional<NumberedCertificateRecord> certificateBySerial(const QString& templateCode,
                                                                               const QString& serialNumber) const;
    // Every certificate a case took a number for, oldest first.
    [[nodiscard]] QList<NumberedCertificateRecord> certificatesOfCase(const QString& caseUuid) const;
    // Stores what a reserved certificate is going to print; false when it is no longer reserved or changed.
    [[nodiscard]] bool setDocument(const NumberedCertificateRecord& certificate, const QString& payload,
                                   const QJsonObject& document, const QString& photoSha256, const QDateTime& at);

    [[nodiscard]] bool insert(const PrintLogRecord& entry);
    [[nodiscard]] QList<PrintLogRecord> printLog(const QString& certificateUuid) const;

private:
    [[nodiscard]] std::optional<NumberedCertificateRecord> selectCertificate(const QString& where,
                                                                             const QVariantList& values) const;

    Database& m_database;
};

} // namespace ow::db
