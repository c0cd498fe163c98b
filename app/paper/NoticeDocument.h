#pragma once

#include "paper/PaperData.h"
#include "paper/PdfTextRepair.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ow::paper {

// The one-time notice of missing materials: every material still missing for an item, told in one written
// notice before any case is opened, so the citizen needs to come back only once.
class NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::paper::NoticeDocument)

public:
    explicit NoticeDocument(NoticeData data);

    [[nodiscard]] const NoticeData& data() const { return m_data; }
    [[nodiscard]] static QString title();

    // Paints every page onto device, a QPdfWriter or a QPrinter; its page layout decides the space.
    void paint(QPagedPaintDevice* device) const;
    // An A4 PDF at path (replaced when it exists); false with a message for the clerk when it cannot be written.
    [[nodiscard]] bool writePdf(const QString& path, QString* errorMessage) const;

private:
    // The pages, and the texts painted on them in order.
    QList<PaintedText> paintPages(QPagedPaintDevice* device) const;

    NoticeData m_data;
};

} // namespace ow::paper
