#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace ow::ui {

// Prints a document the core paints: with a preview on the counter's printer, or, when a folder is
// given (tests, and halls that archive paper as PDF), into a PDF file there without asking.
class PaperPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::ui::PaperPrinter)

public:
    using Painter = std::function<void(QPagedPaintDevice*)>;
    using PdfWriter = std::function<bool(const QString& path, QString* errorMessage)>;

    explicit PaperPrinter(QString pdfFolder = {});

    // Returns false with a message when nothing was printed (cancelled, or the file could not be written).
    [[nodiscard]] bool print(const Painter& paint, const PdfWriter& writePdf, const QString& documentName,
                             QWidget* parent, QString* errorMessage) const;

    // A document of the core (receipt, notice): painted for the printer, or written by its own PDF writer,
    // which keeps the PDF's text searchable.
    template <typename Document>
    [[nodiscard]] bool print(const Document& document, const QString& documentName, QWidget* parent,
                             QString* errorMessage) const
    {
        return print([&document](QPagedPaintDevice* device) { document.paint(device); },
                     [&document](const QString& path, QString* error) { return document.writePdf(path, error); },
                     documentName, parent, errorMessage);
    }

    // The file the last print into the PDF folder wrote.
    [[nodiscard]] QString lastFile() const { return m_lastFile; }

private:
    QString m_pdfFolder;
    mutable QString m_lastFile;
};

} // namespace ow::ui
