// The shipped certificate templates rendered by onewindow-cli: what pdftotext reads from each PDF (holder,
// number, issue date), page images for people to look at, and refusals of a bad template or data file.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

// "Wang Xiaoming"
const QString holder = utf8("\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E");
// "Luojiazhuang community service centre"
const QString hallName = utf8("\xE9\xAA\x86\xE5\xAE\xB6\xE5\xBA\x84\xE7\xA4\xBE\xE5\x8C\xBA"
                              "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83");
const QString issued = u"2025-03-10"_s;
// The 18-character ID number, then category 4 (physical) and level 2.
const QString disabilityNumber = u"33010619500101017X42"_s;

} // namespace

class TestCertificateRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templatesList();
    void render_data();
    void render();
    void refusals_data();
    void refusals();

private:
    Run cli(const QStringList& arguments) const;
    QString writeData(const QString& name, const QJsonObject& data) const;
    QString pdfText(const QString& pdf) const;

    QTemporaryDir m_dir;
    QDir m_screenshots;
};

void TestCertificateRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& tool : {u"pdftotext"_s, u"pdftoppm"_s, u"zbarimg"_s}) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing: install poppler-utils and zbar-tools"_s));
    }
    m_screenshots = QDir(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(m_screenshots.mkpath(u"."_s));

    // A stand-in for an ID photo: a head and shoulders on a light blue background, 358 x 441 like the card's.
    QImage photo(358, 441, QImage::Format_RGB32);
    photo.fill(QColor(170, 200, 235));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 60, 70));
    painter.drawEllipse(QRectF(49, 330, 260, 220));
    painter.setBrush(QColor(235, 200, 170));
    painter.drawEllipse(QRectF(114, 110, 130, 170));
    painter.end();
    QVERIFY(photo.save(m_dir.filePath(u"photo.png"_s)));
}

Run TestCertificateRender::cli(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir.path()} + arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestCertificateRender::writeData(const QString& name, const QJsonObject& data) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(data).toJson()) < 0) {
        return {};
    }
    return path;
}

QString TestCertificateRender::pdfText(const QString& pdf) const
{
    QProcess process;
    process.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCertificateRender::templatesList()
{
    const Run run = cli({u"certificate"_s, u"templates"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(all.size(), 4);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& entry : all) {
        byCode.insert(entry[u"code"].toString(), entry.toObject());
    }
    QCOMPARE(byCode.value(u"cert.senior-card"_s)[u"item_codes"].toArray(), QJsonArray {u"senior-card"_s});
    QCOMPARE(byCode.value(u"cert.senior-card"_s)[u"numbering"][u"series"].toString(), u"senior-card"_s);
    QVERIFY(byCode.value(u"cert.disability"_s)[u"numbering"].isNull());
    QCOMPARE(byCode.value(u"cert.disability"_s)[u"item_codes"].toArray(), QJsonArray {u"disability-certificate"_s});

    const Run text = cli({u"certificate"_s, u"templates"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u'\n'), 4);
    QVERIFY2(text.out.contains(u"minimum-living-allowance"_s), qPrintable(text.out));
}

void TestCertificateRender::render_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QJsonObject>("form");
    QTest::addColumn<bool>("withPhoto");
    QTest::addColumn<QString>("name");

    // "male", "physical disability", "level two"
    QTest::newRow("senior card") << u"cert.senior-card"_s << u"00012345"_s
                                 << QJsonObject {{u"form.sex"_s, utf8("\xE7\x94\xB7")},
                                                 {u"form.birth_date"_s, u"1950-01-01"_s}}
                                 << true << holder;
    // "Wang" and U+20BB7, a character outside the BMP found on real ID cards
    QTest::newRow("senior card, rare character")
        << u"cert.senior-card"_s << u"00012346"_s << QJsonObject {{u"form.sex"_s, utf8("\xE7\x94\xB7")}} << false
        << QString::fromUcs4(U"\u738B\U00020BB7");
    QTest::newRow("disability") << u"cert.disability"_s << disabilityNumber
                                << QJsonObject {{u"form.sex"_s, utf8("\xE7\x94\xB7")},
                                                {u"form.disability_category"_s,
                                                 utf8("\xE8\x82\xA2\xE4\xBD\x93\xE6\xAE\x8B\xE7\x96\xBE")},
                                                {u"form.disability_level"_s, utf8("\xE4\xBA\x8C\xE7\xBA\xA7")},
                                                {u"form.certificate_number"_s, disabilityNumber},
                                                {u"certificate.valid_to"_s, u"2035-03-10"_s}}
                                << false << holder;
    QTest::newRow("hardship relief") << u"cert.hardship-relief"_s << u"00000077"_s
                                     << QJsonObject {{u"form.household_size"_s, u"3"_s},
                                                     {u"certificate.valid_to"_s, u"2026-03-09"_s}}
                                     << false << holder;
    // "Li Wei", "second child"
    QTest::newRow("birth registration") << u"cert.birth-registration"_s << u"00000101"_s
                                        << QJsonObject {{u"form.spouse_name"_s, utf8("\xE6\x9D\x8E\xE4\xBC\x9F")},
                                                        {u"form.child_order"_s, utf8("\xE4\xBA\x8C\xE5\xAD\xA9")}}
                                        << false << holder;
}

void TestCertificateRender::render()
{
    QFETCH(QString, code);
    QFETCH(QString, number);
    QFETCH(QJsonObject, form);
    QFETCH(bool, withPhoto);
    QFETCH(QString, name);

    QJsonObject values {{u"citizen.name"_s, name},
                        {u"citizen.id_number_masked"_s, u"330106********0170"_s},
                        {u"certificate.number"_s, number},
                        {u"certificate.issued"_s, issued},
                        {u"hall.name"_s, hallName}};
    for (auto it = form.begin(); it != form.end(); ++it) {
        values.insert(it.key(), it.value());
    }
    QJsonObject data {{u"values"_s, values}, {u"qr"_s, QString(code + u'|' + number)}};
    if (withPhoto) {
        data.insert(u"photo"_s, u"photo.png"_s);
    }
    const QString dataFile = writeData(number + u".data.json"_s, data);
    const QString pdf = m_dir.filePath(number + u".pdf"_s);
    const Run run = cli({u"certificate"_s, u"render"_s, u"--template"_s, code, u"--data"_s, dataFile, u"--pdf"_s, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf + u".partial"_s));

    const QString text = withoutSpaces(pdfText(pdf));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(issued), qPrintable(text));
    QVERIFY2(text.contains(hallName), qPrintable(text));
    if (code == u"cert.disability") {
        QCOMPARE(number.size(), 20);
    }
    // Without a photo the box says so; it never shows someone else's.
    const bool photoBox = code == u"cert.disability" || code == u"cert.senior-card";
    QCOMPARE(text.contains(u"Nophoto"_s), photoBox && !withPhoto);

    // The page is the card itself: 86 x 54 mm at 150 dpi.
    const QString png = name == holder ? m_screenshots.filePath(u"certificate-"_s + code + u".png"_s)
                                       : m_dir.filePath(number + u".png"_s);
    QFile::remove(png);
    QString root = png;
    root.chop(4); // pdftoppm adds ".png" itself
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-singlefile"_s, pdf, root});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage page(png);
    QVERIFY(!page.isNull());
    QVERIFY2(qAbs(page.width() - 508) <= 2 && qAbs(page.height() - 319) <= 2,
             qPrintable(u"%1 x %2"_s.arg(page.width()).arg(page.height())));
    // A scanner reads the QR code off the card-sized page.
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, png});
    QVERIFY(zbar.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), QString(code + u'|' + number));
    qInfo().noquote() << "screenshot:" << png;
}

void TestCertificateRender::refusals_data()
{
    QTest::addColumn<QString>("templateCode");
    QTest::addColumn<QString>("dataText");
    QTest::addColumn<QString>("message");

    const QString good = u"{\"values\": {\"citizen.name\": \"X\"}}"_s;
    QTest::newRow("unknown template") << u"cert.nothing"_s << good
                                      << u"There is no certificate template cert.nothing"_s;
    QTest::newRow("broken template file") << u"broken.json"_s << good << u"broken.json: unknown key colour."_s;
    QTest::newRow("data not JSON") << u"cert.senior-card"_s << u"{values"_s << u"is not a JSON object"_s;
    QTest::newRow("values not an object") << u"cert.senior-card"_s << u"{\"values\": []}"_s << u"needs values"_s;
    QTest::newRow("missing photo file") << u"cert.senior-card"_s << u"{\"values\": {}, \"photo\": \"nowhere.png\"}"_s
                                        << u"The photo"_s;
    QTest::newRow("unknown data key") << u"cert.senior-card"_s << u"{\"values\": {}, \"foto\": \"a.png\"}"_s
                                      << u"unknown key foto"_s;
}

void TestCertificateRender::refusals()
{
    QFETCH(QString, templateCode);
    QFETCH(QString, dataText);
    QFETCH(QString, message);

    QFile broken(m_dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"format": 1, "code": "x", "name": "x", "item_codes": [], "size_mm": {"width": 86, "height": 54},
                   "fields": [], "colour": "red"})");
    broken.close();
    QFile data(m_dir.filePath(u"refused.data.json"_s));
    QVERIFY(data.open(QIODevice::WriteOnly));
    data.write(dataText.toUtf8());
    data.close();

    const QString templateArgument = templateCode.endsWith(u".json"_s) ? broken.fileName() : templateCode;
    const QString pdf = m_dir.filePath(u"refused.pdf"_s);
    const Run run = cli({u"certificate"_s, u"render"_s, u"--template"_s, templateArgument, u"--data"_s, data.fileName(),
                         u"--pdf"_s, pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestCertificateRender)
#include "TestCertificateRender.moc"
