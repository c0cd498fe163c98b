// The receipt and the one-time notice as PDF files: what pdftotext reads from them in zh_CN, the QR code
// as a scanner decodes it from the rendered page, page images for people to look at, and failed writes.
#include "core/Language.h"
#include "paper/NoticeDocument.h"
#include "paper/PageComposer.h"
#include "paper/ReceiptDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::paper;

namespace {

const QString caseNumber = QStringLiteral("330104-03-20250310-0007");
const QString hallPhone = QStringLiteral("0571-86001234");

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

HallContact hall()
{
    HallContact contact;
    // "Luojiazhuang community service centre"
    contact.hallName = utf8("\xE9\xAA\x86\xE5\xAE\xB6\xE5\xBA\x84\xE7\xA4\xBE\xE5\x8C\xBA"
                            "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83");
    // "No. 1 Luojiazhuang Road, Xihu District, Hangzhou"
    contact.address = utf8("\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF\xE6\xB9\x96\xE5\x8C\xBA"
                           "\xE9\xAA\x86\xE5\xAE\xB6\xE5\xBA\x84\xE8\xB7\xAF"
                           "1"
                           "\xE5\x8F\xB7");
    contact.phone = hallPhone;
    contact.openingHours = QStringLiteral("08:30-12:00, 13:30-17:00");
    contact.counterNumber = 3;
    return contact;
}

// "Household register (hukou booklet)", "Proof of income", "Commitment letter on residence"
const QString hukou = utf8("\xE6\x88\xB7\xE5\x8F\xA3\xE7\xB0\xBF");
const QString income = utf8("\xE6\x94\xB6\xE5\x85\xA5\xE8\xAF\x81\xE6\x98\x8E");
const QString residence = utf8("\xE5\xB1\x85\xE4\xBD\x8F\xE6\x83\x85\xE5\x86\xB5\xE6\x89\xBF\xE8\xAF\xBA\xE4\xB9\xA6");

ReceiptData receipt(const QString& citizenName, const QString& channel)
{
    ReceiptData data;
    data.hall = hall();
    data.caseNumber = caseNumber;
    data.acceptedAt = QDateTime(QDate(2025, 3, 10), QTime(9, 30));
    data.clerkName = utf8("\xE5\xBC\xA0\xE4\xB8\x89");
    data.citizenName = citizenName;
    data.maskedIdNumber = QStringLiteral("330106********0170");
    data.phone = QStringLiteral("13800138000");
    // "Minimum living allowance" (a promised item) and "Senior preferential card" (instant)
    data.items = {
        {utf8("\xE6\x9C\x80\xE4\xBD\x8E\xE7\x94\x9F\xE6\xB4\xBB\xE4\xBF\x9D\xE9\x9A\x9C"), false, QDate(2025, 3, 24),
         10, false},
        {utf8("\xE8\x80\x81\xE5\xB9\xB4\xE4\xBA\xBA\xE4\xBC\x98\xE5\xBE\x85\xE8\xAF\x81"), true, {}, 0, false}};
    data.materials = {
        {utf8("\xE5\xB1\x85\xE6\xB0\x91\xE8\xBA\xAB\xE4\xBB\xBD\xE8\xAF\x81"), QStringLiteral("provided"), {}, {}},
        {hukou, QStringLiteral("missing"), QDate(2025, 3, 17), {}},
        {income, QStringLiteral("missing"), QDate(2025, 3, 19), QStringLiteral("2024")},
        {residence, QStringLiteral("commitment"), QDate(2025, 4, 9), {}}};
    data.channel = channel;
    data.trackingNumber = channel == u"courier" ? QStringLiteral("SF1234567890") : QString();
    data.deliveryAddress = channel == u"pickup" ? QString() : hall().address;
    return data;
}

NoticeData notice(const QString& citizenName)
{
    NoticeData data;
    data.hall = hall();
    data.noticeNumber = QStringLiteral("GZ-330104-03-20250310-0002");
    data.issuedAt = QDateTime(QDate(2025, 3, 10), QTime(10, 5));
    data.clerkName = utf8("\xE5\xBC\xA0\xE4\xB8\x89");
    data.citizenName = citizenName;
    data.maskedIdNumber = QStringLiteral("330106********0170");
    data.itemName = utf8("\xE6\x9C\x80\xE4\xBD\x8E\xE7\x94\x9F\xE6\xB4\xBB\xE4\xBF\x9D\xE9\x9A\x9C");
    // "original and one copy"
    data.missing = {{hukou, QStringLiteral("missing"), QDate(2025, 3, 17),
                     utf8("\xE5\x8E\x9F\xE4\xBB\xB6\xE5\x8F\x8A\xE5\xA4\x8D\xE5\x8D\xB0\xE4\xBB\xB6"
                          "1")},
                    {income, QStringLiteral("missing"), QDate(2025, 3, 19), QStringLiteral("2024")},
                    {residence, QStringLiteral("commitment"), QDate(2025, 3, 21), {}}};
    return data;
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace

class TestPaperPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receipt_data();
    void receipt();
    void notice_data();
    void notice();
    void longListsContinueOnNextPage();
    void overwritesAnExistingFile();
    void missingFolderLeavesNoFile();

private:
    QString pdfText(const QString& pdf);
    QString renderFirstPage(const QString& pdf, const QString& png);
    QString decodeQr(const QString& png);
    void verifyMaterialLine(const QString& text, const QString& name, QDate dueDate);

    QDir m_screenshots;
    QTemporaryDir m_temp;
};

void TestPaperPdf::initTestCase()
{
    QString error;
    QCOMPARE(ow::core::installTranslations(QStringLiteral("zh_CN"), &error), QStringLiteral("zh_CN"));
    for (const QString& tool : {QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"), QStringLiteral("zbarimg")}) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + QStringLiteral(" is missing: install poppler-utils and zbar-tools")));
    }
    m_screenshots = QDir(qEnvironmentVariable("OW_BUILD_DIR") + QStringLiteral("/screenshots"));
    QVERIFY(m_screenshots.mkpath(QStringLiteral(".")));
    QVERIFY(m_temp.isValid());
}

QString TestPaperPdf::pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestPaperPdf::renderFirstPage(const QString& pdf, const QString& png)
{
    QString root = png;
    root.chop(4); // pdftoppm adds ".png" itself
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, root});
    if (!process.waitForFinished(60000) || process.exitCode() != 0 || !QFile::exists(png)) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return png;
}

QString TestPaperPdf::decodeQr(const QString& png)
{
    QProcess process;
    process.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// A missing material and its due date are on one line of the table.
void TestPaperPdf::verifyMaterialLine(const QString& text, const QString& name, QDate dueDate)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.contains(name)) {
            QVERIFY2(line.contains(PageComposer::dateText(dueDate)), qPrintable(line));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no line with ") + name));
}

void TestPaperPdf::receipt_data()
{
    QTest::addColumn<QString>("citizenName");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("screenshot");
    // "Wang Xiaoming"; "Wang" and U+20BB7, a character outside the BMP found on real ID cards
    QTest::newRow("pickup") << utf8("\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E") << QStringLiteral("pickup")
                            << QStringLiteral("receipt-zh_CN.png");
    QTest::newRow("delivery, rare character") << QString::fromUcs4(U"\u738B\U00020BB7") << QStringLiteral("delivery")
                                              << QStringLiteral("receipt-rare-name-zh_CN.png");
    QTest::newRow("courier") << utf8("\xE6\x9D\x8E\xE5\x9B\x9B") << QStringLiteral("courier") << QString();
}

void TestPaperPdf::receipt()
{
    QFETCH(QString, citizenName);
    QFETCH(QString, channel);
    QFETCH(QString, screenshot);
    const ReceiptData data = ::receipt(citizenName, channel);
    const QString pdf = m_temp.filePath(QStringLiteral("receipt-%1.pdf").arg(channel));
    QString error;
    QVERIFY2(ReceiptDocument(data).writePdf(pdf, &error), qPrintable(error));
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".partial")));

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(ReceiptDocument::title()), qPrintable(text));
    QVERIFY(text.contains(caseNumber));
    QVERIFY2(text.contains(citizenName), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2025-03-24"))); // the deadline
    verifyMaterialLine(text, hukou, QDate(2025, 3, 17));
    verifyMaterialLine(text, income, QDate(2025, 3, 19));
    verifyMaterialLine(text, residence, QDate(2025, 4, 9));
    QVERIFY2(withoutSpaces(text).contains(withoutSpaces(ReceiptDocument::collectText(data))), qPrintable(text));
    QVERIFY(text.contains(hallPhone));
    if (channel == u"courier") {
        QVERIFY(text.contains(QStringLiteral("SF1234567890")));
    }

    const QString png = screenshot.isEmpty() ? m_temp.filePath(QStringLiteral("receipt-%1.png").arg(channel))
                                             : m_screenshots.filePath(screenshot);
    QFile::remove(png);
    QVERIFY(!renderFirstPage(pdf, png).isEmpty());
    QCOMPARE(decodeQr(png), caseNumber);
    if (!screenshot.isEmpty()) {
        qInfo().noquote() << "screenshot:" << png;
    }
}

void TestPaperPdf::notice_data()
{
    QTest::addColumn<QString>("citizenName");
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("plain name") << utf8("\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E") << QStringLiteral("notice-zh_CN.png");
    QTest::newRow("rare character") << QString::fromUcs4(U"\u738B\U00020BB7") << QString();
}

void TestPaperPdf::notice()
{
    QFETCH(QString, citizenName);
    QFETCH(QString, screenshot);
    const NoticeData data = ::notice(citizenName);
    const QString pdf = m_temp.filePath(QStringLiteral("notice.pdf"));
    QString error;
    QVERIFY2(NoticeDocument(data).writePdf(pdf, &error), qPrintable(error));

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(NoticeDocument::title()), qPrintable(text));
    QVERIFY(text.contains(data.noticeNumber));
    QVERIFY2(text.contains(citizenName), qPrintable(text));
    QVERIFY(text.contains(data.itemName));
    for (const PaperMaterial& material : data.missing) {
        verifyMaterialLine(text, material.name, material.dueDate);
    }
    QVERIFY(text.contains(hallPhone));
    // It says that nothing was accepted yet and that one more visit with everything is enough.
    const QString once = QCoreApplication::translate(
        "ow::paper::NoticeDocument",
        "This notice lists every missing material at once. No case has been opened yet: come back "
        "once with all of the materials above and your application will be accepted.");
    QVERIFY2(withoutSpaces(text).contains(withoutSpaces(once)), qPrintable(text));

    const QString png =
        screenshot.isEmpty() ? m_temp.filePath(QStringLiteral("notice.png")) : m_screenshots.filePath(screenshot);
    QFile::remove(png);
    QVERIFY(!renderFirstPage(pdf, png).isEmpty());
    if (!screenshot.isEmpty()) {
        qInfo().noquote() << "screenshot:" << png;
    }
}

void TestPaperPdf::longListsContinueOnNextPage()
{
    ReceiptData data = ::receipt(utf8("\xE6\x9D\x8E\xE5\x9B\x9B"), QStringLiteral("pickup"));
    for (int i = 1; i <= 40; ++i) {
        data.materials.append({QStringLiteral("Material %1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("missing"),
                               QDate(2025, 3, 10).addDays(i),
                               {}});
    }
    const QString pdf = m_temp.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(ReceiptDocument(data).writePdf(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(text.count(QLatin1Char('\f')) >= 2, "expected more than one page");
    for (int i = 1; i <= 40; ++i) {
        verifyMaterialLine(text, QStringLiteral("Material %1").arg(i, 2, 10, QLatin1Char('0')),
                           QDate(2025, 3, 10).addDays(i));
    }
    // The signature lines are there, after the last material.
    const QString signature = QCoreApplication::translate("ow::paper::ReceiptDocument", "Applicant (signature):");
    const QString compact = withoutSpaces(text);
    QVERIFY(compact.lastIndexOf(withoutSpaces(signature)) > compact.indexOf(QStringLiteral("Material40")));
}

void TestPaperPdf::overwritesAnExistingFile()
{
    const QString pdf = m_temp.filePath(QStringLiteral("again.pdf"));
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a pdf");
    old.close();
    QString error;
    QVERIFY2(NoticeDocument(::notice(QStringLiteral("A"))).writePdf(pdf, &error), qPrintable(error));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(4) == "%PDF");
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".partial")));
}

void TestPaperPdf::missingFolderLeavesNoFile()
{
    const QString folder = m_temp.filePath(QStringLiteral("no-such-folder"));
    const QString pdf = folder + QStringLiteral("/receipt.pdf");
    QString error;
    QVERIFY(!ReceiptDocument(::receipt(QStringLiteral("A"), QStringLiteral("pickup"))).writePdf(pdf, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(pdf)), qPrintable(error));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(pdf + QStringLiteral(".partial")));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestPaperPdf)
#include "TestPaperPdf.moc"
