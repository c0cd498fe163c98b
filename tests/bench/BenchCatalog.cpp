// Benchmarks (figures, never pass/fail on time): importing a 600-item catalog and the clerk's search over it
// for a 2-character query (LIKE) and a 4-character query (trigram MATCH).
#include "catalog/CatalogService.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// 600 items named from the syllable lists, each a full item (the senior card's form, materials and guide).
QJsonObject benchCatalog()
{
    const QJsonObject names = readJson(QStringLiteral(OW_BENCH_NAMES));
    const QJsonObject pattern = readJson(QStringLiteral(OW_CATALOG_DIR "/items/senior-card.json"));
    const QJsonArray categories = names.value(u"categories"_s).toArray();
    const QJsonArray departments = names.value(u"departments"_s).toArray();
    QJsonArray items;
    for (const QJsonValue& subject : names.value(u"subjects"_s).toArray()) {
        for (const QJsonValue& object : names.value(u"objects"_s).toArray()) {
            for (const QJsonValue& action : names.value(u"actions"_s).toArray()) {
                const qsizetype n = items.size();
                QJsonObject item = pattern;
                const bool promised = n % 3 == 0;
                item[u"code"_s] = u"bench-%1"_s.arg(n + 1, 4, 10, QLatin1Char('0'));
                item[u"name"_s] = QString(subject.toString() + object.toString() + action.toString());
                item[u"short_name"_s] = QString(subject.toString() + object.toString());
                item[u"keywords"_s] = QJsonArray {object.toString(), QString(subject.toString() + object.toString())};
                item[u"category"_s] = categories.at(n % categories.size());
                item[u"department"_s] = departments.at((n / 3) % departments.size());
                item[u"kind"_s] = promised ? u"promised"_s : u"instant"_s;
                item[u"time_limit_days"_s] = promised ? static_cast<int>(5 + n % 16) : 0;
                QJsonObject guide = item.value(u"guide"_s).toObject();
                guide[u"scope"_s] =
                    names.value(u"scope"_s).toString().arg(subject.toString(), object.toString(), action.toString());
                item[u"guide"_s] = guide;
                items.append(item);
            }
        }
    }
    return {{u"format"_s, 1}, {u"items"_s, items}, {u"bundles"_s, QJsonArray()}};
}

} // namespace

class BenchCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<catalog::CatalogService> m_catalog;
};

void BenchCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"district.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(benchCatalog()).toJson(QJsonDocument::Compact));
    file.close();

    m_database = std::make_unique<db::Database>(m_dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    m_catalog = std::make_unique<catalog::CatalogService>(*m_database);
    QElapsedTimer timer;
    timer.start();
    const auto summary = m_catalog->importCatalog(path, &error);
    const qint64 importMs = timer.elapsed();
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->items, 600);
    timer.restart();
    QCOMPARE(m_catalog->items().size(), 600);
    qInfo("catalog import of 600 items (%lld KB, check + store + index): %lld ms; first read of all items: %lld ms",
          file.size() / 1024, importMs, timer.elapsed());
}

void BenchCatalog::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    // "elderly" (2 characters, LIKE): the 60 items of one subject.
    QTest::newRow("2 characters") << QString::fromUtf8("\xE8\x80\x81\xE5\xB9\xB4") << 60;
    // "nursing allowance" (4 characters, trigram MATCH): the 50 items of one object.
    QTest::newRow("4 characters") << QString::fromUtf8("\xE6\x8A\xA4\xE7\x90\x86\xE8\xA1\xA5\xE8\xB4\xB4") << 50;
}

void BenchCatalog::search()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    qsizetype found = 0;
    QBENCHMARK
    {
        found = m_catalog->search(text).size();
    }
    QCOMPARE(found, qsizetype(expected));
}

QTEST_GUILESS_MAIN(BenchCatalog)
#include "BenchCatalog.moc"
