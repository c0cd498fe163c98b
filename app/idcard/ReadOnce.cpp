#include "ReadOnce.h"

#include "SamReader.h"
#include "SerialSamSource.h"

#include <QCoreApplication>
#include <QThread>

namespace ow::idcard {

ReadResult readOnce(const QString& port, int baud, int timeoutMs)
{
    SamReaderOptions options;
    options.portName = port;
    options.baud = baud;
    options.replyTimeoutMs = qMin(1000, qMax(timeoutMs, 1));
    SamReader reader(options);
    const QDeadlineTimer deadline(qMax(timeoutMs, 0));

    const SamReader::Result opened = reader.open(deadline);
    switch (opened.outcome) {
    case SamReader::Outcome::Ready:
        break;
    case SamReader::Outcome::ReaderFault:
    case SamReader::Outcome::ProtocolError:
        return {ReadResult::Status::ProtocolError, opened.message, {}, {}};
    default:
        return {ReadResult::Status::DeviceMissing, opened.message, {}, {}};
    }

    ReadResult last {ReadResult::Status::NoCard,
                     QCoreApplication::translate("ow::idcard::readOnce", "No card was placed on the reader in time."),
                     {},
                     {}};
    for (;;) {
        const SamReader::Result result = reader.readCard(deadline);
        switch (result.outcome) {
        case SamReader::Outcome::CardRead:
            return {ReadResult::Status::Ok, {}, result.read.card, result.read.newAddress};
        case SamReader::Outcome::Ready:
        case SamReader::Outcome::NoCard:
            last = {ReadResult::Status::NoCard,
                    QCoreApplication::translate("ow::idcard::readOnce", "No card was placed on the reader in time."),
                    {},
                    {}};
            break;
        case SamReader::Outcome::DeviceMissing:
        case SamReader::Outcome::DeviceUnplugged:
        case SamReader::Outcome::LibraryMissing:
            return {ReadResult::Status::DeviceMissing, result.message, {}, {}};
        case SamReader::Outcome::NotResponding:
            last = {ReadResult::Status::DeviceMissing, result.message, {}, {}};
            break;
        case SamReader::Outcome::ProtocolError:
        case SamReader::Outcome::CardError:
        case SamReader::Outcome::ReaderFault:
            last = {ReadResult::Status::ProtocolError, result.message, {}, {}};
            break;
        }
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            return last;
        // Readers must not be polled faster than every 300 ms.
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(remaining, SerialSamSource::kMinPollIntervalMs)));
        if (deadline.hasExpired())
            return last;
    }
}

} // namespace ow::idcard
