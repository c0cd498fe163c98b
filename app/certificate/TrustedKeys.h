#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ow::certificate {

// A counter key that certificates may be signed with; null dates mean no limit on that side.
struct TrustedKey
{
    QString keyId;
    QByteArray publicKey; // 32 bytes, Ed25519
    QString hallCode; // empty: any hall
    QDate validFrom;
    QDate validTo;

    [[nodiscard]] bool coversDate(QDate day) const
    {
        return (!validFrom.isValid() || day >= validFrom) && (!validTo.isValid() || day <= validTo);
    }
};

// The public keys a verifier trusts: a local JSON file now, the district's list once sync exists.
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::TrustedKeys)

public:
    // trusted-keys.json in the counter's data folder.
    [[nodiscard]] static QString defaultPath(const QString& dataDir);
    // A JSON array of {key_id, public_key (base64), hall, valid_from, valid_to}; every mistake is refused.
    [[nodiscard]] static std::optional<TrustedKeys> load(const QString& path, QString* errorMessage);
    [[nodiscard]] static std::optional<TrustedKeys> fromJson(const QByteArray& json, QString* errorMessage);

    void add(const TrustedKey& key) { m_keys.append(key); }
    [[nodiscard]] const TrustedKey* find(const QString& keyId) const;
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

private:
    QList<TrustedKey> m_keys;
};

} // namespace ow::certificate
