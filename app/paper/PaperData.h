#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// What the counter prints for a citizen: plain data filled by the caller from a case. Every text
// that is data (names, notes, hall details) is already in the citizen's language.
namespace ow::paper {

struct HallContact
{
    QString hallName, address, phone, openingHours;
    int counterNumber = 0;
};

struct PaperMaterial
{
    QString name;
    QString status; /* "provided", "missing", "commitment" */
    QDate dueDate;
    QString note;
};

struct ReceiptItem
{
    QString name;
    bool instant = false;
    QDate deadline;
    int timeLimitDays = 0;
    bool deadlineEstimated = false;
};

struct ReceiptData
{
    HallContact hall;
    QString caseNumber;
    QDateTime acceptedAt;
    QString clerkName;
    QString citizenName;
    QString maskedIdNumber;
    QString phone;
    QList<ReceiptItem> items;
    QList<PaperMaterial> materials;
    QString channel; /* "pickup", "delivery", "courier" */
    QString trackingNumber;
    QString deliveryAddress;
    QString collectNote;
    QString qrText;
};

struct NoticeData
{
    HallContact hall;
    QString noticeNumber;
    QDateTime issuedAt;
    QString clerkName;
    QString citizenName;
    QString maskedIdNumber;
    QString itemName;
    QList<PaperMaterial> missing; /* every missing material with what is required */
    QString note;
};

} // namespace ow::paper
