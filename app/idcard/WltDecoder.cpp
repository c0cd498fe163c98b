#include "WltDecoder.h"

#include "PhotoImage.h"
#include "SamProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibrary>
#include <QTemporaryDir>

namespace ow::idcard {

namespace {

constexpr int kWltSize = 1024;
// unpack() writes 102x126 BGR pixels, some builds a whole bitmap; some overrun a tight buffer, so be generous.
constexpr int kUnpackBufferSize = 64 * 1024;
// GetBmp's interface argument: 1 serial, 2 USB. It only matters to decoders that check the reader's licence.
constexpr int kGetBmpUsbInterface = 2;

QString noDecoderMessage()
{
    return QCoreApplication::translate(
        "ow::idcard::WltDecoder", "No photo decoder is installed. The card was read; its photo is kept undecoded.");
}

} // namespace

QStringList WltDecoder::defaultLibraryNames()
{
    return {QStringLiteral("wlt2bmp"), QStringLiteral("wlt"), QStringLiteral("WltRS"), QStringLiteral("wltrs")};
}

WltDecoder::WltDecoder(const QString& libraryPath, Style style, int vendorCode)
    : m_style(style)
    , m_vendorCode(vendorCode)
{
    const QStringList candidates = libraryPath.isEmpty() ? defaultLibraryNames() : QStringList {libraryPath};
    for (const QString& candidate : candidates) {
        auto library = std::make_unique<QLibrary>(candidate);
        if (!library->load()) {
            qCDebug(lcIdCard) << "photo decoder not loaded:" << library->errorString();
            continue;
        }
        const auto unpack = reinterpret_cast<UnpackFunction>(library->resolve("unpack"));
        const auto getBmp = reinterpret_cast<GetBmpFunction>(library->resolve("GetBmp"));
        if ((style == Style::Auto || style == Style::Unpack) && unpack) {
            m_unpack = unpack;
            m_style = Style::Unpack;
        } else if ((style == Style::Auto || style == Style::GetBmp) && getBmp) {
            m_getBmp = getBmp;
            m_style = Style::GetBmp;
        } else {
            qCWarning(lcIdCard) << "library" << library->fileName() << "exports neither unpack nor GetBmp";
            library->unload();
            continue;
        }
        qCInfo(lcIdCard) << "photo decoder" << library->fileName() << "loaded";
        m_library = std::move(library);
        return;
    }
    m_unavailableReason = noDecoderMessage();
}

WltDecoder::~WltDecoder()
{
    // Leave the library loaded: unloading a vendor library that started threads can crash at exit.
}

bool WltDecoder::isAvailable() const
{
    return m_unpack || m_getBmp;
}

WltDecoder::Result WltDecoder::decode(const QByteArray& wlt) const
{
    if (!isAvailable())
        return {{}, m_unavailableReason};
    if (wlt.size() != kWltSize) {
        qCWarning(lcIdCard) << "photo block has" << wlt.size() << "bytes, expected" << kWltSize;
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo read from the card is incomplete. Place the card again.")};
    }
    return m_unpack ? decodeWithUnpack(wlt) : decodeWithGetBmp(wlt);
}

WltDecoder::Result WltDecoder::decodeWithUnpack(const QByteArray& wlt) const
{
    QByteArray source = wlt;
    QByteArray target(kUnpackBufferSize, '\0');
    const int rc = m_unpack(source.data(), target.data(), m_vendorCode);
    if (rc != 1) {
        qCWarning(lcIdCard) << "unpack() returned" << rc;
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo decoder could not decode the photo (code %1).")
                    .arg(rc)};
    }
    std::optional<QByteArray> png = target.startsWith("BM")
        ? PhotoImage::pngFromBmp(target)
        : PhotoImage::pngFromBottomUpBgr(target, PhotoImage::kWidth, PhotoImage::kHeight);
    if (!png)
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo decoder returned an image that cannot be used.")};
    return {*png, {}};
}

WltDecoder::Result WltDecoder::decodeWithGetBmp(const QByteArray& wlt) const
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo could not be decoded: no temporary folder is writable.")};
    const QString wltPath = dir.filePath(QStringLiteral("zp.wlt"));
    QFile wltFile(wltPath);
    if (!wltFile.open(QIODevice::WriteOnly) || wltFile.write(wlt) != wlt.size())
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo could not be decoded: no temporary folder is writable.")};
    wltFile.close();

    QByteArray path = QFile::encodeName(wltPath);
    const int rc = m_getBmp(path.data(), kGetBmpUsbInterface);
    if (rc != 1) {
        qCWarning(lcIdCard) << "GetBmp() returned" << rc;
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo decoder could not decode the photo (code %1).")
                    .arg(rc)};
    }
    QFile bmpFile(dir.filePath(QStringLiteral("zp.bmp")));
    if (!bmpFile.open(QIODevice::ReadOnly))
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo decoder reported success but wrote no image.")};
    const auto png = PhotoImage::pngFromBmp(bmpFile.readAll());
    if (!png)
        return {{},
                QCoreApplication::translate("ow::idcard::WltDecoder",
                                            "The photo decoder returned an image that cannot be used.")};
    return {*png, {}};
}

} // namespace ow::idcard
