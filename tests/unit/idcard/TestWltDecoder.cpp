// The photo decoder loader. The real decoders are proprietary, so this file also builds two stand-in
// libraries (one per entry-point style) when compiled with OW_FAKE_WLT_UNPACK or OW_FAKE_WLT_GETBMP.

#if defined(OW_FAKE_WLT_UNPACK) || defined(OW_FAKE_WLT_GETBMP)

#include <cstdio>
#include <cstring>
#include <string>

namespace {
constexpr int kWidth = 102;
constexpr int kHeight = 126;
} // namespace

#if defined(OW_FAKE_WLT_UNPACK)
// Writes raw BGR rows bottom to top, as the libwlt2bmp style does: the top row red, the rest blue.
extern "C" __attribute__((visibility("default"))) int unpack(char* src, char* dst, int code)
{
    if (code != 602 || src[0] != 'W')
        return 0;
    for (int row = 0; row < kHeight; ++row) {
        const bool top = row == kHeight - 1;
        for (int x = 0; x < kWidth; ++x) {
            char* pixel = dst + (row * kWidth + x) * 3;
            pixel[0] = top ? 0 : char(0xFF);
            pixel[1] = 0;
            pixel[2] = top ? char(0xFF) : 0;
        }
    }
    return 1;
}
#else
// Reads path (a .wlt file) and writes a 24-bit bitmap beside it, as WltRS's GetBmp does: the top row green.
extern "C" __attribute__((visibility("default"))) int GetBmp(char* path, int)
{
    std::string wlt(path);
    FILE* in = std::fopen(wlt.c_str(), "rb");
    if (!in)
        return -3;
    char buffer[2048];
    const size_t size = std::fread(buffer, 1, sizeof buffer, in);
    std::fclose(in);
    if (size != 1024)
        return -4;
    const std::string bmp = wlt.substr(0, wlt.size() - 3) + "bmp";
    FILE* out = std::fopen(bmp.c_str(), "wb");
    if (!out)
        return -1;
    const int stride = (kWidth * 3 + 3) / 4 * 4;
    const int imageSize = stride * kHeight;
    unsigned char header[54] = {'B', 'M'};
    const int fileSize = 54 + imageSize;
    std::memcpy(header + 2, &fileSize, 4);
    header[10] = 54;
    header[14] = 40;
    std::memcpy(header + 18, &kWidth, 4);
    std::memcpy(header + 22, &kHeight, 4);
    header[26] = 1;
    header[28] = 24;
    std::fwrite(header, 1, sizeof header, out);
    for (int row = 0; row < kHeight; ++row) {
        unsigned char line[stride] = {};
        const bool top = row == kHeight - 1;
        for (int x = 0; x < kWidth; ++x) {
            line[3 * x] = top ? 0 : 0x80;
            line[3 * x + 1] = top ? 0xFF : 0x80;
            line[3 * x + 2] = top ? 0 : 0x80;
        }
        std::fwrite(line, 1, stride, out);
    }
    std::fclose(out);
    return 1;
}
#endif

#else

#include "idcard/WltDecoder.h"

#include <QImage>
#include <QTest>

using namespace ow::idcard;

class TestWltDecoder : public QObject
{
    Q_OBJECT

private:
    static QByteArray wlt()
    {
        QByteArray bytes(1024, '\x01');
        bytes[0] = 'W';
        return bytes;
    }

private Q_SLOTS:
    void saysWhenNoDecoderIsInstalled()
    {
        const WltDecoder decoder(QStringLiteral("/nonexistent/libwlt2bmp.so"));
        QVERIFY(!decoder.isAvailable());
        QVERIFY(decoder.unavailableReason().contains(QStringLiteral("No photo decoder is installed")));
        const WltDecoder::Result result = decoder.decode(wlt());
        QVERIFY(!result.ok());
        QVERIFY(result.message.contains(QStringLiteral("No photo decoder is installed")));
    }

    void decodesThroughLibrary_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<int>("style");
        QTest::addColumn<QColor>("top");
        QTest::addColumn<QColor>("bottom");
        QTest::newRow("unpack style") << QStringLiteral(OW_FAKE_UNPACK_LIBRARY) << int(WltDecoder::Style::Unpack)
                                      << QColor(255, 0, 0) << QColor(0, 0, 255);
        QTest::newRow("GetBmp style") << QStringLiteral(OW_FAKE_GETBMP_LIBRARY) << int(WltDecoder::Style::GetBmp)
                                      << QColor(0, 255, 0) << QColor(128, 128, 128);
    }
    void decodesThroughLibrary()
    {
        QFETCH(QString, library);
        QFETCH(int, style);
        QFETCH(QColor, top);
        QFETCH(QColor, bottom);
        const WltDecoder decoder(library);
        QVERIFY(decoder.isAvailable());
        QCOMPARE(int(decoder.style()), style);
        const WltDecoder::Result result = decoder.decode(wlt());
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QImage image = QImage::fromData(result.png, "PNG");
        QCOMPARE(image.size(), QSize(102, 126));
        QCOMPARE(image.pixelColor(0, 0), top);
        QCOMPARE(image.pixelColor(101, 125), bottom);
    }

    void reportsDecoderFailure_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("unpack rejects data") << QStringLiteral(OW_FAKE_UNPACK_LIBRARY) << QByteArray(1024, 'x')
                                             << QStringLiteral("could not decode the photo (code 0)");
        QTest::newRow("short photo") << QStringLiteral(OW_FAKE_GETBMP_LIBRARY) << QByteArray(100, 'W')
                                     << QStringLiteral("incomplete");
    }
    void reportsDecoderFailure()
    {
        QFETCH(QString, library);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const WltDecoder decoder(library);
        const WltDecoder::Result result = decoder.decode(input);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
    }

    void honoursRequestedStyle()
    {
        // A library with only unpack() is no decoder for someone who configured the GetBmp style.
        const WltDecoder decoder(QStringLiteral(OW_FAKE_UNPACK_LIBRARY), WltDecoder::Style::GetBmp);
        QVERIFY(!decoder.isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestWltDecoder)
#include "TestWltDecoder.moc"

#endif
