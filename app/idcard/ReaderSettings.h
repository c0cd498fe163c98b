#pragma once

#include "idcard/IdCardSource.h"
#include "idcard/WltDecoder.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace ow::idcard {

// How this PC reaches its card reader and photo decoder; kept per PC (QSettings), since it is hardware.
struct ReaderSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::idcard::ReaderSettings)

public:
    enum class Backend
    {
        None,
        SerialSam,
        VendorLibrary
    };

    Backend backend = Backend::SerialSam;
    QString port = QStringLiteral("/dev/ttyUSB0");
    int baud = 115200; // 0: detect
    bool readFingerprint = false;
    QString decoderPath; // empty: the usual decoder library names
    WltDecoder::Style decoderStyle = WltDecoder::Style::Auto;
    QString vendorLibrary = QStringLiteral("sdtapi");
    int vendorPort = 1001;

    [[nodiscard]] static ReaderSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // The source these settings describe, not yet started; nothing for Backend::None.
    [[nodiscard]] std::unique_ptr<IdCardSource> createSource() const;
    // What the clerk is told when the photo cannot be decoded here; empty when a decoder is installed.
    [[nodiscard]] QString photoDecoderProblem() const;

    [[nodiscard]] static QString stateText(IdCardSource::State state);
};

} // namespace ow::idcard
