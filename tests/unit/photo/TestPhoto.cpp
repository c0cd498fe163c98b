// Photo checks on generated pictures (too small, dark, bright, blurred), cropping to the certificate's
// size, the JPEG byte budget, and content-addressed storage that never shows a wrong or damaged photo.
#include "db/Database.h"
#include "photo/AttachmentStore.h"
#include "photo/PhotoProcessor.h"

#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// A portrait-like test card: a light background with a face-sized ellipse and sharp detail.
QImage portrait(QSize size, int brightness)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(brightness, brightness, brightness));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(
        QColor(qBound(0, brightness - 60, 255), qBound(0, brightness - 80, 255), qBound(0, brightness - 90, 255)));
    painter.drawEllipse(QRect(size.width() / 4, size.height() / 5, size.width() / 2, size.height() / 2));
    painter.setPen(QPen(QColor(qBound(0, brightness - 120, 255), 0, 0), qMax(1, size.width() / 200)));
    for (int i = 0; i < 40; ++i) {
        painter.drawLine(0, i * size.height() / 40, size.width(), i * size.height() / 40 + 7);
    }
    QRandomGenerator random(7);
    for (int i = 0; i < size.width() * size.height() / 50; ++i) {
        const int x = int(random.bounded(size.width()));
        const int y = int(random.bounded(size.height()));
        image.setPixelColor(x, y, QColor(qBound(0, brightness - 100, 255), qBound(0, brightness - 100, 255), 0));
    }
    return image;
}

QImage blurred(const QImage& image)
{
    // Down and up again: the edges are gone, as in a photo taken while moving.
    return image.scaled(image.width() / 16, image.height() / 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

class TestPhoto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void cropHasTheCertificateSize();
    void jpegFitsTheBudget();
    void storeIsContentAddressed();
    void missingOrDamagedFileIsReported();
};

void TestPhoto::checks_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QString>("problem");
    QTest::newRow("good") << portrait(QSize(1200, 1600), 170) << QString();
    QTest::newRow("too small") << portrait(QSize(200, 260), 170) << QStringLiteral("too small");
    QTest::newRow("too dark") << portrait(QSize(1200, 1600), 35) << QStringLiteral("too dark");
    QTest::newRow("too bright") << portrait(QSize(1200, 1600), 250) << QStringLiteral("too bright");
    QTest::newRow("blurred") << blurred(portrait(QSize(1200, 1600), 170)) << QStringLiteral("blurred");
    QTest::newRow("no picture") << QImage() << QStringLiteral("no picture");
}

void TestPhoto::checks()
{
    QFETCH(QImage, image);
    QFETCH(QString, problem);
    const photo::PhotoCheck check = photo::PhotoProcessor::check(image, photo::PhotoSpec());
    if (problem.isEmpty()) {
        QVERIFY2(check.ok(), qPrintable(check.problems.join(u'\n')));
    } else {
        QVERIFY2(check.problems.join(u'\n').contains(problem), qPrintable(check.problems.join(u'\n')));
    }
}

void TestPhoto::cropHasTheCertificateSize()
{
    const photo::PhotoSpec spec;
    const QImage camera = portrait(QSize(4000, 3000), 170); // a landscape 12-megapixel frame
    const QRect guide = photo::PhotoProcessor::defaultGuide(camera.size(), spec);
    QCOMPARE(guide.height(), 3000);
    QVERIFY(qAbs(double(guide.width()) / guide.height() - double(spec.pixels.width()) / spec.pixels.height()) < 0.01);
    QCOMPARE(photo::PhotoProcessor::crop(camera, guide, spec).size(), spec.pixels);
    QVERIFY(photo::PhotoProcessor::crop(camera, QRect(5000, 5000, 10, 10), spec).isNull());
}

void TestPhoto::jpegFitsTheBudget()
{
    photo::PhotoSpec spec;
    const QImage cropped = photo::PhotoProcessor::crop(
        portrait(QSize(1200, 1600), 170), photo::PhotoProcessor::defaultGuide(QSize(1200, 1600), spec), spec);
    QString error;
    const auto jpeg = photo::PhotoProcessor::encodeJpeg(cropped, spec, &error);
    QVERIFY2(jpeg, qPrintable(error));
    QVERIFY(jpeg->size() <= spec.maxBytes);
    QVERIFY(jpeg->startsWith("\xFF\xD8"));
    spec.maxBytes = 300; // no photo fits in 300 bytes
    QVERIFY(!photo::PhotoProcessor::encodeJpeg(cropped, spec, &error));
    QVERIFY(error.contains(QStringLiteral("does not fit")));
}

void TestPhoto::storeIsContentAddressed()
{
    QTemporaryDir dir;
    db::Database database(dir.filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    photo::AttachmentStore store(database);
    const QByteArray bytes("\xFF\xD8 a photo \xFF\xD9", 14);
    const auto first = store.store(bytes, QStringLiteral("photo"), QStringLiteral("image/jpeg"), {}, {}, 1, &error);
    const auto second = store.store(bytes, QStringLiteral("photo"), QStringLiteral("image/jpeg"), {}, {}, 1, &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(first->sha256, photo::AttachmentStore::sha256Hex(bytes));
    QCOMPARE(first->sha256, second->sha256); // one file for the same bytes
    QVERIFY(QFile::exists(store.blobPath(first->sha256)));
    QCOMPARE(store.load(second->uuid, &error).value_or(QByteArray()), bytes);
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'attachment'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestPhoto::missingOrDamagedFileIsReported()
{
    QTemporaryDir dir;
    db::Database database(dir.filePath(QStringLiteral("onewindow.db")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    photo::AttachmentStore store(database);
    const auto a =
        store.store(QByteArray("photo of A"), QStringLiteral("photo"), QStringLiteral("image/jpeg"), {}, {}, 1, &error);
    const auto b =
        store.store(QByteArray("photo of B"), QStringLiteral("photo"), QStringLiteral("image/jpeg"), {}, {}, 1, &error);
    QVERIFY(a && b);
    // A's file is overwritten with B's bytes: A must not be shown as B.
    {
        QFile file(store.blobPath(a->sha256));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("photo of B");
    }
    QVERIFY(!store.load(a->uuid, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(QFile::remove(store.blobPath(b->sha256)));
    QVERIFY(!store.load(b->uuid, &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    // Storing the same bytes again repairs the damaged file.
    QVERIFY(store.store(QByteArray("photo of A"), QStringLiteral("photo"), QStringLiteral("image/jpeg"), {}, {}, 1,
                        &error));
    QCOMPARE(store.load(a->uuid, &error).value_or(QByteArray()), QByteArray("photo of A"));
}

QTEST_GUILESS_MAIN(TestPhoto)
#include "TestPhoto.moc"
