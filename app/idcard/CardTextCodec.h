#pragma once

#include "CardInfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace ow::idcard {

// Outcome of decoding a text block: the card, or a translated reason.
struct CardTextResult
{
    std::optional<CardInfo> card;
    QString message;
};

// The 256-byte text block of an ID card (UCS-2 little-endian, fixed fields) in both directions.
// One table of layouts serves the reader (decode) and the simulator (encode), so they cannot drift.
class CardTextCodec
{
public:
    static constexpr int kSize = 256;
    static constexpr int kTypeMarkOffset = 248;

    enum class Field
    {
        Name,
        NameEn,
        NameEnExtra, // 2023 foreign card: characters 36-46 of the English name
        Sex,
        Nation,
        Birth,
        Address,
        IdNumber,
        Issuer,
        ValidFrom,
        ValidTo,
        PassNumber,
        IssueCount,
        Nationality,
        CardVersion,
        RenewalCount,
        PreviousIdLink,
        TypeMark,
    };
    struct FieldSpan
    {
        Field field;
        int offset; // bytes
        int length; // bytes
    };

    [[nodiscard]] static const QList<FieldSpan>& layout(CardType type);
    [[nodiscard]] static CardType detectType(QByteArrayView text);
    [[nodiscard]] static CardTextResult decode(QByteArrayView text);
    // Fields longer than their span are cut at a character boundary; unused bytes are spaces.
    [[nodiscard]] static QByteArray encode(const CardInfo& card);

    // UCS-2LE to text: a surrogate pair becomes its character, a lone surrogate U+FFFD; U+0020 and NUL trimmed.
    [[nodiscard]] static QString decodeText(QByteArrayView bytes);
    // Text to UCS-2LE of exactly `length` bytes, space padded; never splits a surrogate pair.
    [[nodiscard]] static QByteArray encodeText(const QString& text, int length);
};

} // namespace ow::idcard
