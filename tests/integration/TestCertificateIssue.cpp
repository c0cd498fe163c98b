// A senior card issued on the spot through onewindow-cli, headlessly and end to end: card data -> case ->
// case issue with a photo -> the PDF read back (pdftotext, zbarimg) -> the QR verified -> numbers that add up;
// then failed prints, reprints, voids and every refusal. Runs in a private GNOME Keyring (with-keyring.sh).
#include "certificate/CounterKey.h"
#include "core/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString password = u"correct horse"_s;
// The holder on tests/data/cards/resident_lower_x.json, "Zhang Jianguo".
const QString holder = QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD");
const QString hallName = u"Wensan Street Hall"_s;

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

} // namespace

class TestCertificateIssue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void issuesASeniorCardEndToEnd();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void failedPrintSpoilsTheNumber();
    void reprintNeedsTheSupervisor_data();
    void reprintNeedsTheSupervisor();
    void voidNeedsAReasonAndAllowsANewCertificate();
    void withoutKeyIssuesNothing();

private:
    Run cli(const QStringList& arguments, const QByteArray& input = {}) const;
    Run issue(const QString& caseNumber, const QString& pdf) const;
    QString createSeniorCard() const;
    QJsonObject report() const;
    // Rows of the tables an issue writes, and the photo files: what a refused command must leave as it was.
    QString storeSnapshot() const;
    int count(const QString& sql) const;
    QString pdfText(const QString& pdf) const;
    QString scanQr(const QString& pdf) const;

    QTemporaryDir m_keysDir;
    QString m_keysFile;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_case;
    QString m_photo;
};

Run TestCertificateIssue::cli(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {u"--lang"_s, u"en"_s, u"--data-dir"_s, m_dir->path()} + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run TestCertificateIssue::issue(const QString& caseNumber, const QString& pdf) const
{
    return cli({u"case"_s, u"issue"_s, caseNumber, u"--photo"_s, m_photo, u"--pdf"_s, pdf});
}

QString TestCertificateIssue::createSeniorCard() const
{
    const Run made = cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--card"_s,
                          QStringLiteral(OW_SOURCE_DATA "/cards/resident_lower_x.json"), u"--field"_s,
                          u"current_address=Wensan Road 100, Hangzhou"_s, u"--field"_s, u"phone=13800138000"_s,
                          u"--date"_s, u"2026-11-23"_s});
    if (made.exitCode != 0) {
        qWarning() << made.err;
        return {};
    }
    return QJsonDocument::fromJson(made.out.toUtf8()).object().value(u"number"_s).toString();
}

QJsonObject TestCertificateIssue::report() const
{
    const Run run = cli({u"numbers"_s, u"report"_s, u"--template"_s, u"senior-card"_s, u"--json"_s});
    const QJsonArray blocks = QJsonDocument::fromJson(run.out.toUtf8()).array();
    return blocks.isEmpty() ? QJsonObject() : blocks.first().toObject();
}

int TestCertificateIssue::count(const QString& sql) const
{
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_dir->filePath(u"onewindow.db"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return result;
}

QString TestCertificateIssue::storeSnapshot() const
{
    QStringList parts;
    for (const QString& table : {u"certificates"_s, u"print_log"_s, u"attachments"_s, u"outbox"_s, u"case_events"_s}) {
        parts << table + u'=' + QString::number(count(u"SELECT COUNT(*) FROM "_s + table));
    }
    parts << u"reprints="_s + QString::number(count(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'numbers.%'"_s));
    parts << u"states="_s + QString::number(count(u"SELECT COUNT(*) FROM cases WHERE state = 'issued'"_s));
    parts << u"blobs="_s +
            QString::number(QDir(m_dir->filePath(u"blobs"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    return parts.join(u' ');
}

QString TestCertificateIssue::pdfText(const QString& pdf) const
{
    QProcess process;
    process.start(u"pdftotext"_s, {pdf, u"-"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Card printers print at 300 dpi; the QR code is read off such a page image.
QString TestCertificateIssue::scanQr(const QString& pdf) const
{
    const QString root = pdf + u"-page"_s;
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, pdf, root});
    render.waitForFinished(60000);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, root + u".png"_s});
    zbar.waitForFinished(60000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

void TestCertificateIssue::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through with-keyring.sh");
    for (const QString& tool : {u"pdftotext"_s, u"pdftoppm"_s, u"zbarimg"_s}) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing: install poppler-utils and zbar-tools"_s));
    }
    m_photo = QStringLiteral(OW_SOURCE_DATA "/photos/portrait.jpg");
    QVERIFY(QFile::exists(m_photo));
    QVERIFY(m_keysDir.isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    // The counter's key, made once in this private keyring, and a trusted-keys file to verify with.
    const Run key = cli({u"certificate"_s, u"key"_s, u"--json"_s});
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
    m_keysFile = m_keysDir.filePath(u"trusted-keys.json"_s);
    QFile file(m_keysFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key.out.toUtf8());
}

void TestCertificateIssue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run hall =
        cli({u"hall"_s, u"set"_s, u"--code"_s, u"330104001"_s, u"--name"_s, hallName, u"--counter"_s, u"3"_s});
    QVERIFY2(hall.exitCode == 0, qPrintable(hall.err));
    for (const auto& [login, role] : {std::pair {u"wang"_s, u"supervisor"_s}, std::pair {u"li"_s, u"clerk"_s}}) {
        const Run clerk = cli({u"clerk"_s, u"add"_s, u"--login"_s, login, u"--name"_s, login, u"--role"_s, role},
                              password.toUtf8() + '\n');
        QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));
    }
    const Run block = cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"1"_s,
                           u"--to"_s, u"100"_s, u"--prefix"_s, u"ZJ"_s, u"--width"_s, u"6"_s});
    QVERIFY2(block.exitCode == 0, qPrintable(block.err));
    m_case = createSeniorCard();
    QVERIFY(!m_case.isEmpty());
}

void TestCertificateIssue::issuesASeniorCardEndToEnd()
{
    const QString pdf = m_dir->filePath(u"card.pdf"_s);
    const Run run = issue(m_case, pdf);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject issued = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(issued[u"number"_s].toString(), u"ZJ000001"_s);
    QCOMPARE(issued[u"case"_s].toString(), m_case);
    QCOMPARE(issued[u"printer"_s].toString(), QString(u"pdf:"_s + pdf));
    const QString payload = issued[u"payload"_s].toString();
    QVERIFY2(payload.startsWith(u"OW1|cert.senior-card|ZJ000001|"_s + holder + u"|330106********017X|"_s),
             qPrintable(payload));

    // What the citizen holds: name, number and hall on the card, and a QR code any verifier accepts.
    const QString text = withoutSpaces(pdfText(pdf));
    QVERIFY2(text.contains(holder), qPrintable(text));
    QVERIFY2(text.contains(u"ZJ000001"_s), qPrintable(text));
    QVERIFY2(text.contains(withoutSpaces(hallName)), qPrintable(text));
    QVERIFY2(!text.contains(u"Nophoto"_s), qPrintable(text));
    const QString qr = scanQr(pdf);
    QCOMPARE(qr, payload);
    const Run verified = cli({u"certificate"_s, u"verify"_s, qr, u"--keys"_s, m_keysFile});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QCOMPARE(QJsonDocument::fromJson(verified.out.toUtf8())[u"fields"_s][u"holder_name"_s].toString(), holder);

    const Run shown = cli({u"certificate"_s, u"payload"_s, u"--case"_s, m_case});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out.trimmed(), qr);

    const Run state = cli({u"case"_s, u"show"_s, m_case, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(state.out.toUtf8())[u"state"_s].toString(), u"issued"_s);

    // Every number of the block is accounted for.
    const QJsonObject block = report();
    QCOMPARE(block[u"printed"_s].toInt(), 1);
    QCOMPARE(block[u"remaining"_s].toInt(), 99);
    QCOMPARE(block[u"printed"_s].toInt() + block[u"spoiled"_s].toInt() + block[u"voided"_s].toInt() +
                 block[u"reserved"_s].toInt() + block[u"returned"_s].toInt() + block[u"remaining"_s].toInt(),
             block[u"size"_s].toInt());

    // Rendering again gives the same certificate without a number or a print log entry.
    const QString copy = m_dir->filePath(u"copy.pdf"_s);
    const Run rendered = cli({u"certificate"_s, u"render"_s, u"--case"_s, m_case, u"--pdf"_s, copy});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    QCOMPARE(scanQr(copy), payload);
    QCOMPARE(withoutSpaces(pdfText(copy)), text);
    QCOMPARE(count(u"SELECT COUNT(*) FROM print_log"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.render'"_s), 1);
    QCOMPARE(report()[u"printed"_s].toInt(), 1);
}

void TestCertificateIssue::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown case") << u"unknown"_s << u"There is no case 330104001-03-20261123-9999"_s;
    QTest::newRow("promised item") << u"promised"_s << u"is a promised item"_s;
    QTest::newRow("already issued") << u"issued"_s << u"already has its certificate ZJ000001"_s;
    QTest::newRow("no numbers left") << u"exhausted"_s << u"No numbers left"_s;
    QTest::newRow("missing folder") << u"folder"_s << u"does not exist; nothing was issued"_s;
    QTest::newRow("not a photo") << u"photo"_s << u"cannot be read"_s;
}

void TestCertificateIssue::refusalsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString caseNumber = m_case;
    QString pdf = m_dir->filePath(u"refused.pdf"_s);
    QStringList extra;
    if (kind == u"unknown") {
        caseNumber = u"330104001-03-20261123-9999"_s;
    } else if (kind == u"promised") {
        const QJsonArray household {QJsonObject {{u"name"_s, holder},
                                                 {u"id_number"_s, u"33010619661123017X"_s},
                                                 {u"relation"_s, u"self"_s},
                                                 {u"work_status"_s, u"unemployed"_s},
                                                 {u"health"_s, u"chronic"_s},
                                                 {u"monthly_income"_s, 300}}};
        const Run made =
            cli({u"case"_s, u"create"_s, u"--item"_s, u"minimum-living-allowance"_s, u"--card"_s,
                 QStringLiteral(OW_SOURCE_DATA "/cards/resident_lower_x.json"), u"--field"_s,
                 u"current_address=Wensan Road 100, Hangzhou"_s, u"--field"_s, u"phone=13800138000"_s, u"--field"_s,
                 QString(u"household_members="_s + QString::fromUtf8(QJsonDocument(household).toJson())), u"--field"_s,
                 u"reason=Lost his job and lives alone since March."_s, u"--date"_s, u"2026-11-23"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        caseNumber = QJsonDocument::fromJson(made.out.toUtf8())[u"number"_s].toString();
    } else if (kind == u"issued") {
        QCOMPARE(issue(m_case, m_dir->filePath(u"first.pdf"_s)).exitCode, 0);
    } else if (kind == u"exhausted") {
        // A counter whose only block is used up.
        m_dir = std::make_unique<QTemporaryDir>();
        QCOMPARE(cli({u"hall"_s, u"set"_s, u"--code"_s, u"330104001"_s, u"--name"_s, hallName, u"--counter"_s, u"3"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"numbers"_s, u"add-block"_s, u"--template"_s, u"senior-card"_s, u"--from"_s, u"1"_s, u"--to"_s,
                      u"1"_s})
                     .exitCode,
                 0);
        QCOMPARE(issue(createSeniorCard(), m_dir->filePath(u"only.pdf"_s)).exitCode, 0);
        caseNumber = createSeniorCard();
        QVERIFY(!caseNumber.isEmpty());
        pdf = m_dir->filePath(u"refused.pdf"_s);
    } else if (kind == u"folder") {
        pdf = m_dir->filePath(u"no-such-folder/card.pdf"_s);
    } else if (kind == u"photo") {
        extra = {u"--photo"_s, QStringLiteral(OW_SOURCE_DATA "/cards/resident.json")};
    }

    const QString before = storeSnapshot();
    const Run run = extra.isEmpty() ? issue(caseNumber, pdf)
                                    : cli(QStringList {u"case"_s, u"issue"_s, caseNumber, u"--pdf"_s, pdf} + extra);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(storeSnapshot(), before);
}

void TestCertificateIssue::failedPrintSpoilsTheNumber()
{
    // A folder that exists but takes no files (as a printer that jams): the number is taken, then spoiled.
    const Run failed = issue(m_case, u"/proc/onewindow-certificate.pdf"_s);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(u"Number ZJ000001 is spoiled; the next print takes a new number."_s),
             qPrintable(failed.err));
    QJsonObject block = report();
    QCOMPARE(block[u"spoiled"_s].toInt(), 1);
    QCOMPARE(block[u"printed"_s].toInt(), 0);
    const Run state = cli({u"case"_s, u"show"_s, m_case, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(state.out.toUtf8())[u"state"_s].toString(), u"received"_s);

    const QString pdf = m_dir->filePath(u"second-try.pdf"_s);
    const Run retried = issue(m_case, pdf);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
    QCOMPARE(QJsonDocument::fromJson(retried.out.toUtf8())[u"number"_s].toString(), u"ZJ000002"_s);
    QVERIFY(withoutSpaces(pdfText(pdf)).contains(u"ZJ000002"_s));
    block = report();
    QCOMPARE(block[u"spoiled"_s].toInt(), 1);
    QCOMPARE(block[u"printed"_s].toInt(), 1);
    QCOMPARE(block[u"remaining"_s].toInt(), 98);
}

void TestCertificateIssue::reprintNeedsTheSupervisor_data()
{
    QTest::addColumn<QString>("supervisor");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reason") << u"wang"_s << password << QString() << 2 << u"needs --reason"_s;
    QTest::newRow("wrong password") << u"wang"_s << u"guess"_s << u"Card stock jammed"_s << 1
                                    << u"The login or the password is wrong"_s;
    QTest::newRow("a clerk") << u"li"_s << password << u"Card stock jammed"_s << 1 << u"li is not a supervisor"_s;
    QTest::newRow("approved") << u"wang"_s << password << u"Card stock jammed"_s << 0
                              << u"Certificate ZJ000001 of case"_s;
}

void TestCertificateIssue::reprintNeedsTheSupervisor()
{
    QFETCH(QString, supervisor);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run first = issue(m_case, m_dir->filePath(u"first.pdf"_s));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString payload = QJsonDocument::fromJson(first.out.toUtf8())[u"payload"_s].toString();

    const QString pdf = m_dir->filePath(u"reprint.pdf"_s);
    QStringList arguments {u"certificate"_s,  u"reprint"_s, u"--case"_s, m_case,
                           u"--supervisor"_s, supervisor,   u"--pdf"_s,  pdf};
    if (!reason.isEmpty()) {
        arguments << u"--reason"_s << reason;
    }
    const Run run = cli(arguments, typed.toUtf8() + '\n');
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(message), qPrintable(run.out + run.err));
    const int reprints = count(u"SELECT COUNT(*) FROM print_log WHERE kind = 'reprint'"_s);
    const int audited = count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'numbers.reprint'"_s);
    if (exitCode != 0) {
        QCOMPARE(reprints, 0);
        QCOMPARE(audited, 0);
        QVERIFY(!QFile::exists(pdf));
        return;
    }
    QCOMPARE(reprints, 1);
    QCOMPARE(audited, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM print_log WHERE kind = 'reprint' AND reason = 'Card stock jammed'"_s), 1);
    // The same certificate: same number, same QR code, and no new number taken.
    QCOMPARE(scanQr(pdf), payload);
    QVERIFY(withoutSpaces(pdfText(pdf)).contains(u"ZJ000001"_s));
    QCOMPARE(report()[u"remaining"_s].toInt(), 99);
}

void TestCertificateIssue::voidNeedsAReasonAndAllowsANewCertificate()
{
    QCOMPARE(issue(m_case, m_dir->filePath(u"first.pdf"_s)).exitCode, 0);
    const Run noReason =
        cli({u"certificate"_s, u"void"_s, u"--case"_s, m_case, u"--supervisor"_s, u"wang"_s}, password.toUtf8());
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"needs --reason"_s), qPrintable(noReason.err));
    QCOMPARE(report()[u"voided"_s].toInt(), 0);

    const Run voided = cli({u"certificate"_s, u"void"_s, u"--case"_s, m_case, u"--supervisor"_s, u"wang"_s,
                            u"--reason"_s, u"Wrong birth date printed"_s},
                           password.toUtf8());
    QVERIFY2(voided.exitCode == 0, qPrintable(voided.err));
    QCOMPARE(voided.out.trimmed(), QString(u"Certificate ZJ000001 of case "_s + m_case + u" voided."_s));
    QCOMPARE(report()[u"voided"_s].toInt(), 1);
    const Run payload = cli({u"certificate"_s, u"payload"_s, u"--case"_s, m_case});
    QCOMPARE(payload.exitCode, 1);
    QVERIFY2(payload.err.contains(u"has no printed certificate"_s), qPrintable(payload.err));

    // The case stays issued, and gets a new certificate on the next number.
    const Run again = issue(m_case, m_dir->filePath(u"again.pdf"_s));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())[u"number"_s].toString(), u"ZJ000002"_s);
    const QJsonObject block = report();
    QCOMPARE(block[u"voided"_s].toInt(), 1);
    QCOMPARE(block[u"printed"_s].toInt(), 1);
    QCOMPARE(block[u"remaining"_s].toInt(), 98);
}

void TestCertificateIssue::withoutKeyIssuesNothing()
{
    // Runs last: the counter's key leaves the keyring, so nothing can be signed.
    ow::core::KeychainSecretStore store;
    QString error;
    QVERIFY2(store.remove(ow::certificate::CounterKey::secretName, &error), qPrintable(error));
    const QString before = storeSnapshot();
    const QString pdf = m_dir->filePath(u"unsigned.pdf"_s);
    const Run run = issue(m_case, pdf);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"This counter has no signing key in the system keyring"_s), qPrintable(run.err));
    QCOMPARE(storeSnapshot(), before);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(store.read(ow::certificate::CounterKey::secretName).status, ow::core::SecretReadResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestCertificateIssue)
#include "TestCertificateIssue.moc"
