// libFuzzer target: the SAM frame decoder fed arbitrary bytes in arbitrary fragments.

#include "idcard/FrameCodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ow::idcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the fragment size, as a serial port delivers reads of varying length.
    const size_t piece = 1 + data[0] % 64;
    const QByteArrayView stream(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    FrameDecoder decoder;
    for (qsizetype offset = 0; offset < stream.size(); offset += qsizetype(piece)) {
        const QByteArrayView chunk = stream.sliced(offset, qMin<qsizetype>(qsizetype(piece), stream.size() - offset));
        decoder.feed(chunk);
        while (const auto event = decoder.next()) {
            if (event->type != FrameDecoder::EventType::Frame)
                continue;
            // A decoded frame re-encodes to a frame that decodes to the same payload.
            FrameDecoder again;
            again.feed(FrameCodec::encodeFrame(event->payload));
            const auto same = again.next();
            if (!same || same->type != FrameDecoder::EventType::Frame || same->payload != event->payload)
                std::abort();
            (void)FrameCodec::toReply(event->payload);
            (void)FrameCodec::toRequest(event->payload);
        }
        // Waiting for one frame never holds more than the longest frame plus the last piece.
        if (decoder.bufferedBytes() > FrameCodec::kHeaderSize + FrameCodec::kMaxLength + qsizetype(piece))
            std::abort();
    }
    return 0;
}
