// The cases page's two privacy and sync hooks driven offscreen: the full ID number only on request (logged as
// "id.unmask", for the shown case only) and the case's sync state in its details; a zh_CN screenshot.
#include "SupervisionFixture.h"
#include "cases/CasesPage.h"
#include "core/Language.h"
#include "core/Services.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/OutboxRepository.h"
#include "idcard/IdNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

class TestCasesPageGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fullIdNumberOnlyOnRequest();
    void syncStateInTheDetails_data();
    void syncStateInTheDetails();
    void screenshot();

private:
    std::unique_ptr<ui::CasesPage> page()
    {
        auto result = std::make_unique<ui::CasesPage>(*m_services, m_fixture->clerk);
        result->resize(1280, 720);
        result->show();
        return result;
    }
    QString idNumberOf(const QString& caseNumber) const
    {
        return db::CaseRepository(*m_fixture->database).byNumber(caseNumber)->citizenIdNumber;
    }
    QString uuidOf(const QString& caseNumber) const
    {
        return db::CaseRepository(*m_fixture->database).byNumber(caseNumber)->uuid;
    }

    std::unique_ptr<tests::SupervisionFixture> m_fixture;
    std::unique_ptr<core::Services> m_services;
};

void TestCasesPageGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestCasesPageGui::init()
{
    m_services.reset();
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp());
    QVERIFY(m_fixture->addStandardCases());
    m_services = std::make_unique<core::Services>(*m_fixture->database);
}

void TestCasesPageGui::fullIdNumberOnlyOnRequest()
{
    const auto cases = page();
    cases->showCase(u"C-04"_s);
    auto* label = cases->findChild<QLabel*>(u"caseIdNumberLabel"_s);
    auto* button = cases->findChild<QPushButton*>(u"caseShowIdNumberButton"_s);
    QVERIFY(label && button);
    const QString full = idNumberOf(u"C-04"_s);
    QVERIFY(!full.isEmpty());
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY2(label->text().contains(idcard::IdNumber::masked(full)), qPrintable(label->text()));
    QVERIFY(!label->text().contains(full));
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(u"id.unmask"_s), 0);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(label->text().contains(full), qPrintable(label->text()));
    QVERIFY(!button->isEnabled());
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(u"id.unmask"_s), 1);

    // Another case opens masked again: the number was shown for that one case only.
    cases->showCase(u"C-01"_s);
    QVERIFY(!label->text().contains(idNumberOf(u"C-01"_s)));
    QVERIFY(button->isEnabled());
    cases->showCase(u"C-04"_s);
    QVERIFY(!label->text().contains(full));
    QCOMPARE(db::AuditRepository(*m_fixture->database).count(u"id.unmask"_s), 1);
}

void TestCasesPageGui::syncStateInTheDetails_data()
{
    QTest::addColumn<QString>("outboxState"); // empty: the case never had an outbox row
    QTest::addColumn<QString>("shown");
    QTest::newRow("never queued") << QString() << u"Sync: kept on this counter only"_s;
    QTest::newRow("waiting") << u"pending"_s << u"Sync: waiting to be sent to the district"_s;
    QTest::newRow("sent") << u"applied"_s << u"Sync: sent to the district"_s;
    QTest::newRow("rejected") << u"rejected"_s << u"Sync: rejected by the district; see the sync problems"_s;
    QTest::newRow("conflict") << u"conflict"_s << u"Sync: conflict at the district; see the sync problems"_s;
}

void TestCasesPageGui::syncStateInTheDetails()
{
    QFETCH(QString, outboxState);
    QFETCH(QString, shown);
    const QString uuid = uuidOf(u"C-02"_s);
    if (!outboxState.isEmpty()) {
        QVERIFY(db::OutboxRepository(*m_fixture->database)
                    .append(u"case"_s, uuid, u"create"_s, {{u"uuid"_s, uuid}, {u"number"_s, u"C-02"_s}}));
        QSqlQuery update(m_fixture->database->connection());
        update.prepare(u"UPDATE outbox SET state = ? WHERE entity_uuid = ?"_s);
        update.addBindValue(outboxState);
        update.addBindValue(uuid);
        QVERIFY(update.exec());
    }
    const auto cases = page();
    cases->showCase(u"C-02"_s);
    auto* facts = cases->findChild<QLabel*>(u"caseFactsLabel"_s);
    QVERIFY(facts);
    QVERIFY2(facts->text().split(u'\n').contains(shown), qPrintable(facts->text()));
}

void TestCasesPageGui::screenshot()
{
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    m_services.reset();
    m_fixture = std::make_unique<tests::SupervisionFixture>();
    QVERIFY(m_fixture->setUp(true));
    QVERIFY(m_fixture->addStandardCases());
    m_services = std::make_unique<core::Services>(*m_fixture->database);
    const auto cases = page();
    cases->search(u"C-04"_s);
    cases->showCase(u"C-04"_s);
    QTest::mouseClick(cases->findChild<QPushButton*>(u"caseShowIdNumberButton"_s), Qt::LeftButton);
    // Let the layouts take the longer full number before the grab.
    QCoreApplication::processEvents();
    QDir out(qEnvironmentVariable("OW_BUILD_DIR", QDir::currentPath()) + u"/screenshots"_s);
    QVERIFY(out.mkpath(u"."_s));
    const QImage image = cases->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(out.filePath(u"cases-page-zh_CN.png"_s)));
    qInfo().noquote() << "screenshot:" << out.filePath(u"cases-page-zh_CN.png"_s);
}

QTEST_MAIN(TestCasesPageGui)
#include "TestCasesPageGui.moc"
