#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::db {

class Database;

// What the backlog asks of the store; empty or zero fields do not filter. Deadlines are inclusive.
struct BacklogCriteria
{
    QString itemCode;
    QString state;
    QString clerkUuid; // the clerk who works the case: its assignee, else the clerk who accepted it
    int counterNumber = 0;
    QString hallCode;
    QDate deadlineFrom;
    QDate deadlineTo;
    bool awaitingMaterials = false; // a material accepted as "handed in later" has not arrived
    bool deliveryPending = false; // to be delivered or sent by courier, not yet handed over
};

// Where a page of the backlog ends: the next page starts after this (deadline, number).
struct BacklogKey
{
    QString deadline; // ISO date, empty for a case without one (those come first)
    QString number;
};

// One open case as the backlog lists it.
struct BacklogRecord
{
    QString uuid;
    QString number;
    QString itemCode;
    QString itemName;
    QString kind;
    QString state;
    QString hallCode;
    int counterNumber = 0;
    QString clerkUuid; // who works it
    QString clerkName;
    QString citizenUuid;
    QString citizenName;
    QString citizenIdNumber;
    QString phone;
    QString channel;
    QDateTime acceptedAt;
    QDate deadline;
    bool deadlineEstimated = false;
    QStringList awaitedMaterials;
    int version = 1;
};

// One case accepted in a period, as the statistics count it.
struct CaseFigureRecord
{
    QString itemCode;
    QString itemName;
    QString kind;
    int counterNumber = 0;
    QString clerkUuid; // who accepted it
    QString clerkName;
    QDateTime acceptedAt;
    QDate deadline;
    QDateTime decidedAt; // first approval, rejection or issue; invalid while undecided
};

struct NotificationRecord
{
    QString uuid;
    QString caseUuid;
    QString citizenUuid;
    QString kind; // approved, returned, rejected
    QString channel = QStringLiteral("sms");
    QString phone;
    QString message;
    QString clerkUuid;
    QDateTime createdAt;
    QString state = QStringLiteral("queued");
};

// The supervisor's reads over cases (backlog pages, counts, statistics) and the rows decisions add.
class BacklogRepository
{
public:
    explicit BacklogRepository(Database& database);

    // Open cases matching criteria in (deadline, number) order, after 'after' when given; never more than limit.
    [[nodiscard]] QList<BacklogRecord> page(const BacklogCriteria& criteria, const std::optional<BacklogKey>& after,
                                            int limit) const;
    [[nodiscard]] int count(const BacklogCriteria& criteria) const;
    // The states this store counts as closed (CaseStates::isOpen is false for exactly these).
    [[nodiscard]] static QStringList closedStates();

    // Cases accepted from 'from' (inclusive) to 'to' (exclusive), in any state; hallCode empty: every hall.
    [[nodiscard]] QList<CaseFigureRecord> figures(const QDateTime& from, const QDateTime& to,
                                                  const QString& hallCode) const;

    [[nodiscard]] bool insert(const NotificationRecord& record);
    [[nodiscard]] QList<NotificationRecord> notifications(const QString& caseUuid) const;
    // False when the case changed since it was read (its version differs).
    [[nodiscard]] bool assign(const QString& caseUuid, int version, const QString& assigneeUuid, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace ow::db
