// libFuzzer target: the 256-byte card text decoder and its inverse on arbitrary bytes.

#include "idcard/CardTextCodec.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ow::idcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)CardTextCodec::decodeText(bytes);
    const CardTextResult first = CardTextCodec::decode(bytes);
    if (!first.card)
        return 0;
    (void)first.card->toJson();
    const QByteArray encoded = CardTextCodec::encode(*first.card);
    if (encoded.size() != CardTextCodec::kSize)
        std::abort();
    // Once normalised by a decode and encode, a card survives further rounds unchanged.
    const CardTextResult second = CardTextCodec::decode(encoded);
    if (!second.card)
        std::abort();
    const QByteArray reencoded = CardTextCodec::encode(*second.card);
    const CardTextResult third = CardTextCodec::decode(reencoded);
    if (!third.card || third.card->toJson() != second.card->toJson() || reencoded != CardTextCodec::encode(*third.card))
        std::abort();
    return 0;
}
