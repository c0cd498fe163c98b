// Scanned pages of a case's materials: kept in the clerk's order, numbered after what is stored, the same bytes
// stored once, and a missing or damaged file reported as such. Also the photo size a certificate asks for.
#include "ScanCaseFixture.h"
#include "certificate/CertificateTemplate.h"
#include "db/Database.h"
#include "photo/AttachmentStore.h"
#include "photo/ScanBatch.h"
#include "photo/ScanService.h"
#include "photo/TemplatePhotoSpec.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

int blobFiles(const QString& root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

int count(db::Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestScanService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void batchKeepsTheClerksOrder();
    void pagesAreStoredInOrder();
    void laterPagesFollowTheStoredOnes();
    void sameBytesAreStoredOnce();
    void missingOrDamagedFileIsReported_data();
    void missingOrDamagedFileIsReported();
    void nothingToStoreIsExplained();
    void photoSpecFollowsTheTemplate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
    db::CaseRecord m_case;
};

void TestScanService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<db::Database>(m_dir->filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    const auto made = tests::makeScanCase(*m_database,
                                          {{QStringLiteral("household_register"), QStringLiteral("Hukou")},
                                           {QStringLiteral("income_proof"), QStringLiteral("Income")}});
    QVERIFY(made);
    m_case = *made;
}

void TestScanService::batchKeepsTheClerksOrder()
{
    photo::ScanBatch batch;
    QString error;
    for (int page = 1; page <= 4; ++page) {
        QVERIFY2(batch.addBytes(png(tests::documentPage(page)), QStringLiteral("page%1.png").arg(page), &error),
                 qPrintable(error));
    }
    QVERIFY(batch.move(3, 0)); // the last page was the first
    QVERIFY(batch.remove(2)); // a spoiled page goes
    QVERIFY(!batch.move(0, 9));
    QVERIFY(!batch.remove(-1));
    QStringList origins;
    for (const photo::ScanPage& page : batch.pages()) {
        origins << page.origin;
    }
    QCOMPARE(origins,
             (QStringList {QStringLiteral("page4.png"), QStringLiteral("page1.png"), QStringLiteral("page3.png")}));
    // The same picture twice in one batch is refused with the page it already is.
    QVERIFY(!batch.addBytes(png(tests::documentPage(1)), QStringLiteral("again.png"), &error));
    QVERIFY2(error.contains(QStringLiteral("page 2")), qPrintable(error));
    QVERIFY(!batch.addBytes("not a picture", QStringLiteral("notes.txt"), &error));
    QVERIFY2(error.contains(QStringLiteral("notes.txt")), qPrintable(error));
    QCOMPARE(batch.size(), 3);
}

void TestScanService::pagesAreStoredInOrder()
{
    photo::ScanBatch batch;
    QString error;
    QList<QByteArray> expected;
    for (int page = 1; page <= 3; ++page) {
        QVERIFY(batch.addImage(tests::documentPage(page), &error));
    }
    QVERIFY(batch.move(2, 0));
    for (const photo::ScanPage& page : batch.pages()) {
        expected << page.bytes;
    }
    photo::ScanService scans(*m_database);
    QVERIFY2(scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("income_proof"), batch, &error),
             qPrintable(error));
    QVERIFY(batch.isEmpty());

    const QList<photo::StoredPage> stored = scans.pages(m_case.uuid);
    QCOMPARE(stored.size(), 3);
    photo::AttachmentStore store(*m_database);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(stored[i].record.page, i + 1);
        QCOMPARE(stored[i].record.materialCode, QStringLiteral("income_proof"));
        QCOMPARE(stored[i].record.kind, QStringLiteral("scan"));
        QCOMPARE(stored[i].record.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(stored[i].state, photo::PageFileState::Present);
        QVERIFY(!stored[i].thumbnail.isNull());
        QCOMPARE(store.load(stored[i].record.uuid, &error).value_or(QByteArray()), expected[i]);
    }
    QCOMPARE(count(*m_database,
                   QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'attachment' AND payload LIKE "
                                  "'%\"material_code\":\"income_proof\"%'")),
             3);
}

void TestScanService::laterPagesFollowTheStoredOnes()
{
    photo::ScanService scans(*m_database);
    photo::ScanBatch batch;
    QString error;
    QVERIFY(batch.addImage(tests::documentPage(1), &error));
    QVERIFY(batch.addImage(tests::documentPage(2), &error));
    QVERIFY(scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("household_register"), batch, &error));
    QVERIFY(batch.addImage(tests::documentPage(3), &error));
    QVERIFY(scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("household_register"), batch, &error));
    QVERIFY(batch.addImage(tests::documentPage(4), &error));
    QVERIFY(scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("income_proof"), batch, &error));
    QCOMPARE(scans.pageCount(m_case.uuid, QStringLiteral("household_register")), 3);
    QCOMPARE(scans.pageCount(m_case.uuid, QStringLiteral("income_proof")), 1);
    QStringList listed;
    for (const photo::StoredPage& page : scans.pages(m_case.uuid)) {
        listed << QStringLiteral("%1/%2").arg(page.record.materialCode).arg(page.record.page);
    }
    QCOMPARE(listed,
             (QStringList {QStringLiteral("household_register/1"), QStringLiteral("household_register/2"),
                           QStringLiteral("household_register/3"), QStringLiteral("income_proof/1")}));
}

void TestScanService::sameBytesAreStoredOnce()
{
    photo::ScanService scans(*m_database);
    QString error;
    // One certificate copy serves as two materials: two pages, one file.
    for (const QString& material : {QStringLiteral("household_register"), QStringLiteral("income_proof")}) {
        photo::ScanBatch batch;
        QVERIFY(batch.addBytes(png(tests::documentPage(7)), QStringLiteral("copy.png"), &error));
        QVERIFY2(scans.store(m_case.uuid, m_case.citizenUuid, material, batch, &error), qPrintable(error));
    }
    const QList<photo::StoredPage> stored = scans.pages(m_case.uuid);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].record.sha256, stored[1].record.sha256);
    QCOMPARE(stored[0].record.mimeType, QStringLiteral("image/png")); // a PNG keeps its bytes
    QCOMPARE(blobFiles(m_dir->filePath(QStringLiteral("blobs"))), 1);
}

void TestScanService::missingOrDamagedFileIsReported_data()
{
    QTest::addColumn<bool>("remove");
    QTest::addColumn<photo::PageFileState>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("missing") << true << photo::PageFileState::Missing << QStringLiteral("file missing");
    QTest::newRow("damaged") << false << photo::PageFileState::Damaged << QStringLiteral("file damaged");
}

void TestScanService::missingOrDamagedFileIsReported()
{
    QFETCH(bool, remove);
    QFETCH(photo::PageFileState, state);
    QFETCH(QString, text);
    photo::ScanService scans(*m_database);
    photo::ScanBatch batch;
    QString error;
    QVERIFY(batch.addImage(tests::documentPage(1), &error));
    QVERIFY(batch.addImage(tests::documentPage(2), &error));
    QVERIFY(scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("income_proof"), batch, &error));
    const QList<photo::StoredPage> before = scans.pages(m_case.uuid);
    const QString path = photo::AttachmentStore(*m_database).blobPath(before[1].record.sha256);
    if (remove) {
        QVERIFY(QFile::remove(path));
    } else {
        // Overwritten with the other page's bytes: it must not be shown as that page.
        QFile other(photo::AttachmentStore(*m_database).blobPath(before[0].record.sha256));
        QVERIFY(other.open(QIODevice::ReadOnly));
        const QByteArray bytes = other.readAll();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QList<photo::StoredPage> after = scans.pages(m_case.uuid);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0].state, photo::PageFileState::Present);
    QCOMPARE(after[1].state, state);
    QVERIFY(after[1].thumbnail.isNull());
    QCOMPARE(photo::ScanService::stateText(after[1].state), text);
    QVERIFY(!scans.image(after[1].record, &error));
    QVERIFY2(error.contains(text), qPrintable(error));
}

void TestScanService::nothingToStoreIsExplained()
{
    photo::ScanService scans(*m_database);
    photo::ScanBatch batch;
    QString error;
    QVERIFY(!scans.store(m_case.uuid, m_case.citizenUuid, QStringLiteral("income_proof"), batch, &error));
    QVERIFY2(error.contains(QStringLiteral("no pages")), qPrintable(error));
    QVERIFY(batch.addImage(tests::documentPage(1), &error));
    QVERIFY(!scans.store(m_case.uuid, m_case.citizenUuid, QString(), batch, &error));
    QCOMPARE(batch.size(), 1);
}

void TestScanService::photoSpecFollowsTheTemplate()
{
    QString error;
    const auto senior = certificate::CertificateTemplate::find(QStringLiteral("cert.senior-card"), &error);
    QVERIFY2(senior, qPrintable(error));
    const auto spec = photo::TemplatePhotoSpec::forTemplate(*senior);
    QVERIFY(spec);
    QCOMPARE(spec->pixels, QSize(276, 358)); // 20 x 26 mm at 350 dpi
    QCOMPARE(spec->maxBytes, photo::TemplatePhotoSpec::defaultMaxBytes);
    const auto birth = certificate::CertificateTemplate::find(QStringLiteral("cert.birth-registration"), &error);
    QVERIFY2(birth, qPrintable(error));
    QVERIFY(!photo::TemplatePhotoSpec::forTemplate(*birth)); // prints no photo
    QCOMPARE(photo::TemplatePhotoSpec::forBoxMm(QSizeF(26, 32)).pixels, QSize(358, 441)); // the ID photo size
}

QTEST_GUILESS_MAIN(TestScanService)
#include "TestScanService.moc"
