#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The order in which the hall calls its tickets, as a pure function of what waits and what was called.
namespace ow::queue {

// A waiting ticket as the ordering sees it.
struct WaitingTicket
{
    QString uuid;
    QString number;
    QString category;
    QDateTime queuedAt; // the place in line: arrival, kept by a transfer and by a no-show's return
    bool priority = false;
    QString priorityReason;
    QDateTime appointmentAt; // invalid without an appointment
    QDateTime eligibleAt; // a no-show waits until then before it can be called again
    int targetCounter = 0; // transferred to one counter; 0 for any counter of its category
    int fromCounter = 0; // the counter that transferred it, for the reason text
};

// One earlier call of the counter, oldest first in the history.
struct PastCall
{
    bool priority = false;
    bool appointment = false;
};

struct Choice
{
    int index = -1; // into the waiting list; -1 when nobody can be called
    QString reasonCode; // appointment, priority, anti-starvation, arrival
    QString reason; // for a supervisor, translated

    [[nodiscard]] bool found() const { return index >= 0; }
};

// Appointments at their slot first, then priority (at most maxPriorityInRow in a row while others wait),
// then arrival. Transfers keep their place in line; no-shows come back once their delay has passed.
class QueueRules
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::QueueRules)

public:
    static constexpr int defaultMaxPriorityInRow = 3;
    static constexpr int defaultAppointmentEarlyMinutes = 10;

    int maxPriorityInRow = defaultMaxPriorityInRow;
    int appointmentEarlyMinutes = defaultAppointmentEarlyMinutes; // a slot counts from this many minutes before

    // counterCategories empty means every category; history is this counter's calls, oldest first.
    [[nodiscard]] Choice choose(const QList<WaitingTicket>& waiting, const QDateTime& now, int counter,
                                const QStringList& counterCategories, const QList<PastCall>& history) const;

    [[nodiscard]] bool isCandidate(const WaitingTicket& ticket, const QDateTime& now, int counter,
                                   const QStringList& counterCategories) const;

    // Whether the ticket's appointment slot has come (it is called before everybody else).
    [[nodiscard]] bool slotHasCome(const WaitingTicket& ticket, const QDateTime& now) const;

    // Priority calls at the end of the history; appointments neither count nor break the run.
    [[nodiscard]] static int priorityRun(const QList<PastCall>& history);

    [[nodiscard]] static QString priorityReasonText(const QString& reason);
};

} // namespace ow::queue
