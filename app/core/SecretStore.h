#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ow::core {

// What reading a secret gave: the secret, a plain "not stored yet", or a failure with a translated message.
struct SecretReadResult
{
    enum class Status
    {
        Found,
        NotFound,
        Failed
    };
    Status status = Status::Failed;
    QByteArray secret;
    QString errorMessage; // translated, for the clerk or IT staff; empty unless Failed
};

// The one door to secrets (keys, tokens): production keeps them in the OS keychain, tests in memory.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    [[nodiscard]] virtual SecretReadResult read(const QString& name) = 0;
    [[nodiscard]] virtual bool write(const QString& name, const QByteArray& secret, QString* errorMessage) = 0;
    // Removing a secret that is not stored succeeds.
    [[nodiscard]] virtual bool remove(const QString& name, QString* errorMessage) = 0;
};

// Secrets in the OS keychain through QtKeychain, never in a plain-text file; says so when no keychain exists.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::core::KeychainSecretStore)

public:
    // The service groups our entries in the keychain; tests pass their own to stay apart from a real counter.
    explicit KeychainSecretStore(QString service = QStringLiteral("OneWindow"));

    [[nodiscard]] SecretReadResult read(const QString& name) override;
    [[nodiscard]] bool write(const QString& name, const QByteArray& secret, QString* errorMessage) override;
    [[nodiscard]] bool remove(const QString& name, QString* errorMessage) override;

private:
    QString m_service;
};

// Secrets in memory only, for unit tests; a failure can be switched on to test how callers report it.
class MemorySecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::core::MemorySecretStore)

public:
    [[nodiscard]] SecretReadResult read(const QString& name) override;
    [[nodiscard]] bool write(const QString& name, const QByteArray& secret, QString* errorMessage) override;
    [[nodiscard]] bool remove(const QString& name, QString* errorMessage) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

} // namespace ow::core
