#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ow::core {
class SecretStore;
}

namespace ow::certificate {

// The counter's Ed25519 signing key pair; the secret half lives only in the SecretStore.
class CounterKey
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::CounterKey)

public:
    // The name of the secret in the store.
    static const QString secretName;

    // Loads the counter's key, or makes and stores one the first time; *created says which happened.
    [[nodiscard]] static std::optional<CounterKey> loadOrCreate(core::SecretStore& store, QString* errorMessage,
                                                                bool* created = nullptr);
    // A fresh key pair, not stored anywhere.
    [[nodiscard]] static CounterKey generate();
    // First 8 bytes of SHA-256 of the public key, in lower-case hex.
    [[nodiscard]] static QString keyIdFor(const QByteArray& publicKey);

    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }
    [[nodiscard]] QString keyId() const { return keyIdFor(m_publicKey); }
    // A 64-byte detached Ed25519 signature.
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;
    // The entry for a trusted-keys file: key_id, public_key (base64), hall, valid_from, valid_to.
    [[nodiscard]] QJsonObject trustedEntry(const QString& hallCode) const;

private:
    CounterKey(QByteArray publicKey, QByteArray secretKey);

    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace ow::certificate
