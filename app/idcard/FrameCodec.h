#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace ow::idcard {

// A request to the reader: command, parameter and optional data.
struct SamRequest
{
    quint8 cmd = 0;
    quint8 para = 0;
    QByteArray data;
};

// A reply from the reader: three status bytes (SW3 tells the outcome) and optional data.
struct SamReply
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;
};

// Frames of the SAM serial protocol: AA AA AA 96 69 | LEN (2, big-endian) | payload | CHK.
// LEN counts every byte after it, CHK included; CHK is the XOR of LEN and payload.
namespace FrameCodec {

inline constexpr int kPreambleSize = 5;
inline constexpr int kHeaderSize = kPreambleSize + 2;
// Longest LEN accepted; the largest real reply (text, photo and fingerprint) is about 2.3 KiB.
inline constexpr int kMaxLength = 4096;

[[nodiscard]] QByteArray preamble();
[[nodiscard]] QByteArray encodeFrame(QByteArrayView payload);
[[nodiscard]] QByteArray encodeRequest(quint8 cmd, quint8 para, QByteArrayView data = {});
[[nodiscard]] QByteArray encodeReply(quint8 sw3, QByteArrayView data = {}, quint8 sw1 = 0, quint8 sw2 = 0);
[[nodiscard]] std::optional<SamRequest> toRequest(const QByteArray& payload);
[[nodiscard]] std::optional<SamReply> toReply(const QByteArray& payload);

} // namespace FrameCodec

// Turns a byte stream that arrives in fragments, possibly with noise between frames, into frames.
class FrameDecoder
{
public:
    enum class EventType
    {
        Frame,
        ChecksumError,
        LengthError
    };
    struct Event
    {
        EventType type = EventType::Frame;
        QByteArray payload; // for Frame: bytes between LEN and CHK
    };

    void feed(QByteArrayView bytes);
    // The next complete frame or framing error, or nothing until more bytes arrive.
    [[nodiscard]] std::optional<Event> next();
    void clear();
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size(); }
    // Bytes dropped while looking for a preamble; for diagnostics.
    [[nodiscard]] qint64 skippedBytes() const { return m_skipped; }

private:
    void drop(qsizetype count);

    QByteArray m_buffer;
    qint64 m_skipped = 0;
};

} // namespace ow::idcard
