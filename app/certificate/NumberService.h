#pragma once

#include "auth/ClerkService.h"
#include "db/NumberRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace ow::db {
class Database;
}

namespace ow::certificate {

// A number taken for a certificate: committed as a 'reserved' certificate row before anything prints.
struct ReservedNumber
{
    QString certificateUuid;
    QString templateCode;
    QString caseUuid;
    QString serialNumber; // as printed: prefix and zero-padded digits
    qint64 number = 0;
    QString blockUuid;
};

// How every number of one block ended up. printed + spoiled + voided + reserved + returned + remaining == size().
struct BlockReport
{
    db::NumberBlockRecord block;
    QString firstSerial;
    QString lastSerial;
    qint64 used = 0; // numbers taken by certificates
    qint64 printed = 0;
    qint64 spoiled = 0;
    qint64 voided = 0;
    qint64 reserved = 0; // taken, not yet printed (or the counter stopped before it printed)
    qint64 returned = 0; // given back unused, or certificates returned after they took a number
    qint64 remaining = 0;

    [[nodiscard]] qint64 size() const { return block.last - block.first + 1; }
    [[nodiscard]] QJsonObject toJson() const;
};

// Certificate serial numbers from number blocks, accounted to the last number: a number is committed before
// it prints, never reused, and ends printed, spoiled, voided (with a reason) or returned. Every change is
// written with its outbox row and an audit row in one transaction.
class NumberService
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::NumberService)

public:
    static constexpr int maxWidth = 18;

    using Clock = std::function<QDateTime()>;
    explicit NumberService(db::Database& database, Clock clock = {});

    // A local block (until the district leases them); refused when it overlaps a block of the same template.
    [[nodiscard]] std::optional<db::NumberBlockRecord> addBlock(const QString& templateCode, qint64 first, qint64 last,
                                                                const QString& prefix, int width,
                                                                const QString& clerkUuid, QString* errorMessage);
    // The template's next number, stored as a 'reserved' certificate of the case; call it before printing.
    [[nodiscard]] std::optional<ReservedNumber> reserve(const QString& templateCode, const QString& caseUuid,
                                                        const QString& clerkUuid, QString* errorMessage);
    // The print went through; logged with the printer.
    [[nodiscard]] bool markPrinted(const QString& certificateUuid, const QString& printerName, const QString& clerkUuid,
                                   QString* errorMessage);
    // A printed certificate printed again on the same number, approved by a supervisor (SupervisorApproval).
    [[nodiscard]] bool reprint(const QString& certificateUuid, const QString& printerName, const QString& reason,
                               const auth::Clerk& approver, QString* errorMessage);
    // The print failed: the number is spent, and the next print takes a new one.
    [[nodiscard]] bool markSpoiled(const QString& certificateUuid, const QString& reason, const QString& clerkUuid,
                                   QString* errorMessage);
    // Voids a reserved or printed number; needs a reason and a supervisor's approval (SupervisorApproval).
    [[nodiscard]] bool voidNumber(const QString& certificateUuid, const QString& reason, const auth::Clerk& approver,
                                  QString* errorMessage);
    // Gives back the untaken rest of the template's blocks; returns how many numbers went back.
    [[nodiscard]] std::optional<qint64> returnUnused(const QString& templateCode, const QString& clerkUuid,
                                                     QString* errorMessage);

    // Empty template: every block.
    [[nodiscard]] QList<BlockReport> report(const QString& templateCode = {}) const;
    [[nodiscard]] std::optional<db::NumberedCertificateRecord> find(const QString& templateCode,
                                                                    const QString& serialNumber) const;
    [[nodiscard]] QList<db::PrintLogRecord> printLog(const QString& certificateUuid) const;

    [[nodiscard]] static QString serial(const QString& prefix, qint64 number, int width);

private:
    // The certificate in one of the allowed states, or a message.
    [[nodiscard]] std::optional<db::NumberedCertificateRecord>
    certificateIn(const QString& certificateUuid, const QStringList& states, QString* errorMessage) const;
    [[nodiscard]] bool changeState(const db::NumberedCertificateRecord& certificate, const QString& newState,
                                   const QString& reason, const QString& clerkUuid, const QString& auditAction,
                                   const std::optional<db::PrintLogRecord>& printEntry, QString* errorMessage);

    db::Database& m_database;
    Clock m_clock;
};

} // namespace ow::certificate
