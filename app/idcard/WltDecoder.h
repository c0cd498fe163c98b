#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QLibrary;

namespace ow::idcard {

// Decodes the card's 1024-byte WLT photo through a licensed decoder library loaded at run time.
// The format is proprietary: without such a library the photo stays undecoded and the read goes on.
class WltDecoder
{
public:
    enum class Style
    {
        Auto, // whichever entry point the library exports
        Unpack, // libwlt2bmp style: int unpack(char* src, char* dst, int code)
        GetBmp, // WltRS style: int GetBmp(char* wltPath, int interface), writes a .bmp beside the file
    };
    struct Result
    {
        QByteArray png;
        QString message; // translated; empty on success
        [[nodiscard]] bool ok() const { return !png.isEmpty(); }
    };

    // An empty path tries defaultLibraryNames() in the library search path.
    explicit WltDecoder(const QString& libraryPath = {}, Style style = Style::Auto, int vendorCode = 602);
    ~WltDecoder();
    WltDecoder(const WltDecoder&) = delete;
    WltDecoder& operator=(const WltDecoder&) = delete;

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] Style style() const { return m_style; }
    // Why no decoder is available (translated), or empty.
    [[nodiscard]] QString unavailableReason() const { return m_unavailableReason; }
    [[nodiscard]] Result decode(const QByteArray& wlt) const;

    [[nodiscard]] static QStringList defaultLibraryNames();

private:
    using UnpackFunction = int (*)(char*, char*, int);
    using GetBmpFunction = int (*)(char*, int);

    [[nodiscard]] Result decodeWithUnpack(const QByteArray& wlt) const;
    [[nodiscard]] Result decodeWithGetBmp(const QByteArray& wlt) const;

    std::unique_ptr<QLibrary> m_library;
    Style m_style = Style::Auto;
    int m_vendorCode = 602;
    UnpackFunction m_unpack = nullptr;
    GetBmpFunction m_getBmp = nullptr;
    QString m_unavailableReason;
};

} // namespace ow::idcard
