#include "queue/TicketPrinter.h"

#include "queue/QueueRules.h"

#include "paper/QrCode.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

namespace ow::ui {

TicketPrinter::TicketPrinter(Roll roll, QString pdfFolder)
    : m_roll(roll)
    , m_pdfFolder(std::move(pdfFolder))
{ }

QString TicketPrinter::qrText(const queue::Ticket& ticket, const QString& hallName)
{
    return QStringLiteral("OWQ1|%1|%2|%3").arg(hallName, ticket.day, ticket.number);
}

void TicketPrinter::paint(QPagedPaintDevice& device, const queue::Ticket& ticket, const QString& hallName) const
{
    QPainter painter(&device);
    const QRect page = painter.viewport();
    const int width = page.width();
    const int unit = width / 24; // about 3 mm on an 80 mm roll
    QFont font = painter.font();
    int y = unit;
    auto line = [&](const QString& text, int pixelSize, bool bold) {
        font.setPixelSize(pixelSize);
        font.setBold(bold);
        painter.setFont(font);
        const QRect box(0, y, width, pixelSize * 3 / 2);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
        y += box.height();
    };
    line(hallName, unit * 3 / 2, true);
    line(ticket.categoryName.isEmpty() ? ticket.category : ticket.categoryName, unit * 3 / 2, false);
    line(ticket.number, unit * 6, true);
    line(tr("%n people ahead of you", nullptr, ticket.ahead), unit * 3 / 2, false);
    if (ticket.priority) {
        line(tr("Priority service: %1").arg(queue::QueueRules::priorityReasonText(ticket.priorityReason)), unit * 3 / 2,
             true);
    }
    line(ticket.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), unit, false);
    QString ignored;
    if (const auto qr = paper::QrCode::encode(qrText(ticket, hallName), &ignored)) {
        const int side = width / 2;
        qr->paint(&painter, QRectF((width - side) / 2.0, y + unit / 2.0, side, side));
        y += side + unit;
    }
    line(tr("Please wait until your number is called."), unit, false);
}

bool TicketPrinter::print(const queue::Ticket& ticket, const QString& hallName, QString* errorMessage) const
{
    const double widthMm = m_roll == Roll::Mm58 ? 58 : 80;
    const QPageSize size(QSizeF(widthMm, widthMm * 1.6), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    if (!m_pdfFolder.isEmpty()) {
        m_lastPdf = QDir(m_pdfFolder).filePath(QStringLiteral("ticket-%1-%2.pdf").arg(ticket.day, ticket.number));
        QPdfWriter writer(m_lastPdf);
        writer.setPageSize(size);
        writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
        writer.setResolution(203); // a thermal receipt printer's dots per inch
        paint(writer, ticket, hallName);
        return true;
    }
    if (QPrinterInfo::defaultPrinter().isNull()) {
        *errorMessage = tr("No receipt printer is set up on this PC; the ticket number is on the screen.");
        return false;
    }
    QPrinter printer(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
    printer.setPageSize(size);
    printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
    paint(printer, ticket, hallName);
    return true;
}

} // namespace ow::ui
