#pragma once

// One run of a program the tests start (onewindow-cli, onewindow-district admin, onewindow --hall options):
// exit code and what it printed. A run that does not end in time is killed and counts as exit -1.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ow::tests {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct ProcessOptions
{
    QByteArray input; // written to standard input, which is then closed
    QProcessEnvironment environment; // empty: the test's own
    QString workingDirectory; // empty: the test's own
    int timeoutMs = 60000;
};

[[nodiscard]] inline ProcessRun runProcess(const QString& program, const QStringList& arguments,
                                           const ProcessOptions& options = {})
{
    QProcess process;
    if (!options.environment.isEmpty()) {
        process.setProcessEnvironment(options.environment);
    }
    process.setWorkingDirectory(options.workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ow::tests
