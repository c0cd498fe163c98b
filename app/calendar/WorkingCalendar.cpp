#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ow::calendar {

namespace {

// The newest data format this program reads; a newer file must not be half understood.
constexpr int kFormatVersion = 1;

// No time limit comes near this; it keeps a corrupt argument from looping for minutes.
constexpr int kMaxWorkingDays = 100000;

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

QString isoText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The offending value as the data author typed it, for the error message.
QString rawText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return QString();
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Only the strict YYYY-MM-DD form: Qt would also accept forms a reviewer could misread.
std::optional<QDate> parseDate(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = value.toString();
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> parseInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < -1.0e9 || number > 1.0e9)
        return std::nullopt;
    return static_cast<int>(number);
}

void noteUncovered(const WorkingCalendar& calendar, int year, QList<int>& uncovered)
{
    if (!calendar.covers(year) && !uncovered.contains(year))
        uncovered.append(year);
}

} // namespace

// Builds a calendar from documents, refusing the first inconsistency it meets.
class CalendarParser
{
public:
    // Returns an empty string when the document was added, else the translated reason.
    QString addDocument(const QByteArray& json);

    WorkingCalendar m_calendar;

private:
    QString addYear(const QJsonValue& value, int index);
};

QString CalendarParser::addDocument(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                           "The calendar data is not valid JSON: %1 (at character %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    }
    if (document.isObject())
        return addYear(document.object(), 1);
    if (document.isArray()) {
        const QJsonArray years = document.array();
        if (years.isEmpty()) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar", "The calendar data holds no year.");
        }
        for (qsizetype i = 0; i < years.size(); ++i) {
            const QString error = addYear(years.at(i), static_cast<int>(i) + 1);
            if (!error.isEmpty())
                return error;
        }
        return QString();
    }
    return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                       "The calendar data must be a year object or a list of year objects.");
}

QString CalendarParser::addYear(const QJsonValue& value, int index)
{
    if (!value.isObject()) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar", "Calendar entry %1 is not a year object.")
            .arg(index);
    }
    const QJsonObject object = value.toObject();

    const std::optional<int> year = parseInteger(object.value(QStringLiteral("year")));
    if (!year || *year < 1900 || *year > 9999) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                           "Calendar entry %1 has no valid year (found \"%2\").")
            .arg(index)
            .arg(rawText(object.value(QStringLiteral("year"))));
    }

    const QJsonValue formatValue = object.value(QStringLiteral("format"));
    if (!formatValue.isUndefined()) {
        const std::optional<int> format = parseInteger(formatValue);
        if (!format || *format < 1) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the format \"%2\" is not a version number.")
                .arg(*year)
                .arg(rawText(formatValue));
        }
        if (*format > kFormatVersion) {
            return QCoreApplication::translate(
                       "ow::calendar::WorkingCalendar",
                       "Calendar %1 is written in format %2, but this program reads format %3 at most. "
                       "Update OneWindow before importing it.")
                .arg(*year)
                .arg(*format)
                .arg(kFormatVersion);
        }
    }

    const QJsonValue region = object.value(QStringLiteral("region"));
    if (!region.isUndefined() && region.toString() != QStringLiteral("CN")) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                           "Calendar %1: the region \"%2\" is not supported; expected \"CN\".")
            .arg(*year)
            .arg(rawText(region));
    }

    if (m_calendar.m_sources.contains(*year)) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar", "Calendar %1 is given more than once.")
            .arg(*year);
    }

    // Every year must say which notice it transcribes, so a clerk's deadline can be traced to it.
    const QJsonObject sourceObject = object.value(QStringLiteral("source")).toObject();
    CalendarSource source;
    source.year = *year;
    source.title = sourceObject.value(QStringLiteral("title")).toString().trimmed();
    source.number = sourceObject.value(QStringLiteral("number")).toString().trimmed();
    source.url = sourceObject.value(QStringLiteral("url")).toString();
    if (source.title.isEmpty() || source.number.isEmpty()) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                           "Calendar %1 does not name its source notice (title and number).")
            .arg(*year);
    }
    const QJsonValue issuedValue = sourceObject.value(QStringLiteral("issued"));
    if (!issuedValue.isUndefined()) {
        const std::optional<QDate> issued = parseDate(issuedValue);
        if (!issued) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: \"%2\" is not a date of the form YYYY-MM-DD.")
                .arg(*year)
                .arg(rawText(issuedValue));
        }
        source.issued = *issued;
    }

    // A notice can reach into the neighbouring year (a New Year holiday starting on 31 December),
    // but no further: anything else is a typing error in the year.
    const QDate earliest(*year - 1, 12, 1);
    const QDate latest(*year + 1, 1, 31);

    QHash<QDate, WorkingCalendar::ListedDay> days;
    QList<QString> holidayNames;

    const QJsonValue holidaysValue = object.value(QStringLiteral("holidays"));
    if (!holidaysValue.isArray() || holidaysValue.toArray().isEmpty()) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar", "Calendar %1 lists no holidays.")
            .arg(*year);
    }
    for (const QJsonValue& holidayValue : holidaysValue.toArray()) {
        const QJsonObject holiday = holidayValue.toObject();
        const QString name = holiday.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty()) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar", "Calendar %1: a holiday has no name.")
                .arg(*year);
        }
        const QJsonValue fromValue = holiday.value(QStringLiteral("from"));
        const QJsonValue toValue = holiday.value(QStringLiteral("to"));
        const std::optional<QDate> from = parseDate(fromValue);
        const std::optional<QDate> to = parseDate(toValue);
        if (!from || !to) {
            return QCoreApplication::translate(
                       "ow::calendar::WorkingCalendar",
                       "Calendar %1: the holiday \"%2\" has \"%3\", which is not a date of the form YYYY-MM-DD.")
                .arg(*year)
                .arg(name, rawText(from ? toValue : fromValue));
        }
        if (*to < *from) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the holiday \"%2\" ends on %3, before it starts on %4.")
                .arg(*year)
                .arg(name, isoText(*to), isoText(*from));
        }
        if (*from < earliest || *to > latest) {
            const QDate outside = *from < earliest ? *from : *to;
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the date %2 lies outside the year of the notice.")
                .arg(*year)
                .arg(isoText(outside));
        }
        const qint64 length = from->daysTo(*to) + 1;
        const QJsonValue daysValue = holiday.value(QStringLiteral("days"));
        if (!daysValue.isUndefined()) {
            // The notices state how many days a holiday lasts; checking it catches a mistyped end date.
            const std::optional<int> stated = parseInteger(daysValue);
            if (!stated || *stated != length) {
                return QCoreApplication::translate(
                           "ow::calendar::WorkingCalendar",
                           "Calendar %1: the holiday \"%2\" from %3 to %4 spans %5 days, but the data says %6.")
                    .arg(*year)
                    .arg(name, isoText(*from), isoText(*to))
                    .arg(length)
                    .arg(rawText(daysValue));
            }
        }
        for (QDate day = *from; day <= *to; day = day.addDays(1)) {
            const auto existing = days.constFind(day);
            if (existing != days.constEnd()) {
                return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                                   "Calendar %1: the date %2 is listed twice.")
                    .arg(*year)
                    .arg(isoText(day));
            }
            days.insert(day, {DayKind::Holiday, name});
        }
        holidayNames.append(name);
    }

    const QJsonValue makeupValue = object.value(QStringLiteral("makeup_workdays"));
    if (!makeupValue.isUndefined() && !makeupValue.isArray()) {
        return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                           "Calendar %1: \"makeup_workdays\" must be a list.")
            .arg(*year);
    }
    for (const QJsonValue& entryValue : makeupValue.toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QJsonValue dateValue = entry.value(QStringLiteral("date"));
        const std::optional<QDate> date = parseDate(dateValue);
        if (!date) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the make-up working day \"%2\" is not a date of the "
                                               "form YYYY-MM-DD.")
                .arg(*year)
                .arg(rawText(dateValue));
        }
        if (*date < earliest || *date > latest) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the date %2 lies outside the year of the notice.")
                .arg(*year)
                .arg(isoText(*date));
        }
        const auto existing = days.constFind(*date);
        if (existing != days.constEnd()) {
            if (existing->kind == DayKind::Holiday) {
                return QCoreApplication::translate(
                           "ow::calendar::WorkingCalendar",
                           "Calendar %1: the date %2 is both a holiday and a make-up working day.")
                    .arg(*year)
                    .arg(isoText(*date));
            }
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the date %2 is listed twice.")
                .arg(*year)
                .arg(isoText(*date));
        }
        // A make-up day on a weekday would change nothing, so it is a mistyped date.
        if (!isWeekend(*date)) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the make-up working day %2 is not a Saturday or Sunday.")
                .arg(*year)
                .arg(isoText(*date));
        }
        const QString forHoliday = entry.value(QStringLiteral("for")).toString().trimmed();
        if (!holidayNames.contains(forHoliday)) {
            return QCoreApplication::translate(
                       "ow::calendar::WorkingCalendar",
                       "Calendar %1: the make-up working day %2 is for \"%3\", which is not a holiday of the notice.")
                .arg(*year)
                .arg(isoText(*date), forHoliday);
        }
        days.insert(*date, {DayKind::MakeupWorkday, forHoliday});
    }

    // A date of a neighbouring year may already come from that year's notice.
    for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
        const auto existing = m_calendar.m_listedDays.constFind(it.key());
        if (existing == m_calendar.m_listedDays.constEnd())
            continue;
        if (existing->kind != it->kind) {
            return QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                               "Calendar %1: the date %2 is both a holiday and a make-up working day.")
                .arg(*year)
                .arg(isoText(it.key()));
        }
        return QCoreApplication::translate("ow::calendar::WorkingCalendar", "Calendar %1: the date %2 is listed twice.")
            .arg(*year)
            .arg(isoText(it.key()));
    }

    m_calendar.m_sources.insert(*year, source);
    m_calendar.m_listedDays.insert(days);
    return QString();
}

CalendarLoadResult WorkingCalendar::fromJson(const QByteArray& json)
{
    return fromJson(QList<QByteArray> {json});
}

CalendarLoadResult WorkingCalendar::fromJson(const QList<QByteArray>& documents)
{
    CalendarParser parser;
    for (const QByteArray& document : documents) {
        const QString error = parser.addDocument(document);
        if (!error.isEmpty())
            return {std::nullopt, error};
    }
    return {std::move(parser.m_calendar), QString()};
}

CalendarLoadResult WorkingCalendar::fromDirectory(const QString& path)
{
    const QDir directory(path);
    if (!directory.exists()) {
        return {std::nullopt,
                QCoreApplication::translate("ow::calendar::WorkingCalendar", "The calendar folder %1 does not exist.")
                    .arg(QDir::toNativeSeparators(path))};
    }
    const QStringList names = directory.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty()) {
        return {std::nullopt,
                QCoreApplication::translate("ow::calendar::WorkingCalendar",
                                            "The calendar folder %1 holds no calendar file.")
                    .arg(QDir::toNativeSeparators(path))};
    }
    CalendarParser parser;
    for (const QString& name : names) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return {
                std::nullopt,
                QCoreApplication::translate("ow::calendar::WorkingCalendar", "The calendar file %1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
        }
        const QString error = parser.addDocument(file.readAll());
        if (!error.isEmpty()) {
            return {std::nullopt,
                    QCoreApplication::translate("ow::calendar::WorkingCalendar", "In the calendar file %1: %2")
                        .arg(name, error)};
        }
    }
    return {std::move(parser.m_calendar), QString()};
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    const DayKind kind = dayInfo(date).kind;
    return kind == DayKind::Workday || kind == DayKind::MakeupWorkday;
}

DayInfo WorkingCalendar::dayInfo(const QDate& date) const
{
    DayInfo info;
    info.covered = date.isValid() && covers(date.year());
    const auto listed = m_listedDays.constFind(date);
    if (listed != m_listedDays.constEnd()) {
        info.kind = listed->kind;
        info.holidayName = listed->holidayName;
    } else {
        info.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Workday;
    }
    return info;
}

std::optional<CalendarSource> WorkingCalendar::source(int year) const
{
    const auto found = m_sources.constFind(year);
    if (found == m_sources.constEnd())
        return std::nullopt;
    return *found;
}

Deadline WorkingCalendar::addWorkingDays(const QDate& start, int n) const
{
    Deadline deadline;
    if (!start.isValid() || n < -kMaxWorkingDays || n > kMaxWorkingDays)
        return deadline;
    const int step = n >= 0 ? 1 : -1;
    int remaining = std::abs(n);
    QDate day = start;
    while (remaining > 0) {
        day = day.addDays(step);
        if (!day.isValid())
            return {};
        noteUncovered(*this, day.year(), deadline.uncoveredYears);
        if (isWorkingDay(day))
            --remaining;
    }
    deadline.date = day;
    std::sort(deadline.uncoveredYears.begin(), deadline.uncoveredYears.end());
    return deadline;
}

WorkingDayCount WorkingCalendar::workingDaysBetween(const QDate& a, const QDate& b) const
{
    WorkingDayCount count;
    if (!a.isValid() || !b.isValid() || a == b)
        return count;
    const QDate first = std::min(a, b);
    const QDate last = std::max(a, b);
    int days = 0;
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1)) {
        noteUncovered(*this, day.year(), count.uncoveredYears);
        if (isWorkingDay(day))
            ++days;
    }
    count.days = a < b ? days : -days;
    return count;
}

} // namespace ow::calendar
