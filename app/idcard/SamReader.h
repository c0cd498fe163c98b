#pragma once

#include "FrameCodec.h"
#include "IdCardSource.h"
#include "ReaderBackend.h"
#include "WltDecoder.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <memory>

class QSerialPort;

namespace ow::idcard {

class WltDecoder;

// Settings of a SAM serial reader.
struct SamReaderOptions
{
    QString portName;
    int baud = 115200; // 0: try each of autoBaudRates()
    int replyTimeoutMs = 1000;
    bool readFingerprint = false;
    bool readNewAddress = true;
    bool decodePhoto = true;
    QString photoDecoderPath; // empty: search the default decoder names
    WltDecoder::Style photoDecoderStyle = WltDecoder::Style::Auto;
};

// Talks to a SAM reader over a serial port with blocking calls bounded by deadlines. Lives in one thread:
// the reader worker's, or the caller's for the CLI.
class SamReader : public ReaderBackend
{
public:
    using Outcome = ReaderOutcome;
    using Result = ReaderResult;

    explicit SamReader(SamReaderOptions options);
    ~SamReader() override;
    SamReader(const SamReader&) = delete;
    SamReader& operator=(const SamReader&) = delete;

    // Opens the port, finds the baud rate if asked to, and checks the security module.
    [[nodiscard]] Result open(QDeadlineTimer deadline) override;
    [[nodiscard]] Result readCard(QDeadlineTimer deadline) override;
    void close() override;
    [[nodiscard]] bool isOpen() const override;
    [[nodiscard]] int baud() const { return m_baud; }

    [[nodiscard]] static QList<int> autoBaudRates();

private:
    enum class Exchange
    {
        Reply,
        Timeout,
        IoError,
        FramingError
    };
    struct Answer
    {
        Exchange exchange = Exchange::Timeout;
        SamReply reply;
    };
    void drainLateReplies(QDeadlineTimer deadline);
    [[nodiscard]] Answer transact(quint8 cmd, quint8 para, QDeadlineTimer deadline, int timeoutMs);
    [[nodiscard]] Result failure(const Answer& answer, const QString& what);
    [[nodiscard]] Result checkSam(QDeadlineTimer deadline, int timeoutMs);
    [[nodiscard]] std::optional<Result> readBlocks(QDeadlineTimer deadline, CardRead& read);

    SamReaderOptions m_options;
    std::unique_ptr<QSerialPort> m_port;
    std::unique_ptr<WltDecoder> m_decoder;
    FrameDecoder m_frames;
    int m_baud = 0;
    bool m_drainBeforeNext = false;
};

} // namespace ow::idcard
