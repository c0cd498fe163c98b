#include "intake/CitizenService.h"

#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QJsonObject>

namespace ow::intake {

namespace {

db::CitizenRecord fromCard(const idcard::CardInfo& card)
{
    db::CitizenRecord citizen;
    citizen.idNumber = card.idNumber.toUpper();
    citizen.cardType = idcard::CardInfo::cardTypeKey(card.cardType);
    citizen.name = card.name;
    citizen.nameEn = card.nameEn;
    citizen.sex = card.sex;
    citizen.nation = card.nation;
    citizen.birthDate = card.birth;
    citizen.address = card.address;
    citizen.issuer = card.issuer;
    citizen.validFrom = card.validFrom;
    citizen.validTo = card.validTo;
    citizen.longTerm = card.isLongTerm;
    return citizen;
}

bool sameCardFields(const db::CitizenRecord& a, const db::CitizenRecord& b)
{
    return a.cardType == b.cardType && a.name == b.name && a.nameEn == b.nameEn && a.sex == b.sex &&
        a.nation == b.nation && a.birthDate == b.birthDate && a.address == b.address && a.issuer == b.issuer &&
        a.validFrom == b.validFrom && a.validTo == b.validTo && a.longTerm == b.longTerm;
}

QJsonObject payload(const db::CitizenRecord& citizen)
{
    return {
        {QStringLiteral("uuid"), citizen.uuid},
        {QStringLiteral("id_number"), citizen.idNumber},
        {QStringLiteral("card_type"), citizen.cardType},
        {QStringLiteral("name"), citizen.name},
        {QStringLiteral("name_en"), citizen.nameEn},
        {QStringLiteral("sex"), citizen.sex},
        {QStringLiteral("nation"), citizen.nation},
        {QStringLiteral("birth_date"), citizen.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("address"), citizen.address},
        {QStringLiteral("issuer"), citizen.issuer},
        {QStringLiteral("valid_from"), citizen.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_to"), citizen.longTerm ? idcard::longTermText() : citizen.validTo.toString(Qt::ISODate)},
        {QStringLiteral("version"), citizen.version}};
}

} // namespace

CitizenService::CitizenService(db::Database& database)
    : m_database(database)
{ }

std::optional<CitizenLookup> CitizenService::recordCard(const idcard::CardInfo& card, const QString& clerkUuid,
                                                        QString* errorMessage)
{
    if (card.idNumber.trimmed().isEmpty() || (card.name.trimmed().isEmpty() && card.nameEn.trimmed().isEmpty())) {
        *errorMessage = tr("The card gave no ID number or no name; read it again.");
        return std::nullopt;
    }
    db::CitizenRepository citizens(m_database);
    db::OutboxRepository outbox(m_database);
    db::AuditRepository audit(m_database);
    db::Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        *errorMessage = tr("The data file is busy; read the card again.");
        return std::nullopt;
    }

    CitizenLookup lookup;
    db::CitizenRecord fromTheCard = fromCard(card);
    const auto stored = citizens.findByIdNumber(fromTheCard.idNumber);
    bool written = true;
    if (!stored) {
        fromTheCard.uuid = db::newUuid();
        written = citizens.insert(fromTheCard) &&
            outbox.append(QStringLiteral("citizen"), fromTheCard.uuid, QStringLiteral("create"), payload(fromTheCard));
        lookup.citizen = fromTheCard;
    } else {
        lookup.known = true;
        fromTheCard.uuid = stored->uuid;
        fromTheCard.phone = stored->phone;
        fromTheCard.version = stored->version;
        if (!sameCardFields(*stored, fromTheCard)) {
            written = citizens.update(fromTheCard);
            fromTheCard.version += 1;
            written = written &&
                outbox.append(QStringLiteral("citizen"), fromTheCard.uuid, QStringLiteral("update"),
                              payload(fromTheCard));
        }
        lookup.citizen = fromTheCard;
    }
    written = written && audit.append(clerkUuid, QStringLiteral("card.read"), lookup.citizen.uuid);
    if (!written || !transaction.commit()) {
        *errorMessage = tr("The citizen could not be saved to the data file. Call IT support.");
        return std::nullopt;
    }
    lookup.earlierCases = citizens.casesOf(lookup.citizen.uuid, earlierCasesShown);
    return lookup;
}

std::optional<CitizenLookup> CitizenService::find(const QString& idNumber) const
{
    const db::CitizenRepository citizens(m_database);
    const auto stored = citizens.findByIdNumber(idNumber.toUpper());
    if (!stored) {
        return std::nullopt;
    }
    return CitizenLookup {*stored, true, citizens.casesOf(stored->uuid, earlierCasesShown)};
}

bool CitizenService::recordIdNumberShown(const QString& citizenUuid, const QString& clerkUuid)
{
    return db::AuditRepository(m_database).append(clerkUuid, QStringLiteral("id_number.unmask"), citizenUuid);
}

} // namespace ow::intake
