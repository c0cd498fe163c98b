#include "queue/QueueTypes.h"

#include <QJsonArray>

namespace ow::queue {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        result.append(item.toString());
    }
    return result;
}

} // namespace

QString wireTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseWireTime(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(text, Qt::ISODate);
    }
    return at;
}

bool isValidRating(int rating)
{
    return rating >= 1 && rating <= 5;
}

QJsonObject Category::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}, {QStringLiteral("waiting"), waiting}};
}

Category Category::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("code")).toString(), json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("waiting")).toInt()};
}

QJsonObject TicketRequest::toJson() const
{
    QJsonObject json {{QStringLiteral("category"), category}, {QStringLiteral("disability"), disability}};
    if (!idNumber.isEmpty()) {
        json.insert(QStringLiteral("id_number"), idNumber);
    }
    if (appointmentAt.isValid()) {
        json.insert(QStringLiteral("appointment_at"), wireTime(appointmentAt));
    }
    return json;
}

TicketRequest TicketRequest::fromJson(const QJsonObject& json)
{
    TicketRequest request;
    request.category = json.value(QStringLiteral("category")).toString();
    request.idNumber = json.value(QStringLiteral("id_number")).toString();
    request.disability = json.value(QStringLiteral("disability")).toBool();
    request.appointmentAt = parseWireTime(json.value(QStringLiteral("appointment_at")).toString());
    return request;
}

QJsonObject Ticket::toJson(bool withIdNumber) const
{
    QJsonObject json {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("number"), number},
        {QStringLiteral("category"), category},
        {QStringLiteral("category_name"), categoryName},
        {QStringLiteral("day"), day},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("priority_reason"), priorityReason},
        {QStringLiteral("issued_at"), wireTime(issuedAt)},
        {QStringLiteral("state"), state},
        {QStringLiteral("counter"), counter},
        {QStringLiteral("no_shows"), noShows},
        {QStringLiteral("ahead"), ahead},
        {QStringLiteral("case_uuids"), toArray(caseUuids)},
        {QStringLiteral("rating"), rating},
    };
    if (appointmentAt.isValid()) {
        json.insert(QStringLiteral("appointment_at"), wireTime(appointmentAt));
    }
    if (calledAt.isValid()) {
        json.insert(QStringLiteral("called_at"), wireTime(calledAt));
    }
    if (finishedAt.isValid()) {
        json.insert(QStringLiteral("finished_at"), wireTime(finishedAt));
    }
    if (!reasonCode.isEmpty()) {
        json.insert(QStringLiteral("reason_code"), reasonCode);
        json.insert(QStringLiteral("reason"), reason);
    }
    if (!clerk.isEmpty()) {
        json.insert(QStringLiteral("clerk"), clerk);
    }
    if (!idNumber.isEmpty()) {
        json.insert(QStringLiteral("has_citizen"), true);
        if (withIdNumber) {
            json.insert(QStringLiteral("id_number"), idNumber);
        }
    }
    return json;
}

Ticket Ticket::fromJson(const QJsonObject& json)
{
    Ticket ticket;
    ticket.uuid = json.value(QStringLiteral("uuid")).toString();
    ticket.number = json.value(QStringLiteral("number")).toString();
    ticket.category = json.value(QStringLiteral("category")).toString();
    ticket.categoryName = json.value(QStringLiteral("category_name")).toString();
    ticket.day = json.value(QStringLiteral("day")).toString();
    ticket.priority = json.value(QStringLiteral("priority")).toBool();
    ticket.priorityReason = json.value(QStringLiteral("priority_reason")).toString();
    ticket.appointmentAt = parseWireTime(json.value(QStringLiteral("appointment_at")).toString());
    ticket.idNumber = json.value(QStringLiteral("id_number")).toString();
    ticket.issuedAt = parseWireTime(json.value(QStringLiteral("issued_at")).toString());
    ticket.state = json.value(QStringLiteral("state")).toString();
    ticket.counter = json.value(QStringLiteral("counter")).toInt();
    ticket.calledAt = parseWireTime(json.value(QStringLiteral("called_at")).toString());
    ticket.finishedAt = parseWireTime(json.value(QStringLiteral("finished_at")).toString());
    ticket.noShows = json.value(QStringLiteral("no_shows")).toInt();
    ticket.ahead = json.value(QStringLiteral("ahead")).toInt();
    ticket.reasonCode = json.value(QStringLiteral("reason_code")).toString();
    ticket.reason = json.value(QStringLiteral("reason")).toString();
    ticket.caseUuids = toStringList(json.value(QStringLiteral("case_uuids")));
    ticket.rating = json.value(QStringLiteral("rating")).toInt();
    ticket.clerk = json.value(QStringLiteral("clerk")).toString();
    return ticket;
}

QJsonObject CounterState::toJson() const
{
    return {{QStringLiteral("number"), number}, {QStringLiteral("categories"), toArray(categories)},
            {QStringLiteral("paused"), paused}, {QStringLiteral("online"), online},
            {QStringLiteral("clerk"), clerk},   {QStringLiteral("current"), current}};
}

CounterState CounterState::fromJson(const QJsonObject& json)
{
    CounterState state;
    state.number = json.value(QStringLiteral("number")).toInt();
    state.categories = toStringList(json.value(QStringLiteral("categories")));
    state.paused = json.value(QStringLiteral("paused")).toBool();
    state.online = json.value(QStringLiteral("online")).toBool();
    state.clerk = json.value(QStringLiteral("clerk")).toString();
    state.current = json.value(QStringLiteral("current")).toString();
    return state;
}

QJsonObject CallEvent::toJson() const
{
    return {{QStringLiteral("number"), number},
            {QStringLiteral("category"), category},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("at"), wireTime(at)},
            {QStringLiteral("recall"), recall}};
}

CallEvent CallEvent::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("number")).toString(), json.value(QStringLiteral("category")).toString(),
            json.value(QStringLiteral("counter")).toInt(), parseWireTime(json.value(QStringLiteral("at")).toString()),
            json.value(QStringLiteral("recall")).toBool()};
}

QJsonObject HallStatus::toJson() const
{
    QJsonArray categoryArray;
    for (const Category& category : categories) {
        categoryArray.append(category.toJson());
    }
    QJsonArray counterArray;
    for (const CounterState& counter : counters) {
        counterArray.append(counter.toJson());
    }
    QJsonArray callArray;
    for (const CallEvent& call : recentCalls) {
        callArray.append(call.toJson());
    }
    return {{QStringLiteral("categories"), categoryArray},
            {QStringLiteral("counters"), counterArray},
            {QStringLiteral("recent_calls"), callArray},
            {QStringLiteral("waiting"), waiting}};
}

HallStatus HallStatus::fromJson(const QJsonObject& json)
{
    HallStatus status;
    for (const QJsonValue& value : json.value(QStringLiteral("categories")).toArray()) {
        status.categories.append(Category::fromJson(value.toObject()));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("counters")).toArray()) {
        status.counters.append(CounterState::fromJson(value.toObject()));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("recent_calls")).toArray()) {
        status.recentCalls.append(CallEvent::fromJson(value.toObject()));
    }
    status.waiting = json.value(QStringLiteral("waiting")).toInt();
    return status;
}

} // namespace ow::queue
