#include "ReaderWorker.h"

#include "SamProtocol.h"

#include <QThread>
#include <QTimer>

namespace ow::idcard {

namespace {
// Unanswered polls in a row before the reader is taken for gone and the port reopened.
constexpr int kSilentPollsBeforeReopen = 2;
// Upper bound of one poll (find, select, read, address) so that stop() never waits long.
constexpr int kPollBudgetMs = 8000;
} // namespace

ReaderWorker::ReaderWorker(BackendFactory factory, int pollIntervalMs)
    : m_factory(std::move(factory))
    , m_pollIntervalMs(pollIntervalMs)
{ }

ReaderWorker::~ReaderWorker() = default;

void ReaderWorker::start()
{
    m_backend = m_factory();
    m_timer = new QTimer(this);
    m_timer->setInterval(m_pollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReaderWorker::poll);
    m_timer->start();
    poll();
}

void ReaderWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_backend.reset();
    setState(IdCardSource::State::Stopped);
}

void ReaderWorker::setState(IdCardSource::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    if (state == IdCardSource::State::WaitingForCard)
        Q_EMIT waitingForCard();
}

void ReaderWorker::report(IdCardSource::ErrorCode code, const QString& message)
{
    // A condition that persists is reported once, not at every poll.
    if (m_lastError == code && m_lastMessage == message)
        return;
    m_lastError = code;
    m_lastMessage = message;
    qCInfo(lcIdCard) << "reader error" << code << message;
    Q_EMIT error(code, message);
}

void ReaderWorker::clearError()
{
    m_lastError.reset();
    m_lastMessage.clear();
    m_silentPolls = 0;
}

void ReaderWorker::poll()
{
    if (!m_backend)
        return;
    using Outcome = ReaderOutcome;
    using State = IdCardSource::State;
    using Code = IdCardSource::ErrorCode;
    const QDeadlineTimer deadline(kPollBudgetMs);

    if (!m_backend->isOpen()) {
        const ReaderResult opened = m_backend->open(deadline);
        switch (opened.outcome) {
        case Outcome::Ready:
            clearError();
            break;
        case Outcome::ReaderFault:
            setState(State::Faulted);
            report(Code::ReaderFault, opened.message);
            return;
        case Outcome::NotResponding:
            setState(State::DeviceMissing);
            report(Code::DeviceNotResponding, opened.message);
            return;
        case Outcome::ProtocolError:
            report(Code::ProtocolError, opened.message);
            return;
        case Outcome::LibraryMissing:
            setState(State::DeviceMissing);
            report(Code::LibraryMissing, opened.message);
            return;
        default:
            setState(State::DeviceMissing);
            report(Code::DeviceMissing, opened.message);
            return;
        }
    }

    const ReaderResult result = m_backend->readCard(deadline);
    switch (result.outcome) {
    case Outcome::CardRead: {
        clearError();
        // Some readers find a card again right after reading it; one card on the reader is one read.
        const bool repeat =
            !m_noCardSinceRead && result.read.text == m_lastText && result.read.card.photoWlt == m_lastPhoto;
        m_lastText = result.read.text;
        m_lastPhoto = result.read.card.photoWlt;
        m_noCardSinceRead = false;
        if (!repeat) {
            setState(State::Reading);
            Q_EMIT cardRead(result.read);
        }
        setState(State::WaitingForCard);
        break;
    }
    case Outcome::Ready:
    case Outcome::NoCard:
        // After a read the same card answers "no card": that is the wait for the next card, not an error.
        clearError();
        m_noCardSinceRead = true;
        setState(State::WaitingForCard);
        break;
    case Outcome::DeviceMissing:
    case Outcome::DeviceUnplugged:
        m_backend->close();
        setState(State::DeviceMissing);
        report(result.outcome == Outcome::DeviceUnplugged ? Code::DeviceUnplugged : Code::DeviceMissing,
               result.message);
        break;
    case Outcome::NotResponding:
        if (++m_silentPolls >= kSilentPollsBeforeReopen) {
            m_backend->close();
            setState(State::DeviceMissing);
            report(Code::DeviceNotResponding, result.message);
        }
        break;
    case Outcome::ProtocolError:
        report(Code::ProtocolError, result.message);
        break;
    case Outcome::CardError:
        report(Code::CardError, result.message);
        break;
    case Outcome::ReaderFault:
        setState(State::Faulted);
        report(Code::ReaderFault, result.message);
        break;
    case Outcome::LibraryMissing:
        m_backend->close();
        setState(State::DeviceMissing);
        report(Code::LibraryMissing, result.message);
        break;
    }
}

ReaderThread::ReaderThread() = default;

ReaderThread::~ReaderThread()
{
    stop();
}

void ReaderThread::start(IdCardSource* source, ReaderWorker::BackendFactory factory, int pollIntervalMs,
                         const std::function<void(IdCardSource::State)>& onState)
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("IdCardReader"));
    m_worker = new ReaderWorker(std::move(factory), pollIntervalMs);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_worker, &ReaderWorker::cardRead, source, &IdCardSource::cardRead);
    QObject::connect(m_worker, &ReaderWorker::waitingForCard, source, &IdCardSource::waitingForCard);
    QObject::connect(m_worker, &ReaderWorker::error, source, &IdCardSource::error);
    QObject::connect(m_worker, &ReaderWorker::stateChanged, source, onState);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::start, Qt::QueuedConnection);
}

void ReaderThread::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &ReaderWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    m_thread.reset();
}

} // namespace ow::idcard
