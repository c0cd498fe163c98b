#pragma once

#include "CardInfo.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>

namespace ow::idcard {

// One card read: the decoded fields plus what came with them.
struct CardRead
{
    CardInfo card;
    QByteArray text; // the raw 256-byte text block
    QString newAddress; // newest address appended to the card by a police station, when read
    QDateTime readAt;
    QString device; // port or library the card was read through
};

// A card reader the counter listens to. Implementations run the device off the GUI thread and report by signals.
class IdCardSource : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        DeviceMissing, // the reader is not connected (or not answering)
        WaitingForCard, // connected, no new card
        Reading,
        Faulted, // the reader answers but cannot read cards (security module fault)
    };
    Q_ENUM(State)

    enum class ErrorCode
    {
        DeviceMissing, // cannot open the device
        DeviceUnplugged, // the device went away while in use
        DeviceNotResponding, // open, but no answers
        ProtocolError, // damaged frames
        CardError, // the card could not be selected or read
        ReaderFault, // the reader's security module reports a fault
        LibraryMissing, // the vendor library is not installed
    };
    Q_ENUM(ErrorCode)

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    [[nodiscard]] State state() const { return m_state; }

Q_SIGNALS:
    void cardRead(const ow::idcard::CardRead& read);
    // The card was read and taken away, or none is there yet: the reader waits for the next card.
    void waitingForCard();
    void error(ow::idcard::IdCardSource::ErrorCode code, const QString& message);
    void stateChanged(ow::idcard::IdCardSource::State state);

protected:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

private:
    State m_state = State::Stopped;
};

} // namespace ow::idcard

Q_DECLARE_METATYPE(ow::idcard::CardRead)
