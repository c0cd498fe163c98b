#include "SamProtocol.h"

#include <QCoreApplication>

namespace ow::idcard {

Q_LOGGING_CATEGORY(lcIdCard, "ow.idcard", QtInfoMsg)

namespace sam {

bool isKnownStatus(quint8 sw3)
{
    switch (static_cast<Status>(sw3)) {
    case Status::Success:
    case Status::CardFound:
    case Status::NoCard:
    case Status::SelectFailed:
    case Status::ReadFailed:
    case Status::NoContent:
    case Status::ChecksumError:
    case Status::LengthError:
    case Status::BadCommand:
    case Status::NotPermitted:
    case Status::AuthenticationFailed1:
    case Status::AuthenticationFailed2:
    case Status::AuthenticationFailed3:
    case Status::UnknownCardType:
    case Status::RandomFailed:
    case Status::SamSelfTestFailed:
    case Status::SamNotAuthorised:
        return true;
    }
    return false;
}

QString statusMessage(quint8 sw3)
{
    switch (static_cast<Status>(sw3)) {
    case Status::Success:
        return QCoreApplication::translate("ow::idcard::sam", "The card reader completed the operation.");
    case Status::CardFound:
        return QCoreApplication::translate("ow::idcard::sam", "A card is on the reader.");
    case Status::NoCard:
        return QCoreApplication::translate("ow::idcard::sam",
                                           "No card on the reader. Place the ID card flat on the reader.");
    case Status::SelectFailed:
        return QCoreApplication::translate(
            "ow::idcard::sam", "The card could not be selected. Hold the card still on the reader and try again.");
    case Status::ReadFailed:
        return QCoreApplication::translate(
            "ow::idcard::sam", "The card could not be read. Hold the card still on the reader and try again.");
    case Status::NoContent:
        return QCoreApplication::translate("ow::idcard::sam", "The card holds no such information.");
    case Status::ChecksumError:
        return QCoreApplication::translate(
            "ow::idcard::sam", "The card reader received a damaged command. Check the cable; the read is retried.");
    case Status::LengthError:
        return QCoreApplication::translate(
            "ow::idcard::sam",
            "The card reader received a command of the wrong length. Check the cable; the read is retried.");
    case Status::BadCommand:
        return QCoreApplication::translate(
            "ow::idcard::sam",
            "The card reader does not understand the command. Check that the reader is a resident ID card "
            "reader.");
    case Status::NotPermitted:
        return QCoreApplication::translate("ow::idcard::sam",
                                           "The card reader refused the command. Lift the card and place it again.");
    case Status::AuthenticationFailed1:
    case Status::AuthenticationFailed2:
    case Status::AuthenticationFailed3:
        return QCoreApplication::translate(
            "ow::idcard::sam",
            "The card failed authentication. It may be damaged or not a genuine ID card; check it by eye.");
    case Status::UnknownCardType:
        return QCoreApplication::translate("ow::idcard::sam", "The card is not an ID card the reader knows.");
    case Status::RandomFailed:
        return QCoreApplication::translate("ow::idcard::sam",
                                           "The card did not answer the reader. Lift the card and place it again.");
    case Status::SamSelfTestFailed:
        return QCoreApplication::translate(
            "ow::idcard::sam",
            "The card reader's security module failed its self-test. Restart the reader or call IT support.");
    case Status::SamNotAuthorised:
        return QCoreApplication::translate("ow::idcard::sam",
                                           "The card reader's security module is not authorised. Call IT support.");
    }
    return QCoreApplication::translate("ow::idcard::sam", "The card reader reported an unknown status (0x%1).")
        .arg(sw3, 2, 16, QLatin1Char('0'));
}

} // namespace sam
} // namespace ow::idcard
