#pragma once

#include <QCoreApplication>
#include <QPageLayout>
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

    explicit PaperPrinter(QString pdfFolder = {});

    // Returns false with a message when nothing was printed (cancelled, or the file could not be written).
    [[nodiscard]] bool print(const Painter& paint, const QString& documentName, QWidget* parent,
                             QString* errorMessage) const;
    // The file the last print into the PDF folder wrote.
    [[nodiscard]] QString lastFile() const { return m_lastFile; }

private:
    QString m_pdfFolder;
    mutable QString m_lastFile;
};

} // namespace ow::ui
