// onewindow-cli catalog import, list and search as IT staff and scripts use them: real processes, real files.
#include "CatalogFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString shippedCatalog = QStringLiteral(OW_CATALOG_DIR);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QStringList codesOf(const QJsonArray& items)
{
    QStringList codes;
    for (const QJsonValue& item : items) {
        codes.append(item.toObject().value(u"code"_s).toString());
    }
    return codes;
}

} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newCounterHasTheShippedCatalog();
    void importGoodFolder();
    void importBrokenCopyChangesNothing();
    void importDistrictFile();
    void listJsonKeys();
    void searchFindsChineseSubstrings();
    void usageMistakes_data();
    void usageMistakes();

private:
    QStringList data() const { return {u"--data-dir"_s, m_dir.path()}; }
    QJsonArray listJson()
    {
        const Run list = cli(data() + QStringList {u"catalog"_s, u"list"_s, u"--json"_s});
        return list.exitCode == 0 ? QJsonDocument::fromJson(list.out.toUtf8()).array() : QJsonArray();
    }

    QTemporaryDir m_dir;
};

void TestCatalogCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCatalogCli::newCounterHasTheShippedCatalog()
{
    const Run list = cli(data() + QStringList {u"catalog"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10); // a header and nine items
    QVERIFY(lines.at(0).startsWith(u"Code"_s));
    QVERIFY(list.out.contains(u"senior-card"_s));
    QVERIFY(list.out.contains(u"minimum-living-allowance"_s));
    QVERIFY(list.out.contains(u"20 working days"_s));
    QVERIFY(list.out.contains(u"on the spot"_s));
}

void TestCatalogCli::importGoodFolder()
{
    const Run run = cli(data() + QStringList {u"catalog"_s, u"import"_s, shippedCatalog});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Imported 9 items and 1 bundle.\n"_s);
    QVERIFY(run.err.isEmpty());
}

void TestCatalogCli::importBrokenCopyChangesNothing()
{
    const QJsonArray before = listJson();
    QCOMPARE(before.size(), 9);
    QTemporaryDir copy;
    QVERIFY(ow::tests::copyCatalog(shippedCatalog, copy.path()));
    const QDir root(copy.path());
    QVERIFY(QFile::remove(root.filePath(u"items/pension-eligibility-check.json"_s)));
    QVERIFY(
        ow::tests::editCatalogFile(root.filePath(u"items/senior-card.json"_s), u"materials/[photo]/tolerance"_s, true));
    QVERIFY(ow::tests::editCatalogFile(root.filePath(u"items/residence-permit.json"_s), u"time_limit_days"_s, 0));

    const Run run = cli(data() + QStringList {u"catalog"_s, u"import"_s, copy.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"items/senior-card.json: item senior-card, materials[photo].tolerance: "_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"items/residence-permit.json: item residence-permit, time_limit_days: "
                              "must be at least 1 for a promised item"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"Nothing was imported"_s));
    QCOMPARE(listJson(), before);
}

void TestCatalogCli::importDistrictFile()
{
    QTemporaryDir dir;
    QJsonObject document = ow::tests::catalogAsOneDocument(shippedCatalog);
    QJsonArray items = document.value(u"items"_s).toArray();
    items.removeLast(); // senior-citizen-card, so the bundle has to go too
    document[u"items"_s] = items;
    document[u"bundles"_s] = QJsonArray();
    const QString path = QDir(dir.path()).filePath(u"district.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    file.close();

    const Run run = cli(data() + QStringList {u"catalog"_s, u"import"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Imported 8 items and 0 bundles.\n"_s);
    QVERIFY(!codesOf(listJson()).contains(u"senior-citizen-card"_s));
    QCOMPARE(cli(data() + QStringList {u"catalog"_s, u"import"_s, shippedCatalog}).exitCode, 0);
}

void TestCatalogCli::listJsonKeys()
{
    const QJsonArray items = listJson();
    QCOMPARE(items.size(), 9);
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        for (const QString& key : {u"code"_s, u"name"_s, u"category"_s, u"department"_s}) {
            QVERIFY2(!item.value(key).toString().isEmpty(), qPrintable(key));
        }
        const QString kind = item.value(u"kind"_s).toString();
        QVERIFY(kind == u"instant" || kind == u"promised");
        QVERIFY(item.value(u"time_limit_days"_s).isDouble());
        QCOMPARE(item.value(u"time_limit_days"_s).toInt() == 0, kind == u"instant");
    }
    const auto allowance = std::find_if(items.begin(), items.end(), [](const QJsonValue& item) {
        return item.toObject().value(u"code"_s).toString() == u"minimum-living-allowance";
    });
    QVERIFY(allowance != items.end());
    QCOMPARE(allowance->toObject().value(u"time_limit_days"_s).toInt(), 20);
    QCOMPARE(allowance->toObject().value(u"legal_time_limit_days"_s).toInt(), 30);
    QCOMPARE(allowance->toObject().value(u"category_code"_s).toString(), u"social_assistance"_s);
}

void TestCatalogCli::searchFindsChineseSubstrings()
{
    // "elderly" (2 characters): the senior card and the senior citizen card.
    const Run two = cli(
        data() + QStringList {u"catalog"_s, u"search"_s, QString::fromUtf8("\xE8\x80\x81\xE5\xB9\xB4"), u"--json"_s});
    QCOMPARE(two.exitCode, 0);
    QStringList found = codesOf(QJsonDocument::fromJson(two.out.toUtf8()).array());
    found.sort();
    QCOMPARE(found, (QStringList {u"senior-card"_s, u"senior-citizen-card"_s}));
    QCOMPARE(QJsonDocument::fromJson(two.out.toUtf8()).array().at(0).toObject().value(u"kind"_s).isString(), true);

    // "dog licence", a keyword: the table names dog registration.
    const Run keyword =
        cli(data() + QStringList {u"catalog"_s, u"search"_s, QString::fromUtf8("\xE7\x8B\x97\xE8\xAF\x81")});
    QCOMPARE(keyword.exitCode, 0);
    QVERIFY(keyword.out.contains(u"dog-registration"_s));
    QVERIFY(keyword.out.contains(QString::fromUtf8("\xE5\x85\xBB\xE7\x8A\xAC\xE7\x99\xBB\xE8\xAE\xB0")));

    const Run none = cli(data() + QStringList {u"catalog"_s, u"search"_s, u"zzzyx"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"No item matches zzzyx.\n"_s);
    const Run noneJson = cli(data() + QStringList {u"catalog"_s, u"search"_s, u"zzzyx"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(noneJson.out.toUtf8()).array().size(), 0);
}

void TestCatalogCli::usageMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("import without path") << QStringList {u"catalog"_s, u"import"_s} << u"takes one PATH"_s;
    QTest::newRow("search without text") << QStringList {u"catalog"_s, u"search"_s} << u"takes the TEXT"_s;
    QTest::newRow("bad limit") << QStringList {u"catalog"_s, u"search"_s, u"x"_s, u"--limit"_s, u"0"_s}
                               << u"--limit takes a number"_s;
    QTest::newRow("unknown subcommand") << QStringList {u"catalog"_s, u"sync"_s}
                                        << u"catalog takes one of: import, list, search"_s;
}

void TestCatalogCli::usageMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(data() + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "TestCatalogCli.moc"
