#pragma once

#include <QString>

#include <optional>

namespace ow::auth {

// Argon2id password verifiers (libsodium crypto_pwhash_str), checkable offline at the counter.
class PasswordHasher
{
public:
    // Returns the encoded verifier ("$argon2id$v=19$m=...") or nothing when memory is short.
    [[nodiscard]] static std::optional<QString> hash(const QString& password);
    [[nodiscard]] static bool verify(const QString& verifier, const QString& password);
    // Spends the time of one verification, so an unknown login answers as slowly as a known one.
    static void burnVerification(const QString& password);
};

} // namespace ow::auth
