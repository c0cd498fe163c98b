#include "idcard/FrameCodec.h"
#include "idcard/SamProtocol.h"

#include <QTest>

using namespace ow::idcard;

// Frames of the SAM serial protocol: encoding, and decoding a byte stream as a serial port delivers it.
class TestFrameCodec : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> decodeAll(FrameDecoder& decoder, int* errors = nullptr)
    {
        QList<QByteArray> frames;
        while (const auto event = decoder.next()) {
            if (event->type == FrameDecoder::EventType::Frame)
                frames.append(event->payload);
            else if (errors)
                ++*errors;
        }
        return frames;
    }

private Q_SLOTS:
    void encodesRequests_data()
    {
        QTest::addColumn<int>("cmd");
        QTest::addColumn<int>("para");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("SAM status") << 0x11 << 0xFF << QByteArray::fromHex("AAAAAA9669000311FFED");
        QTest::newRow("find card") << 0x20 << 0x01 << QByteArray::fromHex("AAAAAA96690003200122");
        QTest::newRow("select card") << 0x20 << 0x02 << QByteArray::fromHex("AAAAAA96690003200221");
        QTest::newRow("read text and photo") << 0x30 << 0x01 << QByteArray::fromHex("AAAAAA96690003300132");
        QTest::newRow("read with fingerprint") << 0x30 << 0x10 << QByteArray::fromHex("AAAAAA96690003301023");
        QTest::newRow("read new address") << 0x30 << 0x03 << QByteArray::fromHex("AAAAAA96690003300330");
    }
    void encodesRequests()
    {
        QFETCH(int, cmd);
        QFETCH(int, para);
        QFETCH(QByteArray, expected);
        QCOMPARE(FrameCodec::encodeRequest(quint8(cmd), quint8(para)).toHex(' '), expected.toHex(' '));
    }

    void lengthCountsEverythingAfterIt()
    {
        const QByteArray data(1284, 'x');
        const QByteArray frame = FrameCodec::encodeReply(0x90, data);
        const int length = (quint8(frame.at(5)) << 8) | quint8(frame.at(6));
        QCOMPARE(length, 3 + 1284 + 1);
        QCOMPARE(frame.size(), 7 + length);
    }

    void decodesReplies_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("sw3");
        QTest::addColumn<QByteArray>("data");
        const QByteArray found = FrameCodec::encodeReply(0x9F, QByteArray(4, '\0'));
        QTest::newRow("whole frame") << found << 0x9F << QByteArray(4, '\0');
        QTest::newRow("noise before") << QByteArray("\x01\x02\x03garbage", 10) + found << 0x9F << QByteArray(4, '\0');
        QTest::newRow("partial preamble before")
            << QByteArray("\xAA\xAA\x96\xAA", 4) + found << 0x9F << QByteArray(4, '\0');
        QTest::newRow("no card, no data") << FrameCodec::encodeReply(0x80) << 0x80 << QByteArray();
        QTest::newRow("status bytes") << QByteArray::fromHex("AAAAAA96690004000080 84") << 0x80 << QByteArray();
    }
    void decodesReplies()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, sw3);
        QFETCH(QByteArray, data);
        FrameDecoder decoder;
        decoder.feed(stream);
        const QList<QByteArray> frames = decodeAll(decoder);
        QCOMPARE(frames.size(), 1);
        const auto reply = FrameCodec::toReply(frames.first());
        QVERIFY(reply);
        QCOMPARE(reply->sw3, quint8(sw3));
        QCOMPARE(reply->data, data);
    }

    void waitsForFragments_data()
    {
        QTest::addColumn<int>("pieceSize");
        for (int size : {1, 2, 3, 5, 7, 64, 500})
            QTest::addRow("pieces of %d", size) << size;
    }
    void waitsForFragments()
    {
        QFETCH(int, pieceSize);
        QByteArray data(1284, '\0');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 31);
        const QByteArray frame = FrameCodec::encodeReply(0x90, data);
        FrameDecoder decoder;
        QList<QByteArray> frames;
        for (qsizetype offset = 0; offset < frame.size(); offset += pieceSize) {
            QVERIFY2(frames.isEmpty(), "a frame came out before all its bytes arrived");
            decoder.feed(QByteArrayView(frame).sliced(offset, qMin<qsizetype>(pieceSize, frame.size() - offset)));
            frames += decodeAll(decoder);
        }
        QCOMPARE(frames.size(), 1);
        QCOMPARE(FrameCodec::toReply(frames.first())->data, data);
    }

    void rejectsBadChecksum()
    {
        QByteArray bad = FrameCodec::encodeReply(0x90, QByteArray("abc"));
        bad[bad.size() - 1] = char(bad.back() ^ 0x01);
        FrameDecoder decoder;
        decoder.feed(bad);
        int errors = 0;
        QVERIFY(decodeAll(decoder, &errors).isEmpty());
        QCOMPARE(errors, 1);
    }

    void findsGoodFrameAfterBadOnes()
    {
        QByteArray bad = FrameCodec::encodeReply(0x90, QByteArray("abc"));
        bad[bad.size() - 1] = char(bad.back() ^ 0x01);
        // A preamble from noise with a huge length must not swallow the real frame after it.
        const QByteArray bogusLength = FrameCodec::preamble() + QByteArray("\x00\x20\x11", 3);
        const QByteArray good = FrameCodec::encodeReply(0x9F);
        FrameDecoder decoder;
        decoder.feed(QByteArray(bad + bogusLength + good));
        int errors = 0;
        const QList<QByteArray> frames = decodeAll(decoder, &errors);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(FrameCodec::toReply(frames.first())->sw3, quint8(0x9F));
        QVERIFY(errors >= 2);
    }

    void rejectsImpossibleLength_data()
    {
        QTest::addColumn<QByteArray>("lengthBytes");
        QTest::newRow("zero") << QByteArray("\x00\x00", 2);
        QTest::newRow("two") << QByteArray("\x00\x02", 2);
        QTest::newRow("above maximum") << QByteArray("\x10\x01", 2);
    }
    void rejectsImpossibleLength()
    {
        QFETCH(QByteArray, lengthBytes);
        FrameDecoder decoder;
        decoder.feed(QByteArray(FrameCodec::preamble() + lengthBytes + QByteArray(8, '\0')));
        int errors = 0;
        QVERIFY(decodeAll(decoder, &errors).isEmpty());
        QCOMPARE(errors, 1);
        QVERIFY(decoder.bufferedBytes() < 5);
    }

    void decodesBackToBackFrames()
    {
        FrameDecoder decoder;
        decoder.feed(QByteArray(FrameCodec::encodeRequest(0x20, 0x01) + FrameCodec::encodeRequest(0x20, 0x02)));
        const QList<QByteArray> frames = decodeAll(decoder);
        QCOMPARE(frames.size(), 2);
        QCOMPARE(FrameCodec::toRequest(frames.at(0))->para, quint8(0x01));
        QCOMPARE(FrameCodec::toRequest(frames.at(1))->para, quint8(0x02));
    }

    void explainsEveryStatus_data()
    {
        QTest::addColumn<int>("sw3");
        QTest::addColumn<QString>("message");
        QTest::newRow("90") << 0x90 << QStringLiteral("completed");
        QTest::newRow("9F") << 0x9F << QStringLiteral("A card is on the reader");
        QTest::newRow("80") << 0x80 << QStringLiteral("Place the ID card");
        QTest::newRow("81") << 0x81 << QStringLiteral("could not be selected");
        QTest::newRow("41") << 0x41 << QStringLiteral("could not be read");
        QTest::newRow("91") << 0x91 << QStringLiteral("no such information");
        QTest::newRow("10") << 0x10 << QStringLiteral("damaged command");
        QTest::newRow("11") << 0x11 << QStringLiteral("wrong length");
        QTest::newRow("21") << 0x21 << QStringLiteral("does not understand");
        QTest::newRow("23") << 0x23 << QStringLiteral("refused");
        QTest::newRow("31") << 0x31 << QStringLiteral("failed authentication");
        QTest::newRow("32") << 0x32 << QStringLiteral("failed authentication");
        QTest::newRow("33") << 0x33 << QStringLiteral("failed authentication");
        QTest::newRow("40") << 0x40 << QStringLiteral("not an ID card the reader knows");
        QTest::newRow("47") << 0x47 << QStringLiteral("did not answer");
        QTest::newRow("60") << 0x60 << QStringLiteral("self-test");
        QTest::newRow("66") << 0x66 << QStringLiteral("not authorised");
        QTest::newRow("unknown") << 0x55 << QStringLiteral("unknown status (0x55)");
    }
    void explainsEveryStatus()
    {
        QFETCH(int, sw3);
        QFETCH(QString, message);
        QVERIFY2(sam::statusMessage(quint8(sw3)).contains(message), qPrintable(sam::statusMessage(quint8(sw3))));
        QCOMPARE(sam::isKnownStatus(quint8(sw3)), sw3 != 0x55);
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "TestFrameCodec.moc"
