#pragma once

// The card-reader simulator (tests/tools/cardsim) as a child process for the length of one test:
// it opens a pseudo-terminal, and device() is its path.
#include <QProcess>
#include <QStringList>

#include <csignal>

namespace ow::tests {

class CardSimulatorProcess
{
public:
    explicit CardSimulatorProcess(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(OW_CARDSIM_PATH), arguments);
        if (m_process.waitForReadyRead(10000)) {
            m_device = QString::fromLocal8Bit(m_process.readLine()).trimmed();
        }
    }
    ~CardSimulatorProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    CardSimulatorProcess(const CardSimulatorProcess&) = delete;
    CardSimulatorProcess& operator=(const CardSimulatorProcess&) = delete;

    [[nodiscard]] QString device() const { return m_device; }
    // Lays the card on the reader again, as a citizen would (the simulator's SIGUSR2).
    void presentCardAgain() { ::kill(static_cast<pid_t>(m_process.processId()), SIGUSR2); }

    // A card file of tests/data/cards.
    [[nodiscard]] static QString card(const QString& name) { return QStringLiteral(OW_CARDS_DIR) + u'/' + name; }

private:
    QProcess m_process;
    QString m_device;
};

} // namespace ow::tests
