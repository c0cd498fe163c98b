#include "certificate/TrustedKeys.h"

#include "certificate/CounterKey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::certificate {

namespace {

constexpr qsizetype publicKeyBytes = 32;

// A date field: absent or null is no limit, otherwise YYYY-MM-DD.
bool readDate(const QJsonObject& entry, const QString& name, QDate* date)
{
    const QJsonValue value = entry.value(name);
    if (value.isUndefined() || value.isNull()) {
        *date = {};
        return true;
    }
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

} // namespace

QString TrustedKeys::defaultPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("trusted-keys.json"));
}

std::optional<TrustedKeys> TrustedKeys::load(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            tr("The trusted keys file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    auto keys = fromJson(file.readAll(), errorMessage);
    if (!keys) {
        *errorMessage =
            tr("The trusted keys file %1 is damaged: %2").arg(QDir::toNativeSeparators(path), *errorMessage);
    }
    return keys;
}

std::optional<TrustedKeys> TrustedKeys::fromJson(const QByteArray& json, QString* errorMessage)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage =
            tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isArray()) {
        *errorMessage = tr("it must be a list of keys.");
        return std::nullopt;
    }
    TrustedKeys keys;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("entry %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *errorMessage = tr("%1 is not an object.").arg(where);
            return std::nullopt;
        }
        const QJsonObject entry = array.at(i).toObject();
        TrustedKey key;
        key.keyId = entry.value(QStringLiteral("key_id")).toString();
        const auto decoded = QByteArray::fromBase64Encoding(
            entry.value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != publicKeyBytes) {
            *errorMessage = tr("%1 has no valid public_key (32 bytes in base64).").arg(where);
            return std::nullopt;
        }
        key.publicKey = decoded.decoded;
        // The id is derived from the key, so a typo in either is caught here rather than at a verification.
        if (key.keyId != CounterKey::keyIdFor(key.publicKey)) {
            *errorMessage = tr("%1: key_id %2 does not belong to its public_key.").arg(where, key.keyId);
            return std::nullopt;
        }
        key.hallCode = entry.value(QStringLiteral("hall")).toString();
        if (!readDate(entry, QStringLiteral("valid_from"), &key.validFrom) ||
            !readDate(entry, QStringLiteral("valid_to"), &key.validTo)) {
            *errorMessage = tr("%1 has a validity date that is not YYYY-MM-DD.").arg(where);
            return std::nullopt;
        }
        if (key.validFrom.isValid() && key.validTo.isValid() && key.validTo < key.validFrom) {
            *errorMessage = tr("%1 ends before it starts.").arg(where);
            return std::nullopt;
        }
        keys.add(key);
    }
    return keys;
}

const TrustedKey* TrustedKeys::find(const QString& keyId) const
{
    for (const auto& key : m_keys) {
        if (key.keyId == keyId) {
            return &key;
        }
    }
    return nullptr;
}

} // namespace ow::certificate
