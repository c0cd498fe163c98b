#include "paper/QrCode.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <cerrno>
#include <qrencode.h>

Q_LOGGING_CATEGORY(lcQrCode, "ow.paper.qrcode")

namespace ow::paper {

QrCode::QrCode(int size, int version, std::vector<bool> modules)
    : m_size(size)
    , m_version(version)
    , m_modules(std::move(modules))
{ }

std::optional<QrCode> QrCode::encode(const QString& text, QString* errorMessage)
{
    if (text.isEmpty()) {
        *errorMessage = tr("There is no text to put into the QR code.");
        return std::nullopt;
    }
    const QByteArray utf8 = text.toUtf8();
    // libqrencode takes a C string: a NUL inside would silently cut the text short.
    if (utf8.contains('\0')) {
        *errorMessage = tr("The text for the QR code contains a control character that cannot be encoded.");
        return std::nullopt;
    }
    // Version 0 lets the library pick the smallest symbol; QR_MODE_8 with case sensitivity keeps the
    // bytes exactly while still using the denser alphanumeric mode for runs such as case numbers.
    errno = 0;
    QRcode* symbol = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!symbol) {
        const int error = errno;
        qCWarning(lcQrCode) << "QRcode_encodeString failed for" << utf8.size() << "bytes, errno" << error;
        if (error == ERANGE) {
            *errorMessage = tr("The text is too long for a QR code (%1 bytes).").arg(utf8.size());
        } else {
            *errorMessage = tr("The QR code could not be made.");
        }
        return std::nullopt;
    }
    const int size = symbol->width;
    std::vector<bool> modules(static_cast<size_t>(size) * static_cast<size_t>(size));
    for (size_t i = 0; i < modules.size(); ++i) {
        modules[i] = (symbol->data[i] & 1) != 0; // bit 0: dark module; the other bits are encoder bookkeeping
    }
    const int version = symbol->version;
    QRcode_free(symbol);
    return QrCode(size, version, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules[static_cast<size_t>(y) * static_cast<size_t>(m_size) + static_cast<size_t>(x)];
}

void QrCode::paint(QPainter* painter, const QRectF& rect, int quietZone) const
{
    if (m_size == 0 || rect.isEmpty()) {
        return;
    }
    quietZone = std::max(0, quietZone);
    const int span = m_size + 2 * quietZone;
    const qreal side = std::min(rect.width(), rect.height());
    const qreal module = side / span;
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(square, Qt::white);
    // One path of row runs filled at once: no hairline seams between neighbouring modules in PDF viewers.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    const QPointF origin = square.topLeft() + QPointF(quietZone * module, quietZone * module);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y)) {
                ++x;
            }
            dark.addRect(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module);
        }
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    painter->drawPath(dark);
    painter->restore();
}

} // namespace ow::paper
