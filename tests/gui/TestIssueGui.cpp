// The certificate issued through the real cases page and issue dialog, offscreen, in zh_CN: a senior card case
// gets its photo from the photo hook, prints into a PDF folder, and the PDF holds the name and the number; the
// settings page saves calibration offsets and prints the test card. Screenshots land in <build>/screenshots.
// Runs in a private GNOME Keyring (with-keyring.sh), where the counter's key is made first.
#include "GuiTestSupport.h"
#include "SeniorCardCase.h"

#include "calendar/CalendarService.h"
#include "cases/CasesPage.h"
#include "certificate/CertificateIssuer.h"
#include "certificate/CounterKey.h"
#include "certificate/IssueDialog.h"
#include "certificate/NumberService.h"
#include "core/Language.h"
#include "core/SecretStore.h"
#include "forms/FormDefinition.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"
#include "pages/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using ow::tests::child;

namespace {

// "Zhang Jianguo" and "Wensan street convenience service centre"
const QString holder = QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD");
const QString hallName = QString::fromUtf8("\xE6\x96\x87\xE4\xB8\x89\xE8\xA1\x97\xE9\x81\x93\xE4\xBE\xBF\xE6\xB0\x91"
                                           "\xE6\x9C\x8D\xE5\x8A\xA1\xE4\xB8\xAD\xE5\xBF\x83");

idcard::CardInfo card()
{
    return tests::seniorCard(QStringLiteral("330106195005010172"));
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {pdf, u"-"_s});
    process.waitForFinished(60000);
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
}

} // namespace

class TestIssueGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void issuesThroughTheDialog();
    void calibrationInSettings();

private:
    void save(QWidget* widget, const QString& name);
    [[nodiscard]] QString createCase();

    std::unique_ptr<tests::DemoCounter> m_counter;
    std::optional<auth::Clerk> m_admin;
    QDir m_out;
    QTemporaryDir m_printed;
};

void TestIssueGui::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    QString error;
    QCOMPARE(core::installTranslations(u"zh_CN"_s, &error), u"zh_CN"_s);
    m_out = QDir(qEnvironmentVariable("OW_BUILD_DIR") + u"/screenshots"_s);
    QVERIFY(m_out.mkpath(u"."_s));
    m_counter = std::make_unique<tests::DemoCounter>();
    QVERIFY(m_counter->setUp(hallName));
    const auth::LoginResult login = m_counter->services->clerks.login(u"admin"_s, tests::adminPassword);
    QVERIFY(login.ok());
    m_admin = login.clerk;
    QVERIFY(certificate::NumberService(*m_counter->database)
                .addBlock(u"senior-card"_s, 1, 50, u"ZJ"_s, 6, {}, &error)
                .has_value());
    core::KeychainSecretStore keychain;
    QVERIFY2(certificate::CounterKey::loadOrCreate(keychain, &error), qPrintable(error));
}

void TestIssueGui::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(m_out.filePath(name)));
    qInfo().noquote() << "screenshot:" << m_out.filePath(name);
}

QString TestIssueGui::createCase()
{
    QString error;
    const auto number = tests::acceptSeniorCardCase(*m_counter->database, card(), QDate::currentDate(), &error);
    if (!number) {
        qWarning() << error;
    }
    return number.value_or(QString());
}

void TestIssueGui::issuesThroughTheDialog()
{
    const QString number = createCase();
    QVERIFY(!number.isEmpty());
    ui::CasesPage page(*m_counter->services, *m_admin);
    page.setPrintToFolder(m_printed.path());
    int photosAsked = 0;
    page.setPhotoSource([&photosAsked](QWidget*, const ow::photo::PhotoSpec&) -> std::optional<QByteArray> {
        ++photosAsked;
        QFile file(QStringLiteral(OW_SOURCE_DATA "/photos/portrait.jpg"));
        return file.open(QIODevice::ReadOnly) ? std::optional<QByteArray>(file.readAll()) : std::nullopt;
    });
    page.resize(1200, 760);
    page.show();
    page.showCase(number);
    auto* issueButton = child<QPushButton>(&page, u"issueCertificateButton"_s);
    QVERIFY(issueButton && issueButton->isEnabled());
    // Issuing goes through the certificate: there is no bare "mark as issued".
    QVERIFY(!child<QPushButton>(&page, u"to_issuedButton"_s));
    QTest::mouseClick(issueButton, Qt::LeftButton);
    ui::IssueDialog* dialog = page.issueDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // No photo yet: nothing can print until one is taken.
    auto* printButton = child<QPushButton>(dialog, u"printCertificateButton"_s);
    auto* photoLabel = child<QLabel>(dialog, u"photoLabel"_s);
    QVERIFY(printButton && photoLabel);
    QVERIFY(!printButton->isEnabled());
    QVERIFY(photoLabel->pixmap().isNull());
    QTest::mouseClick(child<QPushButton>(dialog, u"takePhotoButton"_s), Qt::LeftButton);
    QCOMPARE(photosAsked, 1);
    QVERIFY(!photoLabel->pixmap().isNull());
    QVERIFY(printButton->isEnabled());
    save(dialog, u"certificate-issue-dialog-zh_CN.png"_s);

    QTest::mouseClick(printButton, Qt::LeftButton);
    QVERIFY(QFile::exists(dialog->lastFile()));
    const QString text = pdfText(dialog->lastFile());
    QVERIFY2(text.contains(holder), qPrintable(text));
    QVERIFY2(text.contains(u"ZJ000001"_s), qPrintable(text));
    QVERIFY2(text.contains(hallName), qPrintable(text));
    QVERIFY2(child<QLabel>(dialog, u"issueMessageLabel"_s)->text().contains(u"ZJ000001"_s),
             qPrintable(child<QLabel>(dialog, u"issueMessageLabel"_s)->text()));
    QVERIFY(!printButton->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"reprintCertificateButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"voidCertificateButton"_s)->isEnabled());
    save(dialog, u"certificate-issued-dialog-zh_CN.png"_s);

    // The page shows the case issued, and the number is accounted as printed.
    const auto detail = cases::CaseService(*m_counter->database).detail(number);
    QCOMPARE(detail->state, cases::CaseState::Issued);
    QCOMPARE(certificate::NumberService(*m_counter->database).report().constFirst().printed, 1);
    dialog->close();
}

void TestIssueGui::calibrationInSettings()
{
    ui::SettingsPage page(*m_counter->services, *m_admin);
    page.setPrintToFolder(m_printed.path());
    page.resize(1000, 1400);
    page.show();
    auto* printers = child<QComboBox>(&page, u"calibrationPrinterComboBox"_s);
    auto* x = child<QDoubleSpinBox>(&page, u"offsetXSpinBox"_s);
    auto* y = child<QDoubleSpinBox>(&page, u"offsetYSpinBox"_s);
    QVERIFY(printers && x && y);
    QCOMPARE(printers->currentText(), m_printed.path());
    x->setValue(1.5);
    y->setValue(-0.5);
    QTest::mouseClick(child<QPushButton>(&page, u"saveOffsetsButton"_s), Qt::LeftButton);
    QCOMPARE(certificate::PrinterCalibration(*m_counter->database).offset(m_printed.path()),
             (certificate::PrintOffset {1.5, -0.5}));
    QTest::mouseClick(child<QPushButton>(&page, u"testPrintButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(page.lastTestPrint()));
    QVERIFY2(pdfText(page.lastTestPrint()).contains(u"1.5"_s), qPrintable(pdfText(page.lastTestPrint())));
    save(child<QGroupBox>(&page, u"calibrationGroupBox"_s), u"settings-calibration-zh_CN.png"_s);

    // The test card as printed, for people to look at.
    QProcess render;
    render.start(
        u"pdftoppm"_s,
        {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, page.lastTestPrint(), m_out.filePath(u"calibration-card"_s)});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
}

QTEST_MAIN(TestIssueGui)
#include "TestIssueGui.moc"
