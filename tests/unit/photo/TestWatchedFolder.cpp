// The document camera's folder: a picture is taken only once it is written whole, other files are ignored,
// a damaged picture is named, files already there are left alone, and nothing is ever deleted.
#include "photo/WatchedFolder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

constexpr int settleMs = 400;

QByteArray picture(const char* format, QColor colour, QSize size = QSize(640, 480))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 3));
    for (int x = 0; x < size.width(); x += 16) {
        painter.drawLine(x, 0, size.width() - x, size.height());
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

bool write(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

} // namespace

class TestWatchedFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileWrittenInPiecesIsTakenWhenComplete_data();
    void fileWrittenInPiecesIsTakenWhenComplete();
    void nonImageFilesAreIgnored();
    void damagedImageIsReportedByName();
    void filesThereAtTheStartAreLeftAlone();
    void severalArriveOldestFirstSoTheLastIsTheNewest();
    void missingFolderIsExplained();
};

void TestWatchedFolder::fileWrittenInPiecesIsTakenWhenComplete_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<int>("pauseMs");
    // A camera writing steadily, and one that stalls longer than the settle time mid-file.
    QTest::newRow("jpeg, steady") << QByteArray("JPEG") << settleMs / 4;
    QTest::newRow("jpeg, stalls") << QByteArray("JPEG") << settleMs * 2;
    QTest::newRow("png, stalls") << QByteArray("PNG") << settleMs * 2;
}

void TestWatchedFolder::fileWrittenInPiecesIsTakenWhenComplete()
{
    QFETCH(QByteArray, format);
    QFETCH(int, pauseMs);
    QTemporaryDir dir;
    photo::WatchedFolder folder;
    folder.setSettleInterval(settleMs);
    QString error;
    QVERIFY2(folder.start(dir.path(), &error), qPrintable(error));
    QSignalSpy arrived(&folder, &photo::WatchedFolder::imageArrived);
    QSignalSpy rejected(&folder, &photo::WatchedFolder::imageRejected);

    const QByteArray whole = picture(format.constData(), QColor(0x80, 0xA0, 0xC0));
    const QString path = dir.filePath(QStringLiteral("IMG_0001.") + QString::fromLatin1(format).toLower());
    const qsizetype third = whole.size() / 3;
    QVERIFY(write(path, whole.left(third)));
    QTest::qWait(pauseMs); // the camera is still writing
    QVERIFY(write(path, whole.mid(third, third), QIODevice::Append));
    QTest::qWait(pauseMs);
    QCOMPARE(arrived.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(write(path, whole.mid(2 * third), QIODevice::Append));

    QTRY_COMPARE(arrived.count(), 1);
    const auto image = arrived.constFirst().constFirst().value<photo::WatchedImage>();
    QCOMPARE(image.path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(image.bytes, whole);
    QCOMPARE(image.image.size(), QSize(640, 480));
    QTest::qWait(2 * settleMs);
    QCOMPARE(arrived.count(), 1); // taken once
    QCOMPARE(rejected.count(), 0);
    QVERIFY(QFile::exists(path)); // the camera's file stays
}

void TestWatchedFolder::nonImageFilesAreIgnored()
{
    QTemporaryDir dir;
    photo::WatchedFolder folder;
    folder.setSettleInterval(settleMs);
    QString error;
    QVERIFY2(folder.start(dir.path(), &error), qPrintable(error));
    QSignalSpy arrived(&folder, &photo::WatchedFolder::imageArrived);
    QSignalSpy rejected(&folder, &photo::WatchedFolder::imageRejected);
    QVERIFY(write(dir.filePath(QStringLiteral("scan.pdf")), "%PDF-1.4 not a picture"));
    QVERIFY(write(dir.filePath(QStringLiteral("IMG_0002.jpg.part")), picture("JPEG", Qt::white)));
    QVERIFY(write(dir.filePath(QStringLiteral("notes.txt")), "notes"));
    QVERIFY(write(dir.filePath(QStringLiteral("page.png")), picture("PNG", Qt::yellow)));
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(QFileInfo(arrived.constFirst().constFirst().value<photo::WatchedImage>().path).fileName(),
             QStringLiteral("page.png"));
    QTest::qWait(4 * settleMs);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(rejected.count(), 0);
}

void TestWatchedFolder::damagedImageIsReportedByName()
{
    QTemporaryDir dir;
    photo::WatchedFolder folder;
    folder.setSettleInterval(settleMs);
    QString error;
    QVERIFY2(folder.start(dir.path(), &error), qPrintable(error));
    QSignalSpy arrived(&folder, &photo::WatchedFolder::imageArrived);
    QSignalSpy rejected(&folder, &photo::WatchedFolder::imageRejected);
    const QString path = dir.filePath(QStringLiteral("IMG_0003.jpg"));
    QByteArray damaged = picture("JPEG", Qt::gray);
    damaged.replace(20, 400, QByteArray(400, 'x')); // the header is broken, the end marker is there
    QVERIFY(write(path, damaged));
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10 * settleMs);
    QCOMPARE(rejected.constFirst().at(0).toString(), QFileInfo(path).absoluteFilePath());
    QVERIFY2(rejected.constFirst().at(1).toString().contains(QStringLiteral("IMG_0003.jpg")),
             qPrintable(rejected.constFirst().at(1).toString()));
    QCOMPARE(arrived.count(), 0);
    QVERIFY(QFile::exists(path)); // reported, never deleted

    // The camera writes the file again, whole this time: it is taken.
    QVERIFY(write(path, picture("JPEG", Qt::darkGreen, QSize(800, 600))));
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(arrived.constFirst().constFirst().value<photo::WatchedImage>().image.size(), QSize(800, 600));
}

void TestWatchedFolder::filesThereAtTheStartAreLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("earlier citizen.jpg")), picture("JPEG", Qt::red)));
    photo::WatchedFolder folder;
    folder.setSettleInterval(settleMs);
    QString error;
    QVERIFY2(folder.start(dir.path(), &error), qPrintable(error));
    QSignalSpy arrived(&folder, &photo::WatchedFolder::imageArrived);
    QVERIFY(write(dir.filePath(QStringLiteral("this citizen.jpg")), picture("JPEG", Qt::blue)));
    QTRY_COMPARE(arrived.count(), 1);
    QTest::qWait(2 * settleMs);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(QFileInfo(arrived.constFirst().constFirst().value<photo::WatchedImage>().path).fileName(),
             QStringLiteral("this citizen.jpg"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestWatchedFolder::severalArriveOldestFirstSoTheLastIsTheNewest()
{
    QTemporaryDir dir;
    photo::WatchedFolder folder;
    folder.setSettleInterval(settleMs);
    QString error;
    QVERIFY2(folder.start(dir.path(), &error), qPrintable(error));
    QSignalSpy arrived(&folder, &photo::WatchedFolder::imageArrived);
    const QDateTime now = QDateTime::currentDateTime();
    // Written in one burst (a camera emptying its buffer); the names do not tell the order, the times do.
    const QStringList names = {QStringLiteral("b.jpg"), QStringLiteral("c.jpg"), QStringLiteral("a.jpg")};
    for (int i = 0; i < names.size(); ++i) {
        const QString path = dir.filePath(names[i]);
        QVERIFY(write(path, picture("JPEG", QColor(40 * i, 100, 100))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(now.addSecs(-30 + 10 * i), QFileDevice::FileModificationTime));
    }
    QTRY_COMPARE(arrived.count(), 3);
    QStringList order;
    for (const QList<QVariant>& signal : std::as_const(arrived)) {
        order << QFileInfo(signal.constFirst().value<photo::WatchedImage>().path).fileName();
    }
    QCOMPARE(order, names);
}

void TestWatchedFolder::missingFolderIsExplained()
{
    photo::WatchedFolder folder;
    QString error;
    QVERIFY(!folder.start(QStringLiteral("/nonexistent/document-camera"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/document-camera")), qPrintable(error));
    QVERIFY(!folder.start(QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("Settings")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWatchedFolder)
#include "TestWatchedFolder.moc"
