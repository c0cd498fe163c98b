// CertificateIssuer in-process on a real data file: the senior card against a reviewed reference image, the
// printer calibration, photos that are refused or whose file went missing, and the preview before a number.
//
// The reference image tests/data/certificates/senior-card-reference.png is the senior card of a fixed case,
// issued with a fixed test key on 2026-11-23, rendered by pdftoppm at 150 dpi. After an intended change of the
// layout, regenerate it with OW_UPDATE_REFERENCE=1 (ctest -R TestCertificateIssuer), look at it, and commit it.
#include "SeniorCardCase.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificateIssuer.h"
#include "certificate/CertificatePayload.h"
#include "certificate/CounterKey.h"
#include "certificate/NumberService.h"
#include "certificate/TrustedKeys.h"
#include "core/CounterSettings.h"
#include "core/SecretStore.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "forms/FormDefinition.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"
#include "photo/AttachmentStore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sodium.h>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QDateTime issueTime(QDate(2026, 11, 23), QTime(4, 0), Qt::UTC); // noon in Beijing
// "Zhang Jianguo"
const QString holder = QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD");
// "Wensan street convenience service centre"
const QString hallName = QString::fromUtf8("\xE6\x96\x87\xE4\xB8\x89\xE8\xA1\x97\xE9\x81\x93\xE4\xBE\xBF\xE6\xB0\x91"
                                           "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83");

idcard::CardInfo card()
{
    return tests::seniorCard();
}

// A fixed key pair from a fixed seed, so the signature and thus the QR code are the same on every run.
QByteArray fixedSecretKey()
{
    if (sodium_init() < 0) {
        return {};
    }
    const QByteArray seed(crypto_sign_SEEDBYTES, '\x2a');
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                             reinterpret_cast<unsigned char*>(secretKey.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    return secretKey;
}

QImage renderPng(const QString& pdf)
{
    const QString root = pdf + u"-page"_s;
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, pdf, root});
    process.waitForFinished(60000);
    return QImage(root + u".png"_s).convertToFormat(QImage::Format_RGB32);
}

// Share of pixels that differ by more than 48 in any channel; 1 when the sizes differ.
double differingShare(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull()) {
        return 1;
    }
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (qAbs(qRed(lineA[x]) - qRed(lineB[x])) > 48 || qAbs(qGreen(lineA[x]) - qGreen(lineB[x])) > 48 ||
                qAbs(qBlue(lineA[x]) - qBlue(lineB[x])) > 48) {
                ++differing;
            }
        }
    }
    return double(differing) / (double(a.width()) * a.height());
}

// The centre of the seal's red, in pixels: where the drawing landed on the page.
QPointF redCentre(const QImage& image)
{
    double sumX = 0;
    double sumY = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qRed(pixel) > 150 && qGreen(pixel) < 90 && qBlue(pixel) < 90) {
                sumX += x;
                sumY += y;
                ++count;
            }
        }
    }
    return count ? QPointF(sumX / double(count), sumY / double(count)) : QPointF(-1, -1);
}

} // namespace

class TestCertificateIssuer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seniorCardMatchesTheReference();
    void calibrationShiftsTheWholeCard();
    void offsetsAreChecked_data();
    void offsetsAreChecked();
    void poorPhotoIsRefusedInWords();
    void missingPhotoFileTakesNoNumber();
    void previewHasNoNumberYet();

private:
    [[nodiscard]] QString createCase();
    std::optional<certificate::IssuedCertificate> issue(const QString& pdf, QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_database;
    core::MemorySecretStore m_secrets;
    std::unique_ptr<certificate::CertificateIssuer> m_issuer;
    QString m_case;
    QImage m_photo;
};

void TestCertificateIssuer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<db::Database>(m_dir->filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(catalog::CatalogService(*m_database).ensureShipped(&error), qPrintable(error));
    QVERIFY(core::CounterSettings(*m_database).setIdentity({u"330104001"_s, hallName, 3}, &error));
    QVERIFY(
        certificate::NumberService(*m_database).addBlock(u"senior-card"_s, 1, 100, u"ZJ"_s, 6, {}, &error).has_value());
    QVERIFY2(m_secrets.write(certificate::CounterKey::secretName, fixedSecretKey(), &error), qPrintable(error));
    m_issuer = std::make_unique<certificate::CertificateIssuer>(*m_database, m_secrets, [] { return issueTime; });
    m_case = createCase();
    QVERIFY(!m_case.isEmpty());
    m_photo = QImage(QStringLiteral(OW_SOURCE_DATA "/photos/portrait.jpg"));
    QVERIFY(!m_photo.isNull());
}

QString TestCertificateIssuer::createCase()
{
    QString error;
    const auto number = tests::acceptSeniorCardCase(*m_database, card(), issueTime.date(), &error);
    if (!number) {
        qWarning() << error;
    }
    return number.value_or(QString());
}

std::optional<certificate::IssuedCertificate> TestCertificateIssuer::issue(const QString& pdf, QString* error)
{
    certificate::PdfCertificatePrinter printer(pdf);
    return m_issuer->issue(m_case, {}, printer, error, m_photo);
}

void TestCertificateIssuer::seniorCardMatchesTheReference()
{
    QString error;
    const QString pdf = m_dir->filePath(u"senior-card.pdf"_s);
    const auto issued = issue(pdf, &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(issued->serialNumber, u"ZJ000001"_s);
    QCOMPARE(issued->issued, QDate(2026, 11, 23));

    // The QR text verifies with the fixed key, and says what the card says.
    const auto key = certificate::CounterKey::loadOrCreate(m_secrets, &error);
    QVERIFY(key);
    certificate::TrustedKeys keys;
    keys.add({key->keyId(), key->publicKey(), u"330104001"_s, {}, {}});
    const certificate::Verification verified =
        certificate::CertificatePayload::verify(issued->payload, keys, QDate(2026, 11, 23));
    QVERIFY2(verified.valid, qPrintable(verified.reason));
    QCOMPARE(verified.fields->holderName, holder);
    QCOMPARE(verified.fields->maskedIdNumber, u"330106********017X"_s);
    QVERIFY(verified.fields->isLongTerm());

    const QImage rendered = renderPng(pdf);
    QVERIFY(!rendered.isNull());
    const QString reference = QStringLiteral(OW_SOURCE_DATA "/certificates/senior-card-reference.png");
    if (qEnvironmentVariableIsSet("OW_UPDATE_REFERENCE")) {
        QVERIFY(QDir().mkpath(QFileInfo(reference).absolutePath()));
        QVERIFY(rendered.save(reference));
        qInfo().noquote() << "reference written:" << reference;
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!expected.isNull(), "no reference image: run once with OW_UPDATE_REFERENCE=1 and review it");
    const double share = differingShare(rendered, expected);
    if (share >= 0.01) {
        const QString actual = QDir(qEnvironmentVariable("OW_BUILD_DIR")).filePath(u"senior-card-actual.png"_s);
        rendered.save(actual);
        QFAIL(qPrintable(
            u"%1 % of the pixels differ from the reference; the rendering is in %2"_s.arg(share * 100, 0, 'f', 2)
                .arg(actual)));
    }
}

void TestCertificateIssuer::calibrationShiftsTheWholeCard()
{
    QString error;
    const QString plainPdf = m_dir->filePath(u"plain.pdf"_s);
    certificate::PdfCertificatePrinter plain(plainPdf);
    QVERIFY2(m_issuer->issue(m_case, {}, plain, &error, m_photo), qPrintable(error));

    // The same certificate on a printer calibrated 5 mm right and 3 mm down.
    const QString shiftedPdf = m_dir->filePath(u"shifted.pdf"_s);
    certificate::PdfCertificatePrinter shifted(shiftedPdf);
    certificate::PrinterCalibration calibration(*m_database);
    QVERIFY2(calibration.setOffset(shifted.name(), {5, 3}, &error), qPrintable(error));
    QCOMPARE(calibration.offset(shifted.name()), (certificate::PrintOffset {5, 3}));
    QCOMPARE(calibration.offset(plain.name()), certificate::PrintOffset());
    QVERIFY2(m_issuer->render(m_case, {}, shifted, &error), qPrintable(error));

    const QPointF before = redCentre(renderPng(plainPdf));
    const QPointF after = redCentre(renderPng(shiftedPdf));
    QVERIFY(before.x() > 0 && after.x() > 0);
    const qreal pixelsPerMm = 150 / 25.4;
    QVERIFY2(qAbs(after.x() - before.x() - 5 * pixelsPerMm) < 1.5, qPrintable(u"%1"_s.arg(after.x() - before.x())));
    QVERIFY2(qAbs(after.y() - before.y() - 3 * pixelsPerMm) < 1.5, qPrintable(u"%1"_s.arg(after.y() - before.y())));
}

void TestCertificateIssuer::offsetsAreChecked_data()
{
    QTest::addColumn<QString>("printer");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << u"Card printer"_s << -2.5 << 1.0 << QString();
    QTest::newRow("too far right") << u"Card printer"_s << 16.0 << 0.0 << u"at most 15 mm"_s;
    QTest::newRow("too far up") << u"Card printer"_s << 0.0 << -20.0 << u"at most 15 mm"_s;
    QTest::newRow("no printer") << u" "_s << 1.0 << 1.0 << u"Choose the printer"_s;
}

void TestCertificateIssuer::offsetsAreChecked()
{
    QFETCH(QString, printer);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(QString, message);
    certificate::PrinterCalibration calibration(*m_database);
    QString error;
    const int audited = db::AuditRepository(*m_database).count(u"settings.change"_s);
    QCOMPARE(calibration.setOffset(printer, {x, y}, &error), message.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(db::AuditRepository(*m_database).count(u"settings.change"_s), audited + (message.isEmpty() ? 1 : 0));
    const certificate::PrintOffset expected =
        message.isEmpty() ? certificate::PrintOffset {x, y} : certificate::PrintOffset();
    QCOMPARE(calibration.offset(printer), expected);
}

void TestCertificateIssuer::poorPhotoIsRefusedInWords()
{
    QImage dark(m_photo.size(), QImage::Format_RGB32);
    dark.fill(QColor(20, 20, 20));
    QString error;
    certificate::PdfCertificatePrinter printer(m_dir->filePath(u"dark.pdf"_s));
    QVERIFY(!m_issuer->issue(m_case, {}, printer, &error, dark));
    QVERIFY2(error.contains(u"too dark"_s), qPrintable(error));
    QVERIFY(!m_issuer->takePhoto(m_case, dark, {}, &error));
    QVERIFY2(error.contains(u"too dark"_s), qPrintable(error));
    QCOMPARE(certificate::NumberService(*m_database).report().constFirst().used, 0);
}

void TestCertificateIssuer::missingPhotoFileTakesNoNumber()
{
    QString error;
    const auto stored = m_issuer->takePhoto(m_case, m_photo, {}, &error);
    QVERIFY2(stored, qPrintable(error));
    const auto shown = m_issuer->casePhoto(m_case, &error);
    QVERIFY(shown && !shown->isNull());
    QVERIFY(QFile::remove(photo::AttachmentStore(*m_database).blobPath(stored->sha256)));

    QVERIFY(!m_issuer->casePhoto(m_case, &error));
    QVERIFY2(error.contains(u"The photo file is missing"_s), qPrintable(error));
    certificate::PdfCertificatePrinter printer(m_dir->filePath(u"no-photo.pdf"_s));
    error.clear();
    QVERIFY(!m_issuer->issue(m_case, {}, printer, &error));
    QVERIFY2(error.contains(u"The photo file is missing"_s), qPrintable(error));
    QVERIFY(!QFile::exists(printer.path()));
    QCOMPARE(certificate::NumberService(*m_database).report().constFirst().used, 0);
}

void TestCertificateIssuer::previewHasNoNumberYet()
{
    QString error;
    QVERIFY(!m_issuer->preview(m_case, &error));
    QVERIFY2(error.contains(u"has no photo yet"_s), qPrintable(error));
    QVERIFY(m_issuer->takePhoto(m_case, m_photo, {}, &error));
    const auto preview = m_issuer->preview(m_case, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->data().values.value(u"citizen.name"_s).toString(), holder);
    QCOMPARE(preview->data().values.value(u"hall.name"_s).toString(), hallName);
    QCOMPARE(preview->data().values.value(u"certificate.issued"_s).toString(), u"2026-11-23"_s);
    QVERIFY(!preview->data().values.contains(u"certificate.number"_s));
    QVERIFY(preview->data().qrText.isEmpty());
    QVERIFY(!preview->data().photo.isNull());
    QCOMPARE(certificate::NumberService(*m_database).report().constFirst().used, 0);
}

QTEST_MAIN(TestCertificateIssuer)
#include "TestCertificateIssuer.moc"
