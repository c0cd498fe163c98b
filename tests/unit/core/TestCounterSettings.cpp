// Which hall and counter this PC is, and its idle lock, as kept in the local store.
#include "audit/AuditChain.h"
#include "core/CounterSettings.h"
#include "db/AuditRepository.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

using ow::core::CounterIdentity;
using ow::core::CounterSettings;

class TestCounterSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void identityRoundTrips();
    void identityIsValidated_data();
    void identityIsValidated();
    void idleLockDefaultsAndLimits();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ow::db::Database> m_database;
};

void TestCounterSettings::initTestCase()
{
    m_database = std::make_unique<ow::db::Database>(m_dir.filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TestCounterSettings::identityRoundTrips()
{
    CounterSettings settings(*m_database);
    QVERIFY(!settings.identity().isComplete());
    QString error;
    QVERIFY2(settings.setIdentity({QStringLiteral("330104001"), QStringLiteral(" Luojiazhuang hall "), 3}, &error),
             qPrintable(error));
    const CounterIdentity identity = settings.identity();
    QCOMPARE(identity.hallCode, QStringLiteral("330104001"));
    QCOMPARE(identity.hallName, QStringLiteral("Luojiazhuang hall"));
    QCOMPARE(identity.counterNumber, 3);
    QVERIFY(identity.isComplete());
    // A settings change is audited, in the chain.
    QCOMPARE(ow::db::AuditRepository(*m_database).count(QStringLiteral("settings.change")), 1);
    QVERIFY(ow::audit::AuditChain::verify(*m_database).intact);
}

void TestCounterSettings::identityIsValidated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("message");
    QTest::newRow("short code") << "33"
                                << "Hall" << 1 << "3 to 12 letters or digits";
    QTest::newRow("code with dash") << "330-104"
                                    << "Hall" << 1 << "3 to 12 letters or digits";
    QTest::newRow("no name") << "330104001"
                             << "  " << 1 << "must not be empty";
    QTest::newRow("counter zero") << "330104001"
                                  << "Hall" << 0 << "between 1 and 999";
}

void TestCounterSettings::identityIsValidated()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, counter);
    QFETCH(QString, message);
    CounterSettings settings(*m_database);
    const CounterIdentity before = settings.identity();
    QString error;
    const int audited = ow::db::AuditRepository(*m_database).count(QStringLiteral("settings.change"));
    QVERIFY(!settings.setIdentity({code, name, counter}, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(ow::db::AuditRepository(*m_database).count(QStringLiteral("settings.change")), audited);
    QCOMPARE(settings.identity().hallCode, before.hallCode);
}

void TestCounterSettings::idleLockDefaultsAndLimits()
{
    CounterSettings settings(*m_database);
    QCOMPARE(settings.idleLockMinutes(), CounterSettings::defaultIdleLockMinutes);
    QString error;
    const int audited = ow::db::AuditRepository(*m_database).count(QStringLiteral("settings.change"));
    QVERIFY(settings.setIdleLockMinutes(0, &error));
    QCOMPARE(settings.idleLockMinutes(), 0);
    QCOMPARE(ow::db::AuditRepository(*m_database).count(QStringLiteral("settings.change")), audited + 1);
    QVERIFY(!settings.setIdleLockMinutes(CounterSettings::maxIdleLockMinutes + 1, &error));
    QVERIFY(error.contains(QStringLiteral("between 0 (off) and")));
    QCOMPARE(settings.idleLockMinutes(), 0);
}

QTEST_GUILESS_MAIN(TestCounterSettings)
#include "TestCounterSettings.moc"
