#include "auth/PasswordHasher.h"

#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuth, "ow.auth")

namespace ow::auth {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Interactive limits (64 MiB, 2 passes): about a tenth of a second on a counter PC.
constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

std::optional<QString> PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady()) {
        qCCritical(lcAuth) << "libsodium could not be initialised";
        return std::nullopt;
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCCritical(lcAuth) << "Argon2id ran out of memory";
        return std::nullopt;
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& verifier, const QString& password)
{
    if (!sodiumReady() || !verifier.startsWith(QLatin1String("$argon2id$"))) {
        return false;
    }
    const QByteArray encoded = verifier.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::burnVerification(const QString& password)
{
    static const QString decoy = hash(QStringLiteral("decoy password that no clerk has")).value_or(QString());
    (void)verify(decoy, password);
}

} // namespace ow::auth
