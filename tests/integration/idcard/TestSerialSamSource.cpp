#include "idcard/ReadOnce.h"
#include "idcard/SerialSamSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace ow::idcard;

// Reading cards through the card-reader simulator on a real pseudo-terminal, as the counter does.
class TestSerialSamSource : public QObject
{
    Q_OBJECT

private:
    static constexpr int kReadTimeoutMs = 20000;

    // Starts cardsim with a card file and options; the reader is reachable at linkPath().
    bool startSimulator(const QString& cardFile, const QStringList& options = {})
    {
        auto process = std::make_unique<QProcess>();
        m_simulatorLog.clear();
        connect(process.get(), &QProcess::readyReadStandardError, this,
                [this, p = process.get()] { m_simulatorLog += QString::fromLocal8Bit(p->readAllStandardError()); });
        QStringList arguments = options;
        arguments << QStringLiteral("--verbose");
        arguments << QStringLiteral("--link") << linkPath() << QDir(QStringLiteral(OW_CARDS_DIR)).filePath(cardFile);
        process->start(QStringLiteral(OW_CARDSIM_PATH), arguments);
        if (!process->waitForStarted(5000))
            return false;
        // The first line of output is the device path; once it is there, the device and link exist.
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(5000))
                return false;
        }
        m_devicePath = QString::fromLocal8Bit(process->readLine()).trimmed();
        m_simulator = std::move(process);
        return true;
    }

    // How often the simulator has logged a line containing text since it started.
    qsizetype simulatorSaid(const QString& text) const { return m_simulatorLog.count(text); }

    void signalSimulator(int signal) { ::kill(pid_t(m_simulator->processId()), signal); }

    void unplugSimulator()
    {
        m_simulator->kill();
        m_simulator->waitForFinished(5000);
        m_simulator.reset();
    }

    QString linkPath() const { return m_dir->filePath(QStringLiteral("reader")); }

    std::unique_ptr<SerialSamSource> makeSource(int baud = 115200, bool fingerprint = false)
    {
        SamReaderOptions options;
        options.portName = linkPath();
        options.baud = baud;
        options.readFingerprint = fingerprint;
        return std::make_unique<SerialSamSource>(options);
    }

    static CardRead readAt(const QSignalSpy& spy, int index) { return spy.at(index).at(0).value<CardRead>(); }

    static QList<IdCardSource::ErrorCode> errorCodes(const QSignalSpy& spy)
    {
        QList<IdCardSource::ErrorCode> codes;
        for (const QList<QVariant>& arguments : spy)
            codes.append(arguments.at(0).value<IdCardSource::ErrorCode>());
        return codes;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_simulator;
    QString m_devicePath;
    QString m_simulatorLog;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (m_simulator) {
            m_simulator->terminate();
            if (!m_simulator->waitForFinished(3000))
                m_simulator->kill();
            m_simulator.reset();
        }
        m_dir.reset();
    }

    void readsEveryCardType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("detail");
        QTest::newRow("resident") << QStringLiteral("resident.json") << int(CardType::Resident)
                                  << QStringLiteral(u"\u738B\U00020BB7") << QStringLiteral("110105198512030203")
                                  << QStringLiteral(u"\u5317\u4EAC\u5E02\u671D\u9633\u533A\u671B\u4EAC\u8857"
                                                    u"10\u53F7");
        QTest::newRow("resident, lower-case x")
            << QStringLiteral("resident_lower_x.json") << int(CardType::Resident)
            << QStringLiteral(u"\u5F20\u5EFA\u56FD") << QStringLiteral("33010619661123017X") << QString();
        QTest::newRow("foreign 2017") << QStringLiteral("foreign_permanent_2017.json")
                                      << int(CardType::ForeignPermanent2017) << QStringLiteral(u"\u53F2\u7EA6\u7FF0")
                                      << QStringLiteral("USA110079081235") << QStringLiteral("SMITH, JOHN WILLIAM");
        QTest::newRow("foreign 2023") << QStringLiteral("foreign_permanent_2023.json")
                                      << int(CardType::ForeignPermanent2023) << QStringLiteral(u"\u739B\u4E3D\u4E9A")
                                      << QStringLiteral("911840198503150024")
                                      << QStringLiteral("MARTINEZ GARCIA, MARIA DE LOS ANGELES ISABELLA");
        QTest::newRow("permit") << QStringLiteral("hk_mo_tw_permit.json") << int(CardType::HkMoTwPermit)
                                << QStringLiteral(u"\u9648\u5927\u6587") << QStringLiteral("810000199001010035")
                                << QStringLiteral("H12345678");
    }
    void readsEveryCardType()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, idNumber);
        QFETCH(QString, detail);
        QVERIFY(startSimulator(file));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        const CardRead read = readAt(reads, 0);
        QCOMPARE(int(read.card.cardType), type);
        QCOMPARE(read.card.name, name);
        QCOMPARE(read.card.idNumber, idNumber);
        QCOMPARE(read.card.photoWlt.size(), 1024);
        QCOMPARE(read.text.size(), 256);
        QCOMPARE(read.device, linkPath());
        if (read.card.cardType == CardType::ForeignPermanent2017 ||
            read.card.cardType == CardType::ForeignPermanent2023)
            QCOMPARE(read.card.nameEn, detail);
        else if (read.card.cardType == CardType::HkMoTwPermit)
            QCOMPARE(read.card.passNumber, detail);
        else
            QCOMPARE(read.newAddress, detail);
        QTRY_COMPARE(source->state(), IdCardSource::State::WaitingForCard);
        QVERIFY(errors.isEmpty());
    }

    void survivesLineTrouble_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("reportsDamage");
        QTest::newRow("noise before frames") << QStringList {QStringLiteral("--junk")} << false;
        QTest::newRow("fragmented writes") << QStringList {QStringLiteral("--fragment"), QStringLiteral("16")} << false;
        QTest::newRow("slow replies") << QStringList {QStringLiteral("--delay-ms"), QStringLiteral("600")} << false;
        QTest::newRow("bad checksums") << QStringList {QStringLiteral("--bad-checksum"), QStringLiteral("3")} << true;
        QTest::newRow("everything at once") << QStringList {QStringLiteral("--junk"), QStringLiteral("--fragment"),
                                                            QStringLiteral("11"),     QStringLiteral("--delay-ms"),
                                                            QStringLiteral("200"),    QStringLiteral("--bad-checksum"),
                                                            QStringLiteral("1")}
                                            << true;
    }
    void survivesLineTrouble()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, reportsDamage);
        QVERIFY(startSimulator(QStringLiteral("resident_lower_x.json"), options));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        QCOMPARE(readAt(reads, 0).card.idNumber, QStringLiteral("33010619661123017X"));
        QCOMPARE(readAt(reads, 0).card.birth, QDate(1966, 11, 23));
        if (reportsDamage) {
            QVERIFY(errorCodes(errors).contains(IdCardSource::ErrorCode::ProtocolError));
            QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("damaged")));
        } else {
            QVERIFY(errors.isEmpty());
        }
    }

    void waitsWithoutErrorUntilCardIsPlaced()
    {
        QVERIFY(startSimulator(QStringLiteral("resident.json"), {QStringLiteral("--no-card")}));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy waiting(source.get(), &IdCardSource::waitingForCard);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), IdCardSource::State::WaitingForCard, kReadTimeoutMs);
        QCOMPARE(waiting.size(), 1);
        signalSimulator(SIGUSR1); // place the card
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        QVERIFY(errors.isEmpty());
    }

    void readsNextCardAfterRemoval()
    {
        QVERIFY(
            startSimulator(QStringLiteral("resident.json"), {QStringLiteral("--remove-after"), QStringLiteral("1")}));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy waiting(source.get(), &IdCardSource::waitingForCard);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        QTRY_VERIFY(waiting.size() >= 1);
        // The source must have seen the empty reader before the next card comes.
        QTRY_VERIFY_WITH_TIMEOUT(simulatorSaid(QStringLiteral("answered: no card")) >= 1, kReadTimeoutMs);
        signalSimulator(SIGUSR1); // the next card is placed
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, kReadTimeoutMs);
        QVERIFY(errors.isEmpty());
    }

    void readsSameCardOnceWhileItLies()
    {
        // A reader that keeps finding a card it has read: one read is reported until the card goes away.
        QVERIFY(startSimulator(QStringLiteral("resident.json"),
                               {QStringLiteral("--reread"), QStringLiteral("--remove-after"), QStringLiteral("3")}));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        source->start();
        QTRY_VERIFY_WITH_TIMEOUT(simulatorSaid(QStringLiteral("card removed after 3 reads")) == 1, kReadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(simulatorSaid(QStringLiteral("answered: no card")) >= 1, kReadTimeoutMs);
        QCOMPARE(reads.size(), 1);
        signalSimulator(SIGUSR1); // placed again: a new card for the counter
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, kReadTimeoutMs);
    }

    void recoversFromUnplug()
    {
        QVERIFY(startSimulator(QStringLiteral("hk_mo_tw_permit.json")));
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);

        unplugSimulator();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), IdCardSource::State::DeviceMissing, kReadTimeoutMs);
        QVERIFY(!errors.isEmpty());
        const auto code = errors.last().at(0).value<IdCardSource::ErrorCode>();
        QVERIFY(code == IdCardSource::ErrorCode::DeviceUnplugged || code == IdCardSource::ErrorCode::DeviceMissing);
        QVERIFY(!errors.last().at(1).toString().isEmpty());

        QVERIFY(startSimulator(QStringLiteral("resident.json"))); // plugged back at the same path
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, kReadTimeoutMs);
        QCOMPARE(readAt(reads, 1).card.idNumber, QStringLiteral("110105198512030203"));
        QTRY_COMPARE(source->state(), IdCardSource::State::WaitingForCard);
    }

    void startsWithoutDeviceAndPicksItUp()
    {
        auto source = makeSource();
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), IdCardSource::State::DeviceMissing, kReadTimeoutMs);
        QTRY_VERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().at(0).value<IdCardSource::ErrorCode>(), IdCardSource::ErrorCode::DeviceMissing);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("not connected")));
        QVERIFY(startSimulator(QStringLiteral("resident.json")));
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        QCOMPARE(errors.size(), 1); // the missing device was reported once, not at every poll
    }

    void detectsBaudRate()
    {
        QVERIFY(startSimulator(QStringLiteral("resident.json"), {QStringLiteral("--baud"), QStringLiteral("38400")}));
        auto source = makeSource(0);
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
    }

    void readsFingerprintWhenConfigured()
    {
        QVERIFY(startSimulator(QStringLiteral("hk_mo_tw_permit.json")));
        auto source = makeSource(115200, true);
        QSignalSpy reads(source.get(), &IdCardSource::cardRead);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, kReadTimeoutMs);
        QCOMPARE(readAt(reads, 0).card.fingerprint.size(), 1024);
        QCOMPARE(readAt(reads, 0).card.passNumber, QStringLiteral("H12345678"));
    }

    void reportsReaderFault()
    {
        QVERIFY(
            startSimulator(QStringLiteral("resident.json"), {QStringLiteral("--sam-status"), QStringLiteral("66")}));
        auto source = makeSource();
        QSignalSpy errors(source.get(), &IdCardSource::error);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(source->state(), IdCardSource::State::Faulted, kReadTimeoutMs);
        QCOMPARE(errors.first().at(0).value<IdCardSource::ErrorCode>(), IdCardSource::ErrorCode::ReaderFault);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("not authorised")));
    }

    void signalsArriveInGuiThread()
    {
        QVERIFY(startSimulator(QStringLiteral("resident.json")));
        auto source = makeSource();
        QThread* deliveredIn = nullptr;
        connect(source.get(), &IdCardSource::cardRead, this,
                [&deliveredIn] { deliveredIn = QThread::currentThread(); });
        source->start();
        QTRY_VERIFY_WITH_TIMEOUT(deliveredIn != nullptr, kReadTimeoutMs);
        QCOMPARE(deliveredIn, thread());
        source->stop();
        QCOMPARE(source->state(), IdCardSource::State::Stopped);
    }

    void readsOnceForTheCli_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("card") << QStringLiteral("foreign_permanent_2023.json") << QStringList()
                              << int(ReadResult::Status::Ok) << QString();
        QTest::newRow("no card") << QStringLiteral("resident.json") << QStringList {QStringLiteral("--no-card")}
                                 << int(ReadResult::Status::NoCard) << QStringLiteral("No card");
        QTest::newRow("no device") << QString() << QStringList() << int(ReadResult::Status::DeviceMissing)
                                   << QStringLiteral("not connected");
        QTest::newRow("silent device") << QStringLiteral("resident.json")
                                       << QStringList {QStringLiteral("--baud"), QStringLiteral("1200")}
                                       << int(ReadResult::Status::DeviceMissing) << QStringLiteral("does not answer");
        QTest::newRow("reader fault") << QStringLiteral("resident.json")
                                      << QStringList {QStringLiteral("--sam-status"), QStringLiteral("60")}
                                      << int(ReadResult::Status::ProtocolError) << QStringLiteral("self-test");
    }
    void readsOnceForTheCli()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (!file.isEmpty())
            QVERIFY(startSimulator(file, options));
        constexpr int kTimeoutMs = 2500;
        QElapsedTimer clock;
        clock.start();
        const ReadResult result = readOnce(linkPath(), 0, kTimeoutMs);
        // Never past the timeout (a margin for closing the port on a loaded machine).
        QVERIFY2(clock.elapsed() < kTimeoutMs + 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(int(result.status), status);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        if (result.status == ReadResult::Status::Ok)
            QCOMPARE(result.card.nameEn, QStringLiteral("MARTINEZ GARCIA, MARIA DE LOS ANGELES ISABELLA"));
    }
};

QTEST_GUILESS_MAIN(TestSerialSamSource)
#include "TestSerialSamSource.moc"
