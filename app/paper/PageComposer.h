#pragma once

#include "paper/PdfTextRepair.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace ow::paper {

struct HallContact;

// Lays printed paper out from top to bottom on a paged device: headings, wrapped paragraphs, tables
// whose cells wrap and whose rows move to a new page whole, and a footer on every page. The receipt
// and the notice share it so they look alike on the PDF and on the printer.
class PageComposer
{
    Q_DECLARE_TR_FUNCTIONS(ow::paper::PageComposer)

public:
    struct Column
    {
        QString header; // empty headers on every column: a table without a header row
        qreal weight = 1; // share of the table's width
        bool shaded = false; // label columns of a field table
    };

    // painter must be active on device. footerText is painted at the bottom of every page with its number.
    PageComposer(QPagedPaintDevice* device, QPainter* painter, QString footerText);

    [[nodiscard]] qreal mm(qreal millimetres) const;
    [[nodiscard]] QFont font(qreal pointSize, bool bold = false) const;
    [[nodiscard]] qreal left() const { return 0; }
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void skip(qreal height) { m_y += height; }
    // Starts a new page when less than height is left on this one.
    void ensureSpace(qreal height);
    void newPage();
    // Paints the last page's footer; call once when done.
    void finish();

    [[nodiscard]] qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    // A block of text across [x, x + width), wrapping at word and CJK character boundaries.
    void paragraph(const QString& text, const QFont& font, Qt::Alignment alignment = Qt::AlignLeft, qreal x = 0,
                   qreal width = -1);
    void heading(const QString& text, qreal pointSize);
    void sectionTitle(const QString& text);
    void table(const QList<Column>& columns, const QList<QStringList>& rows, qreal x = 0, qreal width = -1);
    // Lines of the hall's address, phone and opening hours.
    void hallContact(const HallContact& hall);
    // Signature lines side by side: each label, a name printed under it when known, and a date.
    void signatures(const QList<QPair<QString, QString>>& labelsAndNames);

    [[nodiscard]] QPainter* painter() const { return m_painter; }
    // Every text painted so far, in order, for repairing the PDF's text layer.
    [[nodiscard]] const QList<PaintedText>& painted() const { return m_painted; }

    // Renders paint onto an A4 PDF in memory, repairs its text layer from the texts paint returns, writes it to
    // path + ".partial" and renames it over path, so a failed write (full disk, missing folder) never leaves a
    // truncated PDF behind. title goes into the metadata.
    [[nodiscard]] static bool writePdf(const QString& path, const QString& title,
                                       const std::function<QList<PaintedText>(QPagedPaintDevice*)>& paint,
                                       QString* errorMessage);

    static QString dateText(QDate date);
    static QString dateTimeText(const QDateTime& dateTime);

private:
    void paintFooter();
    void drawCell(const QRectF& cell, const QString& text, const QFont& font, bool shaded);
    void drawText(const QRectF& rect, const QString& text, const QFont& font, Qt::Alignment alignment);

    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    QString m_footerText;
    qreal m_width = 0;
    qreal m_height = 0; // above the footer
    qreal m_y = 0;
    int m_page = 1;
    QList<PaintedText> m_painted;
};

} // namespace ow::paper
