#include "certificate/CounterKey.h"

#include "core/SecretStore.h"

#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcCounterKey, "ow.certificate.key")

namespace ow::certificate {

const QString CounterKey::secretName = QStringLiteral("counter-signing-key");

namespace {

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

} // namespace

CounterKey::CounterKey(QByteArray publicKey, QByteArray secretKey)
    : m_publicKey(std::move(publicKey))
    , m_secretKey(std::move(secretKey))
{ }

CounterKey CounterKey::generate()
{
    if (sodium_init() < 0) {
        qFatal("libsodium cannot start");
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(publicKey), bytes(secretKey));
    return CounterKey(publicKey, secretKey);
}

std::optional<CounterKey> CounterKey::loadOrCreate(core::SecretStore& store, QString* errorMessage, bool* created)
{
    if (created) {
        *created = false;
    }
    if (sodium_init() < 0) {
        *errorMessage = tr("The cryptography library cannot start.");
        return std::nullopt;
    }
    const auto stored = store.read(secretName);
    switch (stored.status) {
    case core::SecretReadResult::Status::Failed:
        *errorMessage = stored.errorMessage;
        return std::nullopt;
    case core::SecretReadResult::Status::Found: {
        // The secret key is seed and public key; rebuilding it from the seed proves the entry whole, so a
        // damaged one never signs certificates that no trusted key can verify.
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        QByteArray rebuilt(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        if (stored.secret.size() != crypto_sign_SECRETKEYBYTES ||
            crypto_sign_seed_keypair(bytes(publicKey), bytes(rebuilt), bytes(stored.secret)) != 0 ||
            sodium_memcmp(rebuilt.constData(), stored.secret.constData(), crypto_sign_SECRETKEYBYTES) != 0) {
            qCWarning(lcCounterKey) << "stored key has" << stored.secret.size() << "bytes";
            *errorMessage = tr("The counter's signing key in the system keyring is damaged. Ask IT staff to "
                               "remove it and enroll the counter again.");
            return std::nullopt;
        }
        return CounterKey(publicKey, stored.secret);
    }
    case core::SecretReadResult::Status::NotFound:
        break;
    }
    CounterKey key = generate();
    if (!store.write(secretName, key.m_secretKey, errorMessage)) {
        return std::nullopt;
    }
    qCInfo(lcCounterKey) << "created counter key" << key.keyId();
    if (created) {
        *created = true;
    }
    return key;
}

QString CounterKey::keyIdFor(const QByteArray& publicKey)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(digest), bytes(publicKey), static_cast<unsigned long long>(publicKey.size()));
    return QString::fromLatin1(digest.left(8).toHex());
}

QByteArray CounterKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(m_secretKey));
    return signature;
}

QJsonObject CounterKey::trustedEntry(const QString& hallCode) const
{
    // Validity dates are the district's to set at enrollment; null means no limit on that side.
    return QJsonObject {{QStringLiteral("key_id"), keyId()},
                        {QStringLiteral("public_key"), QString::fromLatin1(m_publicKey.toBase64())},
                        {QStringLiteral("hall"), hallCode},
                        {QStringLiteral("valid_from"), QJsonValue::Null},
                        {QStringLiteral("valid_to"), QJsonValue::Null}};
}

} // namespace ow::certificate
