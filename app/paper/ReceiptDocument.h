#pragma once

#include "paper/PaperData.h"
#include "paper/PdfTextRepair.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ow::paper {

// The acceptance receipt a counter hands out when it accepts a case: what was accepted,
// what was received and what is still due, the deadline, how to collect, and a QR code of the case number.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::paper::ReceiptDocument)

public:
    explicit ReceiptDocument(ReceiptData data);

    [[nodiscard]] const ReceiptData& data() const { return m_data; }
    [[nodiscard]] static QString title();

    // Paints every page onto device, a QPdfWriter or a QPrinter; its page layout decides the space.
    void paint(QPagedPaintDevice* device) const;
    // An A4 PDF at path (replaced when it exists); false with a message for the clerk when it cannot be written.
    [[nodiscard]] bool writePdf(const QString& path, QString* errorMessage) const;

    // The sentence under "How to collect": pickup at the counter, delivery by the grid worker, or courier.
    [[nodiscard]] static QString collectText(const ReceiptData& data);
    // "Received", "Missing" or "Commitment letter", as printed in the materials table.
    [[nodiscard]] static QString statusText(const QString& status);

private:
    // The pages, and the texts painted on them in order.
    QList<PaintedText> paintPages(QPagedPaintDevice* device) const;

    ReceiptData m_data;
};

} // namespace ow::paper
