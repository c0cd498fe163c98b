#pragma once

#include "IdCardSource.h"
#include "ReaderBackend.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace ow::idcard {

// Polls a reader backend in a worker thread and turns its results into the signals of IdCardSource:
// each persisting error once, "no card" after a read as waiting, one report per card placed.
class ReaderWorker : public QObject
{
    Q_OBJECT
public:
    using BackendFactory = std::function<std::unique_ptr<ReaderBackend>()>;

    ReaderWorker(BackendFactory factory, int pollIntervalMs);
    ~ReaderWorker() override;

    void start();
    void stop();

Q_SIGNALS:
    void cardRead(const ow::idcard::CardRead& read);
    void waitingForCard();
    void error(ow::idcard::IdCardSource::ErrorCode code, const QString& message);
    void stateChanged(ow::idcard::IdCardSource::State state);

private:
    void poll();
    void setState(IdCardSource::State state);
    void report(IdCardSource::ErrorCode code, const QString& message);
    void clearError();

    BackendFactory m_factory;
    int m_pollIntervalMs;
    std::unique_ptr<ReaderBackend> m_backend;
    QTimer* m_timer = nullptr;
    IdCardSource::State m_state = IdCardSource::State::Stopped;
    std::optional<IdCardSource::ErrorCode> m_lastError;
    QString m_lastMessage;
    int m_silentPolls = 0;
    QByteArray m_lastText;
    QByteArray m_lastPhoto;
    bool m_noCardSinceRead = true;
};

// Runs a ReaderWorker in its own thread on behalf of an IdCardSource.
class ReaderThread
{
public:
    ReaderThread();
    ~ReaderThread();
    ReaderThread(const ReaderThread&) = delete;
    ReaderThread& operator=(const ReaderThread&) = delete;

    void start(IdCardSource* source, ReaderWorker::BackendFactory factory, int pollIntervalMs,
               const std::function<void(IdCardSource::State)>& onState);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

private:
    std::unique_ptr<QThread> m_thread;
    ReaderWorker* m_worker = nullptr; // lives in m_thread; deleted in stop()
};

} // namespace ow::idcard
