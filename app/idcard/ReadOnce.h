#pragma once

#include "CardInfo.h"

#include <QString>

namespace ow::idcard {

// Result of a single blocking read, for the CLI (which maps the status to its exit code).
struct ReadResult
{
    enum class Status
    {
        Ok,
        NoCard,
        DeviceMissing,
        ProtocolError
    };
    Status status = Status::NoCard;
    QString message; // translated
    CardInfo card;
    QString newAddress;
};

// Reads one card from a SAM reader on `port`; baud 0 detects the rate. Returns by timeoutMs at the latest
// (plus the time to close the port), whatever the device does. Blocks the calling thread.
[[nodiscard]] ReadResult readOnce(const QString& port, int baud, int timeoutMs);

} // namespace ow::idcard
