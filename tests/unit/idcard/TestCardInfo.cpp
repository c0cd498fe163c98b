#include "idcard/CardInfo.h"
#include "idcard/CardTextCodec.h"
#include "idcard/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ow::idcard;

// The card as JSON: the keys the intake and the CLI rely on, and fromJson() as the inverse of toJson().
class TestCardInfo : public QObject
{
    Q_OBJECT

private:
    static QStringList keysOf(const char* commaSeparated)
    {
        return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    }
    static QJsonObject loadCard(const QString& file)
    {
        QFile f(QDir(QStringLiteral(OW_CARDS_DIR)).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void writesKeysPerCardType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("resident")
            << QStringLiteral("resident.json")
            << keysOf("address,birth,card_type,id_number,issuer,name,nation,sex,valid_from,valid_to");
        QTest::newRow("permit")
            << QStringLiteral("hk_mo_tw_permit.json")
            << keysOf("address,birth,card_type,id_number,issue_count,issuer,name,pass_number,sex,valid_from,valid_to");
        QTest::newRow("foreign 2017")
            << QStringLiteral("foreign_permanent_2017.json")
            << keysOf("birth,card_type,id_number,issuer,name,name_en,nationality,sex,valid_from,valid_to");
        QTest::newRow("foreign 2023")
            << QStringLiteral("foreign_permanent_2023.json")
            << keysOf("birth,card_type,id_number,name,name_en,nationality,sex,valid_from,valid_to");
    }
    void writesKeysPerCardType()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, keys);
        QString error;
        const auto card = CardInfo::fromJson(loadCard(file), &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->toJson().keys(), keys);
    }

    void readsSampleCards_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("idNumber");
        for (const char* file : {"resident.json", "resident_lower_x.json", "hk_mo_tw_permit.json",
                                 "foreign_permanent_2017.json", "foreign_permanent_2023.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void readsSampleCards()
    {
        QFETCH(QString, file);
        const auto card = CardInfo::fromJson(loadCard(file));
        QVERIFY(card);
        // Every sample card carries a valid number (the lower-case x included) and round-trips through JSON.
        const IdNumberCheck check = IdNumber::check(card->idNumber, QDate(2026, 1, 1));
        QVERIFY2(check.valid, qPrintable(check.reason));
        QCOMPARE(check.birth, card->birth);
        QCOMPARE(CardInfo::fromJson(card->toJson()), card);
    }

    void writesValuesAsShown()
    {
        const auto card = CardInfo::fromJson(loadCard(QStringLiteral("resident_lower_x.json")));
        QVERIFY(card);
        const QJsonObject json = card->toJson();
        QCOMPARE(json.value(QStringLiteral("card_type")).toString(), QStringLiteral("resident"));
        QCOMPARE(json.value(QStringLiteral("sex")).toString(), QStringLiteral(u"\u7537"));
        QCOMPARE(json.value(QStringLiteral("nation")).toString(), QStringLiteral(u"\u6C49"));
        QCOMPARE(json.value(QStringLiteral("birth")).toString(), QStringLiteral("1966-11-23"));
        QCOMPARE(json.value(QStringLiteral("valid_to")).toString(), QStringLiteral(u"\u957F\u671F"));
        QVERIFY(card->isLongTerm);
    }

    void carriesPhotos()
    {
        CardInfo card;
        card.photoWlt = QByteArray(1024, '\x11');
        card.photoPng = QByteArray("\x89PNG", 4);
        const QJsonObject json = card.toJson();
        QCOMPARE(json.value(QStringLiteral("photo_wlt")).toString(), QString::fromLatin1(card.photoWlt.toBase64()));
        QCOMPARE(json.value(QStringLiteral("photo_png")).toString(), QStringLiteral("iVBORw=="));
        QCOMPARE(CardInfo::fromJson(json)->photoWlt, card.photoWlt);
        QVERIFY(!CardInfo().toJson().contains(QStringLiteral("photo_png")));
    }

    void rejectsWhatIsNoCard_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << QByteArray(R"({"card_type":"passport"})") << QStringLiteral("passport");
        QTest::newRow("bad date") << QByteArray(R"({"card_type":"resident","birth":"1985/12/03"})")
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("bad sex") << QByteArray(R"({"card_type":"resident","sex":"x"})")
                                 << QStringLiteral("GB/T 2261.1");
        QTest::newRow("bad nation") << QByteArray(R"({"card_type":"resident","nation":"Martian"})")
                                    << QStringLiteral("GB/T 3304");
    }
    void rejectsWhatIsNoCard()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CardInfo::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void namesCardTypes()
    {
        for (CardType type : {CardType::Resident, CardType::ForeignPermanent2017, CardType::ForeignPermanent2023,
                              CardType::HkMoTwPermit}) {
            QCOMPARE(CardInfo::cardTypeFromKey(CardInfo::cardTypeKey(type)), type);
            QVERIFY(!CardInfo::cardTypeDisplayName(type).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCardInfo)
#include "TestCardInfo.moc"
