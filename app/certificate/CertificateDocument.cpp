#include "certificate/CertificateDocument.h"

#include "paper/PageComposer.h"
#include "paper/QrCode.h"

#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QtMath>

Q_LOGGING_CATEGORY(lcCertificate, "ow.certificate.document")

namespace ow::certificate {

namespace {

// The same face as the receipt: it covers Simplified Chinese and the rare name characters beyond the BMP.
const QString certificateFontFamily = QStringLiteral("Noto Sans CJK SC");
constexpr qreal smallestPointSize = 4;
const QColor sealRed(200, 16, 32);

QFont certificateFont(qreal pointSize, bool bold)
{
    QFont font(certificateFontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Paints on one page and remembers every text, in painting order, for the PDF's text layer.
class Painter
{
public:
    Painter(QPagedPaintDevice* device, QPainter* painter)
        : m_device(device)
        , m_painter(painter)
    { }

    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * m_device->logicalDpiX() / 25.4; }
    [[nodiscard]] QRectF mm(const QRectF& rect) const
    {
        return {mm(rect.x()), mm(rect.y()), mm(rect.width()), mm(rect.height())};
    }

    [[nodiscard]] qreal textWidth(const QString& value, const QFont& font) const
    {
        return QFontMetricsF(font, m_device).horizontalAdvance(value);
    }

    // A font as large as asked, or smaller until text fits width: a long name shrinks, it is never cut off.
    [[nodiscard]] QFont fitting(const QString& value, qreal pointSize, bool bold, qreal width) const
    {
        QFont font = certificateFont(pointSize, bold);
        while (font.pointSizeF() > smallestPointSize && textWidth(value, font) > width) {
            font.setPointSizeF(font.pointSizeF() - 0.25);
        }
        return font;
    }

    void drawText(const QRectF& rect, const QString& value, const QFont& font, Qt::Alignment alignment)
    {
        if (value.isEmpty()) {
            return;
        }
        m_painter->setFont(font);
        m_painter->drawText(rect, int(alignment | Qt::AlignVCenter | Qt::TextSingleLine), value);
        m_painted.append({font, value});
    }

    void record(const QFont& font, const QString& value) { m_painted.append({font, value}); }

    [[nodiscard]] QPainter* painter() const { return m_painter; }
    [[nodiscard]] const QList<paper::PaintedText>& painted() const { return m_painted; }

private:
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    QList<paper::PaintedText> m_painted;
};

// A five-pointed star in the middle of the seal, as on official seals.
QPolygonF star(const QPointF& centre, qreal outerRadius)
{
    QPolygonF polygon;
    const qreal innerRadius = outerRadius * 0.382;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outerRadius : innerRadius;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        polygon.append(centre + QPointF(radius * qCos(angle), radius * qSin(angle)));
    }
    return polygon;
}

} // namespace

CertificateDocument::CertificateDocument(CertificateTemplate certificateTemplate, CertificateData data)
    : m_template(std::move(certificateTemplate))
    , m_data(std::move(data))
{ }

QString CertificateDocument::valueText(const TemplateField& field) const
{
    if (field.source == u"literal") {
        return field.text;
    }
    return m_data.values.value(field.source).toVariant().toString();
}

QPageLayout CertificateDocument::pageLayout() const
{
    const QSizeF size = m_template.sizeMm;
    const bool landscape = size.width() > size.height();
    const QPageSize pageSize(landscape ? size.transposed() : size, QPageSize::Millimeter, m_template.name,
                             QPageSize::ExactMatch);
    return QPageLayout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

void CertificateDocument::paint(QPagedPaintDevice* device) const
{
    bool ok = false;
    (void)paintPage(device, {}, &ok);
}

bool CertificateDocument::paint(QPagedPaintDevice* device, QPointF offsetMm, QList<paper::PaintedText>* painted) const
{
    bool ok = false;
    const QList<paper::PaintedText> texts = paintPage(device, offsetMm, &ok);
    if (painted) {
        *painted = texts;
    }
    return ok;
}

QList<paper::PaintedText> CertificateDocument::paintPage(QPagedPaintDevice* device, QPointF offsetMm, bool* ok) const
{
    *ok = false;
    QPainter qpainter;
    if (!qpainter.begin(device)) {
        qCWarning(lcCertificate) << "cannot paint certificate" << m_template.code << "on the device";
        return {};
    }
    qpainter.setRenderHint(QPainter::Antialiasing);
    Painter page(device, &qpainter);
    // The whole drawing moves with the printer's calibration, so it lands on the boxes of pre-printed stock.
    qpainter.translate(page.mm(offsetMm.x()), page.mm(offsetMm.y()));

    for (const TemplateField& field : m_template.fields) {
        const QRectF box = page.mm(field.boxMm);
        const QString value = valueText(field);
        qreal valueLeft = box.left();
        if (!field.label.isEmpty()) {
            // The caption in the regular face, the value after it in the field's own face.
            const QFont labelFont = certificateFont(field.fontPt, false);
            const qreal labelWidth = page.textWidth(field.label, labelFont);
            page.drawText(box, field.label, labelFont, Qt::AlignLeft);
            valueLeft += labelWidth + page.mm(1.5);
        }
        const QRectF valueBox(valueLeft, box.top(), box.right() - valueLeft, box.height());
        page.drawText(valueBox, value, page.fitting(value, field.fontPt, field.bold, valueBox.width()),
                      field.alignment);
    }

    if (m_template.photoBoxMm) {
        const QRectF box = page.mm(*m_template.photoBoxMm);
        if (m_data.photo.isNull()) {
            qpainter.setPen(QPen(Qt::black, page.mm(0.2)));
            qpainter.setBrush(Qt::NoBrush);
            qpainter.drawRect(box);
            page.drawText(box, tr("No photo"), certificateFont(6, false), Qt::AlignHCenter);
        } else {
            // Fill the box and cut the overflow evenly on both sides, so the face stays in the middle.
            const QSizeF scaled = QSizeF(m_data.photo.size()).scaled(box.size(), Qt::KeepAspectRatioByExpanding);
            const QRectF target(box.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
            qpainter.save();
            qpainter.setClipRect(box);
            qpainter.drawImage(target, m_data.photo);
            qpainter.restore();
        }
    }

    if (m_template.qrBoxMm && !m_data.qrText.isEmpty()) {
        QString error;
        const auto qr = paper::QrCode::encode(m_data.qrText, &error);
        if (qr) {
            // Two modules of quiet zone: the card is small and the box is already clear of print.
            qr->paint(&qpainter, page.mm(*m_template.qrBoxMm), 2);
        } else {
            qCWarning(lcCertificate) << "no QR code on certificate" << m_template.code << ":" << error;
        }
    }

    if (m_template.seal) {
        const TemplateSeal& seal = *m_template.seal;
        const QPointF centre(page.mm(seal.centreMm.x()), page.mm(seal.centreMm.y()));
        const qreal radius = page.mm(seal.diameterMm / 2);
        qpainter.setPen(QPen(sealRed, page.mm(0.6)));
        qpainter.setBrush(Qt::NoBrush);
        qpainter.drawEllipse(centre, radius, radius);
        qpainter.setPen(Qt::NoPen);
        qpainter.setBrush(sealRed);
        qpainter.drawPolygon(star(centre, radius * 0.3));

        // The text runs clockwise along the upper arc, each character upright towards the centre.
        const QList<uint> characters = seal.text.toUcs4();
        if (!characters.isEmpty()) {
            const QFont font = certificateFont(seal.diameterMm * 0.4, true);
            const qreal textRadius = radius * 0.7;
            const qreal span = std::min(240.0, 26.0 * characters.size());
            const qreal step = characters.size() > 1 ? span / (characters.size() - 1) : 0;
            qpainter.setFont(font);
            qpainter.setPen(sealRed);
            for (qsizetype i = 0; i < characters.size(); ++i) {
                const char32_t code = characters.at(i);
                const QString character = QString::fromUcs4(&code, 1);
                const qreal angle = -span / 2 + i * step; // degrees from the top, clockwise
                qpainter.save();
                qpainter.translate(centre);
                qpainter.rotate(angle);
                const qreal side = textRadius * 0.5;
                qpainter.drawText(QRectF(-side / 2, -textRadius - side / 2, side, side), Qt::AlignCenter, character);
                qpainter.restore();
            }
            page.record(font, seal.text);
        }
    }
    *ok = qpainter.end();
    return page.painted();
}

bool CertificateDocument::writePdf(const QString& path, QString* errorMessage, QPointF offsetMm) const
{
    if (m_template.qrBoxMm && !m_data.qrText.isEmpty()) {
        QString error;
        if (!paper::QrCode::encode(m_data.qrText, &error)) {
            *errorMessage = error;
            return false;
        }
    }
    return paper::PageComposer::writePdf(
        path, m_template.name,
        [this, offsetMm](QPagedPaintDevice* device) {
            // The page is the certificate itself.
            device->setPageLayout(pageLayout());
            bool ok = false;
            return paintPage(device, offsetMm, &ok);
        },
        errorMessage);
}

} // namespace ow::certificate
