// Benchmark: a 12-megapixel camera frame checked, cropped to the certificate photo and encoded within budget.
#include "photo/PhotoProcessor.h"

#include <QPainter>
#include <QTest>

class BenchPhoto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twelveMegapixelFrame();
};

void BenchPhoto::twelveMegapixelFrame()
{
    QImage frame(QSize(4000, 3000), QImage::Format_RGB32);
    frame.fill(QColor(170, 165, 160));
    QPainter painter(&frame);
    painter.setBrush(QColor(120, 90, 80));
    painter.drawEllipse(QRect(1400, 600, 1200, 1600));
    for (int i = 0; i < 300; ++i) {
        painter.drawLine(0, i * 10, 4000, i * 10 + 5);
    }
    painter.end();
    const ow::photo::PhotoSpec spec;
    int bytes = 0;
    QBENCHMARK
    {
        const ow::photo::PhotoCheck check = ow::photo::PhotoProcessor::check(frame, spec);
        Q_UNUSED(check)
        const QImage cropped =
            ow::photo::PhotoProcessor::crop(frame, ow::photo::PhotoProcessor::defaultGuide(frame.size(), spec), spec);
        QString error;
        bytes = static_cast<int>(
            ow::photo::PhotoProcessor::encodeJpeg(cropped, spec, &error).value_or(QByteArray()).size());
    }
    QVERIFY(bytes > 0 && bytes <= spec.maxBytes);
    qInfo("certificate photo from a 12-megapixel frame: %d bytes", bytes);
}

QTEST_GUILESS_MAIN(BenchPhoto)
#include "BenchPhoto.moc"
