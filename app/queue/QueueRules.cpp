#include "queue/QueueRules.h"

namespace ow::queue {

namespace {

// Earlier in line first; the number breaks a tie of equal times so the order never depends on the list.
bool before(const WaitingTicket& a, const WaitingTicket& b)
{
    if (a.queuedAt != b.queuedAt) {
        return a.queuedAt < b.queuedAt;
    }
    return a.number < b.number;
}

QString clock(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

QString QueueRules::priorityReasonText(const QString& reason)
{
    if (reason == u"age") {
        return tr("aged 70 or more");
    }
    if (reason == u"disability") {
        return tr("disability certificate");
    }
    if (reason == u"appointment") {
        return tr("appointment");
    }
    return tr("priority");
}

bool QueueRules::isCandidate(const WaitingTicket& ticket, const QDateTime& now, int counter,
                             const QStringList& counterCategories) const
{
    if (ticket.eligibleAt.isValid() && ticket.eligibleAt > now) {
        return false;
    }
    if (ticket.targetCounter != 0) {
        return ticket.targetCounter == counter;
    }
    return counterCategories.isEmpty() || counterCategories.contains(ticket.category);
}

bool QueueRules::slotHasCome(const WaitingTicket& ticket, const QDateTime& now) const
{
    return ticket.appointmentAt.isValid() && ticket.appointmentAt.addSecs(-60LL * appointmentEarlyMinutes) <= now;
}

int QueueRules::priorityRun(const QList<PastCall>& history)
{
    int run = 0;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->appointment) {
            continue;
        }
        if (!it->priority) {
            break;
        }
        ++run;
    }
    return run;
}

Choice QueueRules::choose(const QList<WaitingTicket>& waiting, const QDateTime& now, int counter,
                          const QStringList& counterCategories, const QList<PastCall>& history) const
{
    int appointment = -1;
    int priority = -1;
    int ordinary = -1;
    for (int i = 0; i < waiting.size(); ++i) {
        const WaitingTicket& ticket = waiting.at(i);
        if (!isCandidate(ticket, now, counter, counterCategories)) {
            continue;
        }
        if (slotHasCome(ticket, now)) {
            const WaitingTicket* best = appointment >= 0 ? &waiting.at(appointment) : nullptr;
            if (!best || ticket.appointmentAt < best->appointmentAt ||
                (ticket.appointmentAt == best->appointmentAt && before(ticket, *best))) {
                appointment = i;
            }
        } else if (ticket.priority) {
            if (priority < 0 || before(ticket, waiting.at(priority))) {
                priority = i;
            }
        } else if (ordinary < 0 || before(ticket, waiting.at(ordinary))) {
            ordinary = i;
        }
    }

    Choice choice;
    auto transferNote = [&](const WaitingTicket& ticket) {
        return ticket.fromCounter > 0
            ? QString(u' ' + tr("Transferred from counter %1; it kept its place in line.").arg(ticket.fromCounter))
            : QString();
    };
    if (appointment >= 0) {
        const WaitingTicket& ticket = waiting.at(appointment);
        choice.index = appointment;
        choice.reasonCode = QStringLiteral("appointment");
        choice.reason =
            tr("Appointment at %1: its slot has come, so it goes before the line.").arg(clock(ticket.appointmentAt)) +
            transferNote(ticket);
        return choice;
    }
    const int run = priorityRun(history);
    if (priority >= 0 && ordinary >= 0 && maxPriorityInRow > 0 && run >= maxPriorityInRow) {
        const WaitingTicket& ticket = waiting.at(ordinary);
        choice.index = ordinary;
        choice.reasonCode = QStringLiteral("anti-starvation");
        choice.reason = tr("Ordinary ticket waiting since %1, called after %2 priority calls in a row "
                           "(at most %3 in a row).")
                            .arg(clock(ticket.queuedAt))
                            .arg(run)
                            .arg(maxPriorityInRow) +
            transferNote(ticket);
        return choice;
    }
    if (priority >= 0) {
        const WaitingTicket& ticket = waiting.at(priority);
        choice.index = priority;
        choice.reasonCode = QStringLiteral("priority");
        choice.reason = tr("Priority (%1), waiting since %2.")
                            .arg(priorityReasonText(ticket.priorityReason), clock(ticket.queuedAt)) +
            transferNote(ticket);
        return choice;
    }
    if (ordinary >= 0) {
        const WaitingTicket& ticket = waiting.at(ordinary);
        choice.index = ordinary;
        choice.reasonCode = QStringLiteral("arrival");
        choice.reason = tr("First in line, waiting since %1.").arg(clock(ticket.queuedAt)) + transferNote(ticket);
    }
    return choice;
}

} // namespace ow::queue
