#include "paper/PageComposer.h"

#include "paper/PaperData.h"

#include "Version.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>
#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcPaper, "ow.paper")

namespace ow::paper {

namespace {

// Noto Sans CJK covers Simplified Chinese and the rare characters of names outside the BMP
// (U+20BB7 and others), so names print as they are on the ID card.
const QString paperFontFamily = QStringLiteral("Noto Sans CJK SC");
constexpr qreal bodyPointSize = 10;
constexpr qreal cellPaddingMm = 1.5;
constexpr qreal footerHeightMm = 8;

QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    // Words stay whole where they can; a long code or address without spaces still breaks inside the cell.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

PageComposer::PageComposer(QPagedPaintDevice* device, QPainter* painter, QString footerText)
    : m_device(device)
    , m_painter(painter)
    , m_footerText(std::move(footerText))
{
    m_width = m_device->width();
    m_height = m_device->height() - mm(footerHeightMm);
}

qreal PageComposer::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PageComposer::font(qreal pointSize, bool bold) const
{
    QFont result(paperFontFamily);
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    return result;
}

void PageComposer::ensureSpace(qreal height)
{
    if (m_y > 0 && m_y + height > m_height) {
        newPage();
    }
}

void PageComposer::newPage()
{
    paintFooter();
    m_device->newPage();
    ++m_page;
    m_y = 0;
}

void PageComposer::finish()
{
    paintFooter();
}

void PageComposer::paintFooter()
{
    m_painter->save();
    m_painter->setPen(QColor(90, 90, 90));
    const QRectF footer(0, m_device->height() - mm(footerHeightMm - 2), m_width, mm(footerHeightMm - 2));
    drawText(footer, tr("%1 - page %2").arg(m_footerText).arg(m_page), font(8), Qt::AlignHCenter | Qt::AlignBottom);
    m_painter->restore();
}

qreal PageComposer::textHeight(const QString& text, const QFont& font, qreal width) const
{
    m_painter->setFont(font);
    const qreal lineHeight = QFontMetricsF(font, m_device).height();
    if (text.isEmpty()) {
        return lineHeight;
    }
    const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, width, 1e6), text, wrapping(Qt::AlignLeft));
    return std::max(bounds.height(), lineHeight);
}

void PageComposer::paragraph(const QString& text, const QFont& font, Qt::Alignment alignment, qreal x, qreal width)
{
    if (width < 0) {
        width = m_width - x;
    }
    const qreal height = textHeight(text, font, width);
    ensureSpace(height);
    m_painter->setPen(Qt::black);
    drawText(QRectF(x, m_y, width, height), text, font, alignment | Qt::AlignTop);
    m_y += height;
}

void PageComposer::heading(const QString& text, qreal pointSize)
{
    paragraph(text, font(pointSize, true), Qt::AlignHCenter);
}

void PageComposer::sectionTitle(const QString& text)
{
    const QFont titleFont = font(11, true);
    // Keep a title with at least a couple of lines of what follows it.
    ensureSpace(mm(4) + textHeight(text, titleFont, m_width) + mm(12));
    m_y += mm(4);
    paragraph(text, titleFont);
    m_y += mm(1);
}

void PageComposer::drawCell(const QRectF& cell, const QString& text, const QFont& cellFont, bool shaded)
{
    if (shaded) {
        m_painter->fillRect(cell, QColor(238, 238, 238));
    }
    QPen border(Qt::black);
    border.setWidthF(mm(0.2));
    m_painter->setPen(border);
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(cell);
    const qreal padding = mm(cellPaddingMm);
    drawText(cell.adjusted(padding, padding, -padding, -padding), text, cellFont, Qt::AlignLeft | Qt::AlignTop);
}

void PageComposer::drawText(const QRectF& rect, const QString& text, const QFont& textFont, Qt::Alignment alignment)
{
    if (text.isEmpty()) {
        return;
    }
    m_painter->setFont(textFont);
    m_painter->drawText(rect, text, wrapping(alignment));
    m_painted.append({textFont, text});
}

void PageComposer::table(const QList<Column>& columns, const QList<QStringList>& rows, qreal x, qreal width)
{
    if (columns.isEmpty()) {
        return;
    }
    if (width < 0) {
        width = m_width - x;
    }
    qreal totalWeight = 0;
    for (const Column& column : columns) {
        totalWeight += column.weight;
    }
    QList<qreal> widths;
    for (const Column& column : columns) {
        widths.append(width * column.weight / totalWeight);
    }
    const QFont bodyFont = font(bodyPointSize);
    const QFont headerFont = font(bodyPointSize, true);
    const qreal padding = mm(cellPaddingMm);

    auto rowHeight = [&](const QStringList& cells, const QFont& rowFont) {
        qreal height = 0;
        for (int c = 0; c < columns.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            height = std::max(height, textHeight(text, rowFont, widths[c] - 2 * padding));
        }
        return height + 2 * padding;
    };
    auto paintRow = [&](const QStringList& cells, const QFont& rowFont, bool header, qreal height) {
        qreal cellX = x;
        for (int c = 0; c < columns.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            drawCell(QRectF(cellX, m_y, widths[c], height), text, rowFont, header || columns[c].shaded);
            cellX += widths[c];
        }
        m_y += height;
    };

    QStringList headers;
    bool hasHeader = false;
    for (const Column& column : columns) {
        headers.append(column.header);
        hasHeader = hasHeader || !column.header.isEmpty();
    }
    const qreal headerHeight = hasHeader ? rowHeight(headers, headerFont) : 0;
    if (hasHeader) {
        // A header alone at the bottom of a page helps nobody: keep it with the first row.
        ensureSpace(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), bodyFont)));
        paintRow(headers, headerFont, true, headerHeight);
    }
    for (const QStringList& row : rows) {
        const qreal height = rowHeight(row, bodyFont);
        if (m_y + height > m_height) {
            newPage();
            if (hasHeader) {
                paintRow(headers, headerFont, true, headerHeight);
            }
        }
        paintRow(row, bodyFont, false, height);
    }
}

void PageComposer::hallContact(const HallContact& hall)
{
    const QFont bodyFont = font(bodyPointSize);
    QStringList lines;
    if (!hall.hallName.isEmpty()) {
        lines.append(hall.hallName);
    }
    if (!hall.address.isEmpty()) {
        lines.append(tr("Address: %1").arg(hall.address));
    }
    if (!hall.phone.isEmpty()) {
        lines.append(tr("Phone: %1").arg(hall.phone));
    }
    if (!hall.openingHours.isEmpty()) {
        lines.append(tr("Opening hours: %1").arg(hall.openingHours));
    }
    for (const QString& line : std::as_const(lines)) {
        paragraph(line, bodyFont);
    }
}

void PageComposer::signatures(const QList<QPair<QString, QString>>& labelsAndNames)
{
    if (labelsAndNames.isEmpty()) {
        return;
    }
    const QFont bodyFont = font(bodyPointSize);
    const qreal lineHeight = textHeight(QStringLiteral("X"), bodyFont, m_width);
    const qreal signingSpace = mm(12);
    const qreal blockHeight = mm(6) + lineHeight + signingSpace + 2 * lineHeight + mm(4);
    ensureSpace(blockHeight);
    m_y += mm(6);
    const qreal gap = mm(10);
    const qreal columnWidth = (m_width - gap * (labelsAndNames.size() - 1)) / labelsAndNames.size();
    QPen line(Qt::black);
    line.setWidthF(mm(0.25));
    for (int i = 0; i < labelsAndNames.size(); ++i) {
        const qreal x = i * (columnWidth + gap);
        qreal y = m_y;
        m_painter->setPen(Qt::black);
        drawText(QRectF(x, y, columnWidth, lineHeight), labelsAndNames[i].first, bodyFont,
                 Qt::AlignLeft | Qt::AlignTop);
        y += lineHeight + signingSpace;
        m_painter->setPen(line);
        m_painter->drawLine(QPointF(x, y), QPointF(x + columnWidth, y));
        m_painter->setPen(Qt::black);
        y += mm(1);
        drawText(QRectF(x, y, columnWidth, lineHeight), labelsAndNames[i].second, bodyFont,
                 Qt::AlignLeft | Qt::AlignTop);
        y += lineHeight;
        drawText(QRectF(x, y, columnWidth, lineHeight), tr("Date:"), bodyFont, Qt::AlignLeft | Qt::AlignTop);
    }
    m_y += blockHeight - mm(6);
}

bool PageComposer::writePdf(const QString& path, const QString& title,
                            const std::function<QList<PaintedText>(QPagedPaintDevice*)>& paint, QString* errorMessage)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PaintedText> painted;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OneWindow %1").arg(QLatin1String(core::versionString)));
        painted = paint(&writer);
    }
    const QByteArray pdf = PdfTextRepair::repaired(buffer.data(), painted);
    if (!pdf.startsWith("%PDF")) {
        qCWarning(lcPaper) << "rendering" << title << "produced no PDF," << pdf.size() << "bytes";
        *errorMessage = tr("The document could not be rendered.");
        return false;
    }

    const QString partialPath = path + QStringLiteral(".partial");
    QFile partial(partialPath);
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcPaper) << "cannot open" << partialPath << partial.errorString();
        *errorMessage =
            tr("The PDF could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), partial.errorString());
        return false;
    }
    const bool written = partial.write(pdf) == pdf.size() && partial.flush();
    partial.close();
    if (!written || partial.error() != QFileDevice::NoError) {
        qCWarning(lcPaper) << "writing" << partialPath << "failed:" << partial.errorString();
        *errorMessage =
            tr("The PDF could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), partial.errorString());
        QFile::remove(partialPath);
        return false;
    }
    // std::filesystem::rename replaces an existing file in one step (QFile::rename refuses to).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partialPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        qCWarning(lcPaper) << "renaming" << partialPath << "failed:" << error.message().c_str();
        *errorMessage = tr("The PDF could not be saved to %1: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.message()));
        QFile::remove(partialPath);
        return false;
    }
    return true;
}

QString PageComposer::dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString PageComposer::dateTimeText(const QDateTime& dateTime)
{
    // The store keeps UTC; paper shows the hall's clock, as the number's date does.
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace ow::paper
