#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::db {

class Database;

struct CitizenRecord
{
    QString uuid;
    QString idNumber;
    QString cardType;
    QString name;
    QString nameEn;
    QString sex;
    QString nation;
    QDate birthDate;
    QString address;
    QString phone;
    QString issuer;
    QDate validFrom;
    QDate validTo; // invalid with longTerm
    bool longTerm = false;
    int version = 1;
};

// One earlier case of a citizen, as the intake lists them.
struct CaseSummary
{
    QString uuid;
    QString number;
    QString itemCode;
    QString state;
    QDateTime acceptedAt;
    QDate deadline;
};

// Citizens known at this counter, and the cases each has had here.
class CitizenRepository
{
public:
    explicit CitizenRepository(Database& database);

    [[nodiscard]] std::optional<CitizenRecord> findByIdNumber(const QString& idNumber) const;
    [[nodiscard]] bool insert(const CitizenRecord& citizen);
    // Writes the fields and raises the version; false when the stored version differs from citizen.version.
    [[nodiscard]] bool update(const CitizenRecord& citizen);
    [[nodiscard]] QList<CaseSummary> casesOf(const QString& citizenUuid, int limit) const;

private:
    Database& m_database;
};

} // namespace ow::db
