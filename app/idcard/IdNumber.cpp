#include "IdNumber.h"

#include "CodeTables.h"

#include <QCoreApplication>
#include <array>

namespace ow::idcard {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";
// Nobody alive was born before this; older dates are typing errors.
constexpr int kEarliestBirthYear = 1850;

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool allLetters(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

IdNumberCheck invalid(IdNumberCheck result, const QString& reason)
{
    result.valid = false;
    result.reason = reason;
    return result;
}

// Fills birth, age and sex; false (with a reason) when the date is not real or lies ahead.
bool applyBirth(IdNumberCheck& result, QDate birth, const QString& digits, QDate today)
{
    if (!birth.isValid() || birth.year() < kEarliestBirthYear) {
        result.reason = QCoreApplication::translate(
                            "ow::idcard::IdNumber",
                            "The birth date %1 in the ID number is not a real date. Check the number on the card.")
                            .arg(digits);
        return false;
    }
    if (today.isValid() && birth > today) {
        result.reason = QCoreApplication::translate(
                            "ow::idcard::IdNumber",
                            "The birth date %1 in the ID number lies in the future. Check the number on the card.")
                            .arg(birth.toString(QStringLiteral("yyyy-MM-dd")));
        return false;
    }
    result.birth = birth;
    result.age = IdNumber::ageOn(birth, today);
    return true;
}

void applySex(IdNumberCheck& result, QChar digit)
{
    result.sexCode = (digit.digitValue() % 2 == 1) ? QStringLiteral("1") : QStringLiteral("2");
    result.sex = CodeTables::sexName(result.sexCode);
}

bool applyRegion(IdNumberCheck& result, const QString& code)
{
    result.regionCode = code;
    if (const auto region = RegionTable::instance().lookup(code)) {
        result.region = region->fullName;
        result.regionAbolished = region->isAbolished();
        return true;
    }
    // A county code missing from the table may be older than the table; the province must still exist.
    if (const auto province = RegionTable::instance().lookup(code.left(2) + QStringLiteral("0000"))) {
        result.region = province->fullName;
        result.regionAbolished = province->isAbolished();
        return true;
    }
    result.reason = QCoreApplication::translate(
                        "ow::idcard::IdNumber",
                        "The ID number starts with %1, which is not a region code. Check the number on the card.")
                        .arg(code);
    return false;
}

IdNumberCheck checkEighteen(IdNumberCheck result, QDate today)
{
    const QString& number = result.normalized;
    const auto expected = IdNumber::checkCharacter(QStringView(number).first(17));
    if (!expected)
        return invalid(result,
                       QCoreApplication::translate("ow::idcard::IdNumber",
                                                   "An ID number has 18 characters: 17 digits, then a digit or X."));
    if (number.at(17) != *expected) {
        return invalid(
            result,
            QCoreApplication::translate("ow::idcard::IdNumber",
                                        "The ID number does not add up: its last character should be %1. One of the "
                                        "characters is probably mistyped.")
                .arg(*expected));
    }
    const QString regionCode = number.left(6);
    if (regionCode == QLatin1String("810000") || regionCode == QLatin1String("820000") ||
        regionCode == QLatin1String("830000")) {
        result.kind = IdNumberKind::HkMoTwPermit;
    } else if (number.startsWith(QLatin1Char('9'))) {
        result.kind = IdNumberKind::ForeignPermanent2023;
    } else if (result.kind != IdNumberKind::ResidentLegacy15) {
        result.kind = IdNumberKind::Resident;
    }

    if (result.kind == IdNumberKind::ForeignPermanent2023) {
        // 9, province of acceptance (2), nationality (3), birth date (8), sequence (3), check.
        result.nationality = number.mid(3, 3);
        if (!applyRegion(result, number.mid(1, 2) + QStringLiteral("0000")))
            return invalid(result, result.reason);
    } else if (!applyRegion(result, regionCode)) {
        return invalid(result, result.reason);
    }
    const QString digits = number.mid(6, 8);
    if (!applyBirth(result, QDate::fromString(digits, QStringLiteral("yyyyMMdd")), digits, today))
        return invalid(result, result.reason);
    applySex(result, number.at(16));
    result.valid = true;
    return result;
}

IdNumberCheck checkForeign2017(IdNumberCheck result, QDate today)
{
    const QString& number = result.normalized;
    result.kind = IdNumberKind::ForeignPermanent2017;
    result.nationality = number.left(3);
    // Three letters, acceptance authority (4), birth date yymmdd (6), sequence (1), check (1). The check
    // scheme of these numbers is not public, so only the form and the date are checked.
    const QString digits = number.mid(7, 6);
    QDate birth = QDate::fromString(QStringLiteral("20") + digits, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || (today.isValid() && birth > today))
        birth = QDate::fromString(QStringLiteral("19") + digits, QStringLiteral("yyyyMMdd"));
    if (!applyBirth(result, birth, digits, today))
        return invalid(result, result.reason);
    result.valid = true;
    return result;
}

} // namespace

std::optional<QChar> IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * kWeights.at(i);
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

std::optional<QString> IdNumber::upgradeLegacy(const QString& fifteenDigits)
{
    if (fifteenDigits.size() != 15 || !allDigits(fifteenDigits))
        return std::nullopt;
    const QString first17 = fifteenDigits.left(6) + QStringLiteral("19") + fifteenDigits.mid(6);
    return first17 + *checkCharacter(first17);
}

int IdNumber::ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int age = day.year() - birth.year();
    QDate birthday(day.year(), birth.month(), birth.day());
    if (!birthday.isValid()) // 29 February in a common year
        birthday = QDate(day.year(), 3, 1);
    if (day < birthday)
        --age;
    return age;
}

QString IdNumber::masked(const QString& number)
{
    if (number.size() <= 10)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
}

IdNumberCheck IdNumber::check(const QString& number, QDate today)
{
    IdNumberCheck result;
    result.normalized = number.trimmed().toUpper();
    const QString& n = result.normalized;
    if (n.isEmpty())
        return invalid(result, QCoreApplication::translate("ow::idcard::IdNumber", "Enter an ID number."));

    if (n.size() == 18) {
        if (!allDigits(QStringView(n).first(17)) || !(n.at(17).isDigit() || n.at(17) == QLatin1Char('X'))) {
            return invalid(
                result,
                QCoreApplication::translate("ow::idcard::IdNumber",
                                            "An ID number has 18 characters: 17 digits, then a digit or X."));
        }
        return checkEighteen(result, today);
    }
    if (n.size() == 15 && allDigits(n)) {
        result.kind = IdNumberKind::ResidentLegacy15;
        result.normalized = *upgradeLegacy(n);
        return checkEighteen(result, today);
    }
    if (n.size() == 15 && allLetters(QStringView(n).first(3)) && allDigits(QStringView(n).sliced(3)))
        return checkForeign2017(result, today);

    return invalid(
        result,
        QCoreApplication::translate("ow::idcard::IdNumber",
                                    "An ID number has 18 characters (17 digits, then a digit or X); old numbers have "
                                    "15 digits, and foreigners' cards of 2017 three letters and 12 digits."));
}

} // namespace ow::idcard
