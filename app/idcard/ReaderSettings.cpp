#include "idcard/ReaderSettings.h"

#include "idcard/SdtApiSource.h"
#include "idcard/SerialSamSource.h"

#include <QSettings>

namespace ow::idcard {

namespace {

const QString group = QStringLiteral("cardReader/");

QString backendKey(ReaderSettings::Backend backend)
{
    switch (backend) {
    case ReaderSettings::Backend::None:
        return QStringLiteral("none");
    case ReaderSettings::Backend::SerialSam:
        return QStringLiteral("serial");
    case ReaderSettings::Backend::VendorLibrary:
        return QStringLiteral("sdtapi");
    }
    return {};
}

QString styleKey(WltDecoder::Style style)
{
    switch (style) {
    case WltDecoder::Style::Unpack:
        return QStringLiteral("unpack");
    case WltDecoder::Style::GetBmp:
        return QStringLiteral("getbmp");
    case WltDecoder::Style::Auto:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace

ReaderSettings ReaderSettings::load(const QSettings& settings)
{
    ReaderSettings result;
    const QString backend = settings.value(group + QStringLiteral("backend"), backendKey(result.backend)).toString();
    for (Backend candidate : {Backend::None, Backend::SerialSam, Backend::VendorLibrary}) {
        if (backendKey(candidate) == backend) {
            result.backend = candidate;
        }
    }
    result.port = settings.value(group + QStringLiteral("port"), result.port).toString();
    result.baud = settings.value(group + QStringLiteral("baud"), result.baud).toInt();
    result.readFingerprint = settings.value(group + QStringLiteral("fingerprint"), false).toBool();
    result.decoderPath = settings.value(group + QStringLiteral("decoderPath")).toString();
    const QString style = settings.value(group + QStringLiteral("decoderStyle")).toString();
    for (WltDecoder::Style candidate :
         {WltDecoder::Style::Auto, WltDecoder::Style::Unpack, WltDecoder::Style::GetBmp}) {
        if (styleKey(candidate) == style) {
            result.decoderStyle = candidate;
        }
    }
    result.vendorLibrary = settings.value(group + QStringLiteral("vendorLibrary"), result.vendorLibrary).toString();
    result.vendorPort = settings.value(group + QStringLiteral("vendorPort"), result.vendorPort).toInt();
    return result;
}

void ReaderSettings::save(QSettings& settings) const
{
    settings.setValue(group + QStringLiteral("backend"), backendKey(backend));
    settings.setValue(group + QStringLiteral("port"), port);
    settings.setValue(group + QStringLiteral("baud"), baud);
    settings.setValue(group + QStringLiteral("fingerprint"), readFingerprint);
    settings.setValue(group + QStringLiteral("decoderPath"), decoderPath);
    settings.setValue(group + QStringLiteral("decoderStyle"), styleKey(decoderStyle));
    settings.setValue(group + QStringLiteral("vendorLibrary"), vendorLibrary);
    settings.setValue(group + QStringLiteral("vendorPort"), vendorPort);
}

std::unique_ptr<IdCardSource> ReaderSettings::createSource() const
{
    switch (backend) {
    case Backend::None:
        return nullptr;
    case Backend::SerialSam: {
        SamReaderOptions options;
        options.portName = port;
        options.baud = baud;
        options.readFingerprint = readFingerprint;
        options.photoDecoderPath = decoderPath;
        options.photoDecoderStyle = decoderStyle;
        return std::make_unique<SerialSamSource>(options);
    }
    case Backend::VendorLibrary: {
        SdtApiOptions options;
        options.libraryPath = vendorLibrary;
        options.port = vendorPort;
        options.photoDecoderPath = decoderPath;
        options.photoDecoderStyle = decoderStyle;
        return std::make_unique<SdtApiSource>(options);
    }
    }
    return nullptr;
}

QString ReaderSettings::photoDecoderProblem() const
{
    const WltDecoder decoder(decoderPath, decoderStyle);
    if (decoder.isAvailable()) {
        return {};
    }
    return tr("The card photo cannot be shown: %1 Take a photo with the camera at intake instead.")
        .arg(decoder.unavailableReason());
}

QString ReaderSettings::stateText(IdCardSource::State state)
{
    switch (state) {
    case IdCardSource::State::Stopped:
        return tr("Card reader off.");
    case IdCardSource::State::DeviceMissing:
        return tr("Card reader not connected. Check its cable; reading resumes by itself.");
    case IdCardSource::State::WaitingForCard:
        return tr("Card reader ready: place the ID card on the reader.");
    case IdCardSource::State::Reading:
        return tr("Reading the card. Keep it on the reader.");
    case IdCardSource::State::Faulted:
        return tr("The card reader reports a fault. Restart it or call IT support.");
    }
    return {};
}

} // namespace ow::idcard
