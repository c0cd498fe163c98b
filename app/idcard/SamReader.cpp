#include "SamReader.h"

#include "CardTextCodec.h"
#include "SamProtocol.h"
#include "WltDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSerialPort>
#include <QtEndian>

namespace ow::idcard {

namespace {

// A SAM that answers at all answers its status within this time; short, because auto-detection tries five rates.
constexpr int kProbeTimeoutMs = 400;
// A reply that comes late comes within this time of the previous byte; quiet for longer means none is coming.
constexpr int kQuietMs = 150;
// Bits on the wire per byte at 8N1.
constexpr int kBitsPerByte = 10;
// The largest reply: text, photo and fingerprint with their length fields.
constexpr int kLargestReplyBytes = 2400;

quint16 readBigEndian16(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

} // namespace

QList<int> SamReader::autoBaudRates()
{
    return {115200, 57600, 38400, 19200, 9600};
}

SamReader::SamReader(SamReaderOptions options)
    : m_options(std::move(options))
{
    if (m_options.decodePhoto)
        m_decoder = std::make_unique<WltDecoder>(m_options.photoDecoderPath, m_options.photoDecoderStyle);
}

SamReader::~SamReader()
{
    close();
}

bool SamReader::isOpen() const
{
    return m_port && m_port->isOpen();
}

void SamReader::close()
{
    if (m_port) {
        m_port->close();
        m_port.reset();
    }
    m_frames.clear();
    m_drainBeforeNext = false;
}

void SamReader::drainLateReplies(QDeadlineTimer deadline)
{
    QDeadlineTimer budget(qMin<qint64>(m_options.replyTimeoutMs, qMax<qint64>(0, deadline.remainingTime())));
    while (!budget.hasExpired()) {
        if (!m_port->waitForReadyRead(int(qMin<qint64>(kQuietMs, qMax<qint64>(1, budget.remainingTime()))))) {
            m_port->clearError();
            break;
        }
        qCDebug(lcIdCard) << "dropped a late reply of" << m_port->readAll().size() << "bytes";
    }
}

SamReader::Answer SamReader::transact(quint8 cmd, quint8 para, QDeadlineTimer deadline, int timeoutMs)
{
    if (!isOpen())
        return {Exchange::IoError, {}};
    if (m_drainBeforeNext) {
        // The last command timed out; its answer may still be on the way and must not pass for this one's.
        m_drainBeforeNext = false;
        drainLateReplies(deadline);
    }
    // Drop anything stale, such as a late answer to a command that timed out, so it is not taken for this one.
    m_port->clear(QSerialPort::Input);
    m_port->readAll();
    m_frames.clear();

    QDeadlineTimer local(qMin<qint64>(timeoutMs, qMax<qint64>(0, deadline.remainingTime())));
    const QByteArray frame = FrameCodec::encodeRequest(cmd, para);
    if (m_port->write(frame) != frame.size()) {
        qCWarning(lcIdCard) << "write failed:" << m_port->errorString();
        return {Exchange::IoError, {}};
    }
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(int(local.remainingTime()))) {
            if (m_port->error() == QSerialPort::TimeoutError || local.hasExpired())
                return {Exchange::Timeout, {}};
            qCWarning(lcIdCard) << "write failed:" << m_port->errorString();
            return {Exchange::IoError, {}};
        }
    }

    bool damaged = false;
    for (;;) {
        while (const auto event = m_frames.next()) {
            if (event->type == FrameDecoder::EventType::Frame) {
                if (const auto reply = FrameCodec::toReply(event->payload))
                    return {Exchange::Reply, *reply};
                damaged = true;
            } else if (event->type == FrameDecoder::EventType::ChecksumError) {
                qCWarning(lcIdCard) << "reply with a bad checksum to command" << Qt::hex << cmd << para;
                damaged = true;
            }
        }
        if (damaged)
            return {Exchange::FramingError, {}};
        if (local.hasExpired()) {
            m_drainBeforeNext = true;
            return {Exchange::Timeout, {}};
        }
        if (!m_port->waitForReadyRead(int(qMax<qint64>(1, local.remainingTime())))) {
            const auto error = m_port->error();
            if (error != QSerialPort::NoError && error != QSerialPort::TimeoutError) {
                qCWarning(lcIdCard) << "read failed:" << error << m_port->errorString();
                return {Exchange::IoError, {}};
            }
            m_port->clearError();
            continue;
        }
        m_frames.feed(m_port->readAll());
    }
}

SamReader::Result SamReader::failure(const Answer& answer, const QString& what)
{
    switch (answer.exchange) {
    case Exchange::IoError:
        close();
        return {Outcome::DeviceUnplugged,
                QCoreApplication::translate(
                    "ow::idcard::SamReader",
                    "The ID card reader was disconnected. Plug it in again; reading resumes by itself."),
                {}};
    case Exchange::Timeout:
        qCInfo(lcIdCard) << "no answer to" << what;
        return {Outcome::NotResponding,
                QCoreApplication::translate(
                    "ow::idcard::SamReader",
                    "The ID card reader does not answer. Check that it is switched on and connected."),
                {}};
    case Exchange::FramingError:
        return {Outcome::ProtocolError,
                QCoreApplication::translate(
                    "ow::idcard::SamReader",
                    "The answer from the ID card reader was damaged. Check the cable; the read is retried."),
                {}};
    case Exchange::Reply:
        break;
    }
    return {Outcome::CardError, sam::statusMessage(answer.reply.sw3), {}};
}

SamReader::Result SamReader::checkSam(QDeadlineTimer deadline, int timeoutMs)
{
    const Answer answer = transact(sam::kCmdSam, sam::kParaSamStatus, deadline, timeoutMs);
    if (answer.exchange != Exchange::Reply)
        return failure(answer, QStringLiteral("SAM status"));
    if (answer.reply.sw3 == quint8(sam::Status::Success))
        return {Outcome::Ready, {}, {}};
    qCWarning(lcIdCard) << "SAM status" << Qt::hex << answer.reply.sw3;
    return {Outcome::ReaderFault, sam::statusMessage(answer.reply.sw3), {}};
}

namespace {

// QSerialPort takes a name without a leading '/' as one under /dev (ttyUSB0); a path relative to the working
// folder, such as demo/reader, means that file.
QString serialPortName(const QString& name)
{
    return name.contains(u'/') && !QDir::isAbsolutePath(name) ? QFileInfo(name).absoluteFilePath() : name;
}

} // namespace

SamReader::Result SamReader::open(QDeadlineTimer deadline)
{
    close();
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(serialPortName(m_options.portName));
    if (!m_port->open(QIODevice::ReadWrite)) {
        qCInfo(lcIdCard) << "cannot open" << m_options.portName << ":" << m_port->errorString();
        m_port.reset();
        return {Outcome::DeviceMissing,
                QCoreApplication::translate("ow::idcard::SamReader",
                                            "The ID card reader at %1 is not connected. Check its cable.")
                    .arg(m_options.portName),
                {}};
    }
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);

    const QList<int> rates = m_options.baud > 0 ? QList<int> {m_options.baud} : autoBaudRates();
    const int timeout = m_options.baud > 0 ? m_options.replyTimeoutMs : qMin(kProbeTimeoutMs, m_options.replyTimeoutMs);
    std::optional<Result> damaged;
    for (int rate : rates) {
        if (deadline.hasExpired())
            break;
        m_port->setBaudRate(rate);
        Result result = checkSam(deadline, timeout);
        if (result.outcome == Outcome::Ready || result.outcome == Outcome::ReaderFault) {
            m_baud = rate;
            qCInfo(lcIdCard) << "reader at" << m_options.portName << "answers at" << rate << "baud";
            return result;
        }
        if (result.outcome == Outcome::DeviceUnplugged)
            return result;
        if (result.outcome == Outcome::ProtocolError)
            damaged = result;
    }
    close();
    // Something answered with frames, just damaged ones: the line is noisy, the reader is there.
    if (damaged)
        return *damaged;
    return {Outcome::NotResponding,
            m_options.baud > 0
                ? QCoreApplication::translate(
                      "ow::idcard::SamReader",
                      "The ID card reader at %1 does not answer at %2 baud. Check that it is switched on and the baud "
                      "rate in the settings.")
                      .arg(m_options.portName)
                      .arg(m_options.baud)
                : QCoreApplication::translate(
                      "ow::idcard::SamReader",
                      "The ID card reader at %1 does not answer at any usual baud rate. Check that it is switched on.")
                      .arg(m_options.portName),
            {}};
}

std::optional<SamReader::Result> SamReader::readBlocks(QDeadlineTimer deadline, CardRead& read)
{
    const quint8 para = m_options.readFingerprint ? sam::kParaReadWithFingerprint : sam::kParaReadBase;
    const int transfer = kLargestReplyBytes * kBitsPerByte * 1000 / qMax(m_baud, 1200);
    const Answer answer = transact(sam::kCmdRead, para, deadline, m_options.replyTimeoutMs + transfer);
    if (answer.exchange != Exchange::Reply)
        return failure(answer, QStringLiteral("read"));
    if (answer.reply.sw3 != quint8(sam::Status::Success))
        return Result {Outcome::CardError, sam::statusMessage(answer.reply.sw3), {}};

    const QByteArray& data = answer.reply.data;
    const int header = m_options.readFingerprint ? 6 : 4;
    const auto damaged = [] {
        return Result {Outcome::ProtocolError,
                       QCoreApplication::translate(
                           "ow::idcard::SamReader",
                           "The answer from the ID card reader was damaged. Check the cable; the read is retried."),
                       {}};
    };
    if (data.size() < header)
        return damaged();
    const int textLength = readBigEndian16(data, 0);
    const int photoLength = readBigEndian16(data, 2);
    const int fingerprintLength = m_options.readFingerprint ? readBigEndian16(data, 4) : 0;
    if (data.size() < header + textLength + photoLength + fingerprintLength)
        return damaged();

    read.text = data.mid(header, textLength);
    CardTextResult parsed = CardTextCodec::decode(read.text);
    if (!parsed.card)
        return Result {Outcome::CardError, parsed.message, {}};
    read.card = *parsed.card;
    read.card.photoWlt = data.mid(header + textLength, photoLength);
    read.card.fingerprint = data.mid(header + textLength + photoLength, fingerprintLength);
    return std::nullopt;
}

SamReader::Result SamReader::readCard(QDeadlineTimer deadline)
{
    if (!isOpen()) {
        Result opened = open(deadline);
        if (opened.outcome != Outcome::Ready)
            return opened;
    }
    const Answer found = transact(sam::kCmdCard, sam::kParaFindCard, deadline, m_options.replyTimeoutMs);
    if (found.exchange != Exchange::Reply)
        return failure(found, QStringLiteral("find card"));
    switch (static_cast<sam::Status>(found.reply.sw3)) {
    case sam::Status::CardFound:
        break;
    case sam::Status::NoCard:
        return {Outcome::NoCard, sam::statusMessage(found.reply.sw3), {}};
    case sam::Status::SamSelfTestFailed:
    case sam::Status::SamNotAuthorised:
        return {Outcome::ReaderFault, sam::statusMessage(found.reply.sw3), {}};
    default:
        return {Outcome::CardError, sam::statusMessage(found.reply.sw3), {}};
    }

    const Answer selected = transact(sam::kCmdCard, sam::kParaSelectCard, deadline, m_options.replyTimeoutMs);
    if (selected.exchange != Exchange::Reply)
        return failure(selected, QStringLiteral("select card"));
    if (selected.reply.sw3 == quint8(sam::Status::NoCard))
        return {Outcome::NoCard, sam::statusMessage(selected.reply.sw3), {}};
    if (selected.reply.sw3 != quint8(sam::Status::Success))
        return {Outcome::CardError, sam::statusMessage(selected.reply.sw3), {}};

    Result result {Outcome::CardRead, {}, {}};
    if (auto failed = readBlocks(deadline, result.read))
        return *failed;

    if (m_options.readNewAddress) {
        const Answer address = transact(sam::kCmdRead, sam::kParaReadNewAddress, deadline, m_options.replyTimeoutMs);
        if (address.exchange == Exchange::Reply && address.reply.sw3 == quint8(sam::Status::Success))
            result.read.newAddress =
                CardTextCodec::decodeText(QByteArrayView(address.reply.data)
                                              .first(qMin<qsizetype>(sam::kNewAddressSize, address.reply.data.size())));
        else if (address.exchange == Exchange::IoError)
            return failure(address, QStringLiteral("read new address"));
    }
    if (m_decoder && m_decoder->isAvailable() && !result.read.card.photoWlt.isEmpty()) {
        const WltDecoder::Result photo = m_decoder->decode(result.read.card.photoWlt);
        if (photo.ok())
            result.read.card.photoPng = photo.png;
        else
            qCWarning(lcIdCard) << "photo not decoded:" << photo.message;
    }
    result.read.readAt = QDateTime::currentDateTimeUtc();
    result.read.device = m_options.portName;
    return result;
}

} // namespace ow::idcard
