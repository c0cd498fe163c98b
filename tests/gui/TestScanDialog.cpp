// Scanning a case's materials: pages from the camera, files and the document camera's folder, reordered and
// stored in that order; the case view lists them per material and says "file missing" for a deleted file.
#include "CaptureTestSupport.h"
#include "GuiTestSupport.h"
#include "ScanCaseFixture.h"
#include "cases/CasesPage.h"
#include "photo/AttachmentStore.h"
#include "photo/PhotoView.h"
#include "photo/ScanDialog.h"
#include "photo/ScanService.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace ow;
using ow::tests::child;

class TestScanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void threePagesAreStoredInOrderAndListed();
    void deletedFileShowsMissing();
    void watchedFolderAddsPages();
    void scanButtonOpensTheDialogForTheChosenMaterial();

private:
    [[nodiscard]] cases::CaseDetail detail() const;
    // Scans three pages (camera, camera, file), moves the file's page to the front, saves; the bytes in order.
    QList<QByteArray> scanThreePages();

    std::unique_ptr<tests::DemoCounter> m_counter;
    db::CaseRecord m_case;
    QTemporaryDir m_files;
};

void TestScanDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestScanDialog::init()
{
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(QStringLiteral("Luojiazhuang community service centre")));
    const auto made = tests::makeScanCase(*m_counter->database,
                                          {{QStringLiteral("household_register"), QStringLiteral("Household register")},
                                           {QStringLiteral("income_proof"), QStringLiteral("Proof of income")}});
    QVERIFY(made);
    m_case = *made;
}

cases::CaseDetail TestScanDialog::detail() const
{
    return cases::CaseService(*m_counter->database).detail(m_case.number).value();
}

QList<QByteArray> TestScanDialog::scanThreePages()
{
    tests::FakeCameraProvider cameras(1);
    ui::ScanDialog dialog(*m_counter->database, detail(), QStringLiteral("income_proof"), QString(), &cameras);
    dialog.show();
    auto* material = child<QComboBox>(&dialog, QStringLiteral("materialComboBox"));
    [&] {
        QCOMPARE(material->currentData().toString(), QStringLiteral("income_proof"));
    }();
    auto* capture = child<QPushButton>(&dialog, QStringLiteral("capturePageButton"));
    for (int page = 1; page <= 2; ++page) {
        cameras.opened->deliver(tests::videoFrame(tests::documentPage(page)));
        QTest::mouseClick(capture, Qt::LeftButton);
    }
    const QString file = m_files.filePath(QStringLiteral("page3.png"));
    [&] {
        QVERIFY(tests::documentPage(3).save(file));
    }();
    dialog.addFiles({file});
    auto* pages = child<QListWidget>(&dialog, QStringLiteral("pagesListWidget"));
    [&] {
        QCOMPARE(pages->count(), 3);
        QCOMPARE(pages->currentRow(), 2);
        QCOMPARE(pages->item(2)->toolTip(), QStringLiteral("page3.png"));
    }();
    // The file was the first page of the document: move it to the front.
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("moveEarlierButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("moveEarlierButton")), Qt::LeftButton);
    [&] {
        QCOMPARE(pages->item(0)->toolTip(), QStringLiteral("page3.png"));
        QCOMPARE(pages->item(0)->text(), QStringLiteral("Page 1"));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("moveEarlierButton"))->isEnabled());
    }();
    QList<QByteArray> order;
    for (const photo::ScanPage& page : dialog.batch().pages()) {
        order << page.bytes;
    }
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    [&] {
        QVERIFY2(child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text().contains(QStringLiteral("3 pages")),
                 qPrintable(child<QLabel>(&dialog, QStringLiteral("messageLabel"))->text()));
        QCOMPARE(pages->count(), 0);
        QCOMPARE(dialog.savedPages(), 3);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("storedPagesLabel"))->text().contains(u'3'));
    }();
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("closeButton")), Qt::LeftButton);
    [&] {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }();
    return order;
}

void TestScanDialog::threePagesAreStoredInOrderAndListed()
{
    const QList<QByteArray> order = scanThreePages();
    QCOMPARE(order.size(), 3);
    const QList<photo::StoredPage> stored = photo::ScanService(*m_counter->database).pages(m_case.uuid);
    QCOMPARE(stored.size(), 3);
    photo::AttachmentStore store(*m_counter->database);
    QString error;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(stored[i].record.page, i + 1);
        QCOMPARE(store.load(stored[i].record.uuid, &error).value_or(QByteArray()), order[i]);
    }

    ui::CasesPage page(*m_counter->services, m_counter->services->clerks.list().constFirst());
    page.showCase(m_case.number);
    auto* tree = child<QTreeWidget>(&page, QStringLiteral("scannedPagesTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* group = tree->topLevelItem(0);
    QCOMPARE(group->text(0), QStringLiteral("Proof of income (3 pages)"));
    QCOMPARE(group->childCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(group->child(i)->text(0), QStringLiteral("Page %1").arg(i + 1));
        QCOMPARE(group->child(i)->text(1), QStringLiteral("stored"));
        QVERIFY(!group->child(i)->icon(0).isNull());
    }
}

void TestScanDialog::deletedFileShowsMissing()
{
    scanThreePages();
    const QList<photo::StoredPage> stored = photo::ScanService(*m_counter->database).pages(m_case.uuid);
    QVERIFY(QFile::remove(photo::AttachmentStore(*m_counter->database).blobPath(stored[1].record.sha256)));
    ui::CasesPage page(*m_counter->services, m_counter->services->clerks.list().constFirst());
    page.showCase(m_case.number);
    QTreeWidgetItem* group = child<QTreeWidget>(&page, QStringLiteral("scannedPagesTreeWidget"))->topLevelItem(0);
    QCOMPARE(group->child(0)->text(1), QStringLiteral("stored"));
    QCOMPARE(group->child(1)->text(0), QStringLiteral("Page 2"));
    QCOMPARE(group->child(1)->text(1), QStringLiteral("file missing"));
    QCOMPARE(group->child(2)->text(1), QStringLiteral("stored"));
}

void TestScanDialog::watchedFolderAddsPages()
{
    QTemporaryDir folder;
    tests::FakeCameraProvider cameras(0);
    ui::ScanDialog dialog(*m_counter->database, detail(), QStringLiteral("household_register"), folder.path(),
                          &cameras);
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("capturePageButton"))->isEnabled());
    for (int page = 1; page <= 2; ++page) {
        QVERIFY(tests::documentPage(page).save(folder.filePath(QStringLiteral("SCAN_%1.jpg").arg(page))));
        QTRY_COMPARE(dialog.batch().size(), page);
    }
    QCOMPARE(dialog.batch().pages().constLast().origin, QStringLiteral("SCAN_2.jpg"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(photo::ScanService(*m_counter->database).pageCount(m_case.uuid, QStringLiteral("household_register")), 2);
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("SCAN_1.jpg")))); // the camera's files stay
}

void TestScanDialog::scanButtonOpensTheDialogForTheChosenMaterial()
{
    ui::CasesPage page(*m_counter->services, m_counter->services->clerks.list().constFirst());
    page.show();
    page.showCase(m_case.number);
    auto* materials = child<QTableWidget>(&page, QStringLiteral("materialsTableWidget"));
    materials->selectRow(1);
    QString chosen;
    QTimer::singleShot(0, &page, [&chosen] {
        QTRY_VERIFY(qobject_cast<ui::ScanDialog*>(QApplication::activeModalWidget()));
        auto* dialog = QApplication::activeModalWidget();
        chosen = child<QComboBox>(dialog, QStringLiteral("materialComboBox"))->currentData().toString();
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("closeButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("scanMaterialsButton")), Qt::LeftButton);
    QCOMPARE(chosen, QStringLiteral("income_proof"));
}

QTEST_MAIN(TestScanDialog)
#include "TestScanDialog.moc"
