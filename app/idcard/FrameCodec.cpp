#include "FrameCodec.h"

namespace ow::idcard {

namespace {
constexpr char kPreamble[FrameCodec::kPreambleSize] = {'\xAA', '\xAA', '\xAA', '\x96', '\x69'};
// The shortest payload of any frame: a request's CMD and PARA.
constexpr int kMinLength = 3;

quint8 xorOf(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (char c : bytes)
        sum ^= static_cast<quint8>(c);
    return sum;
}
} // namespace

namespace FrameCodec {

QByteArray preamble()
{
    return QByteArray(kPreamble, kPreambleSize);
}

QByteArray encodeFrame(QByteArrayView payload)
{
    const qsizetype length = payload.size() + 1;
    QByteArray frame = preamble();
    frame.reserve(kHeaderSize + length);
    frame.append(static_cast<char>((length >> 8) & 0xFF));
    frame.append(static_cast<char>(length & 0xFF));
    frame.append(payload.data(), payload.size());
    frame.append(static_cast<char>(xorOf(QByteArrayView(frame).sliced(kPreambleSize))));
    return frame;
}

QByteArray encodeRequest(quint8 cmd, quint8 para, QByteArrayView data)
{
    QByteArray payload;
    payload.reserve(2 + data.size());
    payload.append(static_cast<char>(cmd));
    payload.append(static_cast<char>(para));
    payload.append(data.data(), data.size());
    return encodeFrame(payload);
}

QByteArray encodeReply(quint8 sw3, QByteArrayView data, quint8 sw1, quint8 sw2)
{
    QByteArray payload;
    payload.reserve(3 + data.size());
    payload.append(static_cast<char>(sw1));
    payload.append(static_cast<char>(sw2));
    payload.append(static_cast<char>(sw3));
    payload.append(data.data(), data.size());
    return encodeFrame(payload);
}

std::optional<SamRequest> toRequest(const QByteArray& payload)
{
    if (payload.size() < 2)
        return std::nullopt;
    return SamRequest {static_cast<quint8>(payload.at(0)), static_cast<quint8>(payload.at(1)), payload.mid(2)};
}

std::optional<SamReply> toReply(const QByteArray& payload)
{
    if (payload.size() < 3)
        return std::nullopt;
    return SamReply {static_cast<quint8>(payload.at(0)), static_cast<quint8>(payload.at(1)),
                     static_cast<quint8>(payload.at(2)), payload.mid(3)};
}

} // namespace FrameCodec

void FrameDecoder::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
}

void FrameDecoder::clear()
{
    m_buffer.clear();
}

void FrameDecoder::drop(qsizetype count)
{
    m_buffer.remove(0, count);
}

std::optional<FrameDecoder::Event> FrameDecoder::next()
{
    const QByteArrayView preambleView(kPreamble, FrameCodec::kPreambleSize);
    const qsizetype start = m_buffer.indexOf(preambleView);
    if (start < 0) {
        // Keep a tail that may be the first bytes of a preamble split across reads.
        qsizetype keep = 0;
        for (qsizetype n = qMin<qsizetype>(FrameCodec::kPreambleSize - 1, m_buffer.size()); n > 0; --n) {
            if (QByteArrayView(m_buffer).last(n) == preambleView.first(n)) {
                keep = n;
                break;
            }
        }
        m_skipped += m_buffer.size() - keep;
        drop(m_buffer.size() - keep);
        return std::nullopt;
    }
    if (start > 0) {
        m_skipped += start;
        drop(start);
    }
    if (m_buffer.size() < FrameCodec::kHeaderSize)
        return std::nullopt;

    const int length = (static_cast<quint8>(m_buffer.at(5)) << 8) | static_cast<quint8>(m_buffer.at(6));
    if (length < kMinLength || length > FrameCodec::kMaxLength) {
        // Not a frame after all: step past this preamble and look for the next one.
        drop(1);
        ++m_skipped;
        return Event {EventType::LengthError, {}};
    }
    const qsizetype total = FrameCodec::kHeaderSize + length;
    if (m_buffer.size() < total) {
        // A LEN from noise makes us wait for bytes that belong to later frames. If a complete, valid frame
        // already follows, this preamble was noise: take that frame instead of waiting.
        for (qsizetype at = m_buffer.indexOf(preambleView, 1); at > 0; at = m_buffer.indexOf(preambleView, at + 1)) {
            const QByteArrayView rest = QByteArrayView(m_buffer).sliced(at);
            if (rest.size() < FrameCodec::kHeaderSize)
                break;
            const int laterLength = (static_cast<quint8>(rest.at(5)) << 8) | static_cast<quint8>(rest.at(6));
            if (laterLength < kMinLength || laterLength > FrameCodec::kMaxLength ||
                rest.size() < FrameCodec::kHeaderSize + laterLength)
                continue;
            const QByteArrayView later = rest.first(FrameCodec::kHeaderSize + laterLength);
            if (xorOf(later.sliced(FrameCodec::kPreambleSize, 2 + laterLength - 1)) ==
                static_cast<quint8>(later.back())) {
                m_skipped += at;
                drop(at);
                return Event {EventType::LengthError, {}};
            }
        }
        return std::nullopt;
    }

    const QByteArrayView frame = QByteArrayView(m_buffer).first(total);
    const quint8 expected = xorOf(frame.sliced(FrameCodec::kPreambleSize, 2 + length - 1));
    if (expected != static_cast<quint8>(frame.back())) {
        // Drop one byte only: a wrong LEN from noise must not swallow a good frame that follows.
        drop(1);
        ++m_skipped;
        return Event {EventType::ChecksumError, {}};
    }
    Event event {EventType::Frame, m_buffer.mid(FrameCodec::kHeaderSize, length - 1)};
    drop(total);
    return event;
}

} // namespace ow::idcard
