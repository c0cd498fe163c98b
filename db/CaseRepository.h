#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {

class Database;

struct CaseRecord
{
    QString uuid;
    QString number;
    QString itemCode;
    QString itemName;
    int itemRevision = 1;
    QString kind; // instant, promised
    QString citizenUuid;
    QString hallCode;
    int counterNumber = 0;
    QString clerkUuid;
    QString bundleUuid;
    QString state;
    QJsonObject formData;
    QString channel = QStringLiteral("pickup");
    QString trackingNumber;
    QString deliveryAddress;
    QString phone;
    QDateTime acceptedAt;
    QDate deadline;
    bool deadlineEstimated = false;
    QDateTime closedAt;
    int version = 1;
    // From the citizen, for lists and paper.
    QString citizenName;
    QString citizenIdNumber;
};

struct MaterialRecord
{
    QString uuid;
    QString caseUuid;
    QString code;
    QString name;
    QString status; // provided, missing, commitment, not_required
    QDate dueDate;
    QDateTime receivedAt;
    int version = 1;
};

struct CaseEventRecord
{
    QString uuid;
    QString caseUuid;
    QDateTime at;
    QString clerkUuid;
    QString clerkName;
    QString kind;
    QString fromState;
    QString toState;
    QJsonObject detail;
};

struct NoticeRecord
{
    QString uuid;
    QString number;
    QString itemCode;
    QString idNumber;
    QString citizenName;
    QJsonObject missing;
    QString clerkUuid;
    QDateTime issuedAt;
};

// Cases, their materials and events, the offline number sequences, and one-time notices.
class CaseRepository
{
public:
    explicit CaseRepository(Database& database);

    // The next sequence number of a kind ("case" or "notice") for one hall, counter and day; call it
    // inside the transaction that stores what the number is for.
    [[nodiscard]] std::optional<int> nextSequence(const QString& kind, const QString& hallCode, int counterNumber,
                                                  const QDate& day);

    [[nodiscard]] bool insert(const CaseRecord& record);
    [[nodiscard]] bool insert(const MaterialRecord& record);
    [[nodiscard]] bool insert(const CaseEventRecord& record);
    [[nodiscard]] bool insert(const NoticeRecord& record);
    // False when the case changed since it was read (its version differs).
    [[nodiscard]] bool updateState(const CaseRecord& record, const QString& newState, const QDateTime& at);
    [[nodiscard]] bool markMaterialReceived(const QString& materialUuid, const QDateTime& at);

    [[nodiscard]] std::optional<CaseRecord> byNumber(const QString& number) const;
    [[nodiscard]] QList<MaterialRecord> materials(const QString& caseUuid) const;
    [[nodiscard]] QList<CaseEventRecord> events(const QString& caseUuid) const;
    // By case number (or its end), whole ID number, or part of the name; newest first.
    [[nodiscard]] QList<CaseRecord> search(const QString& text, int limit) const;
    // A case of the item for the person that was not rejected: the person holds (or awaits) its result.
    [[nodiscard]] bool hasActiveResult(const QString& itemCode, const QString& idNumber) const;
    [[nodiscard]] std::optional<QDate> lastAccepted(const QString& itemCode, const QString& idNumber) const;
    // Empty state: every state. Newest first.
    [[nodiscard]] QList<CaseRecord> list(const QString& state, int limit, int offset = 0) const;

private:
    [[nodiscard]] QList<CaseRecord> select(const QString& where, const QVariantList& values, int limit,
                                           int offset) const;

    Database& m_database;
};

} // namespace ow::db
