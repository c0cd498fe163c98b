#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

namespace ow::paper {

// A QR code symbol (error correction level M) as a square matrix of dark and light modules.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(ow::paper::QrCode)

public:
    // The quiet zone the standard asks for around a symbol, in modules.
    static constexpr int standardQuietZone = 4;

    // Encodes text as UTF-8; nothing, with a message for the clerk, when it is empty or too long for a symbol.
    [[nodiscard]] static std::optional<QrCode> encode(const QString& text, QString* errorMessage);

    // Modules per side (21 for version 1, 4 more per version up to 177).
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] bool isDark(int x, int y) const;

    // Paints the symbol as large as fits, centred in rect and square, on white with a quiet zone of
    // quietZone modules; every module covers the same whole area so scanners see a regular grid.
    void paint(QPainter* painter, const QRectF& rect, int quietZone = standardQuietZone) const;

private:
    QrCode(int size, int version, std::vector<bool> modules);

    int m_size = 0;
    int m_version = 0;
    std::vector<bool> m_modules; // row by row
};

} // namespace ow::paper
