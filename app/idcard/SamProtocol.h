#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

namespace ow::idcard {

Q_DECLARE_LOGGING_CATEGORY(lcIdCard)

// Command and status bytes of the resident ID card SAM protocol (GA 467 readers).
namespace sam {

inline constexpr quint8 kCmdSam = 0x11;
inline constexpr quint8 kParaSamStatus = 0xFF;
inline constexpr quint8 kCmdCard = 0x20;
inline constexpr quint8 kParaFindCard = 0x01;
inline constexpr quint8 kParaSelectCard = 0x02;
inline constexpr quint8 kCmdRead = 0x30;
inline constexpr quint8 kParaReadBase = 0x01;
inline constexpr quint8 kParaReadNewAddress = 0x03;
inline constexpr quint8 kParaReadWithFingerprint = 0x10;

inline constexpr int kTextSize = 256;
inline constexpr int kPhotoSize = 1024;
inline constexpr int kFingerprintSize = 1024;
inline constexpr int kNewAddressSize = 70;

// SW3, the byte of a reply that says how the command went.
enum class Status : quint8
{
    Success = 0x90,
    CardFound = 0x9F,
    NoCard = 0x80,
    SelectFailed = 0x81,
    ReadFailed = 0x41,
    NoContent = 0x91,
    ChecksumError = 0x10,
    LengthError = 0x11,
    BadCommand = 0x21,
    NotPermitted = 0x23,
    AuthenticationFailed1 = 0x31,
    AuthenticationFailed2 = 0x32,
    AuthenticationFailed3 = 0x33,
    UnknownCardType = 0x40,
    RandomFailed = 0x47,
    SamSelfTestFailed = 0x60,
    SamNotAuthorised = 0x66,
};

// A message a clerk can act on for a status byte (translated); unknown bytes get a generic message.
[[nodiscard]] QString statusMessage(quint8 sw3);
[[nodiscard]] bool isKnownStatus(quint8 sw3);

} // namespace sam
} // namespace ow::idcard
