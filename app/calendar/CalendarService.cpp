#include "calendar/CalendarService.h"

#include "db/AuditRepository.h"
#include "db/CalendarRepository.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::calendar {

namespace {

// The year objects of a document that holds one year or a list of years.
QList<QJsonObject> yearObjects(const QByteArray& document)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(document);
    QList<QJsonObject> years;
    if (parsed.isObject()) {
        years.append(parsed.object());
    }
    for (const QJsonValue& value : parsed.array()) {
        years.append(value.toObject());
    }
    return years;
}

} // namespace

CalendarService::CalendarService(db::Database& database)
    : m_database(database)
{ }

CalendarLoadResult CalendarService::load() const
{
    QMap<int, QByteArray> byYear;
    const QDir shipped(QStringLiteral(":/calendar"));
    for (const QString& name : shipped.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(shipped.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QJsonObject& year : yearObjects(file.readAll())) {
                byYear.insert(year.value(QStringLiteral("year")).toInt(), QJsonDocument(year).toJson());
            }
        }
    }
    for (const QByteArray& document : db::CalendarRepository(m_database).documents()) {
        for (const QJsonObject& year : yearObjects(document)) {
            byYear.insert(year.value(QStringLiteral("year")).toInt(), QJsonDocument(year).toJson());
        }
    }
    return WorkingCalendar::fromJson(byYear.values());
}

std::optional<QList<int>> CalendarService::importFile(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage =
            tr("The calendar file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray document = file.readAll();
    QString error;
    if (!check(document, &error)) {
        *errorMessage = tr("The calendar file %1 was not imported: %2").arg(QDir::toNativeSeparators(path), error);
        return std::nullopt;
    }
    db::Transaction transaction(m_database.connection());
    const auto years = transaction.isActive() ? importDocument(document, path, errorMessage) : std::nullopt;
    if (!years || !transaction.commit()) {
        *errorMessage = tr("The calendar could not be saved to the data file.");
        return std::nullopt;
    }
    return years;
}

bool CalendarService::check(const QByteArray& document, QString* errorMessage)
{
    const CalendarLoadResult checked = WorkingCalendar::fromJson(document);
    if (!checked.ok()) {
        *errorMessage = checked.error;
        return false;
    }
    return true;
}

std::optional<QList<int>> CalendarService::importDocument(const QByteArray& document, const QString& origin,
                                                          QString* errorMessage)
{
    if (!check(document, errorMessage)) {
        return std::nullopt;
    }
    QList<int> years;
    db::CalendarRepository calendars(m_database);
    bool stored = true;
    for (const QJsonObject& year : yearObjects(document)) {
        const int number = year.value(QStringLiteral("year")).toInt();
        stored = stored && calendars.storeYear(number, QJsonDocument(year).toJson(QJsonDocument::Compact));
        years.append(number);
    }
    stored = stored &&
        db::AuditRepository(m_database)
            .append({}, QStringLiteral("calendar.import"), origin,
                    {{QStringLiteral("years"), QJsonArray::fromVariantList(QVariantList(years.begin(), years.end()))}});
    if (!stored) {
        *errorMessage = tr("The calendar could not be saved to the data file.");
        return std::nullopt;
    }
    return years;
}

} // namespace ow::calendar
