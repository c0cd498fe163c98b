#include "supervision/Export.h"

#include "cases/CaseStates.h"
#include "core/CounterSettings.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"
#include "paper/PageComposer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcExport, "ow.supervision.export")

namespace ow::supervision {

namespace {

QString stateName(const QString& code)
{
    const auto state = cases::CaseStates::fromCode(code);
    return state ? cases::CaseStates::displayName(*state) : code;
}

QString channelName(const QString& channel)
{
    if (channel == u"delivery") {
        return Export::tr("Delivery by grid worker");
    }
    if (channel == u"courier") {
        return Export::tr("Courier");
    }
    return Export::tr("Pickup at the counter");
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields) {
        quoted << Export::csvField(field);
    }
    return QString(quoted.join(u',') + QStringLiteral("\r\n"));
}

// Writes the whole file or nothing: a failed write never leaves half an export behind.
bool writeFile(const QString& path, const QByteArray& bytes, QString* errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcExport) << "cannot write" << path << file.errorString();
        *errorMessage =
            Export::tr("The file %1 could not be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString hours(const DurationFigures& figures)
{
    return QString::number(figures.averageHours, 'f', 2);
}

} // namespace

Export::Export(db::Database& database, const BacklogQuery& backlog)
    : m_database(database)
    , m_backlog(backlog)
{ }

bool Export::mayExport(auth::Role role)
{
    return auth::Roles::allows(role, auth::Permission::SuperviseBacklog);
}

bool Export::permitted(const auth::Clerk& actor, QString* errorMessage) const
{
    if (mayExport(actor.role)) {
        return true;
    }
    *errorMessage = tr("Exports hold personal data and need a supervisor or an administrator; you are logged in as %1.")
                        .arg(auth::Roles::displayName(actor.role));
    return false;
}

QString Export::csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QString(u'"' + escaped + u'"');
}

QStringList Export::backlogHeaders()
{
    return {tr("Case number"), tr("Item"),     tr("Citizen"),           tr("ID number"),
            tr("State"),       tr("Accepted"), tr("Deadline"),          tr("Working days overdue"),
            tr("Clerk"),       tr("Counter"),  tr("Awaited materials"), tr("Collection")};
}

QStringList Export::backlogCells(const BacklogRow& row)
{
    const db::BacklogRecord& record = row.record;
    return {record.number,
            record.itemName,
            record.citizenName,
            idcard::IdNumber::masked(record.citizenIdNumber),
            stateName(record.state),
            record.acceptedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            record.deadline.toString(Qt::ISODate),
            row.daysOverdue > 0 ? QString::number(row.daysOverdue) : QString(),
            record.clerkName,
            QString::number(record.counterNumber),
            record.awaitedMaterials.join(tr(", ")),
            row.deliveryPending ? tr("%1 (pending)").arg(channelName(record.channel)) : channelName(record.channel)};
}

bool Export::logExport(const auth::Clerk& actor, const QString& what, const QString& format, const QString& path,
                       int rows, const QString& filter, QString* errorMessage)
{
    db::Transaction transaction(m_database.connection());
    const bool logged = transaction.isActive() &&
        db::AuditRepository(m_database)
            .append(actor.uuid, QStringLiteral("export"), what,
                    {{QStringLiteral("format"), format},
                     {QStringLiteral("file"), QFileInfo(path).fileName()},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("filter"), filter}}) &&
        transaction.commit();
    if (!logged) {
        // An export nobody can account for must not stay on the disk.
        QFile::remove(path);
        *errorMessage = tr("The export could not be logged, so it was removed. Try again.");
    }
    return logged;
}

bool Export::backlogCsv(const auth::Clerk& actor, const BacklogFilter& filter, const QString& path, int* rows,
                        QString* errorMessage)
{
    if (!permitted(actor, errorMessage)) {
        return false;
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += csvLine(backlogHeaders()).toUtf8();
    int written = 0;
    std::optional<BacklogCursor> cursor;
    // Page by page like the screen, so a backlog of any size never sits in memory whole.
    for (;;) {
        const BacklogPage page = m_backlog.page(filter, cursor, 1000);
        for (const BacklogRow& row : page.rows) {
            bytes += csvLine(backlogCells(row)).toUtf8();
            ++written;
        }
        if (!page.more || !page.next) {
            break;
        }
        cursor = page.next;
    }
    if (!writeFile(path, bytes, errorMessage) ||
        !logExport(actor, QStringLiteral("backlog"), QStringLiteral("csv"), path, written, filter.describe(),
                   errorMessage)) {
        return false;
    }
    if (rows) {
        *rows = written;
    }
    return true;
}

bool Export::backlogPdf(const auth::Clerk& actor, const BacklogFilter& filter, const QString& path, int* rows,
                        QString* errorMessage)
{
    if (!permitted(actor, errorMessage)) {
        return false;
    }
    QList<BacklogRow> list;
    std::optional<BacklogCursor> cursor;
    bool more = true;
    while (more && list.size() < pdfRowLimit) {
        const BacklogPage page = m_backlog.page(filter, cursor, std::min<int>(500, pdfRowLimit - int(list.size())));
        list += page.rows;
        more = page.more && page.next.has_value();
        cursor = page.next;
    }
    const int total = m_backlog.count(filter);
    const QString hallName = core::CounterSettings(m_database).identity().hallName;
    const QDateTime now = QDateTime::currentDateTime();
    const QString title = tr("Backlog of open cases");
    const bool written = paper::PageComposer::writePdf(
        path, title,
        [&](QPagedPaintDevice* device) {
            QPainter painter;
            if (!painter.begin(device)) {
                return QList<paper::PaintedText>();
            }
            paper::PageComposer page(device, &painter,
                                     tr("%1, printed %2").arg(title, paper::PageComposer::dateTimeText(now)));
            if (!hallName.isEmpty()) {
                page.heading(hallName, 13);
            }
            page.heading(title, 18);
            page.skip(page.mm(2));
            page.paragraph(filter.describe(), page.font(10));
            page.paragraph(
                tr("As of %1: %2 open cases.").arg(paper::PageComposer::dateText(m_backlog.today())).arg(total),
                page.font(10));
            if (total > int(list.size())) {
                page.paragraph(
                    tr("Only the first %1 cases by deadline are printed; export CSV for every case.").arg(list.size()),
                    page.font(10, true));
            }
            page.skip(page.mm(3));
            QList<QStringList> tableRows;
            for (const BacklogRow& row : std::as_const(list)) {
                const db::BacklogRecord& record = row.record;
                // The days overdue under the deadline: portrait A4 has room for seven columns.
                const QString deadline = row.daysOverdue > 0
                    ? QStringLiteral("%1\n%2").arg(record.deadline.toString(Qt::ISODate),
                                                   tr("%1 days overdue").arg(row.daysOverdue))
                    : record.deadline.toString(Qt::ISODate);
                tableRows.append(
                    {deadline, record.number, record.itemName,
                     QStringLiteral("%1\n%2").arg(record.citizenName, idcard::IdNumber::masked(record.citizenIdNumber)),
                     stateName(record.state), record.clerkName, record.awaitedMaterials.join(tr(", "))});
            }
            page.table({{tr("Deadline"), 1.7},
                        {tr("Case number"), 2.0},
                        {tr("Item"), 1.7},
                        {tr("Citizen"), 1.8},
                        {tr("State"), 1.0},
                        {tr("Clerk"), 0.9},
                        {tr("Awaited materials"), 1.2}},
                       tableRows);
            page.finish();
            painter.end();
            return page.painted();
        },
        errorMessage);
    if (!written ||
        !logExport(actor, QStringLiteral("backlog"), QStringLiteral("pdf"), path, int(list.size()), filter.describe(),
                   errorMessage)) {
        return false;
    }
    if (rows) {
        *rows = int(list.size());
    }
    return true;
}

bool Export::statisticsCsv(const auth::Clerk& actor, const StatisticsReport& report, const QString& path,
                           QString* errorMessage)
{
    if (!permitted(actor, errorMessage)) {
        return false;
    }
    QByteArray bytes("\xEF\xBB\xBF");
    auto line = [&bytes](const QStringList& fields) {
        bytes += csvLine(fields).toUtf8();
    };
    line({tr("Period"), report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate)});
    line({tr("Cases"), QString::number(report.cases)});
    line({tr("Share issued on the spot"), QString::number(report.instantShare(), 'f', 3)});
    line({tr("Decision time, instant items: average hours"), hours(report.completionInstant),
          tr("90th percentile hours"), QString::number(report.completionInstant.p90Hours, 'f', 2)});
    line({tr("Decision time, promised items: average hours"), hours(report.completionPromised),
          tr("90th percentile hours"), QString::number(report.completionPromised.p90Hours, 'f', 2)});
    line({});
    QStringList dayHeader {tr("Item")};
    for (const QDate& day : report.days) {
        dayHeader << day.toString(Qt::ISODate);
    }
    line(dayHeader);
    for (const GroupFigures& item : report.perItem) {
        QStringList fields {item.label};
        const auto perDay = report.perItemAndDay.value(item.key);
        for (const QDate& day : report.days) {
            fields << QString::number(perDay.value(day));
        }
        line(fields);
    }
    const QStringList groupHeader {tr("Cases"),   tr("Issued on the spot"), tr("Decided"),
                                   tr("Overdue"), tr("Average hours"),      tr("90th percentile hours")};
    auto groups = [&](const QString& title, const QList<GroupFigures>& list) {
        line({});
        line(QStringList {title} + groupHeader);
        for (const GroupFigures& group : list) {
            line({group.label, QString::number(group.cases), QString::number(group.instant),
                  QString::number(group.decided), QString::number(group.overdue), hours(group.completion),
                  QString::number(group.completion.p90Hours, 'f', 2)});
        }
    };
    groups(tr("Counter"), report.perCounter);
    groups(tr("Clerk"), report.perClerk);
    line({});
    if (!report.queue) {
        line({tr("Queue"), tr("No queue data")});
    } else {
        line({tr("Queue tickets"), QString::number(report.queue->tickets)});
        line({tr("Waiting minutes: average"), QString::number(report.queue->waitingMinutes.averageHours, 'f', 1),
              tr("90th percentile"), QString::number(report.queue->waitingMinutes.p90Hours, 'f', 1)});
        line({tr("Service minutes: average"), QString::number(report.queue->serviceMinutes.averageHours, 'f', 1),
              tr("90th percentile"), QString::number(report.queue->serviceMinutes.p90Hours, 'f', 1)});
        for (auto it = report.queue->ratings.cbegin(); it != report.queue->ratings.cend(); ++it) {
            line({tr("Rating %1").arg(it.key()), QString::number(it.value())});
        }
    }
    const QString period =
        QStringLiteral("%1..%2").arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate));
    return writeFile(path, bytes, errorMessage) &&
        logExport(actor, QStringLiteral("statistics"), QStringLiteral("csv"), path, report.cases, period, errorMessage);
}

} // namespace ow::supervision
