#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ow::idcard {

enum class CardType
{
    Resident, // resident identity card
    ForeignPermanent2017, // foreign permanent residence ID card, 2017 chip layout ('I')
    ForeignPermanent2023, // foreign permanent residence ID card, 2023 edition ('Y')
    HkMoTwPermit, // residence permit for Hong Kong, Macao and Taiwan residents ('J')
};

// The fields read from an ID card, as the intake and the CLI use them.
struct CardInfo
{
    CardType cardType = CardType::Resident;
    QString name; // Chinese name (on foreign cards: the Chinese name, may be empty)
    QString nameEn; // foreign cards
    QString sexCode; // GB/T 2261.1: "1" male, "2" female
    QString sex; // display name of sexCode
    QString nationCode; // GB/T 3304, resident cards
    QString nation; // display name of nationCode
    QDate birth;
    QString address;
    QString idNumber;
    QString issuer; // issuing authority (2017 foreign card: the accepting authority's code)
    QDate validFrom;
    QDate validTo;
    bool isLongTerm = false; // valid without end date
    QString passNumber; // permits: the Hong Kong/Macao or Taiwan travel permit number
    QString issueCount; // permits: how many times the permit was issued
    QString nationality; // foreign cards: ISO 3166 three-letter (2017) or numeric (2023) code
    QString cardVersion; // 2017 foreign card
    QString renewalCount; // 2023 foreign card
    QString previousIdLink; // 2023 foreign card: link to the 15-character number of an older card
    QByteArray photoWlt; // 1024-byte compressed photo as stored on the card
    QByteArray photoPng; // decoded photo, only when a licensed decoder is installed
    QByteArray fingerprint;

    // The card as JSON with the keys documented in the intake's card file format.
    [[nodiscard]] QJsonObject toJson() const;
    // The inverse of toJson(); nothing and a translated message when the object is not a card.
    [[nodiscard]] static std::optional<CardInfo> fromJson(const QJsonObject& json, QString* errorMessage = nullptr);

    [[nodiscard]] static QString cardTypeKey(CardType type);
    [[nodiscard]] static std::optional<CardType> cardTypeFromKey(const QString& key);
    [[nodiscard]] static QString cardTypeDisplayName(CardType type);

    friend bool operator==(const CardInfo&, const CardInfo&) = default;
};

// The word a card stores in place of an end date for documents valid without limit.
[[nodiscard]] QString longTermText();

} // namespace ow::idcard
