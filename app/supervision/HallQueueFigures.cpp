#include "supervision/HallQueueFigures.h"

#include "queue/QueueClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace ow::supervision {

namespace {

// The host gives averages and maxima; the p90 field holds the longest wait, the closest figure it has.
DurationFigures minutes(int count, double averageSeconds, double maxSeconds)
{
    DurationFigures figures;
    figures.count = count;
    figures.averageHours = averageSeconds / 60.0;
    figures.p90Hours = maxSeconds / 60.0;
    return figures;
}

} // namespace

HallQueueFigures::HallQueueFigures(queue::QueueClient& client, int timeoutMs)
    : m_client(&client)
    , m_timeoutMs(timeoutMs)
{ }

std::optional<QueueFigures> HallQueueFigures::figures(const StatisticsPeriod& period) const
{
    if (!m_client || !m_client->isReady()) {
        return std::nullopt;
    }
    // The statistics page asks synchronously; a local loop waits for the host's answer, bounded by the timeout.
    QEventLoop loop;
    std::optional<queue::QueueReply> answer;
    QObject context;
    m_client->requestStatistics(period.from, period.to, &context, [&](const queue::QueueReply& reply) {
        answer = reply;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer || !answer->ok) {
        return std::nullopt;
    }

    QueueFigures figures;
    int waitCount = 0;
    double waitSum = 0;
    double waitMax = 0;
    int serviceCount = 0;
    double serviceSum = 0;
    for (const QJsonValue& value : answer->data.value(QStringLiteral("category")).toArray()) {
        const QJsonObject row = value.toObject();
        const int tickets = row.value(QStringLiteral("tickets")).toInt();
        const int served = row.value(QStringLiteral("served")).toInt();
        figures.tickets += tickets;
        waitCount += tickets;
        waitSum += row.value(QStringLiteral("average_wait_seconds")).toDouble() * tickets;
        waitMax = std::max(waitMax, row.value(QStringLiteral("max_wait_seconds")).toDouble());
        serviceCount += served;
        serviceSum += row.value(QStringLiteral("average_service_seconds")).toDouble() * served;
    }
    figures.waitingMinutes = minutes(waitCount, waitCount > 0 ? waitSum / waitCount : 0, waitMax);
    figures.serviceMinutes = minutes(serviceCount, serviceCount > 0 ? serviceSum / serviceCount : 0, 0);
    for (const QJsonValue& value : answer->data.value(QStringLiteral("rating")).toArray()) {
        const QJsonObject row = value.toObject();
        const int rating = row.value(QStringLiteral("key")).toString().toInt();
        if (rating >= 1 && rating <= 5) {
            figures.ratings[rating] = row.value(QStringLiteral("tickets")).toInt();
        }
    }
    for (const QJsonValue& value : answer->data.value(QStringLiteral("counter")).toArray()) {
        const QJsonObject row = value.toObject();
        GroupFigures counter;
        counter.key = row.value(QStringLiteral("key")).toString();
        counter.label = Statistics::tr("Counter %1").arg(counter.key);
        counter.cases = row.value(QStringLiteral("served")).toInt();
        counter.decided = counter.cases;
        counter.completion = minutes(counter.cases, row.value(QStringLiteral("average_service_seconds")).toDouble(), 0);
        figures.perCounter.append(counter);
    }
    return figures;
}

} // namespace ow::supervision
