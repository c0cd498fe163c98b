// The vendor-library back-end. The real sdtapi is proprietary, so this file also builds a stand-in library
// when compiled with OW_FAKE_SDTAPI: a reader with one resident card, which is found once.

#if defined(OW_FAKE_SDTAPI)

#include <cstring>

namespace {
int g_finds = 0;

void put(unsigned char* block, int offset, const char* ascii)
{
    for (int i = 0; ascii[i] != '\0'; ++i) {
        block[offset + 2 * i] = static_cast<unsigned char>(ascii[i]);
        block[offset + 2 * i + 1] = 0;
    }
}
} // namespace

#define OW_EXPORT extern "C" __attribute__((visibility("default")))

OW_EXPORT int SDT_OpenPort(int port)
{
    return port == 1001 ? 0x90 : 0x01;
}
OW_EXPORT int SDT_ClosePort(int)
{
    return 0x90;
}
OW_EXPORT int SDT_StartFindIDCard(int, unsigned char*, int)
{
    return g_finds++ == 0 ? 0x9F : 0x80;
}
OW_EXPORT int SDT_SelectIDCard(int, unsigned char*, int)
{
    return 0x90;
}
OW_EXPORT int SDT_ReadBaseMsg(int, unsigned char* text, unsigned int* textLength, unsigned char* photo,
                              unsigned int* photoLength, int)
{
    for (int i = 0; i < 256; i += 2) {
        text[i] = ' ';
        text[i + 1] = 0;
    }
    put(text, 0, "LI SI");
    put(text, 30, "2");
    put(text, 32, "01");
    put(text, 36, "19851203");
    put(text, 122, "110105198512030203");
    put(text, 188, "20160510");
    put(text, 204, "20360510");
    *textLength = 256;
    std::memset(photo, 0x33, 1024);
    *photoLength = 1024;
    return 0x90;
}

#else

#include "idcard/SdtApiSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace ow::idcard;

class TestSdtApiSource : public QObject
{
    Q_OBJECT

private:
    static SdtApiOptions options(const QString& library, int port = 1001)
    {
        SdtApiOptions result;
        result.libraryPath = library;
        result.port = port;
        result.decodePhoto = false;
        return result;
    }

private Q_SLOTS:
    void readsCardThroughLibrary()
    {
        SdtApiSource source(options(QStringLiteral(OW_FAKE_SDTAPI_LIBRARY)));
        QSignalSpy reads(&source, &IdCardSource::cardRead);
        QSignalSpy errors(&source, &IdCardSource::error);
        source.start();
        QTRY_COMPARE(reads.size(), 1);
        const CardRead read = reads.first().first().value<CardRead>();
        QCOMPARE(read.card.name, QStringLiteral("LI SI"));
        QCOMPARE(read.card.idNumber, QStringLiteral("110105198512030203"));
        QCOMPARE(read.card.nation, QStringLiteral(u"\u6C49"));
        QCOMPARE(read.card.sex, QStringLiteral(u"\u5973"));
        QCOMPARE(read.card.photoWlt.size(), 1024);
        QTRY_COMPARE(source.state(), IdCardSource::State::WaitingForCard);
        QVERIFY(errors.isEmpty());
    }

    void saysWhenLibraryIsMissing()
    {
        SdtApiSource source(options(QStringLiteral("/nonexistent/libsdtapi.so")));
        QSignalSpy errors(&source, &IdCardSource::error);
        source.start();
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(0).value<IdCardSource::ErrorCode>(), IdCardSource::ErrorCode::LibraryMissing);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("is not installed")));
        QTRY_COMPARE(source.state(), IdCardSource::State::DeviceMissing);
    }

    void saysWhenReaderIsNotConnected()
    {
        SdtApiSource source(options(QStringLiteral(OW_FAKE_SDTAPI_LIBRARY), 1002));
        QSignalSpy errors(&source, &IdCardSource::error);
        source.start();
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(0).value<IdCardSource::ErrorCode>(), IdCardSource::ErrorCode::DeviceMissing);
        QVERIFY(errors.first().at(1).toString().contains(QStringLiteral("port 1002")));
    }
};

QTEST_GUILESS_MAIN(TestSdtApiSource)
#include "TestSdtApiSource.moc"

#endif
