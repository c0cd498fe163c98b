#pragma once

#include <QByteArray>
#include <optional>

namespace ow::idcard {

// Turns a decoded card photo into PNG without Qt Gui, so the core stays free of it.
namespace PhotoImage {

inline constexpr int kWidth = 102;
inline constexpr int kHeight = 126;

// PNG of 8-bit RGB pixels, rows top to bottom, no padding.
[[nodiscard]] QByteArray pngFromRgb(const QByteArray& rgb, int width, int height);
// PNG of an uncompressed 24-bit Windows bitmap; nothing if the bytes are not one.
[[nodiscard]] std::optional<QByteArray> pngFromBmp(const QByteArray& bmp);
// PNG of raw BGR pixels as the unpack() decoders return them: rows bottom to top, no padding.
[[nodiscard]] std::optional<QByteArray> pngFromBottomUpBgr(const QByteArray& bgr, int width, int height);

} // namespace PhotoImage
} // namespace ow::idcard
