#include "core/SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "ow.core.secrets")

namespace ow::core {

namespace {

// QtKeychain jobs are asynchronous; callers here are the CLI and application start-up, so waiting is fine.
void runToEnd(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

void prepare(QKeychain::Job& job, const QString& name)
{
    job.setAutoDelete(false);
    // Never a plain-text file: a counter without a keychain must say so instead of leaking the key.
    job.setInsecureFallback(false);
    job.setKey(name);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

// One message for every way the keychain can be missing or refuse us, with what to do about it.
static QString failureMessage(const QKeychain::Job& job, const QString& name)
{
    qCWarning(lcSecrets) << "keychain job for" << name << "failed:" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr("The system keyring refused access to the secret \"%1\". Unlock the keyring "
                                       "(log in to the desktop again) and retry.")
            .arg(name);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("No secure storage (system keyring) is available on this computer, so the "
                                       "secret \"%1\" cannot be kept. Log in to a desktop session with a keyring "
                                       "(GNOME Keyring or KWallet) and retry.")
            .arg(name);
    default:
        return KeychainSecretStore::tr("The system keyring could not be used for the secret \"%1\" (%2). Make sure "
                                       "a desktop session with a keyring (GNOME Keyring or KWallet) is running.")
            .arg(name, job.errorString());
    }
}

SecretReadResult KeychainSecretStore::read(const QString& name)
{
    QKeychain::ReadPasswordJob job(m_service);
    prepare(job, name);
    runToEnd(job);
    if (job.error() == QKeychain::NoError) {
        return {SecretReadResult::Status::Found, job.binaryData(), {}};
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return {SecretReadResult::Status::NotFound, {}, {}};
    }
    return {SecretReadResult::Status::Failed, {}, failureMessage(job, name)};
}

bool KeychainSecretStore::write(const QString& name, const QByteArray& secret, QString* errorMessage)
{
    QKeychain::WritePasswordJob job(m_service);
    prepare(job, name);
    job.setBinaryData(secret);
    runToEnd(job);
    if (job.error() != QKeychain::NoError) {
        *errorMessage = failureMessage(job, name);
        return false;
    }
    return true;
}

bool KeychainSecretStore::remove(const QString& name, QString* errorMessage)
{
    QKeychain::DeletePasswordJob job(m_service);
    prepare(job, name);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *errorMessage = failureMessage(job, name);
        return false;
    }
    return true;
}

SecretReadResult MemorySecretStore::read(const QString& name)
{
    if (m_unavailable) {
        return {SecretReadResult::Status::Failed, {}, tr("No secure storage is available.")};
    }
    const auto found = m_secrets.constFind(name);
    if (found == m_secrets.cend()) {
        return {SecretReadResult::Status::NotFound, {}, {}};
    }
    return {SecretReadResult::Status::Found, *found, {}};
}

bool MemorySecretStore::write(const QString& name, const QByteArray& secret, QString* errorMessage)
{
    if (m_unavailable) {
        *errorMessage = tr("No secure storage is available.");
        return false;
    }
    m_secrets.insert(name, secret);
    return true;
}

bool MemorySecretStore::remove(const QString& name, QString* errorMessage)
{
    if (m_unavailable) {
        *errorMessage = tr("No secure storage is available.");
        return false;
    }
    m_secrets.remove(name);
    return true;
}

} // namespace ow::core
