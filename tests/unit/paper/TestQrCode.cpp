// The QR code on the paper: symbol sizes, the finder patterns, the quiet zone, and refusals.
#include "paper/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using ow::paper::QrCode;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symbolSize_data();
    void symbolSize();
    void finderPatterns();
    void outsideTheSymbolIsLight();
    void refusesWhatCannotBeEncoded_data();
    void refusesWhatCannotBeEncoded();
    void paintsWithQuietZone();
};

void TestQrCode::symbolSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("size");
    QTest::newRow("short case number") << QStringLiteral("HZ-0001") << 1 << 21;
    // 23 characters: more than version 1-M holds (20 alphanumeric), so version 2.
    QTest::newRow("full case number") << QStringLiteral("330104-03-20250310-0007") << 2 << 25;
    QTest::newRow("lower case and CJK in UTF-8") << QString::fromUtf8("case \xE5\x8F\x97\xE7\x90\x86 0007") << 2 << 25;
    QTest::newRow("100 bytes") << QString(100, QLatin1Char('a')) << 6 << 41;
}

void TestQrCode::symbolSize()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(int, size);
    QString error;
    const std::optional<QrCode> code = QrCode::encode(text, &error);
    QVERIFY2(code, qPrintable(error));
    QCOMPARE(code->version(), version);
    QCOMPARE(code->size(), size);
    QCOMPARE(code->size(), 17 + 4 * code->version());
}

void TestQrCode::finderPatterns()
{
    QString error;
    const std::optional<QrCode> code = QrCode::encode(QStringLiteral("HZ-0001"), &error);
    QVERIFY(code);
    const int last = code->size() - 1;
    // Each corner finder: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre.
    const QList<QPoint> corners = {{0, 0}, {last - 6, 0}, {0, last - 6}};
    for (const QPoint& corner : corners) {
        QVERIFY(code->isDark(corner.x(), corner.y()));
        QVERIFY(code->isDark(corner.x() + 6, corner.y() + 6));
        QVERIFY(!code->isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(code->isDark(corner.x() + 3, corner.y() + 3));
    }
}

void TestQrCode::outsideTheSymbolIsLight()
{
    QString error;
    const std::optional<QrCode> code = QrCode::encode(QStringLiteral("HZ-0001"), &error);
    QVERIFY(code);
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, code->size()));
}

void TestQrCode::refusesWhatCannotBeEncoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("no text");
    // Version 40-M holds at most 2331 bytes.
    QTest::newRow("too long") << QString(5000, QLatin1Char('a')) << QStringLiteral("too long");
    QTest::newRow("NUL inside") << QStringLiteral("HZ\u0000-0001") << QStringLiteral("control character");
}

void TestQrCode::refusesWhatCannotBeEncoded()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!QrCode::encode(text, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestQrCode::paintsWithQuietZone()
{
    QString error;
    const std::optional<QrCode> code = QrCode::encode(QStringLiteral("HZ-0001"), &error);
    QVERIFY(code);
    // 21 modules and 4 on each side: 29 modules of 10 pixels, centred in a wider image.
    QImage image(390, 290, QImage::Format_RGB32);
    image.fill(Qt::red);
    {
        QPainter painter(&image);
        code->paint(&painter, QRectF(0, 0, 390, 290));
    }
    const int left = (390 - 290) / 2;
    QCOMPARE(QColor(image.pixel(left - 1, 145)), QColor(Qt::red)); // nothing painted outside the square
    QCOMPARE(QColor(image.pixel(left + 5, 5)), QColor(Qt::white)); // quiet zone
    QCOMPARE(QColor(image.pixel(left + 35, 35)), QColor(Qt::white));
    QCOMPARE(QColor(image.pixel(left + 45, 45)), QColor(Qt::black)); // first module of the finder pattern
    QCOMPARE(QColor(image.pixel(left + 55, 55)), QColor(Qt::white)); // its light ring
    QCOMPARE(QColor(image.pixel(left + 75, 75)), QColor(Qt::black)); // its centre
}

QTEST_MAIN(TestQrCode)
#include "TestQrCode.moc"
