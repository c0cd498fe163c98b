#pragma once

#include "IdCardSource.h"
#include "ReaderWorker.h"
#include "SamReader.h"

namespace ow::idcard {

// Reads cards from a reader speaking the native SAM protocol on a serial port, in a worker thread.
class SerialSamSource : public IdCardSource
{
    Q_OBJECT
public:
    // Readers must not be polled faster than this.
    static constexpr int kMinPollIntervalMs = 300;

    explicit SerialSamSource(SamReaderOptions options, int pollIntervalMs = kMinPollIntervalMs,
                             QObject* parent = nullptr);
    ~SerialSamSource() override;

    void start() override;
    void stop() override;
    [[nodiscard]] const SamReaderOptions& options() const { return m_options; }
    [[nodiscard]] int pollIntervalMs() const { return m_pollIntervalMs; }

private:
    SamReaderOptions m_options;
    int m_pollIntervalMs;
    ReaderThread m_thread;
};

} // namespace ow::idcard
