#include "idcard/CardTextCodec.h"

#include <QTest>

using namespace ow::idcard;

// The 256-byte text block of the four card types: the documented offsets, and encode() as decode()'s inverse.
class TestCardTextCodec : public QObject
{
    Q_OBJECT

private:
    // Writes text as UCS-2LE at a byte offset, independently of the codec under test.
    static void put(QByteArray& block, int offset, const QString& text)
    {
        for (int i = 0; i < text.size(); ++i) {
            block[offset + 2 * i] = char(text.at(i).unicode() & 0xFF);
            block[offset + 2 * i + 1] = char(text.at(i).unicode() >> 8);
        }
    }
    static QByteArray blank()
    {
        QByteArray block(256, '\0');
        put(block, 0, QString(128, QLatin1Char(' ')));
        return block;
    }

private Q_SLOTS:
    void decodesResidentCard()
    {
        QByteArray block = blank();
        put(block, 0, QStringLiteral(u"\u5F20\u5EFA\u56FD")); // a three-character name
        put(block, 30, QStringLiteral("1"));
        put(block, 32, QStringLiteral("01"));
        put(block, 36, QStringLiteral("19661123"));
        put(block, 52, QStringLiteral(u"\u676D\u5DDE\u5E02 100"));
        put(block, 122, QStringLiteral("33010619661123017X"));
        put(block, 158, QStringLiteral(u"\u676D\u5DDE\u5E02\u516C\u5B89\u5C40"));
        put(block, 188, QStringLiteral("20100301"));
        put(block, 204, QStringLiteral(u"\u957F\u671F"));
        const CardTextResult result = CardTextCodec::decode(block);
        QVERIFY(result.card);
        const CardInfo& card = *result.card;
        QCOMPARE(card.cardType, CardType::Resident);
        QCOMPARE(card.name, QStringLiteral(u"\u5F20\u5EFA\u56FD"));
        QCOMPARE(card.sexCode, QStringLiteral("1"));
        QCOMPARE(card.sex, QStringLiteral(u"\u7537"));
        QCOMPARE(card.nationCode, QStringLiteral("01"));
        QCOMPARE(card.nation, QStringLiteral(u"\u6C49"));
        QCOMPARE(card.birth, QDate(1966, 11, 23));
        QCOMPARE(card.address, QStringLiteral(u"\u676D\u5DDE\u5E02 100"));
        QCOMPARE(card.idNumber, QStringLiteral("33010619661123017X"));
        QCOMPARE(card.issuer, QStringLiteral(u"\u676D\u5DDE\u5E02\u516C\u5B89\u5C40"));
        QCOMPARE(card.validFrom, QDate(2010, 3, 1));
        QVERIFY(card.isLongTerm);
        QVERIFY(!card.validTo.isValid());
    }

    void decodesPermit()
    {
        QByteArray block = blank();
        put(block, 0, QStringLiteral(u"\u9648\u5927\u6587"));
        put(block, 30, QStringLiteral("1"));
        put(block, 36, QStringLiteral("19900101"));
        put(block, 52, QStringLiteral("Shenzhen"));
        put(block, 122, QStringLiteral("810000199001010035"));
        put(block, 158, QStringLiteral("Issuer"));
        put(block, 188, QStringLiteral("20190901"));
        put(block, 204, QStringLiteral("20240901"));
        put(block, 220, QStringLiteral("H12345678"));
        put(block, 238, QStringLiteral("01"));
        put(block, 248, QStringLiteral("J"));
        const CardInfo card = *CardTextCodec::decode(block).card;
        QCOMPARE(card.cardType, CardType::HkMoTwPermit);
        QCOMPARE(card.name, QStringLiteral(u"\u9648\u5927\u6587"));
        QCOMPARE(card.idNumber, QStringLiteral("810000199001010035"));
        QCOMPARE(card.passNumber, QStringLiteral("H12345678"));
        QCOMPARE(card.issueCount, QStringLiteral("01"));
        QCOMPARE(card.validTo, QDate(2024, 9, 1));
        QCOMPARE(card.address, QStringLiteral("Shenzhen"));
        QVERIFY(card.nationCode.isEmpty());
    }

    void decodesForeign2017()
    {
        QByteArray block = blank();
        put(block, 0, QStringLiteral("SMITH, JOHN WILLIAM"));
        put(block, 120, QStringLiteral("1"));
        put(block, 122, QStringLiteral("USA110079081235"));
        put(block, 152, QStringLiteral("USA"));
        put(block, 158, QStringLiteral(u"\u53F2\u7EA6\u7FF0"));
        put(block, 188, QStringLiteral("20180601"));
        put(block, 204, QStringLiteral("20280601"));
        put(block, 220, QStringLiteral("19790812"));
        put(block, 236, QStringLiteral("1"));
        put(block, 240, QStringLiteral("1100"));
        put(block, 248, QStringLiteral("I"));
        const CardInfo card = *CardTextCodec::decode(block).card;
        QCOMPARE(card.cardType, CardType::ForeignPermanent2017);
        QCOMPARE(card.nameEn, QStringLiteral("SMITH, JOHN WILLIAM"));
        QCOMPARE(card.name, QStringLiteral(u"\u53F2\u7EA6\u7FF0"));
        QCOMPARE(card.sex, QStringLiteral(u"\u7537"));
        QCOMPARE(card.idNumber, QStringLiteral("USA110079081235"));
        QCOMPARE(card.nationality, QStringLiteral("USA"));
        QCOMPARE(card.birth, QDate(1979, 8, 12));
        QCOMPARE(card.validFrom, QDate(2018, 6, 1));
        QCOMPARE(card.cardVersion, QStringLiteral("1"));
        QCOMPARE(card.issuer, QStringLiteral("1100"));
    }

    void decodesForeign2023()
    {
        QByteArray block = blank();
        const QString nameEn = QStringLiteral("MARTINEZ GARCIA, MARIA DE LOS ANGELES ISABELLA"); // 46 characters
        put(block, 0, QStringLiteral(u"\u739B\u4E3D\u4E9A"));
        put(block, 30, QStringLiteral("2"));
        put(block, 32, QStringLiteral("01"));
        put(block, 36, QStringLiteral("19850315"));
        put(block, 52, nameEn.left(35));
        put(block, 122, QStringLiteral("911840198503150024"));
        put(block, 188, QStringLiteral("20231201"));
        put(block, 204, QStringLiteral("20331201"));
        put(block, 220, nameEn.mid(35));
        put(block, 242, QStringLiteral("USA"));
        put(block, 248, QStringLiteral("Y"));
        const CardInfo card = *CardTextCodec::decode(block).card;
        QCOMPARE(card.cardType, CardType::ForeignPermanent2023);
        QCOMPARE(card.name, QStringLiteral(u"\u739B\u4E3D\u4E9A"));
        QCOMPARE(card.nameEn, nameEn);
        QCOMPARE(card.sex, QStringLiteral(u"\u5973"));
        QCOMPARE(card.renewalCount, QStringLiteral("01"));
        QCOMPARE(card.idNumber, QStringLiteral("911840198503150024"));
        QCOMPARE(card.nationality, QStringLiteral("USA"));
        QCOMPARE(card.birth, QDate(1985, 3, 15));
        QCOMPARE(card.validTo, QDate(2033, 12, 1));
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("nameEn");
        for (int type = 0; type < 4; ++type) {
            QTest::addRow("type %d short name", type) << type << QStringLiteral("LEE, ANN");
            QTest::addRow("type %d seam space", type) << type << QString(34, QLatin1Char('A')) + QStringLiteral(" B");
        }
    }
    void roundTrips()
    {
        QFETCH(int, type);
        QFETCH(QString, nameEn);
        CardInfo card;
        card.cardType = CardType(type);
        card.name = QStringLiteral(u"\u738B\U00020BB7"); // the second character lies outside the BMP
        card.sexCode = QStringLiteral("2");
        card.sex = QStringLiteral(u"\u5973");
        card.birth = QDate(1985, 12, 3);
        card.idNumber = QStringLiteral("110105198512030203");
        card.validFrom = QDate(2016, 5, 10);
        card.validTo = QDate(2036, 5, 10);
        if (card.cardType == CardType::Resident) {
            card.nationCode = QStringLiteral("03");
            card.nation = QStringLiteral(u"\u56DE");
        }
        if (card.cardType == CardType::Resident || card.cardType == CardType::HkMoTwPermit) {
            card.address = QStringLiteral(u"\u5317\u4EAC\u5E02");
            card.issuer = QStringLiteral(u"\u516C\u5B89\u5C40");
        }
        if (card.cardType == CardType::HkMoTwPermit) {
            card.passNumber = QStringLiteral("H12345678");
            card.issueCount = QStringLiteral("02");
        }
        if (card.cardType == CardType::ForeignPermanent2017 || card.cardType == CardType::ForeignPermanent2023) {
            card.nameEn = nameEn;
            card.nationality = QStringLiteral("CAN");
        }
        if (card.cardType == CardType::ForeignPermanent2017) {
            card.issuer = QStringLiteral("3100");
            card.idNumber = QStringLiteral("CAN310085120321"); // 15 characters on these cards
        }
        const QByteArray block = CardTextCodec::encode(card);
        QCOMPARE(block.size(), 256);
        const CardTextResult decoded = CardTextCodec::decode(block);
        QVERIFY(decoded.card);
        QCOMPARE(decoded.card->toJson(), card.toJson());
    }

    void keepsCharacterOutsideBmpAsSurrogatePair()
    {
        // UCS-2 has no code for U+20BB7; the encoder writes UTF-16 (two units), which decodes back to it.
        const QString name = QStringLiteral(u"\U00020BB7");
        const QByteArray bytes = CardTextCodec::encodeText(name, 30);
        QCOMPARE(bytes.left(4).toHex(), QByteArray("42d8b7df"));
        QCOMPARE(CardTextCodec::decodeText(bytes), name);
    }

    void neverSplitsSurrogatePair()
    {
        // 14 BMP characters fill 28 of 30 bytes; the pair needs 4 and is left out whole.
        const QString name = QString(14, QChar(0x5F20)) + QStringLiteral(u"\U00020BB7");
        const QString decoded = CardTextCodec::decodeText(CardTextCodec::encodeText(name, 30));
        QCOMPARE(decoded, QString(14, QChar(0x5F20)));
    }

    void replacesLoneSurrogates_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("high alone") << QByteArray::fromHex("42d8200041002000") << QStringLiteral(u"\uFFFD A");
        QTest::newRow("low alone") << QByteArray::fromHex("b7df4100") << QStringLiteral(u"\uFFFDA");
        QTest::newRow("high at end") << QByteArray::fromHex("410042d8") << QStringLiteral(u"A\uFFFD");
        QTest::newRow("private use kept") << QByteArray::fromHex("00e04100") << QStringLiteral(u"\uE000A");
    }
    void replacesLoneSurrogates()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(CardTextCodec::decodeText(bytes), expected);
    }

    void trimsSpacesAndNul_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << QByteArray::fromHex("2000410042002000") << QStringLiteral("AB");
        QTest::newRow("nul") << QByteArray::fromHex("0000410042000000") << QStringLiteral("AB");
        QTest::newRow("inner space kept") << QByteArray::fromHex("410020004200") << QStringLiteral("A B");
        QTest::newRow("all padding") << QByteArray::fromHex("20000000") << QString();
        QTest::newRow("odd byte ignored") << QByteArray::fromHex("410042") << QStringLiteral("A");
    }
    void trimsSpacesAndNul()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(CardTextCodec::decodeText(bytes), expected);
    }

    void normalisesLowerCaseCheckCharacter()
    {
        QByteArray block = blank();
        put(block, 122, QStringLiteral("33010619661123017x"));
        QCOMPARE(CardTextCodec::decode(block).card->idNumber, QStringLiteral("33010619661123017X"));
    }

    void rejectsShortBlock()
    {
        const CardTextResult result = CardTextCodec::decode(QByteArray(100, ' '));
        QVERIFY(!result.card);
        QVERIFY(result.message.contains(QStringLiteral("Place the card again")));
    }

    void leavesBadDatesEmpty()
    {
        QByteArray block = blank();
        put(block, 36, QStringLiteral("19990230"));
        put(block, 204, QStringLiteral("garbage!"));
        const CardInfo card = *CardTextCodec::decode(block).card;
        QVERIFY(!card.birth.isValid());
        QVERIFY(!card.validTo.isValid());
        QVERIFY(!card.isLongTerm);
    }
};

QTEST_GUILESS_MAIN(TestCardTextCodec)
#include "TestCardTextCodec.moc"
