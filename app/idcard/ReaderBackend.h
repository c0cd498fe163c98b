#pragma once

#include "IdCardSource.h"

#include <QDeadlineTimer>
#include <QString>

namespace ow::idcard {

// What one step of talking to a reader came to.
enum class ReaderOutcome
{
    Ready, // open() succeeded
    CardRead,
    NoCard,
    DeviceMissing,
    DeviceUnplugged,
    NotResponding,
    ProtocolError,
    CardError,
    ReaderFault,
    LibraryMissing,
};

struct ReaderResult
{
    ReaderOutcome outcome = ReaderOutcome::NoCard;
    QString message; // translated
    CardRead read; // for CardRead
};

// A way of reaching a card reader with blocking calls bounded by deadlines; used from one thread.
class ReaderBackend
{
public:
    virtual ~ReaderBackend() = default;
    [[nodiscard]] virtual ReaderResult open(QDeadlineTimer deadline) = 0;
    // One round of find, select and read; opens the device first when it is closed.
    [[nodiscard]] virtual ReaderResult readCard(QDeadlineTimer deadline) = 0;
    virtual void close() = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
};

} // namespace ow::idcard
