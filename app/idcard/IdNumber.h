#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace ow::idcard {

enum class IdNumberKind
{
    Unknown,
    Resident, // 18-character citizen identity number (GB 11643)
    ResidentLegacy15, // 15-digit number of first-generation cards; `normalized` holds its 18-character form
    HkMoTwPermit, // 18 characters starting 810000, 820000 or 830000
    ForeignPermanent2017, // 15 characters: three-letter nationality and 12 digits
    ForeignPermanent2023, // 18 characters starting with 9
};

// What an ID number says about its holder, or why it is not a valid number.
struct IdNumberCheck
{
    bool valid = false;
    QString reason; // translated, for the clerk; empty when valid
    IdNumberKind kind = IdNumberKind::Unknown;
    QString normalized; // upper-case X, 15-digit numbers upgraded to 18
    QString regionCode;
    QString region; // full name of the division (province, prefecture, county)
    bool regionAbolished = false;
    QDate birth;
    QString sexCode; // "1" male, "2" female, empty when the number does not say
    QString sex;
    int age = -1; // on the day given to check()
    QString nationality; // foreign numbers: the three-letter or numeric code
};

// Rules of citizen identity numbers (GB 11643-1999) and the numbers of foreigners' and permit cards.
class IdNumber
{
public:
    [[nodiscard]] static IdNumberCheck check(const QString& number, QDate today);
    // ISO 7064 MOD 11-2 check character over the first 17 digits; nothing when they are not 17 digits.
    [[nodiscard]] static std::optional<QChar> checkCharacter(QStringView first17);
    // The 18-character form of a 15-digit number: "19" before the birth date and a check character.
    [[nodiscard]] static std::optional<QString> upgradeLegacy(const QString& fifteenDigits);
    // Whole years from birth to day; the birthday counts, 29 February turns over on 1 March in common years.
    [[nodiscard]] static int ageOn(QDate birth, QDate day);
    // First six and last four characters, the rest masked, for screens that need no more (PIPL).
    [[nodiscard]] static QString masked(const QString& number);
};

} // namespace ow::idcard
