// The photo dialog driven as a clerk would: with no camera it says so and the other sources work; an imported
// picture is checked in words; a good one gives a JPEG of the certificate's size within its budget; a camera's
// frames are previewed and captured through the real path; an unplugged camera is reported without a crash.
#include "CaptureTestSupport.h"
#include "GuiTestSupport.h"
#include "photo/CaptureSources.h"
#include "photo/PhotoCaptureDialog.h"
#include "photo/PhotoView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace ow;
using ow::tests::child;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return file.fileName();
}

} // namespace

class TestPhotoCaptureDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noCameraSaysSo();
    void importedPictureIsCheckedInWords_data();
    void importedPictureIsCheckedInWords();
    void goodPictureGivesJpegWithinBudget();
    void unreadableFileIsNamed();
    void cameraPreviewCaptureAndRetake();
    void unpluggedCameraIsReported();
    void watchedFolderPictureIsTaken();
    void staticCaptureReturnsBytesOrNothing();

private:
    photo::PhotoSpec m_spec; // the senior card's photo box
    QTemporaryDir m_dir;
};

void TestPhotoCaptureDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_spec.pixels = QSize(276, 358);
    m_spec.maxBytes = 40 * 1024;
}

void TestPhotoCaptureDialog::noCameraSaysSo()
{
    tests::FakeCameraProvider cameras(0);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* noCamera = child<QLabel>(&dialog, QStringLiteral("noCameraLabel"));
    QVERIFY(noCamera->isVisible());
    QCOMPARE(noCamera->text(), QStringLiteral("No camera found; import a file or use the watched folder."));
    auto* sources = child<QComboBox>(&dialog, QStringLiteral("sourceComboBox"));
    QCOMPARE(sources->count(), 1); // only the watched folder
    // No folder is set either: the clerk is told who sets it.
    QVERIFY2(child<QLabel>(&dialog, QStringLiteral("sourceStatusLabel"))->text().contains(QStringLiteral("Settings")),
             qPrintable(child<QLabel>(&dialog, QStringLiteral("sourceStatusLabel"))->text()));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("captureButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("acceptButton"))->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("importFileButton"))->isEnabled());
}

void TestPhotoCaptureDialog::importedPictureIsCheckedInWords_data()
{
    QTest::addColumn<double>("light");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("good") << 1.0 << QSize(1200, 1500) << QStringLiteral("passes the checks") << true;
    QTest::newRow("dark") << 0.25 << QSize(1200, 1500) << QStringLiteral("too dark") << false;
    QTest::newRow("small") << 1.0 << QSize(240, 300) << QStringLiteral("too small") << false;
}

void TestPhotoCaptureDialog::importedPictureIsCheckedInWords()
{
    QFETCH(double, light);
    QFETCH(QSize, size);
    QFETCH(QString, words);
    QFETCH(bool, acceptable);
    tests::FakeCameraProvider cameras(0);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    const QString path =
        writeFile(m_dir, QStringLiteral("photo-%1.jpg").arg(QString::fromLatin1(QTest::currentDataTag())),
                  tests::encoded(tests::portrait(size, light)));
    QVERIFY(dialog.importFile(path));
    auto* check = child<QLabel>(&dialog, QStringLiteral("checkResultLabel"));
    QVERIFY2(check->text().contains(words), qPrintable(check->text()));
    auto* accept = child<QPushButton>(&dialog, QStringLiteral("acceptButton"));
    auto* anyway = child<QCheckBox>(&dialog, QStringLiteral("useAnywayCheckBox"));
    QCOMPARE(accept->isEnabled(), acceptable);
    QCOMPARE(anyway->isVisible(), !acceptable);
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("retakeButton"))->isEnabled());
    if (!acceptable) {
        // The clerk may still decide to use it, knowingly.
        anyway->setChecked(true);
        QVERIFY(accept->isEnabled());
    }
}

void TestPhotoCaptureDialog::goodPictureGivesJpegWithinBudget()
{
    tests::FakeCameraProvider cameras(0);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    QVERIFY(dialog.importFile(writeFile(m_dir, QStringLiteral("good.jpg"), tests::encoded(tests::portrait()))));
    // The clerk nudges the frame with the keyboard; it stays inside the picture with the certificate's aspect.
    ui::PhotoView* view = dialog.view();
    const QRect before = view->guide();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(view->guide() != before);
    QVERIFY(QRect(QPoint(0, 0), view->image().size()).contains(view->guide()));
    QVERIFY(qAbs(double(view->guide().width()) / view->guide().height() - 276.0 / 358.0) < 0.01);
    auto* accept = child<QPushButton>(&dialog, QStringLiteral("acceptButton"));
    QTRY_VERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto jpeg = dialog.jpeg();
    QVERIFY(jpeg);
    QVERIFY(jpeg->startsWith("\xFF\xD8"));
    QVERIFY(jpeg->size() <= m_spec.maxBytes);
    QCOMPARE(QImage::fromData(*jpeg, "JPEG").size(), m_spec.pixels);
}

void TestPhotoCaptureDialog::unreadableFileIsNamed()
{
    tests::FakeCameraProvider cameras(0);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    QVERIFY(!dialog.importFile(writeFile(m_dir, QStringLiteral("IMG_2041.jpg"), "this is not a picture")));
    QVERIFY(
        child<QLabel>(&dialog, QStringLiteral("sourceStatusLabel"))->text().contains(QStringLiteral("IMG_2041.jpg")));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("acceptButton"))->isEnabled());
}

void TestPhotoCaptureDialog::cameraPreviewCaptureAndRetake()
{
    tests::FakeCameraProvider cameras(1);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("noCameraLabel"))->isVisible());
    QVERIFY(cameras.opened && cameras.opened->running);
    auto* capture = child<QPushButton>(&dialog, QStringLiteral("captureButton"));
    QVERIFY(capture->isEnabled());

    const QImage frame = tests::portrait(QSize(1280, 960)); // a landscape camera frame
    cameras.opened->deliver(tests::videoFrame(frame));
    QTRY_COMPARE(dialog.view()->image().size(), frame.size()); // previewed
    QVERIFY(!dialog.view()->hasGuide());
    QTest::mouseClick(capture, Qt::LeftButton);
    QVERIFY(dialog.view()->hasGuide());
    QCOMPARE(dialog.view()->guide().height(), 960); // the guide starts as large as the frame allows
    QVERIFY(!capture->isEnabled());
    QVERIFY2(dialog.currentCheck().ok(), qPrintable(dialog.currentCheck().problems.join(u'\n')));

    // Retake: live again; frames show, and the next capture takes the newest one.
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("retakeButton")), Qt::LeftButton);
    QVERIFY(capture->isEnabled());
    QVERIFY(!dialog.view()->hasGuide());
    const QImage dark = tests::portrait(QSize(1280, 960), 0.25);
    cameras.opened->deliver(tests::videoFrame(dark));
    QTest::mouseClick(capture, Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("checkResultLabel"))->text().contains(QStringLiteral("too dark")));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("acceptButton"))->isEnabled());
}

void TestPhotoCaptureDialog::unpluggedCameraIsReported()
{
    tests::FakeCameraProvider cameras(1);
    ui::PhotoCaptureDialog dialog(m_spec, QString(), &cameras);
    dialog.show();
    cameras.opened->deliver(tests::videoFrame(tests::portrait(QSize(640, 480))));
    QTRY_VERIFY(!dialog.view()->image().isNull());
    cameras.unplug();
    QTRY_VERIFY(
        child<QLabel>(&dialog, QStringLiteral("sourceStatusLabel"))->text().contains(QStringLiteral("disconnected")));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("captureButton"))->isEnabled());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("noCameraLabel"))->isVisible());
    QCOMPARE(dialog.sources()->kind(), ui::CaptureSources::Kind::None);
    // Importing still works.
    QVERIFY(dialog.importFile(writeFile(m_dir, QStringLiteral("after.jpg"), tests::encoded(tests::portrait()))));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("acceptButton"))->isEnabled());
}

void TestPhotoCaptureDialog::watchedFolderPictureIsTaken()
{
    QTemporaryDir folder;
    writeFile(folder, QStringLiteral("earlier.jpg"), tests::encoded(tests::portrait(QSize(800, 1000), 0.25)));
    tests::FakeCameraProvider cameras(0);
    ui::PhotoCaptureDialog dialog(m_spec, folder.path(), &cameras);
    dialog.show();
    QCOMPARE(dialog.sources()->kind(), ui::CaptureSources::Kind::Folder); // no camera: the folder is the source
    QVERIFY(!dialog.view()->hasGuide()); // the picture there before is not this citizen's
    writeFile(folder, QStringLiteral("IMG_0100.jpg"), tests::encoded(tests::portrait()));
    QTRY_VERIFY(dialog.view()->hasGuide());
    QCOMPARE(dialog.view()->image().size(), QSize(1200, 1500));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("acceptButton"))->isEnabled());
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("IMG_0100.jpg"))));
}

void TestPhotoCaptureDialog::staticCaptureReturnsBytesOrNothing()
{
    const QString path = writeFile(m_dir, QStringLiteral("static.jpg"), tests::encoded(tests::portrait()));
    // The dialog is modal: act on it once it is up, as a clerk would.
    auto act = [&path](bool accept) {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, path, accept] {
            auto* dialog = qobject_cast<ui::PhotoCaptureDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            timer->deleteLater();
            timer->stop();
            if (accept && dialog->importFile(path)) {
                QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("acceptButton")), Qt::LeftButton);
            } else {
                QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
            }
        });
        timer->start();
    };
    act(true);
    const auto bytes = ui::PhotoCaptureDialog::capture(nullptr, m_spec, QString());
    QVERIFY(bytes && bytes->size() <= m_spec.maxBytes);
    act(false);
    QVERIFY(!ui::PhotoCaptureDialog::capture(nullptr, m_spec, QString()));
}

QTEST_MAIN(TestPhotoCaptureDialog)
#include "TestPhotoCaptureDialog.moc"
