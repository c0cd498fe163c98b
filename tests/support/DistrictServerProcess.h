#pragma once

// The real onewindow-district on a loopback port with a temporary SQLite file, set up through its admin CLI,
// for tests of the counter's sync client. The port stays the same across a kill and a restart. A database URL
// (a PostgreSQL one, see PostgresDatabase.h) replaces the SQLite file.
#include "ProcessRun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ow::tests {

class DistrictServerProcess
{
public:
    explicit DistrictServerProcess(QString program, QString database = {})
        : m_program(std::move(program))
        , m_database(std::move(database))
    { }
    ~DistrictServerProcess() { kill(); }

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString databasePath() const { return m_dir.filePath(QStringLiteral("district.db")); }
    // What --database gets: the URL given, else sqlite: and the file.
    [[nodiscard]] QString database() const
    {
        return m_database.isEmpty() ? QStringLiteral("sqlite:") + databasePath() : m_database;
    }
    [[nodiscard]] QString blobsPath() const { return m_dir.filePath(QStringLiteral("blobs")); }
    [[nodiscard]] QProcess* process() const { return m_process.get(); }
    [[nodiscard]] QString logPath() const { return m_dir.filePath(QStringLiteral("server.log")); }

    // Serves on the port it had before, or on a free one the first time; true once it listens.
    [[nodiscard]] bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        // Its log goes to a file: an unread pipe fills up under load and blocks the server's threads.
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
        m_process->start(m_program,
                         baseArguments() + m_serveArguments +
                             QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
        if (!m_process->waitForStarted(10000)) {
            return false;
        }
        static const QRegularExpression serving(QStringLiteral("on http://127\\.0\\.0\\.1:(\\d+)/"));
        QByteArray output;
        for (int i = 0; i < 100; ++i) {
            if (m_process->waitForReadyRead(200)) {
                output += m_process->readAllStandardOutput();
            }
            const auto match = serving.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                return true;
            }
            if (m_process->state() == QProcess::NotRunning) {
                break;
            }
        }
        QFile log(logPath());
        qWarning() << "district server did not start:" << output
                   << (log.open(QIODevice::ReadOnly) ? log.readAll().right(4000) : QByteArray());
        return false;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

    // onewindow-district admin ...; input goes to standard input (passwords).
    [[nodiscard]] ProcessRun admin(const QStringList& arguments, const QByteArray& input = {}) const
    {
        ProcessOptions options;
        options.input = input;
        return runProcess(m_program, baseArguments() + QStringList {QStringLiteral("admin")} + arguments, options);
    }

    // Options for serving only (not for admin commands), such as --trust-proxy; used from the next start().
    void setServeArguments(const QStringList& arguments) { m_serveArguments = arguments; }

    // A fresh one-time enrolment code for the hall.
    [[nodiscard]] QString enrollCode(const QString& hall) const
    {
        const ProcessRun run = admin({QStringLiteral("enroll-code"), QStringLiteral("--hall"), hall});
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

private:
    [[nodiscard]] QStringList baseArguments() const
    {
        return {QStringLiteral("--lang"),  QStringLiteral("en"), QStringLiteral("--database"), database(),
                QStringLiteral("--blobs"), blobsPath(),          QStringLiteral("--workers"),  QStringLiteral("2")};
    }

    QString m_program;
    QString m_database;
    QStringList m_serveArguments;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace ow::tests
