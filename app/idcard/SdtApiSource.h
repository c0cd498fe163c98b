#pragma once

#include "IdCardSource.h"
#include "ReaderBackend.h"
#include "ReaderWorker.h"
#include "WltDecoder.h"

#include <memory>

class QLibrary;

namespace ow::idcard {

class WltDecoder;

// Settings of a reader driven through the vendor's sdtapi library.
struct SdtApiOptions
{
    QString libraryPath = QStringLiteral("sdtapi"); // file name or path for QLibrary
    int port = 1001; // sdtapi numbering: 1-16 serial ports, 1001-1016 USB
    bool decodePhoto = true;
    QString photoDecoderPath;
    WltDecoder::Style photoDecoderStyle = WltDecoder::Style::Auto;
};

// A reader reached through sdtapi (SDT_OpenPort, SDT_StartFindIDCard, SDT_SelectIDCard, SDT_ReadBaseMsg,
// SDT_ClosePort), loaded at run time so that the program runs where the library is not installed.
class SdtApiReader : public ReaderBackend
{
public:
    explicit SdtApiReader(SdtApiOptions options);
    ~SdtApiReader() override;

    [[nodiscard]] ReaderResult open(QDeadlineTimer deadline) override;
    [[nodiscard]] ReaderResult readCard(QDeadlineTimer deadline) override;
    void close() override;
    [[nodiscard]] bool isOpen() const override { return m_open; }

private:
    using OpenPort = int (*)(int port);
    using ClosePort = int (*)(int port);
    using FindCard = int (*)(int port, unsigned char* manufacturerInfo, int ifOpen);
    using SelectCard = int (*)(int port, unsigned char* manufacturerInfo, int ifOpen);
    using ReadBaseMsg = int (*)(int port, unsigned char* text, unsigned int* textLength, unsigned char* photo,
                                unsigned int* photoLength, int ifOpen);

    [[nodiscard]] bool load(QString* message);
    [[nodiscard]] ReaderResult deviceProblem(int code);

    SdtApiOptions m_options;
    std::unique_ptr<QLibrary> m_library;
    std::unique_ptr<WltDecoder> m_decoder;
    OpenPort m_openPort = nullptr;
    ClosePort m_closePort = nullptr;
    FindCard m_findCard = nullptr;
    SelectCard m_selectCard = nullptr;
    ReadBaseMsg m_readBaseMsg = nullptr;
    bool m_open = false;
};

// Reads cards through the vendor's sdtapi library, in a worker thread.
class SdtApiSource : public IdCardSource
{
    Q_OBJECT
public:
    explicit SdtApiSource(SdtApiOptions options, int pollIntervalMs = 300, QObject* parent = nullptr);
    ~SdtApiSource() override;

    void start() override;
    void stop() override;

private:
    SdtApiOptions m_options;
    int m_pollIntervalMs;
    ReaderThread m_thread;
};

} // namespace ow::idcard
