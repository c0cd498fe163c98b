// onewindow-district under load: ow-loadgen simulates counters pushing and pulling over loopback. Short here
// (OW_LOAD_COUNTERS, default 200, for OW_LOAD_SECONDS, default 10, on SQLite); the README's figures come from
// longer runs on PostgreSQL (OW_DISTRICT_DATABASE, as for the server tests).
#include "DistrictServerProcess.h"
#include "PostgresDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

class BenchDistrictLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushAndPull();
};

void BenchDistrictLoad::pushAndPull()
{
    const int counters =
        qEnvironmentVariableIntValue("OW_LOAD_COUNTERS") > 0 ? qEnvironmentVariableIntValue("OW_LOAD_COUNTERS") : 200;
    const int seconds =
        qEnvironmentVariableIntValue("OW_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("OW_LOAD_SECONDS") : 10;
    const QString database = ow::tests::freshPostgresDatabase();
    QVERIFY(database.isEmpty() != ow::tests::postgresRequested());
    ow::tests::DistrictServerProcess server(QStringLiteral(OW_DISTRICT_PATH), database);
    QVERIFY(server.isValid());
    // Twenty counters a hall, as in a large service hall; each hall's counters pull its case status.
    QString codes;
    for (int hall = 0; hall * 20 < counters; ++hall) {
        const QString code = QString::number(330104001 + hall);
        QCOMPARE(server.admin({u"hall"_s, u"add"_s, u"--code"_s, code, u"--name"_s, u"Hall %1"_s.arg(hall)}).exitCode,
                 0);
        const ow::tests::ProcessRun made = server.admin(
            {u"enroll-code"_s, u"--hall"_s, code, u"--count"_s, QString::number(std::min(20, counters - hall * 20))});
        QCOMPARE(made.exitCode, 0);
        codes += made.out;
    }
    QCOMPARE(codes.split(u'\n', Qt::SkipEmptyParts).size(), counters);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"codes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(codes.toUtf8());
    file.close();
    QVERIFY(server.start());

    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    load.start(QStringLiteral(OW_LOADGEN_PATH),
               {u"--server"_s, server.url(), u"--codes"_s, file.fileName(), u"--counters"_s, QString::number(counters),
                u"--seconds"_s, QString::number(seconds), u"--json"_s, dir.filePath(u"report.json"_s)});
    QVERIFY(load.waitForStarted());
    QVERIFY(load.waitForFinished((seconds + 120 + counters / 10) * 1000));
    const QString output = QString::fromUtf8(load.readAllStandardOutput());
    qInfo().noquote() << (database.isEmpty() ? u"SQLite"_s : u"PostgreSQL"_s) << output;
    QCOMPARE(load.exitCode(), 0);
    QFile reportFile(dir.filePath(u"report.json"_s));
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    QVERIFY(report[u"all"_s][u"requests"_s].toInteger() > 0);
    QCOMPARE(report[u"all"_s][u"errors"_s].toInt(), 0);
}

QTEST_GUILESS_MAIN(BenchDistrictLoad)
#include "BenchDistrictLoad.moc"
