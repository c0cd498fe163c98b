// Signed certificate QR payloads: the counter key in a SecretStore, signing, and offline verification
// that refuses any change to any byte.
#include "certificate/CertificatePayload.h"
#include "certificate/CounterKey.h"
#include "certificate/TrustedKeys.h"
#include "core/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ow::certificate;
using Reason = Verification::Reason;
using Tamper = std::function<QString(const QString&)>;
Q_DECLARE_METATYPE(Reason)
Q_DECLARE_METATYPE(CertificateFields)
Q_DECLARE_METATYPE(Tamper)

namespace {

const QDate today(2026, 6, 1);

CertificateFields seniorCard()
{
    CertificateFields fields;
    fields.type = QStringLiteral("senior-card");
    fields.number = QStringLiteral("330104-2026-000123");
    fields.holderName = QString::fromUtf8("\xE7\x8E\x8B\xE7\xA7\x80\xE8\x8B\xB1"); // three Han characters
    fields.maskedIdNumber = QStringLiteral("330104********0022");
    fields.issued = QDate(2026, 3, 2);
    fields.validUntil = QDate(2031, 3, 1);
    fields.hallCode = QStringLiteral("330104001");
    return fields;
}

TrustedKeys trusting(const CounterKey& key)
{
    TrustedKeys keys;
    keys.add({key.keyId(), key.publicKey(), QString(), QDate(), QDate()});
    return keys;
}

// Replaces field `index` (0 = version) of a payload, keeping everything else byte for byte.
QString withPart(const QString& payload, int index, const QString& value)
{
    QStringList parts = payload.split(u'|');
    parts[index] = value;
    return parts.join(u'|');
}

} // namespace

class TestCertificatePayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsCreatedOnceAndReloaded();
    void keyStoreFailureIsReported();
    void damagedStoredKeyIsRefused();
    void roundTrip_data();
    void roundTrip();
    void tamperingFails_data();
    void tamperingFails();
    void everySingleByteChangeFails();
    void validityAndKeyLimits_data();
    void validityAndKeyLimits();
    void trustedKeysFile_data();
    void trustedKeysFile();
    void trustedKeysFileRoundTripsKeyEntry();
};

void TestCertificatePayload::keyIsCreatedOnceAndReloaded()
{
    ow::core::MemorySecretStore store;
    QString error;
    bool created = false;
    const auto first = CounterKey::loadOrCreate(store, &error, &created);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(created);
    QCOMPARE(store.size(), 1);
    QCOMPARE(first->keyId().size(), 16);
    QCOMPARE(first->keyId(), CounterKey::keyIdFor(first->publicKey()));

    const auto second = CounterKey::loadOrCreate(store, &error, &created);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!created);
    QCOMPARE(second->keyId(), first->keyId());
    QCOMPARE(second->publicKey(), first->publicKey());
    // The reloaded key signs so that the first key's trust entry verifies it.
    const QString payload = CertificatePayload::sign(seniorCard(), *second);
    QVERIFY(CertificatePayload::verify(payload, trusting(*first), today).valid);
}

void TestCertificatePayload::keyStoreFailureIsReported()
{
    ow::core::MemorySecretStore store;
    store.setUnavailable(true);
    QString error;
    QVERIFY(!CounterKey::loadOrCreate(store, &error));
    QCOMPARE(error, QStringLiteral("No secure storage is available."));
}

void TestCertificatePayload::damagedStoredKeyIsRefused()
{
    ow::core::MemorySecretStore store;
    QString error;
    QVERIFY(store.write(CounterKey::secretName, QByteArray(64, 'x'), &error));
    QVERIFY(!CounterKey::loadOrCreate(store, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(store.write(CounterKey::secretName, QByteArray(10, 'x'), &error));
    QVERIFY(!CounterKey::loadOrCreate(store, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
}

void TestCertificatePayload::roundTrip_data()
{
    QTest::addColumn<CertificateFields>("fields");
    CertificateFields fields = seniorCard();
    QTest::newRow("senior card") << fields;
    fields.validUntil = QDate();
    QTest::newRow("long-term") << fields;
    // U+20BB7, a name character outside the BMP that old systems lose.
    fields.holderName = QString::fromUtf8("\xF0\xA0\xAE\xB7\xE5\xB0\x8F\xE6\x98\x8E");
    QTest::newRow("supplementary plane name") << fields;
    fields.holderName = QStringLiteral("A|B %7C %25 % |");
    QTest::newRow("separator and escapes in the name") << fields;
    fields.number = QStringLiteral("|||");
    fields.type = QStringLiteral("%");
    fields.hallCode = QStringLiteral("H|1");
    QTest::newRow("separators everywhere") << fields;
    fields = seniorCard();
    fields.holderName.clear();
    QTest::newRow("empty name") << fields;
}

void TestCertificatePayload::roundTrip()
{
    QFETCH(CertificateFields, fields);
    const CounterKey key = CounterKey::generate();
    const QString payload = CertificatePayload::sign(fields, key);
    QVERIFY(payload.startsWith(QStringLiteral("OW1|")));
    QCOMPARE(payload.split(u'|').size(), 10);
    QVERIFY(!payload.contains(u'\n'));

    const Verification result = CertificatePayload::verify(payload, trusting(key), today);
    QVERIFY2(result.valid, qPrintable(result.reason));
    QCOMPARE(result.code, Reason::Valid);
    QCOMPARE(result.reason, QStringLiteral("The certificate is genuine and valid."));
    QVERIFY(result.fields);
    fields.keyId = key.keyId();
    QCOMPARE(*result.fields, fields);
    QCOMPARE(result.toJson().value(QStringLiteral("fields")).toObject().value(QStringLiteral("holder_name")).toString(),
             fields.holderName);
}

void TestCertificatePayload::tamperingFails_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<Reason>("expected");
    QTest::addColumn<QString>("reasonStart");

    const QString forged = QStringLiteral("The signature does not match");
    const QString malformed = QStringLiteral("This is not a OneWindow certificate code");
    auto replace = [](int index, const QString& value) -> Tamper {
        return [=](const QString& payload) -> QString {
            return withPart(payload, index, value);
        };
    };
    QTest::newRow("type") << replace(1, QStringLiteral("disability-card")) << Reason::BadSignature << forged;
    QTest::newRow("number") << replace(2, QStringLiteral("330104-2026-000124")) << Reason::BadSignature << forged;
    QTest::newRow("name") << replace(3, QStringLiteral("Wang")) << Reason::BadSignature << forged;
    QTest::newRow("masked id") << replace(4, QStringLiteral("330104********0011")) << Reason::BadSignature << forged;
    QTest::newRow("issued") << replace(5, QStringLiteral("20260303")) << Reason::BadSignature << forged;
    QTest::newRow("valid until") << replace(6, QStringLiteral("20990101")) << Reason::BadSignature << forged;
    QTest::newRow("made long-term") << replace(6, QStringLiteral("-")) << Reason::BadSignature << forged;
    QTest::newRow("hall") << replace(7, QStringLiteral("330104002")) << Reason::BadSignature << forged;
    QTest::newRow("version") << replace(0, QStringLiteral("OW2")) << Reason::UnknownVersion
                             << QStringLiteral("This certificate code is of a newer kind");
    QTest::newRow("not ours") << Tamper([](const QString&) -> QString {
        return QStringLiteral("https://example.cn/x");
    }) << Reason::Malformed << malformed;
    QTest::newRow("empty") << Tamper([](const QString&) -> QString { return QString(); }) << Reason::Malformed
                           << malformed;
    QTest::newRow("truncated") << Tamper([](const QString& p) -> QString { return p.left(p.size() - 5); })
                               << Reason::Malformed << malformed;
    QTest::newRow("cut in half") << Tamper([](const QString& p) -> QString { return p.left(p.size() / 2); })
                                 << Reason::Malformed << malformed;
    QTest::newRow("trailing text") << Tamper([](const QString& p) -> QString { return p + u'A'; }) << Reason::Malformed
                                   << malformed;
    QTest::newRow("separator injected in the name") << Tamper([](const QString& p) -> QString {
        return withPart(p, 3, p.split(u'|').at(3) + QStringLiteral("|X"));
    }) << Reason::Malformed << malformed;
    QTest::newRow("escaped separator added to the name")
        << replace(3, QStringLiteral("Wang%7CX")) << Reason::BadSignature << forged;
    QTest::newRow("bad escape") << replace(3, QStringLiteral("A%7c")) << Reason::Malformed << malformed;
    QTest::newRow("unknown key id") << replace(8, QStringLiteral("0011223344556677")) << Reason::UnknownKey
                                    << QStringLiteral(
                                           "This certificate was signed by a counter key (0011223344556677)");
    QTest::newRow("signature byte flipped") << Tamper([](const QString& p) -> QString {
        QStringList parts = p.split(u'|');
        QByteArray signature = QByteArray::fromBase64(parts[9].toLatin1(), QByteArray::Base64UrlEncoding);
        signature[10] = static_cast<char>(signature.at(10) ^ 0x01);
        parts[9] =
            QString::fromLatin1(signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return parts.join(u'|');
    }) << Reason::BadSignature << forged;
    QTest::newRow("signature padded") << Tamper([](const QString& p) -> QString { return p + QStringLiteral("=="); })
                                      << Reason::Malformed << malformed;
    QTest::newRow("signature missing") << replace(9, QString()) << Reason::Malformed << malformed;
    QTest::newRow("date not a date") << replace(5, QStringLiteral("20261301")) << Reason::Malformed << malformed;
}

void TestCertificatePayload::tamperingFails()
{
    QFETCH(Tamper, tamper);
    QFETCH(Reason, expected);
    QFETCH(QString, reasonStart);
    const CounterKey key = CounterKey::generate();
    const QString payload = CertificatePayload::sign(seniorCard(), key);
    const QString changed = tamper(payload);
    QVERIFY(changed != payload);
    const Verification result = CertificatePayload::verify(changed, trusting(key), today);
    QVERIFY(!result.valid);
    QCOMPARE(result.code, expected);
    QVERIFY2(result.reason.startsWith(reasonStart), qPrintable(result.reason));
    // A failed signature never shows fields someone could mistake for genuine ones.
    QVERIFY(!result.fields);
    QCOMPARE(result.toJson().value(QStringLiteral("fields")), QJsonValue(QJsonValue::Null));
}

void TestCertificatePayload::everySingleByteChangeFails()
{
    const CounterKey key = CounterKey::generate();
    CertificateFields fields = seniorCard();
    fields.holderName = QString::fromUtf8("\xF0\xA0\xAE\xB7 A|B");
    const QByteArray payload = CertificatePayload::sign(fields, key).toUtf8();
    const TrustedKeys keys = trusting(key);
    for (qsizetype i = 0; i < payload.size(); ++i) {
        for (const char bit : {'\x01', '\x20'}) {
            QByteArray changed = payload;
            changed[i] = static_cast<char>(changed.at(i) ^ bit);
            const Verification result = CertificatePayload::verify(QString::fromUtf8(changed), keys, today);
            QVERIFY2(!result.valid, qPrintable(QStringLiteral("byte %1 changed still verifies").arg(i)));
        }
    }
}

void TestCertificatePayload::validityAndKeyLimits_data()
{
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QString>("keyHall");
    QTest::addColumn<QDate>("keyFrom");
    QTest::addColumn<QDate>("keyTo");
    QTest::addColumn<Reason>("expected");
    QTest::addColumn<QString>("reason");

    QTest::newRow("valid on its last day") << today << QString() << QDate() << QDate() << Reason::Valid
                                           << QStringLiteral("The certificate is genuine and valid.");
    QTest::newRow("expired yesterday") << today.addDays(-1) << QString() << QDate() << QDate() << Reason::Expired
                                       << QStringLiteral("The certificate is genuine but expired on 2026-05-31.");
    QTest::newRow("key for this hall") << QDate() << QStringLiteral("330104001") << QDate(2026, 1, 1)
                                       << QDate(2026, 12, 31) << Reason::Valid
                                       << QStringLiteral("The certificate is genuine and valid.");
    QTest::newRow("key of another hall")
        << QDate() << QStringLiteral("330104009") << QDate() << QDate() << Reason::KeyNotValid
        << QStringLiteral("The counter key %1 was not trusted for hall 330104001 on 2026-03-02, the day this "
                          "certificate was issued.");
    QTest::newRow("key enrolled after issue")
        << QDate() << QString() << QDate(2026, 4, 1) << QDate() << Reason::KeyNotValid
        << QStringLiteral("The counter key %1 was not trusted for hall 330104001 on 2026-03-02, the day this "
                          "certificate was issued.");
    QTest::newRow("key retired before issue")
        << QDate() << QString() << QDate() << QDate(2026, 3, 1) << Reason::KeyNotValid
        << QStringLiteral("The counter key %1 was not trusted for hall "
                          "330104001 on 2026-03-02, the day this certificate "
                          "was issued.");
}

void TestCertificatePayload::validityAndKeyLimits()
{
    QFETCH(QDate, validUntil);
    QFETCH(QString, keyHall);
    QFETCH(QDate, keyFrom);
    QFETCH(QDate, keyTo);
    QFETCH(Reason, expected);
    QFETCH(QString, reason);
    const CounterKey key = CounterKey::generate();
    CertificateFields fields = seniorCard();
    fields.validUntil = validUntil;
    TrustedKeys keys;
    keys.add({key.keyId(), key.publicKey(), keyHall, keyFrom, keyTo});
    const Verification result = CertificatePayload::verify(CertificatePayload::sign(fields, key), keys, today);
    QCOMPARE(result.code, expected);
    QCOMPARE(result.valid, expected == Reason::Valid);
    QCOMPARE(result.reason, reason.contains(u"%1") ? reason.arg(key.keyId()) : reason);
    // The signature held, so the fields are shown even when the certificate is not valid.
    QVERIFY(result.fields);
    QCOMPARE(result.fields->number, fields.number);
}

void TestCertificatePayload::trustedKeysFile_data()
{
    const CounterKey key = CounterKey::generate();
    const QString id = key.keyId();
    const QString publicKey = QString::fromLatin1(key.publicKey().toBase64());
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: loads
    auto entry = [&](const QString& fields) {
        return QStringLiteral("[{\"key_id\": \"%1\", \"public_key\": \"%2\"%3}]").arg(id, publicKey, fields).toUtf8();
    };
    QTest::newRow("minimal") << entry(QString()) << QString();
    QTest::newRow("full") << entry(QStringLiteral(", \"hall\": \"H1\", \"valid_from\": \"2026-01-01\", "
                                                  "\"valid_to\": null"))
                          << QString();
    QTest::newRow("empty list") << QByteArray("[]") << QString();
    QTest::newRow("not json") << QByteArray("[{\"key_id\": ") << QStringLiteral("it is not valid JSON");
    QTest::newRow("object") << QByteArray("{}") << QStringLiteral("it must be a list of keys.");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("entry 1 is not an object.");
    QTest::newRow("short key") << QStringLiteral("[{\"key_id\": \"%1\", \"public_key\": \"AAAA\"}]").arg(id).toUtf8()
                               << QStringLiteral("entry 1 has no valid public_key (32 bytes in base64).");
    QTest::newRow("wrong id")
        << QStringLiteral("[{\"key_id\": \"0011223344556677\", \"public_key\": \"%1\"}]").arg(publicKey).toUtf8()
        << QStringLiteral("entry 1: key_id 0011223344556677 does not belong to its public_key.");
    QTest::newRow("bad date") << entry(QStringLiteral(", \"valid_to\": \"31.12.2026\""))
                              << QStringLiteral("entry 1 has a validity date that is not YYYY-MM-DD.");
    QTest::newRow("backwards") << entry(
                                      QStringLiteral(", \"valid_from\": \"2026-02-01\", \"valid_to\": \"2026-01-01\""))
                               << QStringLiteral("entry 1 ends before it starts.");
}

void TestCertificatePayload::trustedKeysFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TrustedKeys::defaultPath(dir.path());
    QVERIFY(path.endsWith(QStringLiteral("/trusted-keys.json")));
    QString message;
    QVERIFY(!TrustedKeys::load(path, &message));
    QVERIFY2(message.startsWith(QStringLiteral("The trusted keys file ")) &&
                 message.contains(QStringLiteral("cannot be read")),
             qPrintable(message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const auto keys = TrustedKeys::load(path, &message);
    if (error.isEmpty()) {
        QVERIFY2(keys, qPrintable(message));
    } else {
        QVERIFY(!keys);
        QVERIFY2(message.startsWith(QStringLiteral("The trusted keys file %1 is damaged: %2").arg(path, error)),
                 qPrintable(message));
    }
}

void TestCertificatePayload::trustedKeysFileRoundTripsKeyEntry()
{
    const CounterKey key = CounterKey::generate();
    QString error;
    const auto keys =
        TrustedKeys::fromJson(QJsonDocument(QJsonArray {key.trustedEntry(QStringLiteral("H1"))}).toJson(), &error);
    QVERIFY2(keys, qPrintable(error));
    const TrustedKey* found = keys->find(key.keyId());
    QVERIFY(found);
    QCOMPARE(found->publicKey, key.publicKey());
    QCOMPARE(found->hallCode, QStringLiteral("H1"));
    QVERIFY(!found->validFrom.isValid());
    QVERIFY(!keys->find(QStringLiteral("0011223344556677")));
}

QTEST_GUILESS_MAIN(TestCertificatePayload)
#include "TestCertificatePayload.moc"
