#include "paper/ReceiptDocument.h"

#include "paper/PageComposer.h"
#include "paper/QrCode.h"

#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>

Q_LOGGING_CATEGORY(lcReceipt, "ow.paper.receipt")

namespace ow::paper {

ReceiptDocument::ReceiptDocument(ReceiptData data)
    : m_data(std::move(data))
{ }

QString ReceiptDocument::title()
{
    return tr("Acceptance Receipt");
}

QString ReceiptDocument::statusText(const QString& status)
{
    if (status == u"missing") {
        return tr("Missing, to be supplied");
    }
    if (status == u"commitment") {
        return tr("Commitment letter");
    }
    return tr("Received");
}

QString ReceiptDocument::collectText(const ReceiptData& data)
{
    if (data.channel == u"delivery") {
        if (data.deliveryAddress.isEmpty()) {
            return tr("The result will be delivered to your door by the grid social worker.");
        }
        return tr("The result will be delivered to your door by the grid social worker: %1.").arg(data.deliveryAddress);
    }
    if (data.channel == u"courier") {
        const QString to = data.deliveryAddress.isEmpty()
            ? tr("The result will be sent to you by courier.")
            : tr("The result will be sent by courier to %1.").arg(data.deliveryAddress);
        const QString tracking = data.trackingNumber.isEmpty()
            ? tr("The tracking number will be sent to you by text message when it is dispatched.")
            : tr("Tracking number: %1.").arg(data.trackingNumber);
        // Chinese runs sentences together without a space; the translation decides.
        return tr("%1 %2").arg(to, tracking);
    }
    // Pickup at the window is the default channel of every case.
    if (data.hall.counterNumber > 0) {
        return tr("Collect the result at counter %1 of %2 with this receipt and your ID card.")
            .arg(data.hall.counterNumber)
            .arg(data.hall.hallName);
    }
    return tr("Collect the result at the counter of %1 with this receipt and your ID card.").arg(data.hall.hallName);
}

void ReceiptDocument::paint(QPagedPaintDevice* device) const
{
    (void)paintPages(device);
}

QList<PaintedText> ReceiptDocument::paintPages(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        qCWarning(lcReceipt) << "cannot paint the receipt of" << m_data.caseNumber << "on the device";
        return {};
    }
    PageComposer page(device, &painter, QString(title() + QLatin1Char(' ') + m_data.caseNumber));

    page.heading(m_data.hall.hallName, 14);
    page.skip(page.mm(1));
    page.heading(title(), 20);
    page.skip(page.mm(5));

    // The fields on the left, the QR code of the case number on the right of them; the case number's column
    // is the widest so the number never wraps.
    const qreal qrSide = page.mm(32);
    const qreal qrGap = page.mm(5);
    const qreal top = page.y();
    const QString counter = m_data.hall.counterNumber > 0 ? tr("Counter %1").arg(m_data.hall.counterNumber) : QString();
    const QList<PageComposer::Column> fieldColumns = {
        {QString(), 0.85, true}, {QString(), 2.1, false}, {QString(), 0.85, true}, {QString(), 1.7, false}};
    page.table(
        fieldColumns,
        {{tr("Case number"), m_data.caseNumber, tr("Accepted at"), PageComposer::dateTimeText(m_data.acceptedAt)},
         {tr("Applicant"), m_data.citizenName, tr("ID number"), m_data.maskedIdNumber},
         {tr("Phone"), m_data.phone, tr("Counter"), counter},
         {tr("Clerk"), m_data.clerkName, tr("Hall phone"), m_data.hall.phone}},
        0, page.width() - qrSide - qrGap);
    const qreal fieldsBottom = page.y();

    const QString qrText = m_data.qrText.isEmpty() ? m_data.caseNumber : m_data.qrText;
    QString qrError;
    const std::optional<QrCode> qr = QrCode::encode(qrText, &qrError);
    const QRectF qrRect(page.width() - qrSide, top, qrSide, qrSide);
    if (qr) {
        qr->paint(&painter, qrRect);
    } else {
        qCWarning(lcReceipt) << "no QR code on the receipt of" << m_data.caseNumber << ":" << qrError;
    }
    page.setY(top + qrSide);
    page.paragraph(tr("Show this code when you collect the result"), page.font(7), Qt::AlignHCenter,
                   page.width() - qrSide - page.mm(2), qrSide + page.mm(4));
    page.setY(std::max(fieldsBottom, page.y()));

    page.sectionTitle(tr("Items accepted"));
    QList<QStringList> itemRows;
    QDate latest;
    bool latestEstimated = false;
    bool allInstant = !m_data.items.isEmpty();
    for (const ReceiptItem& item : m_data.items) {
        if (item.instant) {
            itemRows.append({item.name, tr("Instant"), tr("Issued on the spot")});
            continue;
        }
        allInstant = false;
        QString deadline = PageComposer::dateText(item.deadline);
        if (item.deadlineEstimated && item.deadline.isValid()) {
            deadline = QString(deadline + QLatin1Char(' ') + tr("(estimated)"));
        }
        const QString limit = item.timeLimitDays > 0 ? tr("%1 working days").arg(item.timeLimitDays) : QString();
        itemRows.append({item.name, limit, deadline});
        if (item.deadline.isValid() && (!latest.isValid() || item.deadline > latest)) {
            latest = item.deadline;
            latestEstimated = item.deadlineEstimated;
        }
    }
    page.table({{tr("Item"), 3}, {tr("Time limit"), 1.3}, {tr("Deadline"), 1.7}}, itemRows);
    page.skip(page.mm(2));
    if (allInstant) {
        page.paragraph(tr("Issued on the spot: the result is handed over at the counter today."), page.font(11, true));
    } else if (latest.isValid()) {
        QString line = tr("Promised completion date: %1").arg(PageComposer::dateText(latest));
        if (latestEstimated) {
            line = QString(line + QLatin1Char(' ') + tr("(estimated)"));
        }
        page.paragraph(line, page.font(11, true));
    }

    if (!m_data.materials.isEmpty()) {
        page.sectionTitle(tr("Materials"));
        QList<QStringList> materialRows;
        bool anyMissing = false;
        for (const PaperMaterial& material : m_data.materials) {
            const bool due = material.status == u"missing" || material.status == u"commitment";
            anyMissing = anyMissing || material.status == u"missing";
            materialRows.append({material.name, statusText(material.status),
                                 due ? PageComposer::dateText(material.dueDate) : QString(), material.note});
        }
        page.table({{tr("Material"), 3}, {tr("Status"), 1.6}, {tr("Due date"), 1.3}, {tr("Note"), 2.1}}, materialRows);
        if (anyMissing) {
            page.skip(page.mm(2));
            page.paragraph(tr("The case can be completed only after the missing materials arrive. "
                              "Please bring them by the due dates above."),
                           page.font(10, true));
        }
    }

    page.sectionTitle(tr("How to collect"));
    page.paragraph(collectText(m_data), page.font(10));
    if (!m_data.collectNote.isEmpty()) {
        page.paragraph(m_data.collectNote, page.font(10));
    }
    page.paragraph(tr("Keep this receipt: you need it to collect the result."), page.font(10));

    page.sectionTitle(tr("Service hall"));
    page.hallContact(m_data.hall);

    page.signatures({{tr("Clerk (signature):"), m_data.clerkName}, {tr("Applicant (signature):"), m_data.citizenName}});
    page.finish();
    painter.end();
    return page.painted();
}

bool ReceiptDocument::writePdf(const QString& path, QString* errorMessage) const
{
    return PageComposer::writePdf(
        path, QString(title() + QLatin1Char(' ') + m_data.caseNumber),
        [this](QPagedPaintDevice* device) { return paintPages(device); }, errorMessage);
}

} // namespace ow::paper
