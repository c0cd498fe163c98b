#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow::certificate {

class CounterKey;
class TrustedKeys;

// What a certificate's QR code says about it; the ID number is already masked.
struct CertificateFields
{
    QString type; // the certificate template code
    QString number;
    QString holderName;
    QString maskedIdNumber; // idcard::IdNumber::masked
    QDate issued;
    QDate validUntil; // null: long-term
    QString hallCode;
    QString keyId; // set by sign()

    [[nodiscard]] bool isLongTerm() const { return !validUntil.isValid(); }
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const CertificateFields&, const CertificateFields&) = default;
};

// The outcome of checking a scanned payload; fields are only given when the signature holds.
struct Verification
{
    enum class Reason
    {
        Valid,
        Malformed,
        UnknownVersion,
        UnknownKey,
        BadSignature,
        KeyNotValid, // the key was not trusted on the issue date or for that hall
        Expired,
    };
    bool valid = false;
    Reason code = Reason::Malformed;
    QString reason; // translated
    std::optional<CertificateFields> fields;

    [[nodiscard]] static QString codeName(Reason code);
    [[nodiscard]] QJsonObject toJson() const;
};

// The compact signed text of a certificate's QR code:
// OW1|type|number|name|masked id|yyyymmdd issued|yyyymmdd valid until or -|hall|key id|signature (base64url).
// '%' and '|' inside fields are written %25 and %7C; the signature covers the UTF-8 bytes before its separator.
class CertificatePayload
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::CertificatePayload)

public:
    static constexpr QStringView version = u"OW1";

    // The payload text, signed with the counter's key (fields.keyId is taken from the key).
    [[nodiscard]] static QString sign(CertificateFields fields, const CounterKey& key);
    // Checks the text against the trusted keys; today decides whether the certificate has expired.
    [[nodiscard]] static Verification verify(const QString& text, const TrustedKeys& keys, QDate today);
};

} // namespace ow::certificate
