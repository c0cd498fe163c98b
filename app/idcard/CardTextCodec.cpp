#include "CardTextCodec.h"

#include "CodeTables.h"
#include "SamProtocol.h"

#include <QCoreApplication>

namespace ow::idcard {

namespace {

using Field = CardTextCodec::Field;
using Span = CardTextCodec::FieldSpan;

// The 2023 card keeps 35 UCS-2 units of the English name in one field and the rest in another.
constexpr int kNameEnFirstChars = 35;
const QString kCardDateFormat = QStringLiteral("yyyyMMdd");

QDate parseDate(const QString& text)
{
    return text.size() == 8 ? QDate::fromString(text, kCardDateFormat) : QDate();
}

QString dateField(const QDate& date)
{
    return date.isValid() ? date.toString(kCardDateFormat) : QString();
}

bool isTrimmed(char16_t unit)
{
    return unit == u' ' || unit == u'\0';
}

} // namespace

const QList<Span>& CardTextCodec::layout(CardType type)
{
    static const QList<Span> resident = {
        {Field::Name, 0, 30},     {Field::Sex, 30, 2},         {Field::Nation, 32, 4},
        {Field::Birth, 36, 16},   {Field::Address, 52, 70},    {Field::IdNumber, 122, 36},
        {Field::Issuer, 158, 30}, {Field::ValidFrom, 188, 16}, {Field::ValidTo, 204, 16},
    };
    static const QList<Span> permit = {
        {Field::Name, 0, 30},        {Field::Sex, 30, 2},        {Field::Birth, 36, 16},
        {Field::Address, 52, 70},    {Field::IdNumber, 122, 36}, {Field::Issuer, 158, 30},
        {Field::ValidFrom, 188, 16}, {Field::ValidTo, 204, 16},  {Field::PassNumber, 220, 18},
        {Field::IssueCount, 238, 4}, {Field::TypeMark, 248, 2},
    };
    static const QList<Span> foreign2017 = {
        {Field::NameEn, 0, 120},      {Field::Sex, 120, 2},      {Field::IdNumber, 122, 30},
        {Field::Nationality, 152, 6}, {Field::Name, 158, 30},    {Field::ValidFrom, 188, 16},
        {Field::ValidTo, 204, 16},    {Field::Birth, 220, 16},   {Field::CardVersion, 236, 4},
        {Field::Issuer, 240, 8},      {Field::TypeMark, 248, 2},
    };
    static const QList<Span> foreign2023 = {
        {Field::Name, 0, 30},         {Field::Sex, 30, 2},       {Field::RenewalCount, 32, 4},
        {Field::Birth, 36, 16},       {Field::NameEn, 52, 70},   {Field::IdNumber, 122, 36},
        {Field::ValidFrom, 188, 16},  {Field::ValidTo, 204, 16}, {Field::NameEnExtra, 220, 22},
        {Field::Nationality, 242, 6}, {Field::TypeMark, 248, 2}, {Field::PreviousIdLink, 250, 6},
    };
    switch (type) {
    case CardType::Resident:
        return resident;
    case CardType::HkMoTwPermit:
        return permit;
    case CardType::ForeignPermanent2017:
        return foreign2017;
    case CardType::ForeignPermanent2023:
        return foreign2023;
    }
    return resident;
}

namespace {
char16_t typeMark(CardType type)
{
    switch (type) {
    case CardType::ForeignPermanent2017:
        return u'I';
    case CardType::ForeignPermanent2023:
        return u'Y';
    case CardType::HkMoTwPermit:
        return u'J';
    case CardType::Resident:
        break;
    }
    return u' ';
}
} // namespace

CardType CardTextCodec::detectType(QByteArrayView text)
{
    if (text.size() < kTypeMarkOffset + 2)
        return CardType::Resident;
    const char16_t mark = static_cast<char16_t>(static_cast<quint8>(text.at(kTypeMarkOffset)) |
                                                (static_cast<quint8>(text.at(kTypeMarkOffset + 1)) << 8));
    switch (mark) {
    case u'I':
        return CardType::ForeignPermanent2017;
    case u'Y':
        return CardType::ForeignPermanent2023;
    case u'J':
        return CardType::HkMoTwPermit;
    default:
        return CardType::Resident;
    }
}

QString CardTextCodec::decodeText(QByteArrayView bytes)
{
    const qsizetype count = bytes.size() / 2;
    QList<char16_t> units;
    units.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        units.append(static_cast<char16_t>(static_cast<quint8>(bytes.at(2 * i)) |
                                           (static_cast<quint8>(bytes.at(2 * i + 1)) << 8)));
    qsizetype begin = 0;
    qsizetype end = units.size();
    while (begin < end && isTrimmed(units.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(units.at(end - 1)))
        --end;

    QString text;
    text.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t unit = units.at(i);
        if (QChar::isHighSurrogate(unit) && i + 1 < end && QChar::isLowSurrogate(units.at(i + 1))) {
            text.append(QChar(unit));
            text.append(QChar(units.at(i + 1)));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            text.append(QChar::ReplacementCharacter);
        } else {
            text.append(QChar(unit));
        }
    }
    return text;
}

QByteArray CardTextCodec::encodeText(const QString& text, int length)
{
    QByteArray out;
    out.reserve(length);
    const qsizetype capacity = length / 2;
    qsizetype used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(unit) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const qsizetype needed = pair ? 2 : 1;
        if (used + needed > capacity)
            break;
        const char16_t first = QChar::isSurrogate(unit) && !pair ? char16_t(QChar::ReplacementCharacter) : unit;
        out.append(static_cast<char>(first & 0xFF));
        out.append(static_cast<char>(first >> 8));
        if (pair) {
            const char16_t low = text.at(i + 1).unicode();
            out.append(static_cast<char>(low & 0xFF));
            out.append(static_cast<char>(low >> 8));
            ++i;
        }
        used += needed;
    }
    while (out.size() + 1 < length) {
        out.append(' ');
        out.append('\0');
    }
    if (out.size() < length)
        out.append(' ');
    return out;
}

CardTextResult CardTextCodec::decode(QByteArrayView text)
{
    if (text.size() < kSize) {
        qCWarning(lcIdCard) << "text block has" << text.size() << "bytes, expected" << kSize;
        return {std::nullopt,
                QCoreApplication::translate("ow::idcard::CardTextCodec",
                                            "The card's text could not be read completely. Place the "
                                            "card again.")};
    }
    const QByteArrayView block = text.first(kSize);
    CardInfo card;
    card.cardType = detectType(block);
    QString nameEnExtra;
    QString validTo;
    for (const Span& span : layout(card.cardType)) {
        const QString value = decodeText(block.sliced(span.offset, span.length));
        switch (span.field) {
        case Field::Name:
            card.name = value;
            break;
        case Field::NameEn:
            card.nameEn = value;
            break;
        case Field::NameEnExtra:
            nameEnExtra = value;
            break;
        case Field::Sex:
            card.sexCode = value;
            card.sex = CodeTables::sexName(value);
            break;
        case Field::Nation:
            card.nationCode = value;
            card.nation = CodeTables::nationName(value);
            break;
        case Field::Birth:
            card.birth = parseDate(value);
            break;
        case Field::Address:
            card.address = value;
            break;
        case Field::IdNumber:
            // No card number holds lower-case letters; a lower-case x is the check character X.
            card.idNumber = value.toUpper();
            break;
        case Field::Issuer:
            card.issuer = value;
            break;
        case Field::ValidFrom:
            card.validFrom = parseDate(value);
            break;
        case Field::ValidTo:
            validTo = value;
            break;
        case Field::PassNumber:
            card.passNumber = value;
            break;
        case Field::IssueCount:
            card.issueCount = value;
            break;
        case Field::Nationality:
            card.nationality = value;
            break;
        case Field::CardVersion:
            card.cardVersion = value;
            break;
        case Field::RenewalCount:
            card.renewalCount = value;
            break;
        case Field::PreviousIdLink:
            card.previousIdLink = value;
            break;
        case Field::TypeMark:
            break;
        }
    }
    if (!nameEnExtra.isEmpty()) {
        // Decode both parts as one run so spaces at the seam and a pair split across it survive.
        QByteArray joined;
        for (const Span& span : layout(card.cardType)) {
            if (span.field == Field::NameEn || span.field == Field::NameEnExtra)
                joined.append(block.sliced(span.offset, span.length).data(), span.length);
        }
        card.nameEn = decodeText(joined);
    }
    if (validTo == longTermText()) {
        card.isLongTerm = true;
    } else {
        card.validTo = parseDate(validTo);
    }
    if (!card.birth.isValid())
        qCInfo(lcIdCard) << "card has no valid birth date";
    return {card, {}};
}

QByteArray CardTextCodec::encode(const CardInfo& card)
{
    QByteArray block = encodeText(QString(), kSize);
    QString nameEn = card.nameEn;
    QString nameEnExtra;
    if (card.cardType == CardType::ForeignPermanent2023 && nameEn.size() > kNameEnFirstChars) {
        const qsizetype cut =
            nameEn.at(kNameEnFirstChars - 1).isHighSurrogate() ? kNameEnFirstChars - 1 : kNameEnFirstChars;
        nameEnExtra = nameEn.mid(cut);
        nameEn.truncate(cut);
    }
    for (const Span& span : layout(card.cardType)) {
        QString value;
        switch (span.field) {
        case Field::Name:
            value = card.name;
            break;
        case Field::NameEn:
            value = nameEn;
            break;
        case Field::NameEnExtra:
            value = nameEnExtra;
            break;
        case Field::Sex:
            value = card.sexCode;
            break;
        case Field::Nation:
            value = card.nationCode;
            break;
        case Field::Birth:
            value = dateField(card.birth);
            break;
        case Field::Address:
            value = card.address;
            break;
        case Field::IdNumber:
            value = card.idNumber;
            break;
        case Field::Issuer:
            value = card.issuer;
            break;
        case Field::ValidFrom:
            value = dateField(card.validFrom);
            break;
        case Field::ValidTo:
            value = card.isLongTerm ? longTermText() : dateField(card.validTo);
            break;
        case Field::PassNumber:
            value = card.passNumber;
            break;
        case Field::IssueCount:
            value = card.issueCount;
            break;
        case Field::Nationality:
            value = card.nationality;
            break;
        case Field::CardVersion:
            value = card.cardVersion;
            break;
        case Field::RenewalCount:
            value = card.renewalCount;
            break;
        case Field::PreviousIdLink:
            value = card.previousIdLink;
            break;
        case Field::TypeMark:
            value = QString(QChar(typeMark(card.cardType)));
            break;
        }
        block.replace(span.offset, span.length, encodeText(value, span.length));
    }
    return block;
}

} // namespace ow::idcard
