#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QLatin1StringView>
#include <QString>

// The audit chain's hash in one header-only place: the counter's store (db::AuditRepository) writes it and the
// district server (which links no counter store) recomputes it to check each counter's chain.
namespace ow::db::audithash {

// The prev_hash of a chain's first row.
inline constexpr QLatin1StringView genesis {"0000000000000000000000000000000000000000000000000000000000000000"};

// The fields of one row that the hash covers, in canonical order.
struct Fields
{
    QString uuid;
    QString at;
    QString clerkUuid;
    QString action;
    QString subject;
    QString detail;
};

// SHA-256 (lower-case hex) over prevHash and the row's canonical form: each field as its UTF-8 byte length,
// a colon, the bytes and a newline, so no two different rows share a canonical form.
[[nodiscard]] inline QString rowHash(const Fields& row, const QString& prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& value) {
        const QByteArray bytes = value.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
        hash.addData(QByteArrayView("\n"));
    };
    hash.addData(QByteArrayView("OWAUDIT1\n"));
    for (const QString* field :
         {&prevHash, &row.uuid, &row.at, &row.clerkUuid, &row.action, &row.subject, &row.detail}) {
        add(*field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ow::db::audithash
