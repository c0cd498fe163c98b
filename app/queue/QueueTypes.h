#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The hall queue's records as the host, the counters, the kiosk and the display exchange them (JSON on the wire).
namespace ow::queue {

// A service category of the hall: its ticket prefix (the code, one letter: A, B...) and its name.
struct Category
{
    QString code;
    QString name;
    int waiting = 0; // in status answers only

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Category fromJson(const QJsonObject& json);
};

// What the kiosk asks for: a category and, when the card was read, the citizen and why they go first.
struct TicketRequest
{
    QString category;
    QString idNumber; // empty for an anonymous ticket
    bool disability = false; // the citizen showed a disability certificate
    QDateTime appointmentAt; // the booked slot, when the citizen has an appointment

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static TicketRequest fromJson(const QJsonObject& json);
};

// One ticket. The host fills every field it knows; idNumber leaves the host only towards the counter that calls it.
struct Ticket
{
    QString uuid;
    QString number; // A001, or C3-001 from a counter's own range
    QString category;
    QString categoryName;
    QString day; // yyyy-MM-dd, numbers restart each day
    bool priority = false;
    QString priorityReason; // "age", "disability", "appointment" or empty
    QDateTime appointmentAt;
    QString idNumber;
    QDateTime issuedAt;
    QString state; // waiting, called, finished, dropped
    int counter = 0; // the counter that called it, or the counter it was transferred to
    QDateTime calledAt;
    QDateTime finishedAt;
    int noShows = 0;
    int ahead = 0; // people waiting before it when it was issued
    QString reasonCode; // why it was called: appointment, priority, anti-starvation, arrival
    QString reason; // the same for a supervisor, translated
    QStringList caseUuids;
    int rating = 0; // 1 (very dissatisfied) .. 5 (very satisfied), 0 not rated
    QString clerk;

    [[nodiscard]] bool isValid() const { return !number.isEmpty(); }
    [[nodiscard]] QJsonObject toJson(bool withIdNumber = false) const;
    [[nodiscard]] static Ticket fromJson(const QJsonObject& json);
};

// A counter as the host sees it.
struct CounterState
{
    int number = 0;
    QStringList categories; // empty: every category
    bool paused = false;
    bool online = false;
    QString clerk;
    QString current; // the ticket number it serves, empty when none

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static CounterState fromJson(const QJsonObject& json);
};

// A call for the display: which ticket to which counter, and whether it is a repeat.
struct CallEvent
{
    QString number;
    QString category;
    int counter = 0;
    QDateTime at;
    bool recall = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static CallEvent fromJson(const QJsonObject& json);
};

// What the display and a supervisor see of the hall at one moment.
struct HallStatus
{
    QList<Category> categories;
    QList<CounterState> counters;
    QList<CallEvent> recentCalls; // newest first
    int waiting = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static HallStatus fromJson(const QJsonObject& json);
};

// Ratings after a service (haochaping), from 5 very satisfied down to 1 very dissatisfied.
[[nodiscard]] bool isValidRating(int rating);

// Timestamps on the wire: UTC ISO 8601 with milliseconds; empty for none.
[[nodiscard]] QString wireTime(const QDateTime& at);
[[nodiscard]] QDateTime parseWireTime(const QString& text);

} // namespace ow::queue
