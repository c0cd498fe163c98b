#include "SdtApiSource.h"

#include "CardTextCodec.h"
#include "SamProtocol.h"
#include "WltDecoder.h"

#include <QCoreApplication>
#include <QLibrary>

namespace ow::idcard {

namespace {

// sdtapi's own codes besides the SAM status bytes: the port or the device, not the card, is at fault.
constexpr int kPortOpenFailed = 0x01;
constexpr int kReceiveTimeout = 0x02;
constexpr int kTransferError = 0x03;
constexpr int kSamPortUnavailable = 0x05;
// 0: use the port opened by SDT_OpenPort rather than open and close it on every call.
constexpr int kUseOpenPort = 0;
constexpr int kTextBufferSize = 512;
constexpr int kPhotoBufferSize = 1024;
constexpr int kMinPollIntervalMs = 300;

} // namespace

SdtApiReader::SdtApiReader(SdtApiOptions options)
    : m_options(std::move(options))
{
    if (m_options.decodePhoto)
        m_decoder = std::make_unique<WltDecoder>(m_options.photoDecoderPath, m_options.photoDecoderStyle);
}

SdtApiReader::~SdtApiReader()
{
    close();
}

bool SdtApiReader::load(QString* message)
{
    if (m_library)
        return true;
    auto library = std::make_unique<QLibrary>(m_options.libraryPath);
    if (!library->load()) {
        qCInfo(lcIdCard) << "sdtapi not loaded:" << library->errorString();
        *message = QCoreApplication::translate(
                       "ow::idcard::SdtApiReader",
                       "The card reader's vendor library (%1) is not installed. Install the reader's driver, or "
                       "choose the serial protocol in the settings.")
                       .arg(m_options.libraryPath);
        return false;
    }
    m_openPort = reinterpret_cast<OpenPort>(library->resolve("SDT_OpenPort"));
    m_closePort = reinterpret_cast<ClosePort>(library->resolve("SDT_ClosePort"));
    m_findCard = reinterpret_cast<FindCard>(library->resolve("SDT_StartFindIDCard"));
    m_selectCard = reinterpret_cast<SelectCard>(library->resolve("SDT_SelectIDCard"));
    m_readBaseMsg = reinterpret_cast<ReadBaseMsg>(library->resolve("SDT_ReadBaseMsg"));
    if (!m_openPort || !m_closePort || !m_findCard || !m_selectCard || !m_readBaseMsg) {
        qCWarning(lcIdCard) << library->fileName() << "lacks an SDT_ function";
        *message = QCoreApplication::translate("ow::idcard::SdtApiReader",
                                               "The library %1 is not a card reader library this program can use.")
                       .arg(library->fileName());
        return false;
    }
    m_library = std::move(library);
    return true;
}

ReaderResult SdtApiReader::deviceProblem(int code)
{
    qCInfo(lcIdCard) << "sdtapi returned" << Qt::hex << code;
    close();
    if (code == kReceiveTimeout || code == kTransferError)
        return {ReaderOutcome::NotResponding,
                QCoreApplication::translate(
                    "ow::idcard::SdtApiReader",
                    "The ID card reader does not answer. Check that it is switched on and connected."),
                {}};
    return {ReaderOutcome::DeviceUnplugged,
            QCoreApplication::translate(
                "ow::idcard::SdtApiReader",
                "The ID card reader was disconnected. Plug it in again; reading resumes by itself."),
            {}};
}

ReaderResult SdtApiReader::open(QDeadlineTimer)
{
    QString message;
    if (!load(&message))
        return {ReaderOutcome::LibraryMissing, message, {}};
    const int rc = m_openPort(m_options.port);
    if (rc != int(sam::Status::Success)) {
        qCInfo(lcIdCard) << "SDT_OpenPort" << m_options.port << "returned" << Qt::hex << rc;
        return {ReaderOutcome::DeviceMissing,
                QCoreApplication::translate("ow::idcard::SdtApiReader",
                                            "The ID card reader on port %1 is not connected. Check its cable.")
                    .arg(m_options.port),
                {}};
    }
    m_open = true;
    return {ReaderOutcome::Ready, {}, {}};
}

void SdtApiReader::close()
{
    if (m_open && m_closePort)
        m_closePort(m_options.port);
    m_open = false;
}

ReaderResult SdtApiReader::readCard(QDeadlineTimer deadline)
{
    if (!m_open) {
        ReaderResult opened = open(deadline);
        if (opened.outcome != ReaderOutcome::Ready)
            return opened;
    }
    unsigned char manufacturer[8] = {};
    int rc = m_findCard(m_options.port, manufacturer, kUseOpenPort);
    if (rc == kPortOpenFailed || rc == kReceiveTimeout || rc == kTransferError || rc == kSamPortUnavailable)
        return deviceProblem(rc);
    if (rc == int(sam::Status::NoCard))
        return {ReaderOutcome::NoCard, sam::statusMessage(quint8(rc)), {}};
    if (rc != int(sam::Status::CardFound))
        return {ReaderOutcome::CardError, sam::statusMessage(quint8(rc)), {}};

    rc = m_selectCard(m_options.port, manufacturer, kUseOpenPort);
    if (rc != int(sam::Status::Success))
        return {ReaderOutcome::CardError, sam::statusMessage(quint8(rc)), {}};

    QByteArray text(kTextBufferSize, '\0');
    QByteArray photo(kPhotoBufferSize, '\0');
    unsigned int textLength = 0;
    unsigned int photoLength = 0;
    rc = m_readBaseMsg(m_options.port, reinterpret_cast<unsigned char*>(text.data()), &textLength,
                       reinterpret_cast<unsigned char*>(photo.data()), &photoLength, kUseOpenPort);
    if (rc != int(sam::Status::Success))
        return {ReaderOutcome::CardError, sam::statusMessage(quint8(rc)), {}};
    text.truncate(qMin<qsizetype>(textLength, text.size()));
    photo.truncate(qMin<qsizetype>(photoLength, photo.size()));

    CardTextResult parsed = CardTextCodec::decode(text);
    if (!parsed.card)
        return {ReaderOutcome::CardError, parsed.message, {}};
    ReaderResult result {ReaderOutcome::CardRead, {}, {}};
    result.read.text = text;
    result.read.card = *parsed.card;
    result.read.card.photoWlt = photo;
    if (m_decoder && m_decoder->isAvailable() && !photo.isEmpty()) {
        const WltDecoder::Result decoded = m_decoder->decode(photo);
        if (decoded.ok())
            result.read.card.photoPng = decoded.png;
    }
    result.read.readAt = QDateTime::currentDateTimeUtc();
    result.read.device = m_library->fileName();
    return result;
}

SdtApiSource::SdtApiSource(SdtApiOptions options, int pollIntervalMs, QObject* parent)
    : IdCardSource(parent)
    , m_options(std::move(options))
    , m_pollIntervalMs(qMax(pollIntervalMs, kMinPollIntervalMs))
{ }

SdtApiSource::~SdtApiSource()
{
    stop();
}

void SdtApiSource::start()
{
    m_thread.start(
        this, [options = m_options] { return std::make_unique<SdtApiReader>(options); }, m_pollIntervalMs,
        [this](State state) { setState(state); });
}

void SdtApiSource::stop()
{
    m_thread.stop();
    setState(State::Stopped);
}

} // namespace ow::idcard
