#include "AdminCommands.h"

#include "Store.h"
#include "idcard/IdNumber.h"
#include "sync/Protocol.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace ow::district {

namespace protocol = ow::sync::protocol;

// The district cannot link the counter's calendar, template or form code, so it checks what it can (JSON shape,
// years, dates, ID numbers, halls) and publishes; each counter checks calendars and templates fully again and
// keeps the old one when it refuses a new one. Every import is all or nothing: one transaction, and nothing is
// published when any record of the files is wrong.

namespace {

constexpr int chinaOffsetSeconds = 8 * 3600;

// The objects of a document that holds one object or an array of them; nothing when anything else is there.
std::optional<QList<QJsonObject>> objectsOf(const QJsonDocument& document)
{
    QList<QJsonObject> objects;
    if (document.isObject()) {
        objects.append(document.object());
        return objects;
    }
    for (const QJsonValue& value : document.array()) {
        if (!value.isObject()) {
            return std::nullopt;
        }
        objects.append(value.toObject());
    }
    return objects;
}

QString yearError(const QJsonObject& year, const QString& path)
{
    const QJsonValue number = year.value(QStringLiteral("year"));
    const int value = number.toInt();
    if (!number.isDouble() || number.toDouble() != value || value < 2000 || value > 2100) {
        return AdminCommands::tr("%1: a year object needs \"year\", a number from 2000 to 2100.").arg(path);
    }
    if (year.value(QStringLiteral("format")).toInt() != 1) {
        return AdminCommands::tr("%1: year %2 is not in calendar format 1.").arg(path).arg(value);
    }
    const auto inYear = [value](const QJsonValue& text) {
        const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
        return date.isValid() && date.year() == value;
    };
    for (const QJsonValue& holiday : year.value(QStringLiteral("holidays")).toArray()) {
        const QJsonObject span = holiday.toObject();
        if (!inYear(span.value(QStringLiteral("from"))) || !inYear(span.value(QStringLiteral("to"))) ||
            QDate::fromString(span.value(QStringLiteral("to")).toString(), Qt::ISODate) <
                QDate::fromString(span.value(QStringLiteral("from")).toString(), Qt::ISODate)) {
            return AdminCommands::tr("%1: year %2 has a holiday whose from/to are not dates of that year in order.")
                .arg(path)
                .arg(value);
        }
    }
    for (const QJsonValue& makeup : year.value(QStringLiteral("makeup_workdays")).toArray()) {
        if (!inYear(makeup.toObject().value(QStringLiteral("date")))) {
            return AdminCommands::tr("%1: year %2 has a make-up working day that is not a date of that year.")
                .arg(path)
                .arg(value);
        }
    }
    if (!year.value(QStringLiteral("holidays")).isArray()) {
        return AdminCommands::tr("%1: year %2 has no \"holidays\" list.").arg(path).arg(value);
    }
    return {};
}

QString templateError(const QJsonObject& document, const QString& path)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!codePattern.match(document.value(QStringLiteral("code")).toString()).hasMatch()) {
        return AdminCommands::tr("%1: a template needs a \"code\" of letters, digits, dots and dashes.").arg(path);
    }
    if (document.value(QStringLiteral("format")).toInt() != 1) {
        return AdminCommands::tr("%1: the template is not in format 1.").arg(path);
    }
    if (!document.value(QStringLiteral("fields")).isArray()) {
        return AdminCommands::tr("%1: the template has no \"fields\" list.").arg(path);
    }
    return {};
}

qint64 lastVersion(QSqlDatabase& db, const QString& stream, const QString& uuid, QJsonObject* data, bool* ok)
{
    QSqlQuery query(db);
    *ok = run(query,
              QStringLiteral("SELECT version, data FROM change_log WHERE stream = ? AND uuid = ? "
                             "ORDER BY version DESC LIMIT 1"),
              {stream, uuid});
    if (!*ok || !query.next()) {
        return 0;
    }
    if (data) {
        *data = jsonObject(query.value(1).toString());
    }
    return query.value(0).toLongLong();
}

} // namespace

int AdminCommands::publishChanges(const QString& stream, const QList<std::pair<QString, QJsonObject>>& records,
                                  const QHash<QString, QString>& hallOf, bool skipUnchanged, int* published)
{
    if (!openStore()) {
        return Failure;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    bool ok = transaction.isActive();
    for (const auto& [uuid, data] : records) {
        if (!ok) {
            break;
        }
        QJsonObject last;
        const qint64 version = lastVersion(db, stream, uuid, &last, &ok) + 1;
        QJsonObject stored = data;
        if (stream == QLatin1StringView(protocol::stream::certificateTemplates)) {
            stored.insert(QStringLiteral("version"), version);
        }
        // Importing the same file again publishes nothing new; a changed record gets the next version.
        if (!ok || (skipUnchanged && version > 1 && last == stored)) {
            continue;
        }
        const QString oldHall = last.value(QStringLiteral("hall")).toString();
        if (stream == QLatin1StringView(protocol::stream::appointments) && version > 1 &&
            oldHall != hallOf.value(uuid)) {
            // Moved to another hall: the old hall's counters and kiosk get it as cancelled, or they would keep it.
            QJsonObject cancelled = last;
            cancelled.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
            ok = appendChange(db, {stream, uuid, version, false, oldHall, cancelled});
            ok = ok && appendChange(db, {stream, uuid, version + 1, false, hallOf.value(uuid), stored});
        } else {
            ok = appendChange(db, {stream, uuid, version, false, hallOf.value(uuid), stored});
        }
        ++*published;
    }
    if (!ok || !transaction.commit()) {
        m_err << tr("Nothing was published: the district database failed; try again.") << Qt::endl;
        return Failure;
    }
    return Success;
}

int AdminCommands::calendarImport(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_err << tr("Give one calendar file: admin calendar import FILE.") << Qt::endl;
        return UsageError;
    }
    const QString path = arguments.constFirst();
    QString error;
    const auto document = readJsonFile(path, false, &error);
    const auto years = document ? objectsOf(*document) : std::nullopt;
    if (!document || !years || years->isEmpty()) {
        m_err << (error.isEmpty() ? tr("%1 holds no calendar year objects; nothing was published.").arg(path) : error)
              << Qt::endl;
        return Failure;
    }
    QList<std::pair<QString, QJsonObject>> records;
    for (const QJsonObject& year : *years) {
        const QString problem = yearError(year, path);
        const QString uuid = QString::number(year.value(QStringLiteral("year")).toInt());
        if (problem.isEmpty() &&
            std::any_of(records.begin(), records.end(), [&](const auto& r) { return r.first == uuid; })) {
            m_err << tr("%1: year %2 appears twice; nothing was published.").arg(path, uuid) << Qt::endl;
            return Failure;
        }
        if (!problem.isEmpty()) {
            m_err << problem << QStringLiteral(" ") << tr("Nothing was published.") << Qt::endl;
            return Failure;
        }
        records.append({uuid, year});
    }
    int published = 0;
    const int code = publishChanges(QString::fromLatin1(protocol::stream::calendar), records, {}, true, &published);
    if (code == Success) {
        m_out << tr("Published %1 calendar year(s) to every counter (%2 unchanged).")
                     .arg(published)
                     .arg(records.size() - published)
              << Qt::endl;
    }
    return code;
}

int AdminCommands::templateImport(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << tr("Give one or more template files: admin template import FILE...") << Qt::endl;
        return UsageError;
    }
    QList<std::pair<QString, QJsonObject>> records;
    for (const QString& path : arguments) {
        QString error;
        const auto document = readJsonFile(path, false, &error);
        if (!document || !document->isObject()) {
            m_err << (error.isEmpty() ? tr("%1 is not a JSON object; nothing was published.").arg(path) : error)
                  << Qt::endl;
            return Failure;
        }
        const QString problem = templateError(document->object(), path);
        if (!problem.isEmpty()) {
            m_err << problem << QStringLiteral(" ") << tr("Nothing was published.") << Qt::endl;
            return Failure;
        }
        const QString code = document->object().value(QStringLiteral("code")).toString();
        if (std::any_of(records.begin(), records.end(), [&](const auto& r) { return r.first == code; })) {
            m_err << tr("Template %1 is given twice; nothing was published.").arg(code) << Qt::endl;
            return Failure;
        }
        records.append(
            {code, QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("template"), document->object()}}});
    }
    int published = 0;
    const int code =
        publishChanges(QString::fromLatin1(protocol::stream::certificateTemplates), records, {}, false, &published);
    if (code == Success) {
        m_out << tr("Published %1 certificate template(s) to every counter.").arg(published) << Qt::endl;
    }
    return code;
}

int AdminCommands::appointmentImport(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        m_err << tr("Give one appointment file: admin appointment import FILE.") << Qt::endl;
        return UsageError;
    }
    const QString path = arguments.constFirst();
    QString error;
    const auto document = readJsonFile(path, false, &error);
    if (!document || !document->isArray()) {
        m_err << (error.isEmpty() ? tr("%1 is not a JSON array of appointments; nothing was published.").arg(path)
                                  : error)
              << Qt::endl;
        return Failure;
    }
    if (!openStore()) {
        return Failure;
    }
    QSet<QString> halls;
    {
        QSqlDatabase db = m_store.connection();
        QSqlQuery query(db);
        if (!district::run(query, QStringLiteral("SELECT code FROM halls"), {})) {
            m_err << tr("The district database could not be read; try again.") << Qt::endl;
            return Failure;
        }
        while (query.next()) {
            halls.insert(query.value(0).toString());
        }
    }
    // Once the district has published a catalog, a booking must name one of its items: a counter could not
    // serve anything else. Before that the counters use their shipped catalog, which the district cannot see.
    QSet<QString> items;
    {
        QSqlDatabase db = m_store.connection();
        QJsonObject catalog;
        bool ok = false;
        [[maybe_unused]] const qint64 version =
            lastVersion(db, QString::fromLatin1(protocol::stream::catalog), QStringLiteral("catalog"), &catalog, &ok);
        if (!ok) {
            m_err << tr("The district database could not be read; try again.") << Qt::endl;
            return Failure;
        }
        const QJsonObject files = catalog.value(QStringLiteral("files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key().startsWith(u"items/")) {
                items.insert(it.value().toObject().value(QStringLiteral("code")).toString());
            }
        }
    }
    static const QRegularExpression bookingPattern(QStringLiteral("^[0-9]{6}$"));
    const QJsonArray array = document->array();
    QList<std::pair<QString, QJsonObject>> records;
    QHash<QString, QString> hallOf;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QString hall = entry.value(QStringLiteral("hall")).toString();
        const auto idCheck = idcard::IdNumber::check(entry.value(QStringLiteral("id_number")).toString().trimmed(),
                                                     QDate::currentDate());
        const QDateTime start =
            QDateTime::fromString(entry.value(QStringLiteral("slot_start")).toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(entry.value(QStringLiteral("slot_end")).toString(), Qt::ISODate);
        const QString bookingCode = entry.value(QStringLiteral("booking_code")).toString();
        const QString state = entry.value(QStringLiteral("state")).toString();
        QString problem;
        if (!array.at(i).isObject()) {
            problem = tr("it is not an object");
        } else if (!halls.contains(hall)) {
            problem = tr("there is no hall \"%1\"").arg(hall);
        } else if (!idCheck.valid) {
            problem = tr("the ID number is not valid");
        } else if (entry.value(QStringLiteral("name")).toString().trimmed().isEmpty() ||
                   entry.value(QStringLiteral("item_code")).toString().trimmed().isEmpty()) {
            problem = tr("name or item_code is missing");
        } else if (!items.isEmpty() && !items.contains(entry.value(QStringLiteral("item_code")).toString().trimmed())) {
            problem = tr("the item \"%1\" is not in the catalog published to the counters")
                          .arg(entry.value(QStringLiteral("item_code")).toString().trimmed());
        } else if (!start.isValid() || !end.isValid() || start.timeSpec() == Qt::LocalTime ||
                   end.timeSpec() == Qt::LocalTime || end <= start) {
            problem = tr("slot_start and slot_end must be date-times with their offset (+08:00), end after start");
        } else if (!bookingPattern.match(bookingCode).hasMatch()) {
            problem = tr("booking_code must be 6 digits");
        } else if (state != u"booked" && state != u"cancelled") {
            problem = tr("state must be booked or cancelled");
        }
        if (!problem.isEmpty()) {
            m_err << tr("Appointment %1 of %2: %3; nothing was published.").arg(i + 1).arg(path, problem) << Qt::endl;
            return Failure;
        }
        // Without a uuid the booking itself names the appointment, so importing the file again changes nothing.
        QString uuid = entry.value(QStringLiteral("uuid")).toString().trimmed();
        if (uuid.isEmpty()) {
            uuid = QUuid::createUuidV5(QUuid(QStringLiteral("6f1c2a4e-8a3b-4e55-9a51-0d3f1e7a2c10")),
                                       QString(hall + u'/' + bookingCode + u'/' + start.toString(Qt::ISODate)))
                       .toString(QUuid::WithoutBraces);
        }
        if (hallOf.contains(uuid)) {
            m_err << tr("Appointment %1 of %2 repeats uuid %3; nothing was published.").arg(i + 1).arg(path, uuid)
                  << Qt::endl;
            return Failure;
        }
        const QJsonObject data {
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("hall"), hall},
            {QStringLiteral("id_number"), idCheck.normalized},
            {QStringLiteral("name"), entry.value(QStringLiteral("name")).toString().trimmed()},
            {QStringLiteral("item_code"), entry.value(QStringLiteral("item_code")).toString().trimmed()},
            {QStringLiteral("slot_start"), start.toOffsetFromUtc(chinaOffsetSeconds).toString(Qt::ISODate)},
            {QStringLiteral("slot_end"), end.toOffsetFromUtc(chinaOffsetSeconds).toString(Qt::ISODate)},
            {QStringLiteral("booking_code"), bookingCode},
            {QStringLiteral("state"), state}};
        records.append({uuid, data});
        hallOf.insert(uuid, hall);
    }
    int published = 0;
    const int code =
        publishChanges(QString::fromLatin1(protocol::stream::appointments), records, hallOf, true, &published);
    if (code == Success) {
        m_out << tr("Published %1 appointment change(s) to their halls (%2 unchanged).")
                     .arg(published)
                     .arg(records.size() - published)
              << Qt::endl;
    }
    return code;
}

} // namespace ow::district
