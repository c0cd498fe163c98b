#pragma once

#include "queue/QueueTypes.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace ow::ui {

// The kiosk's paper ticket on a 58 or 80 mm receipt printer: number, service, people ahead, time, hall, a QR code.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::ui::TicketPrinter)

public:
    enum class Roll
    {
        Mm58,
        Mm80
    };

    explicit TicketPrinter(Roll roll = Roll::Mm80, QString pdfFolder = {});

    // Prints on the default printer, or into a PDF in the folder when one is set (tests, halls without a printer).
    [[nodiscard]] bool print(const queue::Ticket& ticket, const QString& hallName, QString* errorMessage) const;
    [[nodiscard]] QString lastPdf() const { return m_lastPdf; }

    // What the QR code carries: enough for a phone or the counter to find the ticket again.
    [[nodiscard]] static QString qrText(const queue::Ticket& ticket, const QString& hallName);

private:
    void paint(QPagedPaintDevice& device, const queue::Ticket& ticket, const QString& hallName) const;

    Roll m_roll;
    QString m_pdfFolder;
    mutable QString m_lastPdf;
};

} // namespace ow::ui
