#include "certificate/CertificatePayload.h"

#include "certificate/CounterKey.h"
#include "certificate/TrustedKeys.h"

#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcPayload, "ow.certificate.payload")

namespace ow::certificate {

namespace {

constexpr QChar separator = u'|';
constexpr qsizetype fieldCount = 10; // version, 8 fields, signature
constexpr qsizetype signatureCharacters = 86; // 64 bytes in base64url without padding
const QString longTerm = QStringLiteral("-");
const QString dateFormat = QStringLiteral("yyyyMMdd");

QString escape(const QString& field)
{
    QString escaped;
    escaped.reserve(field.size());
    for (const QChar c : field) {
        if (c == u'%') {
            escaped += u"%25";
        } else if (c == separator) {
            escaped += u"%7C";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

// Only the two escapes escape() writes are accepted, so every payload has exactly one spelling.
std::optional<QString> unescape(const QString& field)
{
    QString plain;
    plain.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) != u'%') {
            plain += field.at(i);
            continue;
        }
        const QStringView code = QStringView(field).mid(i + 1, 2);
        if (code == u"25") {
            plain += u'%';
        } else if (code == u"7C") {
            plain += separator;
        } else {
            return std::nullopt;
        }
        i += 2;
    }
    return plain;
}

QDate parseDate(const QString& text)
{
    return text.size() == 8 ? QDate::fromString(text, dateFormat) : QDate();
}

QString signedText(const CertificateFields& fields)
{
    return QStringList {CertificatePayload::version.toString(),
                        escape(fields.type),
                        escape(fields.number),
                        escape(fields.holderName),
                        escape(fields.maskedIdNumber),
                        fields.issued.toString(dateFormat),
                        fields.isLongTerm() ? longTerm : fields.validUntil.toString(dateFormat),
                        escape(fields.hallCode),
                        escape(fields.keyId)}
        .join(separator);
}

Verification outcome(Verification::Reason code, const QString& reason,
                     std::optional<CertificateFields> fields = std::nullopt)
{
    return {code == Verification::Reason::Valid, code, reason, std::move(fields)};
}

} // namespace

QJsonObject CertificateFields::toJson() const
{
    return QJsonObject {
        {QStringLiteral("type"), type},
        {QStringLiteral("number"), number},
        {QStringLiteral("holder_name"), holderName},
        {QStringLiteral("id_number"), maskedIdNumber},
        {QStringLiteral("issued"), issued.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), isLongTerm() ? QStringLiteral("long-term") : validUntil.toString(Qt::ISODate)},
        {QStringLiteral("hall"), hallCode},
        {QStringLiteral("key_id"), keyId}};
}

QString Verification::codeName(Reason code)
{
    switch (code) {
    case Reason::Valid:
        return QStringLiteral("valid");
    case Reason::Malformed:
        return QStringLiteral("malformed");
    case Reason::UnknownVersion:
        return QStringLiteral("unknown-version");
    case Reason::UnknownKey:
        return QStringLiteral("unknown-key");
    case Reason::BadSignature:
        return QStringLiteral("bad-signature");
    case Reason::KeyNotValid:
        return QStringLiteral("key-not-valid");
    case Reason::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QJsonObject Verification::toJson() const
{
    return QJsonObject {
        {QStringLiteral("valid"), valid},
        {QStringLiteral("code"), codeName(code)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("fields"), fields ? QJsonValue(fields->toJson()) : QJsonValue(QJsonValue::Null)}};
}

QString CertificatePayload::sign(CertificateFields fields, const CounterKey& key)
{
    fields.keyId = key.keyId();
    const QString text = signedText(fields);
    const QByteArray signature = key.sign(text.toUtf8());
    return text + separator +
        QString::fromLatin1(signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Verification CertificatePayload::verify(const QString& text, const TrustedKeys& keys, QDate today)
{
    using Reason = Verification::Reason;
    const QString malformed = tr("This is not a OneWindow certificate code, or it was not read completely.");
    const QStringList parts = text.split(separator);
    if (parts.isEmpty() || parts.constFirst() != version) {
        if (parts.constFirst().startsWith(u"OW")) {
            return outcome(Reason::UnknownVersion,
                           tr("This certificate code is of a newer kind (%1); update OneWindow to check it.")
                               .arg(parts.constFirst().left(8)));
        }
        return outcome(Reason::Malformed, malformed);
    }
    if (parts.size() != fieldCount) {
        return outcome(Reason::Malformed, malformed);
    }

    CertificateFields fields;
    QString* const targets[] = {&fields.type, &fields.number, &fields.holderName, &fields.maskedIdNumber,
                                nullptr,      nullptr,        &fields.hallCode,   &fields.keyId};
    for (qsizetype i = 0; i < 8; ++i) {
        if (!targets[i]) {
            continue;
        }
        const auto plain = unescape(parts.at(i + 1));
        if (!plain) {
            return outcome(Reason::Malformed, malformed);
        }
        *targets[i] = *plain;
    }
    fields.issued = parseDate(parts.at(5));
    const QString& validText = parts.at(6);
    fields.validUntil = validText == longTerm ? QDate() : parseDate(validText);
    if (!fields.issued.isValid() || (validText != longTerm && !fields.validUntil.isValid())) {
        return outcome(Reason::Malformed, malformed);
    }

    // base64url without padding; re-encoding must give the same text, so no second spelling of a signature exists.
    const QString& signatureText = parts.at(9);
    // Exactly the 86 characters of an unpadded base64url signature; anything else is refused before decoding.
    const bool plainAlphabet = std::all_of(signatureText.cbegin(), signatureText.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' ||
            c == u'_';
    });
    if (signatureText.size() != signatureCharacters || !plainAlphabet) {
        return outcome(Reason::Malformed, malformed);
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        signatureText.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES ||
        QString::fromLatin1(decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) !=
            signatureText) {
        return outcome(Reason::Malformed, malformed);
    }

    const TrustedKey* key = keys.find(fields.keyId);
    if (!key) {
        return outcome(Reason::UnknownKey,
                       tr("This certificate was signed by a counter key (%1) that is not in the "
                          "list of trusted keys. Update the trusted keys and check again.")
                           .arg(fields.keyId));
    }
    if (sodium_init() < 0) {
        return outcome(Reason::BadSignature, tr("The cryptography library cannot start."));
    }
    const QByteArray message = text.left(text.size() - signatureText.size() - 1).toUtf8();
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(decoded.decoded.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char*>(key->publicKey.constData())) != 0) {
        qCInfo(lcPayload) << "signature check failed for key" << fields.keyId;
        return outcome(Reason::BadSignature,
                       tr("The signature does not match: this certificate code has been "
                          "altered or forged."));
    }
    if (!key->coversDate(fields.issued) || (!key->hallCode.isEmpty() && key->hallCode != fields.hallCode)) {
        return outcome(Reason::KeyNotValid,
                       tr("The counter key %1 was not trusted for hall %2 on %3, the day this certificate was issued.")
                           .arg(fields.keyId, fields.hallCode, fields.issued.toString(Qt::ISODate)),
                       fields);
    }
    if (!fields.isLongTerm() && today > fields.validUntil) {
        return outcome(Reason::Expired,
                       tr("The certificate is genuine but expired on %1.").arg(fields.validUntil.toString(Qt::ISODate)),
                       fields);
    }
    return outcome(Reason::Valid, tr("The certificate is genuine and valid."), fields);
}

} // namespace ow::certificate
