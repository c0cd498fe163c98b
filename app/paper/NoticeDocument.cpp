#include "paper/NoticeDocument.h"

#include "paper/PageComposer.h"

#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>

Q_LOGGING_CATEGORY(lcNotice, "ow.paper.notice")

namespace ow::paper {

NoticeDocument::NoticeDocument(NoticeData data)
    : m_data(std::move(data))
{ }

QString NoticeDocument::title()
{
    return tr("One-Time Notice of Missing Materials");
}

void NoticeDocument::paint(QPagedPaintDevice* device) const
{
    (void)paintPages(device);
}

QList<PaintedText> NoticeDocument::paintPages(QPagedPaintDevice* device) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        qCWarning(lcNotice) << "cannot paint the notice" << m_data.noticeNumber << "on the device";
        return {};
    }
    PageComposer page(device, &painter, QString(title() + QLatin1Char(' ') + m_data.noticeNumber));

    page.heading(m_data.hall.hallName, 14);
    page.skip(page.mm(1));
    page.heading(title(), 20);
    page.skip(page.mm(5));

    const QString counter = m_data.hall.counterNumber > 0 ? tr("Counter %1").arg(m_data.hall.counterNumber) : QString();
    // Label columns of both tables have the same width, so they read as one table.
    page.table(
        {{QString(), 1, true}, {QString(), 1.7, false}, {QString(), 1, true}, {QString(), 1.7, false}},
        {{tr("Notice number"), m_data.noticeNumber, tr("Issued at"), PageComposer::dateTimeText(m_data.issuedAt)},
         {tr("Applicant"), m_data.citizenName, tr("ID number"), m_data.maskedIdNumber},
         {tr("Clerk"), m_data.clerkName, tr("Counter"), counter}});
    page.table({{QString(), 1, true}, {QString(), 4.4, false}}, {{tr("Item applied for"), m_data.itemName}});

    page.skip(page.mm(5));
    page.paragraph(tr("Dear %1, your application for \"%2\" cannot be accepted yet because the materials "
                      "below are missing.")
                       .arg(m_data.citizenName, m_data.itemName),
                   page.font(10.5));

    page.sectionTitle(tr("Missing materials"));
    QList<QStringList> rows;
    int number = 0;
    for (const PaperMaterial& material : m_data.missing) {
        QString requirement = material.note;
        if (material.status == u"commitment") {
            const QString commitment = tr("A signed commitment letter is accepted in its place.");
            requirement = requirement.isEmpty() ? commitment : QString(requirement + QLatin1Char(' ') + commitment);
        }
        rows.append({QString::number(++number), material.name, requirement, PageComposer::dateText(material.dueDate)});
    }
    page.table({{tr("No."), 0.6}, {tr("Material"), 2.6}, {tr("What is required"), 3.2}, {tr("Bring by"), 1.3}}, rows);

    page.skip(page.mm(3));
    page.paragraph(tr("This notice lists every missing material at once. No case has been opened yet: come back "
                      "once with all of the materials above and your application will be accepted."),
                   page.font(10.5, true));

    if (!m_data.note.isEmpty()) {
        page.sectionTitle(tr("Note"));
        page.paragraph(m_data.note, page.font(10));
    }

    page.sectionTitle(tr("Service hall"));
    page.hallContact(m_data.hall);

    page.signatures({{tr("Clerk (signature):"), m_data.clerkName},
                     {tr("Notice received, applicant (signature):"), m_data.citizenName}});
    page.finish();
    painter.end();
    return page.painted();
}

bool NoticeDocument::writePdf(const QString& path, QString* errorMessage) const
{
    return PageComposer::writePdf(
        path, QString(title() + QLatin1Char(' ') + m_data.noticeNumber),
        [this](QPagedPaintDevice* device) { return paintPages(device); }, errorMessage);
}

} // namespace ow::paper
