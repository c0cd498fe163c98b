// Benchmarks (figures, never pass/fail on time): decoding a card-read reply, and a card laid on the
// simulated reader until the intake page shows the name.
#include "CardSimulatorProcess.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "idcard/CardInfo.h"
#include "idcard/CardTextCodec.h"
#include "idcard/FrameCodec.h"
#include "intake/CardPanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace ow;

class BenchIdCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodeReadReply();
    void cardOnReaderToFilledIntakePage();
};

void BenchIdCard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void BenchIdCard::decodeReadReply()
{
    QFile file(tests::CardSimulatorProcess::card(QStringLiteral("resident.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto card = idcard::CardInfo::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(card);
    // The 30 01 reply: text length, photo length, 256 bytes of text and 1024 of photo.
    QByteArray data;
    data.append('\x01').append('\x00').append('\x04').append('\x00');
    data.append(idcard::CardTextCodec::encode(*card)).append(QByteArray(1024, '\x42'));
    const QByteArray frame = idcard::FrameCodec::encodeReply(0x90, data);
    QString name;
    QBENCHMARK
    {
        idcard::FrameDecoder decoder;
        decoder.feed(frame);
        const auto event = decoder.next();
        const auto reply = idcard::FrameCodec::toReply(event->payload);
        name = idcard::CardTextCodec::decode(QByteArrayView(reply->data).sliced(4, 256)).card->name;
    }
    QCOMPARE(name, card->name);
}

void BenchIdCard::cardOnReaderToFilledIntakePage()
{
    tests::DemoCounter counter;
    QVERIFY(counter.setUp(QStringLiteral("Bench Hall")));
    tests::CardSimulatorProcess simulator({QStringLiteral("--remove-after"), QStringLiteral("1"),
                                           tests::CardSimulatorProcess::card(QStringLiteral("resident.json"))});
    QVERIFY(!simulator.device().isEmpty());
    ui::MainWindow window(*counter.services, counter.services->clerks.list().constLast(),
                          ui::SessionOptions::withReader(simulator.device()));
    window.show();
    auto* name = window.findChild<QLabel*>(QStringLiteral("nameValueLabel"));
    auto* panel = window.findChild<ui::CardPanel*>();
    QTRY_VERIFY_WITH_TIMEOUT(name->text() != u"-", 15000); // the first read also opens the port

    QList<qint64> times;
    for (int i = 0; i < 10; ++i) {
        panel->clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("readerStatusLabel"))->text().contains(QStringLiteral("ready")),
            5000);
        // Let the reader see the empty reader first, as when a citizen takes the card away.
        QTest::qWait(700);
        QElapsedTimer timer;
        timer.start();
        simulator.presentCardAgain();
        QTRY_VERIFY_WITH_TIMEOUT(name->text() != u"-", 5000);
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    qInfo("card laid on the reader to name on screen: median %lld ms, max %lld ms over %lld reads (polling every "
          "300 ms, 115200 baud, simulated reader)",
          times.at(times.size() / 2), times.constLast(), static_cast<long long>(times.size()));
}

QTEST_MAIN(BenchIdCard)
#include "BenchIdCard.moc"
