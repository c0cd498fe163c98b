#include "db/CitizenRepository.h"

#include "db/Database.h"

namespace ow::db {

namespace {

const QString citizenColumns = QStringLiteral("uuid, id_number, card_type, name, name_en, sex, nation, birth_date, "
                                              "address, phone, issuer, valid_from, valid_to, version");
const QString longTermMarker = QStringLiteral("long-term");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

void bindFields(QSqlQuery& query, const CitizenRecord& citizen)
{
    query.bindValue(QStringLiteral(":id_number"), text(citizen.idNumber));
    query.bindValue(QStringLiteral(":card_type"), text(citizen.cardType));
    query.bindValue(QStringLiteral(":name"), text(citizen.name));
    query.bindValue(QStringLiteral(":name_en"), text(citizen.nameEn));
    query.bindValue(QStringLiteral(":sex"), text(citizen.sex));
    query.bindValue(QStringLiteral(":nation"), text(citizen.nation));
    query.bindValue(QStringLiteral(":birth_date"), dateValue(citizen.birthDate));
    query.bindValue(QStringLiteral(":address"), text(citizen.address));
    query.bindValue(QStringLiteral(":phone"), text(citizen.phone));
    query.bindValue(QStringLiteral(":issuer"), text(citizen.issuer));
    query.bindValue(QStringLiteral(":valid_from"), dateValue(citizen.validFrom));
    query.bindValue(QStringLiteral(":valid_to"),
                    citizen.longTerm ? QVariant(longTermMarker) : dateValue(citizen.validTo));
    query.bindValue(QStringLiteral(":now"), timestamp(QDateTime::currentDateTimeUtc()));
}

} // namespace

CitizenRepository::CitizenRepository(Database& database)
    : m_database(database)
{ }

std::optional<CitizenRecord> CitizenRepository::findByIdNumber(const QString& idNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM citizens WHERE id_number = ?").arg(citizenColumns));
    query.addBindValue(idNumber);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    CitizenRecord citizen;
    citizen.uuid = query.value(0).toString();
    citizen.idNumber = query.value(1).toString();
    citizen.cardType = query.value(2).toString();
    citizen.name = query.value(3).toString();
    citizen.nameEn = query.value(4).toString();
    citizen.sex = query.value(5).toString();
    citizen.nation = query.value(6).toString();
    citizen.birthDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    citizen.address = query.value(8).toString();
    citizen.phone = query.value(9).toString();
    citizen.issuer = query.value(10).toString();
    citizen.validFrom = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    citizen.longTerm = query.value(12).toString() == longTermMarker;
    citizen.validTo = citizen.longTerm ? QDate() : QDate::fromString(query.value(12).toString(), Qt::ISODate);
    citizen.version = query.value(13).toInt();
    return citizen;
}

bool CitizenRepository::insert(const CitizenRecord& citizen)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO citizens (uuid, id_number, card_type, name, name_en, sex, nation, birth_date, address, phone, "
        "issuer, valid_from, valid_to, version, created_at, updated_at) VALUES (:uuid, :id_number, :card_type, "
        ":name, :name_en, :sex, :nation, :birth_date, :address, :phone, :issuer, :valid_from, :valid_to, 1, :now, "
        ":now)"));
    query.bindValue(QStringLiteral(":uuid"), citizen.uuid);
    bindFields(query, citizen);
    return execute(query);
}

bool CitizenRepository::update(const CitizenRecord& citizen)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE citizens SET id_number = :id_number, card_type = :card_type, name = :name, name_en = :name_en, "
        "sex = :sex, nation = :nation, birth_date = :birth_date, address = :address, phone = :phone, "
        "issuer = :issuer, valid_from = :valid_from, valid_to = :valid_to, version = version + 1, updated_at = :now "
        "WHERE uuid = :uuid AND version = :version"));
    query.bindValue(QStringLiteral(":uuid"), citizen.uuid);
    query.bindValue(QStringLiteral(":version"), citizen.version);
    bindFields(query, citizen);
    return execute(query) && query.numRowsAffected() == 1;
}

QList<CaseSummary> CitizenRepository::casesOf(const QString& citizenUuid, int limit) const
{
    QList<CaseSummary> cases;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT uuid, number, item_code, state, accepted_at, deadline FROM cases "
                                 "WHERE citizen_uuid = ? ORDER BY accepted_at DESC LIMIT ?"));
    query.addBindValue(citizenUuid);
    query.addBindValue(limit);
    if (execute(query)) {
        while (query.next()) {
            cases.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), parseTimestamp(query.value(4).toString()),
                          QDate::fromString(query.value(5).toString(), Qt::ISODate)});
        }
    }
    return cases;
}

} // namespace ow::db
