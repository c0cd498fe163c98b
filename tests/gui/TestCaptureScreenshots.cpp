// Screenshots of the photo and scan dialogs and the case view's scanned pages in zh_CN, written to
// <build>/screenshots for people to look at.
#include "CaptureTestSupport.h"
#include "GuiTestSupport.h"
#include "ScanCaseFixture.h"
#include "cases/CasesPage.h"
#include "core/Language.h"
#include "photo/AttachmentStore.h"
#include "photo/PhotoCaptureDialog.h"
#include "photo/PhotoView.h"
#include "photo/ScanDialog.h"
#include "photo/ScanService.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ow;
using ow::tests::child;

class TestCaptureScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void photoDialog();
    void scanDialogAndCaseView();

private:
    void save(QWidget* widget, const QString& name);

    QDir m_out;
    QTemporaryDir m_files;
};

void TestCaptureScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString error;
    QCOMPARE(core::installTranslations(QStringLiteral("zh_CN"), &error), QStringLiteral("zh_CN"));
    m_out = QDir(qEnvironmentVariable("OW_BUILD_DIR") + QStringLiteral("/screenshots"));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
}

void TestCaptureScreenshots::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(m_out.filePath(name)));
    qInfo().noquote() << "screenshot:" << m_out.filePath(name);
}

void TestCaptureScreenshots::photoDialog()
{
    photo::PhotoSpec spec;
    spec.pixels = QSize(276, 358);
    tests::FakeCameraProvider cameras(1);
    ui::PhotoCaptureDialog dialog(spec, QStringLiteral("/srv/gaopaiyi"), &cameras);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    cameras.opened->deliver(tests::videoFrame(tests::portrait(QSize(1280, 960))));
    QTRY_VERIFY(!dialog.view()->image().isNull());
    save(&dialog, QStringLiteral("photo-live-zh_CN.png"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("captureButton")), Qt::LeftButton);
    save(&dialog, QStringLiteral("photo-captured-zh_CN.png"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("retakeButton")), Qt::LeftButton);
    cameras.opened->deliver(tests::videoFrame(tests::portrait(QSize(1280, 960), 0.25)));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("captureButton")), Qt::LeftButton);
    save(&dialog, QStringLiteral("photo-dark-zh_CN.png"));

    tests::FakeCameraProvider none(0);
    ui::PhotoCaptureDialog noCamera(spec, QString(), &none);
    noCamera.show();
    QVERIFY(QTest::qWaitForWindowExposed(&noCamera));
    save(&noCamera, QStringLiteral("photo-no-camera-zh_CN.png"));
}

void TestCaptureScreenshots::scanDialogAndCaseView()
{
    tests::DemoCounter counter;
    QVERIFY(counter.setUp(QStringLiteral("Luojiazhuang")));
    // "Household register" and "Proof of income", as the catalog names them
    const auto made = tests::makeScanCase(
        *counter.database,
        {{QStringLiteral("household_register"), QString::fromUtf8("\xE6\x88\xB7\xE5\x8F\xA3\xE7\xB0\xBF")},
         {QStringLiteral("income_proof"), QString::fromUtf8("\xE6\x94\xB6\xE5\x85\xA5\xE8\xAF\x81\xE6\x98\x8E")}});
    QVERIFY(made);
    const auto detail = cases::CaseService(*counter.database).detail(made->number);
    QVERIFY(detail);
    tests::FakeCameraProvider cameras(1);
    ui::ScanDialog dialog(*counter.database, *detail, QStringLiteral("income_proof"), QString(), &cameras);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int page = 1; page <= 3; ++page) {
        cameras.opened->deliver(tests::videoFrame(tests::documentPage(page, QSize(1240, 1754))));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("capturePageButton")), Qt::LeftButton);
    }
    QTRY_VERIFY(!dialog.view()->image().isNull());
    save(&dialog, QStringLiteral("scan-dialog-zh_CN.png"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    save(&dialog, QStringLiteral("scan-dialog-saved-zh_CN.png"));

    // One page's file is lost: the case view says so instead of showing a picture.
    const auto stored = photo::ScanService(*counter.database).pages(made->uuid);
    QVERIFY(QFile::remove(photo::AttachmentStore(*counter.database).blobPath(stored[2].record.sha256)));
    ui::CasesPage page(*counter.services, counter.services->clerks.list().constFirst());
    page.resize(1280, 800);
    page.show();
    page.search(QString());
    page.showCase(made->number);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    save(&page, QStringLiteral("cases-scanned-pages-zh_CN.png"));
}

QTEST_MAIN(TestCaptureScreenshots)
#include "TestCaptureScreenshots.moc"
