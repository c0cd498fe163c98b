#pragma once

#include "certificate/CertificateTemplate.h"
#include "paper/PdfTextRepair.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
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

    // Paints the certificate on device, whose page must have the template's size and no margins.
    void paint(QPagedPaintDevice* device) const;
    // A one-page PDF of the template's size at path (replaced when it exists) with a searchable text layer;
    // false with a message for the clerk when it cannot be made or written.
    [[nodiscard]] bool writePdf(const QString& path, QString* errorMessage) const;

private:
    QList<paper::PaintedText> paintPage(QPagedPaintDevice* device) const;

    CertificateTemplate m_template;
    CertificateData m_data;
};

} // namespace ow::certificate
