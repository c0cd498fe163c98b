// The repair of QPdfWriter's text layer: an incremental update with the painted characters, or the PDF
// unchanged when it cannot be read with certainty.
#include "paper/PdfTextRepair.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using ow::paper::PaintedText;
using ow::paper::PdfTextRepair;

namespace {

QFont paperFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(12);
    return font;
}

QByteArray pdfWith(const QString& text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.setFont(paperFont());
        painter.drawText(QPointF(100, 300), text);
    }
    return buffer.data();
}

} // namespace

class TestPdfTextRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leavesWhatItCannotReadUnchanged_data();
    void leavesWhatItCannotReadUnchanged();
    void appendsCorrectedMaps();
};

void TestPdfTextRepair::leavesWhatItCannotReadUnchanged_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a PDF") << QByteArray("hello, world");
    QTest::newRow("truncated PDF") << pdfWith(QStringLiteral("\u4EBA\u5C0F")).left(400);
}

void TestPdfTextRepair::leavesWhatItCannotReadUnchanged()
{
    QFETCH(QByteArray, pdf);
    QCOMPARE(PdfTextRepair::repaired(pdf, {{paperFont(), QStringLiteral("\u4EBA\u5C0F")}}), pdf);
}

void TestPdfTextRepair::appendsCorrectedMaps()
{
    // U+4EBA and U+5C0F share their glyphs with the Kangxi radicals U+2F08 and U+2F29; U+20BB7 is beyond the BMP.
    const QString text = QString::fromUcs4(U"\u4EBA\u5C0F\U00020BB7");
    const QByteArray pdf = pdfWith(text);
    QVERIFY2(pdf.contains("<2F08>"), "Qt maps the glyph to the Kangxi radical; the repair is still needed");
    const QByteArray repaired = PdfTextRepair::repaired(pdf, {{paperFont(), text}});
    QVERIFY(repaired.startsWith(pdf)); // the original bytes stay: an incremental update
    const QByteArray update = repaired.mid(pdf.size());
    QVERIFY(update.contains("<4EBA>"));
    QVERIFY(update.contains("<5C0F>"));
    QVERIFY(update.contains("<D842DFB7>"));
    QVERIFY(!update.contains("<2F08>"));
    QVERIFY(update.contains("/Prev "));
    QVERIFY(update.endsWith("%%EOF\n"));
}

QTEST_MAIN(TestPdfTextRepair)
#include "TestPdfTextRepair.moc"
