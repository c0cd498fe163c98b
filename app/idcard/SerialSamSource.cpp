#include "SerialSamSource.h"

namespace ow::idcard {

SerialSamSource::SerialSamSource(SamReaderOptions options, int pollIntervalMs, QObject* parent)
    : IdCardSource(parent)
    , m_options(std::move(options))
    , m_pollIntervalMs(qMax(pollIntervalMs, kMinPollIntervalMs))
{ }

SerialSamSource::~SerialSamSource()
{
    stop();
}

void SerialSamSource::start()
{
    // The port is created inside the worker thread, where it is used.
    m_thread.start(
        this, [options = m_options] { return std::make_unique<SamReader>(options); }, m_pollIntervalMs,
        [this](State state) { setState(state); });
}

void SerialSamSource::stop()
{
    m_thread.stop();
    setState(State::Stopped);
}

} // namespace ow::idcard
