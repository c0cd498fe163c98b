#include "queue/QueueProtocol.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ow::queue::protocol {

QByteArray newNonce()
{
    QByteArray nonce(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), nonce.size() / 4);
    return nonce.toBase64();
}

QByteArray clientProof(const QByteArray& key, const QByteArray& hostNonce, const QByteArray& clientNonce)
{
    return QMessageAuthenticationCode::hash(QByteArray("client|" + hostNonce + '|' + clientNonce), key,
                                            QCryptographicHash::Sha256)
        .toBase64();
}

QByteArray hostProof(const QByteArray& key, const QByteArray& hostNonce, const QByteArray& clientNonce)
{
    return QMessageAuthenticationCode::hash(QByteArray("host|" + clientNonce + '|' + hostNonce), key,
                                            QCryptographicHash::Sha256)
        .toBase64();
}

bool sameProof(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.isEmpty()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

QString encode(const QJsonObject& message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

QJsonObject decode(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

} // namespace ow::queue::protocol
