// The catalog in a real data file: the shipped catalog installs once, imports are whole or nothing, and the
// clerk's search finds Chinese substrings of any length with the most-used items first.
#include "CatalogFixture.h"
#include "catalog/CatalogService.h"
#include "db/AuditRepository.h"
#include "db/CatalogRepository.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString shippedCatalog = QStringLiteral(OW_CATALOG_DIR);

// Chinese text without Chinese characters in the source (the repository's rule).
QString zh(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const char* const laonian = "\xE8\x80\x81\xE5\xB9\xB4"; // "elderly", 2 characters
const char* const laonianren = "\xE8\x80\x81\xE5\xB9\xB4\xE4\xBA\xBA"; // "elderly person", 3 characters
const char* const gouzheng = "\xE7\x8B\x97\xE8\xAF\x81"; // "dog licence", a keyword, 2 characters

QStringList codes(const QList<catalog::CatalogItem>& items)
{
    QStringList result;
    for (const catalog::CatalogItem& item : items) {
        result.append(item.code);
    }
    return result;
}

bool exec(db::Database& database, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return db::execute(query);
}

} // namespace

class TestCatalogService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shippedCatalogInstallsOnce();
    void importReplacesTheCatalog();
    void brokenImportLeavesThePreviousCatalog();
    void failedStoreLeavesThePreviousCatalog();
    void searchFindsChineseSubstrings_data();
    void searchFindsChineseSubstrings();
    void queryUsesMatchFromThreeCharacters_data();
    void queryUsesMatchFromThreeCharacters();
    void mostUsedItemsComeFirst();
    void limitCutsTheList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
};

void TestCatalogService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<db::Database>(m_dir->filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TestCatalogService::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestCatalogService::shippedCatalogInstallsOnce()
{
    catalog::CatalogService service(*m_database);
    QVERIFY(service.items().isEmpty());
    QString error;
    QVERIFY2(service.ensureShipped(&error), qPrintable(error));
    QCOMPARE(service.items().size(), 9);
    QCOMPARE(service.bundles().size(), 1);
    QVERIFY(service.ensureShipped(&error));
    QCOMPARE(db::AuditRepository(*m_database).count(u"catalog.import"_s), 1);

    const auto senior = service.item(u"senior-card"_s);
    QVERIFY(senior);
    QCOMPARE(senior->kind, catalog::ItemKind::Instant);
    QCOMPARE(senior->materials.size(), 3);
    QCOMPARE(senior->revision, 1);
    QVERIFY(!service.item(u"no-such-item"_s));
}

void TestCatalogService::importReplacesTheCatalog()
{
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.importCatalog(shippedCatalog, &error));
    QTemporaryDir copy;
    QVERIFY(tests::copyCatalog(shippedCatalog, copy.path()));
    QVERIFY(QFile::remove(QDir(copy.path()).filePath(u"items/residence-permit.json"_s)));
    QVERIFY(tests::editCatalogFile(QDir(copy.path()).filePath(u"items/dog-registration.json"_s), u"revision"_s, 2));

    const auto summary = service.importCatalog(copy.path(), &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->items, 8);
    QCOMPARE(summary->bundles, 1);
    QCOMPARE(service.items().size(), 8);
    QVERIFY(!codes(service.items()).contains(u"residence-permit"_s));
    QVERIFY(service.search(u"residence"_s).isEmpty());
    QCOMPARE(service.item(u"dog-registration"_s)->revision, 2);
    // Old cases still name the retired item, so it can still be looked up.
    QVERIFY(service.item(u"residence-permit"_s));
    QCOMPARE(db::AuditRepository(*m_database).count(u"catalog.import"_s), 2);
}

void TestCatalogService::brokenImportLeavesThePreviousCatalog()
{
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.importCatalog(shippedCatalog, &error));
    QTemporaryDir copy;
    QVERIFY(tests::copyCatalog(shippedCatalog, copy.path()));
    QVERIFY(QFile::remove(QDir(copy.path()).filePath(u"items/residence-permit.json"_s)));
    QVERIFY(tests::editCatalogFile(QDir(copy.path()).filePath(u"items/senior-card.json"_s), u"name"_s, u""_s));
    QVERIFY(tests::editCatalogFile(QDir(copy.path()).filePath(u"items/dog-registration.json"_s),
                                   u"materials/[dog_photo]/copies"_s, -2));

    QVERIFY(!service.importCatalog(copy.path(), &error));
    const QStringList lines = error.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(
        lines.at(0).startsWith(u"items/dog-registration.json: item dog-registration, materials[dog_photo].copies"_s));
    QVERIFY(lines.at(1).startsWith(u"items/senior-card.json: item senior-card, name"_s));
    QCOMPARE(service.items().size(), 9);
    QVERIFY(!service.item(u"senior-card"_s)->name.isEmpty());
    QVERIFY(codes(service.search(zh(laonian))).contains(u"senior-card"_s));
    QCOMPARE(db::AuditRepository(*m_database).count(u"catalog.import"_s), 1);
}

void TestCatalogService::failedStoreLeavesThePreviousCatalog()
{
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.importCatalog(shippedCatalog, &error));
    // The store fails at the last write of the import: items and index are written by then and must roll back.
    QVERIFY(exec(*m_database,
                 u"CREATE TRIGGER refuse_bundles BEFORE INSERT ON catalog_bundles "
                 "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"_s));
    QTemporaryDir copy;
    QVERIFY(tests::copyCatalog(shippedCatalog, copy.path()));
    QVERIFY(QFile::remove(QDir(copy.path()).filePath(u"items/residence-permit.json"_s)));
    QVERIFY(
        tests::editCatalogFile(QDir(copy.path()).filePath(u"items/senior-card.json"_s), u"keywords/+"_s, u"zzzyx"_s));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"disk says no"_s));
    QVERIFY(!service.importCatalog(copy.path(), &error));
    QVERIFY(error.contains(u"previous catalog stays in use"_s));
    QCOMPARE(service.items().size(), 9);
    QCOMPARE(service.bundles().size(), 1);
    QVERIFY(service.search(u"zzzyx"_s).isEmpty());
    QCOMPARE(codes(service.search(u"residence"_s)), QStringList {u"residence-permit"_s});
    QCOMPARE(db::AuditRepository(*m_database).count(u"catalog.import"_s), 1);
}

void TestCatalogService::searchFindsChineseSubstrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    // "elderly": two characters, in the names of the senior card and the senior citizen card.
    QTest::newRow("2 characters of a name") << zh(laonian) << QStringList {u"senior-card"_s, u"senior-citizen-card"_s};
    // "elderly person": in the senior card's name and in the senior citizen card's scope.
    QTest::newRow("3 characters") << zh(laonianren) << QStringList {u"senior-card"_s, u"senior-citizen-card"_s};
    // "preferential card".
    QTest::newRow("3 characters of one name")
        << zh("\xE4\xBC\x98\xE5\xBE\x85\xE8\xAF\x81") << QStringList {u"senior-card"_s};
    QTest::newRow("keyword dog licence") << zh(gouzheng) << QStringList {u"dog-registration"_s};
    // "dog registration", the full name (4 characters).
    QTest::newRow("4 characters") << zh("\xE5\x85\xBB\xE7\x8A\xAC\xE7\x99\xBB\xE8\xAE\xB0")
                                  << QStringList {u"dog-registration"_s};
    // "disabled person's certificate".
    QTest::newRow("name part") << zh("\xE6\xAE\x8B\xE7\x96\xBE\xE4\xBA\xBA\xE8\xAF\x81")
                               << QStringList {u"disability-certificate"_s};
    // "elderly" and "preferential": both terms must match.
    QTest::newRow("two terms") << (zh(laonian) + u' ' + zh("\xE4\xBC\x98\xE5\xBE\x85"))
                               << QStringList {u"senior-card"_s};
    QTest::newRow("category, 1 character") << zh("\xE7\x8A\xAC") << QStringList {u"dog-registration"_s};
    QTest::newRow("code") << u"senior"_s << QStringList {u"senior-card"_s, u"senior-citizen-card"_s};
    QTest::newRow("LIKE wildcards are text") << u"%_"_s << none;
    QTest::newRow("FTS syntax is text") << u"\"senior\" OR"_s << none;
    // "no such matter".
    QTest::newRow("no match") << zh("\xE4\xB8\x8D\xE5\xAD\x98\xE5\x9C\xA8\xE7\x9A\x84") << none;
}

void TestCatalogService::searchFindsChineseSubstrings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.ensureShipped(&error));
    QStringList found = codes(service.search(text));
    found.sort();
    QCOMPARE(found, expected);
}

void TestCatalogService::queryUsesMatchFromThreeCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QStringList>("like");
    QTest::newRow("2 characters: LIKE") << zh(laonian) << QString() << QStringList {u"%"_s + zh(laonian) + u"%"_s};
    QTest::newRow("3 characters: MATCH") << zh(laonianren) << (u"\""_s + zh(laonianren) + u"\""_s) << QStringList {};
    QTest::newRow("both") << (zh(laonianren) + u"  " + zh(gouzheng)) << (u"\""_s + zh(laonianren) + u"\""_s)
                          << QStringList {u"%"_s + zh(gouzheng) + u"%"_s};
    QTest::newRow("quotes doubled") << u"a\"bc"_s << u"\"a\"\"bc\""_s << QStringList {};
    QTest::newRow("wildcards escaped") << u"%_"_s << QString() << QStringList {u"%\\%\\_%"_s};
    QTest::newRow("empty") << u"  "_s << QString() << QStringList {};
}

void TestCatalogService::queryUsesMatchFromThreeCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QFETCH(QStringList, like);
    const db::CatalogQuery query = db::CatalogQuery::parse(text);
    QCOMPARE(query.match, match);
    QCOMPARE(query.likePatterns, like);
}

void TestCatalogService::mostUsedItemsComeFirst()
{
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.ensureShipped(&error));
    const QString now = db::timestamp(QDateTime::currentDateTimeUtc());
    QVERIFY(exec(*m_database,
                 u"INSERT INTO clerks (uuid, login, name, role, password_verifier, password_changed_at, created_at, "
                 "updated_at) VALUES ('k1', 'wang', 'Wang', 'clerk', 'x', ?, ?, ?)"_s,
                 {now, now, now}));
    QVERIFY(exec(*m_database,
                 u"INSERT INTO citizens (uuid, id_number, name, created_at, updated_at) "
                 "VALUES ('c1', '330106196611230014', 'Zhang', ?, ?)"_s,
                 {now, now}));
    const auto addCases = [this](const QString& item, int count, int daysAgo) {
        const QString at = db::timestamp(QDateTime::currentDateTimeUtc().addDays(-daysAgo));
        for (int i = 0; i < count; ++i) {
            if (!exec(*m_database,
                      u"INSERT INTO cases (uuid, number, item_code, kind, citizen_uuid, hall_code, counter_number, "
                      "clerk_uuid, state, accepted_at, updated_at) VALUES (?, ?, ?, 'instant', 'c1', 'H1', 1, 'k1', "
                      "'received', ?, ?)"_s,
                      {db::newUuid(), db::newUuid(), item, at, at})) {
                return false;
            }
        }
        return true;
    };
    QVERIFY(addCases(u"dog-registration"_s, 3, 1));
    QVERIFY(addCases(u"senior-citizen-card"_s, 1, 89));
    QVERIFY(addCases(u"senior-card"_s, 5, 91)); // before the last 90 days: does not count

    const QStringList all = codes(service.search({}));
    QCOMPARE(all.size(), 9);
    QCOMPARE(all.mid(0, 2), (QStringList {u"dog-registration"_s, u"senior-citizen-card"_s}));
    // Then by name in pinyin order: can(ji) before du(sheng), before lao(nian).
    QCOMPARE(all.mid(2, 3),
             (QStringList {u"disability-certificate"_s, u"only-child-parents-certificate"_s, u"senior-card"_s}));
    QCOMPARE(codes(service.search(zh(laonian))), (QStringList {u"senior-citizen-card"_s, u"senior-card"_s}));
}

void TestCatalogService::limitCutsTheList()
{
    catalog::CatalogService service(*m_database);
    QString error;
    QVERIFY(service.ensureShipped(&error));
    QCOMPARE(service.search({}, 4).size(), 4);
    QCOMPARE(service.search(zh(laonian), 1).size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogService)
#include "TestCatalogService.moc"
