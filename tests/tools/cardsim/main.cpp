// cardsim: a resident ID card reader on a pseudo-terminal, for tests and demos without hardware.
// It answers the SAM serial protocol with the card described in a JSON file (the intake's card format),
// and can misbehave on request: no card, slow replies, noise, fragments, bad checksums, card removal.

#include "idcard/CardInfo.h"
#include "idcard/CardTextCodec.h"
#include "idcard/FrameCodec.h"
#include "idcard/SamProtocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <QtEndian>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <unistd.h>

using namespace ow::idcard;

namespace {

struct Options
{
    QString cardFile;
    QString link;
    bool cardPresent = true;
    int delayMs = 0;
    bool junk = false;
    int fragmentBytes = 0;
    int fragmentDelayMs = 2;
    int badChecksums = 0;
    int removeAfter = 0;
    bool reread = false;
    int baud = 0;
    quint8 samStatus = 0x90;
    bool verbose = false;
};

struct Card
{
    QByteArray text;
    QByteArray photo;
    QByteArray fingerprint;
    QString newAddress;
};

void logLine(const Options& options, const QString& line)
{
    if (options.verbose)
        std::fprintf(stderr, "cardsim: %s\n", qPrintable(line));
}

QByteArray be16(int value)
{
    char bytes[2];
    qToBigEndian(static_cast<quint16>(value), bytes);
    return QByteArray(bytes, 2);
}

int speedOf(int fd)
{
    termios tio {};
    if (tcgetattr(fd, &tio) != 0)
        return 0;
    switch (cfgetospeed(&tio)) {
    case B9600:
        return 9600;
    case B19200:
        return 19200;
    case B38400:
        return 38400;
    case B57600:
        return 57600;
    case B115200:
        return 115200;
    default:
        return 0;
    }
}

std::optional<Card> loadCard(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open card file %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("card file %1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    auto info = CardInfo::fromJson(json, error);
    if (!info)
        return std::nullopt;
    // Fields the intake's format leaves out but the card layouts hold.
    info->cardVersion = json.value(QStringLiteral("card_version")).toString();
    info->renewalCount = json.value(QStringLiteral("renewal_count")).toString();
    info->previousIdLink = json.value(QStringLiteral("previous_id_link")).toString();

    Card card;
    card.text = CardTextCodec::encode(*info);
    const QDir base = QFileInfo(path).dir();
    const QString photoFile = json.value(QStringLiteral("photo_file")).toString();
    if (!photoFile.isEmpty()) {
        QFile photo(base.filePath(photoFile));
        if (!photo.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot open photo file %1").arg(photo.fileName());
            return std::nullopt;
        }
        card.photo = photo.readAll();
    } else if (!info->photoWlt.isEmpty()) {
        card.photo = info->photoWlt;
    } else {
        // A stand-in of the right size; real WLT data is proprietary.
        card.photo = QByteArray(sam::kPhotoSize, '\0');
        for (int i = 0; i < card.photo.size(); ++i)
            card.photo[i] = static_cast<char>((i * 7 + card.text.at(i % card.text.size())) & 0xFF);
    }
    card.photo = card.photo.leftJustified(sam::kPhotoSize, '\0', true);
    if (json.value(QStringLiteral("fingerprint")).toBool())
        card.fingerprint = QByteArray(sam::kFingerprintSize, '\x5A');
    card.newAddress = json.value(QStringLiteral("new_address")).toString();
    return card;
}

class Simulator
{
public:
    Simulator(Options options, Card card)
        : m_options(std::move(options))
        , m_card(std::move(card))
        , m_present(m_options.cardPresent)
    { }

    bool open(QString* error)
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0) {
            *error = QStringLiteral("cannot create a pseudo-terminal: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        const char* name = ptsname(m_master);
        if (!name) {
            *error = QStringLiteral("ptsname failed");
            return false;
        }
        m_slavePath = QString::fromLocal8Bit(name);
        // Hold the slave open: the line stays up (no EIO on the master) while clients come and go.
        m_slave = ::open(name, O_RDWR | O_NOCTTY);
        if (m_slave < 0) {
            *error = QStringLiteral("cannot open %1").arg(m_slavePath);
            return false;
        }
        termios tio {};
        tcgetattr(m_slave, &tio);
        cfmakeraw(&tio);
        cfsetspeed(&tio, B115200);
        tcsetattr(m_slave, TCSANOW, &tio);
        fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);

        if (!m_options.link.isEmpty()) {
            const QByteArray link = QFile::encodeName(m_options.link);
            ::unlink(link.constData());
            if (::symlink(name, link.constData()) != 0) {
                *error = QStringLiteral("cannot create link %1").arg(m_options.link);
                return false;
            }
        }
        m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, qApp);
        QObject::connect(m_notifier, &QSocketNotifier::activated, qApp, [this] { readRequests(); });
        m_writeTimer = new QTimer(qApp);
        m_writeTimer->setSingleShot(true);
        QObject::connect(m_writeTimer, &QTimer::timeout, qApp, [this] { writeNextChunk(); });
        return true;
    }

    void close()
    {
        if (!m_options.link.isEmpty()) {
            // Remove the link only if it is still ours; a newer simulator may have taken the path.
            const QString target = QFileInfo(m_options.link).symLinkTarget();
            if (target == m_slavePath)
                ::unlink(QFile::encodeName(m_options.link).constData());
        }
    }

    QString slavePath() const { return m_slavePath; }

    void togglePresence()
    {
        m_present = !m_present;
        m_consumed = false;
        logLine(m_options, m_present ? QStringLiteral("card placed") : QStringLiteral("card removed"));
    }

    void presentAgain()
    {
        m_present = true;
        m_consumed = false;
        logLine(m_options, QStringLiteral("card placed again"));
    }

private:
    void readRequests()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_decoder.feed(QByteArrayView(buffer, n));
        }
        while (const auto event = m_decoder.next()) {
            if (event->type == FrameDecoder::EventType::ChecksumError) {
                queueReply(FrameCodec::encodeReply(quint8(sam::Status::ChecksumError)));
                continue;
            }
            if (event->type == FrameDecoder::EventType::LengthError)
                continue;
            const auto request = FrameCodec::toRequest(event->payload);
            if (!request) {
                queueReply(FrameCodec::encodeReply(quint8(sam::Status::LengthError)));
                continue;
            }
            if (m_options.baud != 0 && speedOf(m_slave) != m_options.baud) {
                // At the wrong rate a real reader sees noise and stays silent.
                logLine(m_options, QStringLiteral("ignoring request at %1 baud").arg(speedOf(m_slave)));
                continue;
            }
            queueReply(answer(*request));
        }
    }

    QByteArray answer(const SamRequest& request)
    {
        logLine(m_options, QStringLiteral("request %1 %2").arg(request.cmd, 2, 16).arg(request.para, 2, 16));
        const bool available = m_present && !m_consumed;
        switch ((request.cmd << 8) | request.para) {
        case (sam::kCmdSam << 8) | sam::kParaSamStatus:
            return FrameCodec::encodeReply(m_options.samStatus);
        case (sam::kCmdCard << 8) | sam::kParaFindCard:
            logLine(m_options,
                    available ? QStringLiteral("answered: card found") : QStringLiteral("answered: no card"));
            return available ? FrameCodec::encodeReply(quint8(sam::Status::CardFound), QByteArray(4, '\0'))
                             : FrameCodec::encodeReply(quint8(sam::Status::NoCard));
        case (sam::kCmdCard << 8) | sam::kParaSelectCard:
            return available ? FrameCodec::encodeReply(quint8(sam::Status::Success), QByteArray(8, '\0'))
                             : FrameCodec::encodeReply(quint8(sam::Status::SelectFailed));
        case (sam::kCmdRead << 8) | sam::kParaReadBase:
        case (sam::kCmdRead << 8) | sam::kParaReadWithFingerprint: {
            if (!m_present)
                return FrameCodec::encodeReply(quint8(sam::Status::ReadFailed));
            const bool withFingerprint = request.para == sam::kParaReadWithFingerprint;
            QByteArray data = be16(int(m_card.text.size())) + be16(int(m_card.photo.size()));
            if (withFingerprint)
                data += be16(int(m_card.fingerprint.size()));
            data += m_card.text + m_card.photo;
            if (withFingerprint)
                data += m_card.fingerprint;
            ++m_reads;
            if (!m_options.reread)
                m_consumed = true;
            if (m_options.removeAfter > 0 && m_reads >= m_options.removeAfter) {
                m_present = false;
                logLine(m_options, QStringLiteral("card removed after %1 reads").arg(m_reads));
            }
            return FrameCodec::encodeReply(quint8(sam::Status::Success), data);
        }
        case (sam::kCmdRead << 8) | sam::kParaReadNewAddress:
            if (m_card.newAddress.isEmpty())
                return FrameCodec::encodeReply(quint8(sam::Status::NoContent));
            return FrameCodec::encodeReply(quint8(sam::Status::Success),
                                           CardTextCodec::encodeText(m_card.newAddress, sam::kNewAddressSize));
        default:
            return FrameCodec::encodeReply(quint8(sam::Status::BadCommand));
        }
    }

    void queueReply(QByteArray frame)
    {
        if (m_options.badChecksums > 0) {
            --m_options.badChecksums;
            frame[frame.size() - 1] = static_cast<char>(frame.back() ^ 0x5A);
            logLine(m_options, QStringLiteral("sending a bad checksum"));
        }
        if (m_options.junk) {
            // Noise that contains a partial preamble, ending in bytes that run into the real one.
            frame.prepend(QByteArray("\x00\xFF\xAA\xAA\xAA\x96\x13\x37\xAA\xAA", 10));
        }
        const int size = m_options.fragmentBytes > 0 ? m_options.fragmentBytes : int(frame.size());
        bool first = true;
        for (qsizetype offset = 0; offset < frame.size(); offset += size) {
            m_chunks.append({frame.mid(offset, size), first ? m_options.delayMs : m_options.fragmentDelayMs});
            first = false;
        }
        if (!m_writeTimer->isActive())
            scheduleNext();
    }

    void scheduleNext()
    {
        if (m_chunks.isEmpty())
            return;
        m_writeTimer->start(m_chunks.first().second);
    }

    void writeNextChunk()
    {
        if (m_chunks.isEmpty())
            return;
        const QByteArray chunk = m_chunks.takeFirst().first;
        qsizetype written = 0;
        while (written < chunk.size()) {
            const ssize_t n = ::write(m_master, chunk.constData() + written, size_t(chunk.size() - written));
            if (n <= 0) {
                logLine(m_options, QStringLiteral("write failed: %1").arg(QString::fromLocal8Bit(strerror(errno))));
                break;
            }
            written += n;
        }
        scheduleNext();
    }

    Options m_options;
    Card m_card;
    bool m_present = true;
    bool m_consumed = false;
    int m_reads = 0;
    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
    FrameDecoder m_decoder;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_writeTimer = nullptr;
    QList<std::pair<QByteArray, int>> m_chunks;
};

} // namespace

int main(int argc, char* argv[])
{
    // Signals arrive through a descriptor so they are handled in the event loop, not in a handler.
    sigset_t signals;
    sigemptyset(&signals);
    for (int s : {SIGUSR1, SIGUSR2, SIGTERM, SIGINT, SIGHUP})
        sigaddset(&signals, s);
    sigprocmask(SIG_BLOCK, &signals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cardsim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates an ID card reader on a pseudo-terminal. Prints the device path on the first line of stdout. "
        "SIGUSR1 takes the card away or puts it back; SIGUSR2 places it again (to be read once more)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("card"), QStringLiteral("card description (JSON)"));
    const QCommandLineOption linkOption(QStringLiteral("link"), QStringLiteral("also make a symlink at <path>"),
                                        QStringLiteral("path"));
    const QCommandLineOption noCardOption(QStringLiteral("no-card"), QStringLiteral("start with no card"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"), QStringLiteral("wait <ms> before each reply"),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption junkOption(QStringLiteral("junk"), QStringLiteral("send noise before each reply"));
    const QCommandLineOption fragmentOption(QStringLiteral("fragment"),
                                            QStringLiteral("write replies in pieces of <bytes>"),
                                            QStringLiteral("bytes"), QStringLiteral("0"));
    const QCommandLineOption badChecksumOption(QStringLiteral("bad-checksum"),
                                               QStringLiteral("corrupt the checksum of the first <n> replies"),
                                               QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption removeAfterOption(QStringLiteral("remove-after"),
                                               QStringLiteral("take the card away after <n> reads"),
                                               QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption rereadOption(QStringLiteral("reread"),
                                          QStringLiteral("keep finding a card that was read (some readers do)"));
    const QCommandLineOption baudOption(QStringLiteral("baud"),
                                        QStringLiteral("answer only when the port is set to <rate>"),
                                        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption samOption(QStringLiteral("sam-status"),
                                       QStringLiteral("SW3 to answer the SAM status with (hex, default 90)"),
                                       QStringLiteral("hex"), QStringLiteral("90"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("log to stderr"));
    parser.addOptions({linkOption, noCardOption, delayOption, junkOption, fragmentOption, badChecksumOption,
                       removeAfterOption, rereadOption, baudOption, samOption, verboseOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    Options options;
    options.cardFile = parser.positionalArguments().constFirst();
    options.link = parser.value(linkOption);
    options.cardPresent = !parser.isSet(noCardOption);
    options.delayMs = parser.value(delayOption).toInt();
    options.junk = parser.isSet(junkOption);
    options.fragmentBytes = parser.value(fragmentOption).toInt();
    options.badChecksums = parser.value(badChecksumOption).toInt();
    options.removeAfter = parser.value(removeAfterOption).toInt();
    options.reread = parser.isSet(rereadOption);
    options.baud = parser.value(baudOption).toInt();
    options.samStatus = static_cast<quint8>(parser.value(samOption).toUInt(nullptr, 16));
    options.verbose = parser.isSet(verboseOption);

    QString error;
    auto card = loadCard(options.cardFile, &error);
    if (!card) {
        std::fprintf(stderr, "cardsim: %s\n", qPrintable(error));
        return 2;
    }
    Simulator simulator(options, *card);
    if (!simulator.open(&error)) {
        std::fprintf(stderr, "cardsim: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(simulator.slavePath()));
    std::fflush(stdout);

    const int signalFd = signalfd(-1, &signals, SFD_NONBLOCK | SFD_CLOEXEC);
    QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        signalfd_siginfo info {};
        while (::read(signalFd, &info, sizeof info) == sizeof info) {
            if (info.ssi_signo == SIGUSR1)
                simulator.togglePresence();
            else if (info.ssi_signo == SIGUSR2)
                simulator.presentAgain();
            else
                QCoreApplication::quit();
        }
    });
    const int rc = app.exec();
    simulator.close();
    return rc;
}
