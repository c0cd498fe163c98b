// onewindow-cli case and calendar commands as IT staff and scripts use them: real processes on a fresh data
// folder per test, the shipped catalog, the card file of the citizen who turns 60 on 2026-11-23.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString cardPath()
{
    return QStringLiteral(OW_CARDS_DIR "/resident_lower_x.json");
}

QJsonObject catalogItem(const QString& code)
{
    return readJson(QStringLiteral(OW_CATALOG_DIR "/items/") + code + QStringLiteral(".json"));
}

// The name of a material as the shipped catalog spells it (Chinese data, kept out of the source).
QString materialName(const QString& itemCode, const QString& materialId)
{
    for (const QJsonValue& material : catalogItem(itemCode).value(u"materials"_s).toArray()) {
        if (material[u"id"_s].toString() == materialId) {
            return material[u"name"_s].toString();
        }
    }
    return {};
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// 2027 as a plausible notice would have it (not an official one): New Year Friday to Sunday, a 9-day Spring
// Festival from Friday 02-05, made up on Saturday 02-20.
QJsonObject calendar2027(const QString& makeupDay)
{
    return {{u"format"_s, 1},
            {u"region"_s, u"CN"_s},
            {u"year"_s, 2027},
            {u"source"_s,
             QJsonObject {{u"title"_s, u"Test notice on the 2027 holidays"_s},
                          {u"number"_s, u"TEST-2027-1"_s},
                          {u"issued"_s, u"2026-11-01"_s}}},
            {u"holidays"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"New Year"_s},
                                      {u"from"_s, u"2027-01-01"_s},
                                      {u"to"_s, u"2027-01-03"_s},
                                      {u"days"_s, 3}},
                         QJsonObject {{u"name"_s, u"Spring Festival"_s},
                                      {u"from"_s, u"2027-02-05"_s},
                                      {u"to"_s, u"2027-02-13"_s},
                                      {u"days"_s, 9}}}},
            {u"makeup_workdays"_s, QJsonArray {QJsonObject {{u"date"_s, makeupDay}, {u"for"_s, u"Spring Festival"_s}}}},
            {u"note"_s, u"Written by TestCaseCli; not an official calendar."_s}};
}

} // namespace

class TestCaseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void seniorCardOnTheSixtiethBirthday();
    void refusalsMakeNoCase_data();
    void refusalsMakeNoCase();
    void typedIdNumberWithLowerCaseX();
    void promisedItemWithMissingMaterial();
    void listByStateAndAsText();
    void receiptAndNoticePdf();
    void calendarImport();
    void brokenCalendarIsNotStored();

private:
    Run cli(const QStringList& arguments, const QString& language = QStringLiteral("en"),
            const QByteArray& timeZone = {}) const;
    Run createSeniorCard(const QString& date, const QStringList& extra = {}) const;
    Run createAllowance(const QString& date, const QString& due = QStringLiteral("2026-12-01")) const;
    QJsonArray listJson(const QStringList& extra = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QJsonObject m_card;
};

Run TestCaseCli::cli(const QStringList& arguments, const QString& language, const QByteArray& timeZone) const
{
    QProcess process;
    if (!timeZone.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TZ"_s, QString::fromLatin1(timeZone));
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(OW_CLI_PATH),
                  QStringList {QStringLiteral("--lang"), language, QStringLiteral("--data-dir"), m_dir->path()} +
                      arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run TestCaseCli::createSeniorCard(const QString& date, const QStringList& extra) const
{
    return cli(QStringList {u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--card"_s, cardPath(),
                            u"--field"_s, u"current_address=Wensan Road 100, Hangzhou"_s, u"--field"_s,
                            u"phone=13800138000"_s, u"--date"_s, date} +
               extra);
}

// The minimum living allowance (a promised item) with the income proof handed in later.
Run TestCaseCli::createAllowance(const QString& date, const QString& due) const
{
    const QJsonArray household {QJsonObject {{u"name"_s, m_card[u"name"_s].toString()},
                                             {u"id_number"_s, m_card[u"id_number"_s].toString().toUpper()},
                                             {u"relation"_s, u"self"_s},
                                             {u"work_status"_s, u"unemployed"_s},
                                             {u"health"_s, u"chronic"_s},
                                             {u"monthly_income"_s, 300}}};
    return cli({u"case"_s,      u"create"_s,
                u"--item"_s,    u"minimum-living-allowance"_s,
                u"--card"_s,    cardPath(),
                u"--field"_s,   u"current_address=Wensan Road 100, Hangzhou"_s,
                u"--field"_s,   u"phone=13800138000"_s,
                u"--field"_s,   QString(u"household_members="_s + QString::fromUtf8(QJsonDocument(household).toJson())),
                u"--field"_s,   u"reason=Lost his job and lives alone since March."_s,
                u"--missing"_s, u"income_proof"_s,
                u"--due"_s,     due,
                u"--date"_s,    date});
}

QJsonArray TestCaseCli::listJson(const QStringList& extra) const
{
    const Run run = cli(QStringList {u"case"_s, u"list"_s, u"--json"_s} + extra);
    if (run.exitCode != 0) {
        qWarning() << run.err;
        return {{u"case list failed"_s}};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCaseCli::initTestCase()
{
    m_card = readJson(cardPath());
    QVERIFY(!m_card.isEmpty());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext is missing: install poppler-utils");
}

void TestCaseCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run hall = cli({u"hall"_s, u"set"_s, u"--code"_s, u"330104001"_s, u"--name"_s, u"Wensan Street Hall"_s,
                          u"--counter"_s, u"3"_s, u"--phone"_s, u"0571-86000000"_s});
    QVERIFY2(hall.exitCode == 0, qPrintable(hall.err));
}

void TestCaseCli::seniorCardOnTheSixtiethBirthday()
{
    const Run run = createSeniorCard(u"2026-11-23"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject made = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // The number carries the service date, not the day the command ran.
    QCOMPARE(made[u"number"_s].toString(), u"330104001-03-20261123-0001"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(made[u"uuid"_s].toString())
                .hasMatch());
    QCOMPARE(made[u"item"_s].toString(), u"senior-card"_s);
    QCOMPARE(made[u"state"_s].toString(), u"received"_s);
    QCOMPARE(made[u"kind"_s].toString(), u"instant"_s);
    QCOMPARE(made[u"deadline"_s].toString(), u"2026-11-23"_s);
    QCOMPARE(made[u"citizen_name"_s].toString(), m_card[u"name"_s].toString());
    QCOMPARE(made[u"id_number"_s].toString(), u"330106********017X"_s); // masked on output

    const QJsonArray cases = listJson();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0)[u"uuid"_s].toString(), made[u"uuid"_s].toString());
}

void TestCaseCli::refusalsMakeNoCase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList senior {u"case"_s,        u"create"_s,           u"--item"_s,
                              u"senior-card"_s, u"--field"_s,          u"current_address=Wensan Road 100"_s,
                              u"--field"_s,     u"phone=13800138000"_s};
    QTest::newRow("a day before the 60th birthday")
        << senior + QStringList {u"--card"_s, cardPath(), u"--date"_s, u"2026-11-22"_s} << u"not eligible"_s;
    QTest::newRow("mistyped ID number") << senior +
            QStringList {u"--id-number"_s, u"330106196611230171"_s, u"--date"_s, u"2026-11-23"_s}
                                        << u"does not add up: its last character should be X"_s;
    QTest::newRow("key material missing")
        << senior + QStringList {u"--card"_s, cardPath(), u"--missing"_s, u"photo"_s, u"--date"_s, u"2026-11-23"_s}
        << u"is a key material"_s;
    QTest::newRow("unknown item") << QStringList {u"case"_s,   u"create"_s, u"--item"_s, u"no-such-item"_s,
                                                  u"--card"_s, cardPath(),  u"--date"_s, u"2026-11-23"_s}
                                  << u"There is no item no-such-item in the catalog"_s;
    QTest::newRow("unknown field") << senior +
            QStringList {u"--card"_s, cardPath(), u"--field"_s, u"shoe_size=42"_s, u"--date"_s, u"2026-11-23"_s}
                                   << u"has no field shoe_size"_s;
}

void TestCaseCli::refusalsMakeNoCase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(listJson(), QJsonArray());
    // Not even the citizen is recorded: the typed number is still unknown here.
    const Run typed = cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--id-number"_s,
                           m_card[u"id_number"_s].toString(), u"--date"_s, u"2026-11-23"_s});
    QCOMPARE(typed.exitCode, 1);
    QVERIFY2(typed.err.contains(u"is not known at this counter yet"_s), qPrintable(typed.err));
}

void TestCaseCli::typedIdNumberWithLowerCaseX()
{
    const Run first = createSeniorCard(u"2026-11-23"_s);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // A replacement for a lost card the next day, by the typed number with a lower-case x.
    const Run typed =
        cli({u"case"_s, u"create"_s, u"--item"_s, u"senior-card"_s, u"--id-number"_s, u"33010619661123017x"_s,
             u"--field"_s, u"application_type=lost"_s, u"--field"_s, u"current_address=Wensan Road 100, Hangzhou"_s,
             u"--field"_s, u"phone=13800138000"_s, u"--date"_s, u"2026-11-24"_s});
    QVERIFY2(typed.exitCode == 0, qPrintable(typed.err));
    const QJsonObject made = QJsonDocument::fromJson(typed.out.toUtf8()).object();
    QCOMPARE(made[u"number"_s].toString(), u"330104001-03-20261124-0001"_s);
    QCOMPARE(made[u"citizen_name"_s].toString(), m_card[u"name"_s].toString());
    QCOMPARE(made[u"id_number"_s].toString(), u"330106********017X"_s);
    QCOMPARE(listJson().size(), 2);
}

void TestCaseCli::promisedItemWithMissingMaterial()
{
    const Run run = createAllowance(u"2026-11-23"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject made = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QString number = made[u"number"_s].toString();
    QCOMPARE(number, u"330104001-03-20261123-0001"_s);
    QCOMPARE(made[u"kind"_s].toString(), u"promised"_s);
    // Monday 2026-11-23 plus 20 working days.
    QCOMPARE(made[u"deadline"_s].toString(), u"2026-12-21"_s);
    QCOMPARE(made[u"deadline_estimated"_s].toBool(), false);

    const Run show = cli({u"case"_s, u"show"_s, number, u"--json"_s});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonObject detail = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QJsonObject income;
    for (const QJsonValue& material : detail[u"materials"_s].toArray()) {
        if (material[u"code"_s].toString() == u"income_proof") {
            income = material.toObject();
        } else {
            QVERIFY2(material[u"status"_s].toString() == u"provided", qPrintable(material[u"code"_s].toString()));
        }
    }
    QCOMPARE(income[u"status"_s].toString(), u"missing"_s);
    QCOMPARE(income[u"due_date"_s].toString(), u"2026-12-01"_s);
    QCOMPARE(income[u"name"_s].toString(), materialName(u"minimum-living-allowance"_s, u"income_proof"_s));
    QCOMPARE(detail[u"next"_s].toArray(), QJsonArray {u"in_review"_s});
    QCOMPARE(detail[u"form"_s][u"household_size"_s].toInt(), 1);

    const Run review = cli({u"case"_s, u"set-state"_s, number, u"in_review"_s});
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));
    QVERIFY2(review.out.contains(u"is now In review"_s), qPrintable(review.out));
    const Run approve = cli({u"case"_s, u"set-state"_s, number, u"approved"_s});
    QCOMPARE(approve.exitCode, 1);
    QVERIFY2(approve.err.contains(u"still waits for"_s), qPrintable(approve.err));
    QVERIFY2(approve.err.contains(materialName(u"minimum-living-allowance"_s, u"income_proof"_s)),
             qPrintable(approve.err));
    const Run close = cli({u"case"_s, u"set-state"_s, number, u"closed"_s});
    QCOMPARE(close.exitCode, 1);
    QVERIFY2(close.err.contains(u"it can only become: Approved, Rejected"_s), qPrintable(close.err));

    const QJsonObject after =
        QJsonDocument::fromJson(cli({u"case"_s, u"show"_s, number, u"--json"_s}).out.toUtf8()).object();
    QCOMPARE(after[u"state"_s].toString(), u"in_review"_s);
    QCOMPARE(after[u"events"_s].toArray().size(), 2); // accepted, in review: the refusals left no trace
}

void TestCaseCli::listByStateAndAsText()
{
    const Run senior = createSeniorCard(u"2026-11-23"_s);
    QVERIFY2(senior.exitCode == 0, qPrintable(senior.err));
    const Run allowance = createAllowance(u"2026-11-23"_s);
    QVERIFY2(allowance.exitCode == 0, qPrintable(allowance.err));
    const QString seniorNumber = QJsonDocument::fromJson(senior.out.toUtf8())[u"number"_s].toString();
    const QString allowanceNumber = QJsonDocument::fromJson(allowance.out.toUtf8())[u"number"_s].toString();
    QCOMPARE(allowanceNumber, u"330104001-03-20261123-0002"_s);
    QCOMPARE(cli({u"case"_s, u"set-state"_s, allowanceNumber, u"in_review"_s}).exitCode, 0);

    const QJsonArray received = listJson({u"--state"_s, u"received"_s});
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0)[u"number"_s].toString(), seniorNumber);
    QCOMPARE(received.at(0)[u"state"_s].toString(), u"received"_s);
    const QJsonArray inReview = listJson({u"--state"_s, u"in_review"_s});
    QCOMPARE(inReview.size(), 1);
    QCOMPARE(inReview.at(0)[u"number"_s].toString(), allowanceNumber);
    QCOMPARE(listJson({u"--state"_s, u"approved"_s}), QJsonArray());

    const Run text = cli({u"case"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString name = m_card[u"name"_s].toString();
    QVERIFY2(lines.contains(QStringList {seniorNumber, u"received"_s, u"2026-11-23"_s,
                                         catalogItem(u"senior-card"_s)[u"name"_s].toString(), name}
                                .join(u'\t')),
             qPrintable(text.out));
    QVERIFY2(lines.contains(QStringList {allowanceNumber, u"in_review"_s, u"2026-12-21"_s,
                                         catalogItem(u"minimum-living-allowance"_s)[u"name"_s].toString(), name}
                                .join(u'\t')),
             qPrintable(text.out));

    const Run unknown = cli({u"case"_s, u"list"_s, u"--state"_s, u"lost"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"Unknown state lost"_s), qPrintable(unknown.err));
}

void TestCaseCli::receiptAndNoticePdf()
{
    const Run made = createAllowance(u"2026-11-23"_s);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString number = QJsonDocument::fromJson(made.out.toUtf8())[u"number"_s].toString();
    // Paper shows the hall's wall-clock time, whatever zone the store keeps it in.
    const QTimeZone beijing("Asia/Shanghai");
    QVERIFY(beijing.isValid());
    const QDateTime acceptedAt =
        QDateTime::fromString(QJsonDocument::fromJson(made.out.toUtf8())[u"accepted_at"_s].toString(), Qt::ISODate);
    QVERIFY(acceptedAt.isValid());

    const QString receiptPdf = m_dir->filePath(u"receipt.pdf"_s);
    const Run receipt = cli({u"case"_s, u"receipt"_s, number, u"--pdf"_s, receiptPdf}, u"zh_CN"_s, beijing.id());
    QVERIFY2(receipt.exitCode == 0, qPrintable(receipt.err));
    const QString text = pdfText(receiptPdf);
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(m_card[u"name"_s].toString()), qPrintable(text));
    QVERIFY2(text.contains(u"2026-12-21"_s), qPrintable(text)); // the deadline
    const QString income = materialName(u"minimum-living-allowance"_s, u"income_proof"_s);
    QVERIFY2(text.contains(income), qPrintable(text));
    // The missing material and its due date on one line of the materials table.
    QVERIFY2(QRegularExpression(QRegularExpression::escape(income) + u"[^\n]*2026-12-01"_s).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(text.contains(u"0571-86000000"_s), qPrintable(text));
    QVERIFY2(text.contains(acceptedAt.toTimeZone(beijing).toString(u"yyyy-MM-dd HH:mm"_s)), qPrintable(text));
    QVERIFY2(!text.contains(m_card[u"id_number"_s].toString().toUpper()), qPrintable(text)); // masked

    const QString noticePdf = m_dir->filePath(u"notice.pdf"_s);
    const Run notice = cli({u"case"_s, u"notice"_s, u"--item"_s, u"senior-card"_s, u"--id-number"_s,
                            m_card[u"id_number"_s].toString(), u"--missing"_s, u"photo"_s, u"--pdf"_s, noticePdf},
                           u"zh_CN"_s, beijing.id());
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(beijing);
    QVERIFY2(notice.exitCode == 0, qPrintable(notice.err));
    const QRegularExpressionMatch printed = QRegularExpression(u"N330104001-03-\\d{8}-\\d{4}"_s).match(notice.out);
    QVERIFY2(printed.hasMatch(), qPrintable(notice.out));
    const QString noticeText = pdfText(noticePdf);
    // Numbered and timed by the hall's day and clock.
    const QRegularExpressionMatch issued =
        QRegularExpression(u"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"_s).match(noticeText);
    QVERIFY2(issued.hasMatch(), qPrintable(noticeText));
    const QDateTime issuedAt(QDate::fromString(issued.captured().left(10), Qt::ISODate),
                             QTime::fromString(issued.captured().mid(11), u"HH:mm"_s), beijing);
    QVERIFY2(qAbs(issuedAt.secsTo(now)) < 300, qPrintable(issued.captured()));
    QCOMPARE(printed.captured().mid(14, 8), issuedAt.date().toString(u"yyyyMMdd"_s));
    QVERIFY2(noticeText.contains(printed.captured()), qPrintable(noticeText));
    QVERIFY2(noticeText.contains(materialName(u"senior-card"_s, u"photo"_s)), qPrintable(noticeText));
    QVERIFY2(noticeText.contains(m_card[u"name"_s].toString()), qPrintable(noticeText)); // known from the case
    QCOMPARE(listJson().size(), 1); // a notice makes no case
}

void TestCaseCli::calendarImport()
{
    // Before the import a count into 2027 is an estimate that skips weekends only: 2027-01-01 counts.
    const Run before = createAllowance(u"2026-12-15"_s, u"2026-12-22"_s);
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8())[u"deadline"_s].toString(), u"2027-01-12"_s);
    QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8())[u"deadline_estimated"_s].toBool(), true);
    // Rejected, so that the household may apply again below.
    const QString first = QJsonDocument::fromJson(before.out.toUtf8())[u"number"_s].toString();
    QCOMPARE(cli({u"case"_s, u"set-state"_s, first, u"in_review"_s}).exitCode, 0);
    const Run rejected =
        cli({u"case"_s, u"set-state"_s, first, u"rejected"_s, u"--note"_s, u"Income above the standard."_s});
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));

    const QString path = m_dir->filePath(u"cn-2027.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(calendar2027(u"2027-02-20"_s)).toJson());
    file.close();
    const Run import = cli({u"calendar"_s, u"import"_s, path});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY2(import.out.contains(u"2027"_s), qPrintable(import.out));

    const Run list = cli({u"calendar"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QJsonObject year2027;
    for (const QJsonValue& year : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (year[u"year"_s].toInt() == 2027) {
            year2027 = year.toObject();
        }
    }
    QCOMPARE(year2027[u"number"_s].toString(), u"TEST-2027-1"_s);
    QCOMPARE(year2027[u"source"_s].toString(), u"Test notice on the 2027 holidays"_s);

    // From Tuesday 2026-12-15, 20 working days: 12 in December, New Year's Day off, 8 from 2027-01-04 on.
    const Run after = createAllowance(u"2026-12-15"_s, u"2026-12-22"_s);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    const QJsonObject made = QJsonDocument::fromJson(after.out.toUtf8()).object();
    QCOMPARE(made[u"deadline"_s].toString(), u"2027-01-13"_s);
    QCOMPARE(made[u"deadline_estimated"_s].toBool(), false);
}

void TestCaseCli::brokenCalendarIsNotStored()
{
    const QString path = m_dir->filePath(u"cn-2027.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(calendar2027(u"2027-02-17"_s)).toJson()); // a Wednesday
    file.close();
    const Run import = cli({u"calendar"_s, u"import"_s, path});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"2027-02-17"_s), qPrintable(import.err));
    QVERIFY2(import.err.contains(u"not a Saturday or Sunday"_s), qPrintable(import.err));

    const Run list = cli({u"calendar"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    QList<int> years;
    for (const QJsonValue& year : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        years.append(year[u"year"_s].toInt());
    }
    QVERIFY(!years.isEmpty());
    QVERIFY(!years.contains(2027));
}

QTEST_GUILESS_MAIN(TestCaseCli)
#include "TestCaseCli.moc"
