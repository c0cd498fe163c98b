#include "PhotoImage.h"

#include <QtEndian>
#include <array>

namespace ow::idcard::PhotoImage {

namespace {

quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    out.append(buffer, 4);
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, static_cast<quint32>(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

quint32 readLittle32(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

quint16 readLittle16(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

} // namespace

QByteArray pngFromRgb(const QByteArray& rgb, int width, int height)
{
    const qsizetype rowBytes = qsizetype(width) * 3;
    if (width <= 0 || height <= 0 || rgb.size() < rowBytes * height)
        return {};
    QByteArray raw;
    raw.reserve((rowBytes + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter type None
        raw.append(rgb.constData() + y * rowBytes, rowBytes);
    }
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(width));
    appendBigEndian(header, static_cast<quint32>(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits, truecolour, deflate, no filter choice, no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    // qCompress writes a 4-byte length, then a zlib stream, which is what IDAT holds.
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(png, "IEND", {});
    return png;
}

std::optional<QByteArray> pngFromBottomUpBgr(const QByteArray& bgr, int width, int height)
{
    const qsizetype rowBytes = qsizetype(width) * 3;
    if (width <= 0 || height <= 0 || bgr.size() < rowBytes * height)
        return std::nullopt;
    QByteArray rgb(rowBytes * height, Qt::Uninitialized);
    for (int y = 0; y < height; ++y) {
        const char* src = bgr.constData() + (height - 1 - y) * rowBytes;
        char* dst = rgb.data() + y * rowBytes;
        for (int x = 0; x < width; ++x) {
            dst[3 * x] = src[3 * x + 2];
            dst[3 * x + 1] = src[3 * x + 1];
            dst[3 * x + 2] = src[3 * x];
        }
    }
    return pngFromRgb(rgb, width, height);
}

std::optional<QByteArray> pngFromBmp(const QByteArray& bmp)
{
    constexpr qsizetype kHeaderSize = 54;
    if (bmp.size() < kHeaderSize || !bmp.startsWith("BM"))
        return std::nullopt;
    const quint32 dataOffset = readLittle32(bmp, 10);
    const qint32 width = static_cast<qint32>(readLittle32(bmp, 18));
    const qint32 signedHeight = static_cast<qint32>(readLittle32(bmp, 22));
    const quint16 bitsPerPixel = readLittle16(bmp, 28);
    const quint32 compression = readLittle32(bmp, 30);
    if (bitsPerPixel != 24 || compression != 0 || width <= 0 || width > 4096 || signedHeight == 0 ||
        qAbs(signedHeight) > 4096)
        return std::nullopt;
    const int height = qAbs(signedHeight);
    const qsizetype stride = ((qsizetype(width) * 3 + 3) / 4) * 4;
    if (dataOffset > quint32(bmp.size()) || bmp.size() - dataOffset < stride * height)
        return std::nullopt;
    QByteArray bgr;
    bgr.reserve(qsizetype(width) * 3 * height);
    for (int row = 0; row < height; ++row) {
        // Store bottom-up whatever the file's order, for pngFromBottomUpBgr.
        const int fileRow = signedHeight > 0 ? row : height - 1 - row;
        bgr.append(bmp.constData() + dataOffset + fileRow * stride, qsizetype(width) * 3);
    }
    return pngFromBottomUpBgr(bgr, width, height);
}

} // namespace ow::idcard::PhotoImage
