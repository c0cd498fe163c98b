// Benchmark: a senior card from its case to a PDF, the way the counter issues it (number, signature, stored
// document, PDF with a text layer, print log, case state), and the PDF alone; medians of several runs.
#include "SeniorCardCase.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogService.h"
#include "certificate/CertificateIssuer.h"
#include "certificate/CounterKey.h"
#include "certificate/NumberService.h"
#include "core/CounterSettings.h"
#include "core/SecretStore.h"
#include "db/Database.h"
#include "forms/FormDefinition.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

constexpr int runs = 20;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class BenchCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seniorCardToPdf();
};

void BenchCertificate::seniorCardToPdf()
{
    QTemporaryDir dir;
    db::Database database(dir.filePath(u"onewindow.db"_s));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QVERIFY2(catalog::CatalogService(database).ensureShipped(&error), qPrintable(error));
    QVERIFY(core::CounterSettings(database).setIdentity({u"330104001"_s, u"Wensan Street Hall"_s, 3}, &error));
    QVERIFY(certificate::NumberService(database).addBlock(u"senior-card"_s, 1, 1000, u"ZJ"_s, 6, {}, &error));
    core::MemorySecretStore secrets;
    QVERIFY(certificate::CounterKey::loadOrCreate(secrets, &error));
    const QImage photo(QStringLiteral(OW_SOURCE_DATA "/photos/portrait.jpg"));
    QVERIFY(!photo.isNull());

    // One citizen with as many received senior card cases as there are runs (a lost card re-issued), each with
    // its photo.
    certificate::CertificateIssuer issuer(database, secrets);
    QStringList cases;
    for (int i = 0; i < runs; ++i) {
        const auto number =
            tests::acceptSeniorCardCase(database, tests::seniorCard(), QDate::currentDate(), &error, u"lost"_s);
        QVERIFY2(number, qPrintable(error));
        cases.append(*number);
        QVERIFY2(issuer.takePhoto(cases.last(), photo, {}, &error), qPrintable(error));
    }

    QList<double> issueMs;
    QList<double> pdfMs;
    for (int i = 0; i < runs; ++i) {
        certificate::PdfCertificatePrinter printer(dir.filePath(u"card-%1.pdf"_s.arg(i)));
        QElapsedTimer timer;
        timer.start();
        const auto issued = issuer.issue(cases.at(i), {}, printer, &error);
        issueMs.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY2(issued, qPrintable(error));

        const auto printed = issuer.printedCertificate(cases.at(i), &error);
        const auto document = printed ? issuer.document(*printed, &error) : std::nullopt;
        QVERIFY2(document, qPrintable(error));
        timer.restart();
        QVERIFY2(document->writePdf(dir.filePath(u"copy-%1.pdf"_s.arg(i)), &error), qPrintable(error));
        pdfMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    qInfo("senior card issued to PDF (number, signature, stored document, PDF, print log, case state), %d runs: "
          "median %.1f ms, max %.1f ms",
          runs, median(issueMs), *std::max_element(issueMs.cbegin(), issueMs.cend()));
    qInfo("senior card PDF alone (photo, QR code, seal, text layer), %d runs: median %.1f ms, max %.1f ms", runs,
          median(pdfMs), *std::max_element(pdfMs.cbegin(), pdfMs.cend()));
}

QTEST_MAIN(BenchCertificate)
#include "BenchCertificate.moc"
