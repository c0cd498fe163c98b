#include "idcard/CodeTables.h"
#include "idcard/IdNumber.h"

#include <QTest>

using namespace ow::idcard;

// ID number rules as the clerk sees them: valid or not and why, and what the number tells about its holder.
class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sexCode");
        QTest::addColumn<QString>("region");

        const auto resident = int(IdNumberKind::Resident);
        QTest::newRow("resident, female")
            << QStringLiteral("110105198512030203") << true << QString() << QStringLiteral("110105198512030203")
            << resident << QDate(1985, 12, 3) << QStringLiteral("2")
            << QStringLiteral(u"\u5317\u4EAC\u5E02\u671D\u9633\u533A");
        QTest::newRow("check X") << QStringLiteral("33010619661123017X") << true << QString()
                                 << QStringLiteral("33010619661123017X") << resident << QDate(1966, 11, 23)
                                 << QStringLiteral("1")
                                 << QStringLiteral(u"\u6D59\u6C5F\u7701\u676D\u5DDE\u5E02\u897F\u6E56\u533A");
        QTest::newRow("lower-case x") << QStringLiteral(" 33010619661123017x ") << true << QString()
                                      << QStringLiteral("33010619661123017X") << resident << QDate(1966, 11, 23)
                                      << QStringLiteral("1")
                                      << QStringLiteral(u"\u6D59\u6C5F\u7701\u676D\u5DDE\u5E02\u897F\u6E56\u533A");
        QTest::newRow("abolished district")
            << QStringLiteral("110103198001010013") << true << QString() << QStringLiteral("110103198001010013")
            << resident << QDate(1980, 1, 1) << QStringLiteral("1")
            << QStringLiteral(u"\u5317\u4EAC\u5E02\u5D07\u6587\u533A");
        QTest::newRow("legacy 15 digits")
            << QStringLiteral("330106661123021") << true << QString() << QStringLiteral("330106196611230217")
            << int(IdNumberKind::ResidentLegacy15) << QDate(1966, 11, 23) << QStringLiteral("1")
            << QStringLiteral(u"\u6D59\u6C5F\u7701\u676D\u5DDE\u5E02\u897F\u6E56\u533A");
        QTest::newRow("Hong Kong permit")
            << QStringLiteral("810000199001010035") << true << QString() << QStringLiteral("810000199001010035")
            << int(IdNumberKind::HkMoTwPermit) << QDate(1990, 1, 1) << QStringLiteral("1")
            << QStringLiteral(u"\u9999\u6E2F\u7279\u522B\u884C\u653F\u533A");
        QTest::newRow("Taiwan permit") << QStringLiteral("83000019921231004X") << true << QString()
                                       << QStringLiteral("83000019921231004X") << int(IdNumberKind::HkMoTwPermit)
                                       << QDate(1992, 12, 31) << QStringLiteral("2")
                                       << QStringLiteral(u"\u53F0\u6E7E\u5730\u533A");
        QTest::newRow("foreign 2023") << QStringLiteral("911840198503150024") << true << QString()
                                      << QStringLiteral("911840198503150024") << int(IdNumberKind::ForeignPermanent2023)
                                      << QDate(1985, 3, 15) << QStringLiteral("2")
                                      << QStringLiteral(u"\u5317\u4EAC\u5E02");
        QTest::newRow("foreign 2017") << QStringLiteral("usa110079081235") << true << QString()
                                      << QStringLiteral("USA110079081235") << int(IdNumberKind::ForeignPermanent2017)
                                      << QDate(1979, 8, 12) << QString() << QString();
        QTest::newRow("foreign 2017, born this century")
            << QStringLiteral("CAN310005032110") << true << QString() << QStringLiteral("CAN310005032110")
            << int(IdNumberKind::ForeignPermanent2017) << QDate(2005, 3, 21) << QString() << QString();

        QTest::newRow("wrong check character")
            << QStringLiteral("110105198512030204") << false << QStringLiteral("should be 3") << QString() << 0
            << QDate() << QString() << QString();
        QTest::newRow("30 February") << QStringLiteral("110105198502300206") << false
                                     << QStringLiteral("not a real date") << QString() << 0 << QDate() << QString()
                                     << QString();
        QTest::newRow("born in the future")
            << QStringLiteral("11010520300101001X") << false << QStringLiteral("in the future") << QString() << 0
            << QDate() << QString() << QString();
        QTest::newRow("no such province")
            << QStringLiteral("990105198512030207") << false << QStringLiteral("not a region code") << QString() << 0
            << QDate() << QString() << QString();
        QTest::newRow("too short") << QStringLiteral("11010519851203") << false << QStringLiteral("18 characters")
                                   << QString() << 0 << QDate() << QString() << QString();
        QTest::newRow("letter inside") << QStringLiteral("1101051985120302A3") << false
                                       << QStringLiteral("18 characters") << QString() << 0 << QDate() << QString()
                                       << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("Enter an ID number") << QString() << 0
                               << QDate() << QString() << QString();
    }
    void checksNumbers()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        QFETCH(QString, normalized);
        QFETCH(int, kind);
        QFETCH(QDate, birth);
        QFETCH(QString, sexCode);
        QFETCH(QString, region);
        const IdNumberCheck result = IdNumber::check(number, QDate(2026, 6, 1));
        QCOMPARE(result.valid, valid);
        if (!valid) {
            QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
            return;
        }
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.normalized, normalized);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.birth, birth);
        QCOMPARE(result.sexCode, sexCode);
        QCOMPARE(result.region, region);
    }

    void flagsAbolishedRegion()
    {
        const IdNumberCheck result = IdNumber::check(QStringLiteral("110103198001010013"), QDate(2026, 6, 1));
        QVERIFY(result.regionAbolished);
        QVERIFY(!IdNumber::check(QStringLiteral("110105198512030203"), QDate(2026, 6, 1)).regionAbolished);
    }

    void computesCheckCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QString>("check");
        QTest::newRow("X") << QStringLiteral("33010619661123017") << QStringLiteral("X");
        QTest::newRow("3") << QStringLiteral("11010519851203020") << QStringLiteral("3");
        QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002") << QStringLiteral("X");
        QTest::newRow("not digits") << QStringLiteral("1101051949123100A") << QString();
    }
    void computesCheckCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QString, check);
        const auto result = IdNumber::checkCharacter(first17);
        QCOMPARE(result ? QString(*result) : QString(), check);
    }

    void computesAge_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::newRow("day before 60th birthday") << QDate(1966, 11, 23) << QDate(2026, 11, 22) << 59;
        QTest::newRow("60th birthday counts") << QDate(1966, 11, 23) << QDate(2026, 11, 23) << 60;
        QTest::newRow("29 Feb, 28 Feb of a common year") << QDate(1964, 2, 29) << QDate(2025, 2, 28) << 60;
        QTest::newRow("29 Feb, 1 Mar of a common year") << QDate(1964, 2, 29) << QDate(2025, 3, 1) << 61;
        QTest::newRow("29 Feb, leap year birthday") << QDate(1964, 2, 29) << QDate(2024, 2, 29) << 60;
        QTest::newRow("29 Feb, day before in leap year") << QDate(1964, 2, 29) << QDate(2024, 2, 28) << 59;
        QTest::newRow("newborn") << QDate(2026, 6, 1) << QDate(2026, 6, 1) << 0;
        QTest::newRow("not born yet") << QDate(2026, 6, 2) << QDate(2026, 6, 1) << -1;
    }
    void computesAge()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, day);
        QFETCH(int, age);
        QCOMPARE(IdNumber::ageOn(birth, day), age);
    }

    void ageComesWithCheck()
    {
        QCOMPARE(IdNumber::check(QStringLiteral("33010619661123017X"), QDate(2026, 11, 23)).age, 60);
        QCOMPARE(IdNumber::check(QStringLiteral("33010619661123017X"), QDate(2026, 11, 22)).age, 59);
    }

    void upgradesLegacyNumbers()
    {
        QCOMPARE(IdNumber::upgradeLegacy(QStringLiteral("330106661123021")), QStringLiteral("330106196611230217"));
        QVERIFY(!IdNumber::upgradeLegacy(QStringLiteral("33010666112302")));
    }

    void masksForScreens()
    {
        QCOMPARE(IdNumber::masked(QStringLiteral("33010619661123017X")), QStringLiteral("330106********017X"));
    }

    void namesCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("nation");
        QTest::newRow("01") << QStringLiteral("01") << QStringLiteral(u"\u6C49");
        QTest::newRow("56") << QStringLiteral("56") << QStringLiteral(u"\u57FA\u8BFA");
        QTest::newRow("97") << QStringLiteral("97") << QStringLiteral(u"\u5176\u4ED6");
        QTest::newRow("98") << QStringLiteral("98")
                            << QStringLiteral(u"\u5916\u56FD\u8840\u7EDF\u4E2D\u56FD\u7C4D\u4EBA\u58EB");
        QTest::newRow("57 is no nation") << QStringLiteral("57") << QString();
    }
    void namesCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, nation);
        QCOMPARE(CodeTables::nationName(code), nation);
        if (!nation.isEmpty())
            QCOMPARE(CodeTables::nationCode(nation), code);
    }

    void namesSexes()
    {
        QCOMPARE(CodeTables::sexName(QStringLiteral("1")), QStringLiteral(u"\u7537"));
        QCOMPARE(CodeTables::sexName(QStringLiteral("2")), QStringLiteral(u"\u5973"));
        QCOMPARE(CodeTables::sexName(QStringLiteral("0")), QStringLiteral(u"\u672A\u77E5"));
        QCOMPARE(CodeTables::sexName(QStringLiteral("9")), QStringLiteral(u"\u672A\u8BF4\u660E"));
        QCOMPARE(CodeTables::sexCode(QStringLiteral(u"\u5973")), QStringLiteral("2"));
    }

    void shipsCurrentAndAbolishedRegions()
    {
        QVERIFY(RegionTable::instance().size() > 6000);
        const auto chongwen = RegionTable::instance().lookup(QStringLiteral("110103"));
        QVERIFY(chongwen);
        QCOMPARE(chongwen->abolishedYear, 2010);
        QVERIFY(!RegionTable::instance().lookup(QStringLiteral("000000")));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "TestIdNumber.moc"
