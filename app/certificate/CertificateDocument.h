#pragma once

#include "certificate/CertificateTemplate.h"
#include "paper/PdfTextRepair.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QPageLayout>
#include <QPointF>
#include <QString>

class QPagedPaintDevice;

namespace ow::certificate {

// What a certificate shows: texts keyed by the templates' sources ("citizen.name" -> text,
// "form.disability_level" -> text), the holder's photo and the text of the QR code.
struct CertificateData
{
    QJsonObject values;
    QImage photo; // null: the photo box says there is no photo, it never shows anyone else's
    QString qrText;
};

// One certificate laid out by its template, on a page of the template's size.
class CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::CertificateDocument)

public:
    CertificateDocument(CertificateTemplate certificateTemplate, CertificateData data);

    // The printed value of a field: its literal text or the data under its source (empty when there is none).
    [[nodiscard]] QString valueText(const TemplateField& field) const;

    // The page a certificate is printed on: the template's size, landscape when wider than tall, no margins.
    [[nodiscard]] QPageLayout pageLayout() const;

    // Paints the certificate on device, whose page must have the template's size and no margins.
    void paint(QPagedPaintDevice* device) const;
    // The same, shifted by offsetMm (a printer's calibration for pre-printed card stock); false when the
    // device cannot be painted on. painted receives every text, for a PDF's text layer.
    [[nodiscard]] bool paint(QPagedPaintDevice* device, QPointF offsetMm,
                             QList<paper::PaintedText>* painted = nullptr) const;
    // A one-page PDF of the template's size at path (replaced when it exists) with a searchable text layer;
    // false with a message for the clerk when it cannot be made or written.
    [[nodiscard]] bool writePdf(const QString& path, QString* errorMessage, QPointF offsetMm = {}) const;

    [[nodiscard]] const CertificateTemplate& certificateTemplate() const { return m_template; }
    [[nodiscard]] const CertificateData& data() const { return m_data; }

private:
    QList<paper::PaintedText> paintPage(QPagedPaintDevice* device, QPointF offsetMm, bool* ok) const;

    CertificateTemplate m_template;
    CertificateData m_data;
};

} // namespace ow::certificate
