#include "CardInfo.h"

#include "CodeTables.h"

#include <QCoreApplication>

namespace ow::idcard {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(kDateFormat) : QString();
}

bool readDate(const QJsonObject& json, const QString& key, QDate* out, QString* errorMessage)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(text, kDateFormat);
    if (!out->isValid()) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("ow::idcard::CardInfo",
                                            "The date \"%1\" in field %2 is not a date of the form YYYY-MM-DD.")
                    .arg(text, key);
        return false;
    }
    return true;
}

} // namespace

QString longTermText()
{
    // The two characters "long term" as written on the card.
    return QStringLiteral(u"\u957F\u671F");
}

QString CardInfo::cardTypeKey(CardType type)
{
    switch (type) {
    case CardType::Resident:
        return QStringLiteral("resident");
    case CardType::ForeignPermanent2017:
        return QStringLiteral("foreign_permanent_2017");
    case CardType::ForeignPermanent2023:
        return QStringLiteral("foreign_permanent_2023");
    case CardType::HkMoTwPermit:
        return QStringLiteral("hk_mo_tw_permit");
    }
    return {};
}

std::optional<CardType> CardInfo::cardTypeFromKey(const QString& key)
{
    for (CardType type :
         {CardType::Resident, CardType::ForeignPermanent2017, CardType::ForeignPermanent2023, CardType::HkMoTwPermit}) {
        if (cardTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QString CardInfo::cardTypeDisplayName(CardType type)
{
    switch (type) {
    case CardType::Resident:
        return QCoreApplication::translate("ow::idcard::CardInfo", "Resident ID card");
    case CardType::ForeignPermanent2017:
        return QCoreApplication::translate("ow::idcard::CardInfo", "Foreign permanent residence ID card (2017)");
    case CardType::ForeignPermanent2023:
        return QCoreApplication::translate("ow::idcard::CardInfo", "Foreign permanent residence ID card (2023)");
    case CardType::HkMoTwPermit:
        return QCoreApplication::translate("ow::idcard::CardInfo",
                                           "Residence permit for Hong Kong, Macao and Taiwan residents");
    }
    return {};
}

QJsonObject CardInfo::toJson() const
{
    const bool foreign = cardType == CardType::ForeignPermanent2017 || cardType == CardType::ForeignPermanent2023;
    QJsonObject json;
    json.insert(QStringLiteral("card_type"), cardTypeKey(cardType));
    json.insert(QStringLiteral("name"), name);
    if (foreign)
        json.insert(QStringLiteral("name_en"), nameEn);
    json.insert(QStringLiteral("sex"), sex.isEmpty() ? CodeTables::sexName(sexCode) : sex);
    if (cardType == CardType::Resident)
        json.insert(QStringLiteral("nation"), nation.isEmpty() ? CodeTables::nationName(nationCode) : nation);
    json.insert(QStringLiteral("birth"), dateText(birth));
    if (cardType == CardType::Resident || cardType == CardType::HkMoTwPermit)
        json.insert(QStringLiteral("address"), address);
    json.insert(QStringLiteral("id_number"), idNumber);
    if (cardType != CardType::ForeignPermanent2023)
        json.insert(QStringLiteral("issuer"), issuer);
    json.insert(QStringLiteral("valid_from"), dateText(validFrom));
    json.insert(QStringLiteral("valid_to"), isLongTerm ? longTermText() : dateText(validTo));
    if (cardType == CardType::HkMoTwPermit) {
        json.insert(QStringLiteral("pass_number"), passNumber);
        json.insert(QStringLiteral("issue_count"), issueCount);
    }
    if (foreign)
        json.insert(QStringLiteral("nationality"), nationality);
    if (!photoWlt.isEmpty())
        json.insert(QStringLiteral("photo_wlt"), QString::fromLatin1(photoWlt.toBase64()));
    if (!photoPng.isEmpty())
        json.insert(QStringLiteral("photo_png"), QString::fromLatin1(photoPng.toBase64()));
    return json;
}

std::optional<CardInfo> CardInfo::fromJson(const QJsonObject& json, QString* errorMessage)
{
    CardInfo card;
    const QString typeKey = json.value(QStringLiteral("card_type")).toString();
    const auto type = cardTypeFromKey(typeKey);
    if (!type) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("ow::idcard::CardInfo",
                                            "The card type \"%1\" is not one of resident, foreign_permanent_2017, "
                                            "foreign_permanent_2023, hk_mo_tw_permit.")
                    .arg(typeKey);
        return std::nullopt;
    }
    card.cardType = *type;
    const auto text = [&json](const char* key) {
        return json.value(QLatin1String(key)).toString();
    };
    card.name = text("name");
    card.nameEn = text("name_en");
    const QString sex = text("sex");
    card.sexCode = CodeTables::sexCode(sex);
    if (!sex.isEmpty() && card.sexCode.isEmpty()) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("ow::idcard::CardInfo", "The sex \"%1\" is not a GB/T 2261.1 sex.")
                    .arg(sex);
        return std::nullopt;
    }
    card.sex = CodeTables::sexName(card.sexCode);
    const QString nation = text("nation");
    card.nationCode = CodeTables::nationCode(nation);
    if (!nation.isEmpty() && card.nationCode.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("ow::idcard::CardInfo",
                                                        "The nation \"%1\" is not a GB/T 3304 ethnic group.")
                                .arg(nation);
        return std::nullopt;
    }
    card.nation = CodeTables::nationName(card.nationCode);
    if (!readDate(json, QStringLiteral("birth"), &card.birth, errorMessage) ||
        !readDate(json, QStringLiteral("valid_from"), &card.validFrom, errorMessage))
        return std::nullopt;
    if (text("valid_to") == longTermText()) {
        card.isLongTerm = true;
    } else if (!readDate(json, QStringLiteral("valid_to"), &card.validTo, errorMessage)) {
        return std::nullopt;
    }
    card.address = text("address");
    card.idNumber = text("id_number");
    card.issuer = text("issuer");
    card.passNumber = text("pass_number");
    card.issueCount = text("issue_count");
    card.nationality = text("nationality");
    card.photoWlt = QByteArray::fromBase64(text("photo_wlt").toLatin1());
    card.photoPng = QByteArray::fromBase64(text("photo_png").toLatin1());
    return card;
}

} // namespace ow::idcard
