#include "PaperPrinter.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ow::ui {

PaperPrinter::PaperPrinter(QString pdfFolder)
    : m_pdfFolder(std::move(pdfFolder))
{ }

bool PaperPrinter::print(const Painter& paint, const PdfWriter& writePdf, const QString& documentName, QWidget* parent,
                         QString* errorMessage) const
{
    if (!m_pdfFolder.isEmpty()) {
        if (!QDir().mkpath(m_pdfFolder)) {
            *errorMessage = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_pdfFolder));
            return false;
        }
        QString stem = documentName;
        stem.replace(QLatin1Char('/'), QLatin1Char('_'));
        m_lastFile = QDir(m_pdfFolder).filePath(stem + QStringLiteral(".pdf"));
        return writePdf(m_lastFile, errorMessage);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print %1").arg(documentName));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter* target) { paint(target); });
    if (preview.exec() != QDialog::Accepted) {
        *errorMessage = tr("Printing was cancelled.");
        return false;
    }
    return true;
}

} // namespace ow::ui
