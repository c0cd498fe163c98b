#pragma once

#include "supervision/Statistics.h"

#include <QPointer>

namespace ow::queue {
class QueueClient;
}

namespace ow::supervision {

// The queue figures of a period from the hall host (QueueClient::requestStatistics): waiting and service times,
// tickets per counter and the citizens' ratings. Nothing while the host cannot be reached.
class HallQueueFigures : public QueueFiguresSource
{
public:
    explicit HallQueueFigures(queue::QueueClient& client, int timeoutMs = 5000);

    [[nodiscard]] std::optional<QueueFigures> figures(const StatisticsPeriod& period) const override;

private:
    QPointer<queue::QueueClient> m_client;
    int m_timeoutMs = 5000;
};

} // namespace ow::supervision
