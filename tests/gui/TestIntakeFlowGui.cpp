// A senior card taken at the counter from a simulated card read to a printed receipt, through the real
// widgets; the receipt is printed into a PDF file and checked by extracting its text.
#include "CardSimulatorProcess.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "cases/CaseService.h"
#include "catalog/CatalogService.h"
#include "intake/IntakePage.h"
#include "intake/ItemIntakeWidget.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>

using namespace ow;
using ow::tests::child;

namespace {

// The PDF's text in reading order without white space, so a name wrapped inside a table cell still matches.
QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    pdftotext.waitForFinished(30000);
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString labelText(QWidget* window, const QString& name)
{
    auto* label = child<QLabel>(window, name);
    return label ? label->text() : QString();
}

} // namespace

class TestIntakeFlowGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seniorCardFromCardReadToPrintedReceipt();
    void missingKeyMaterialGivesANoticeAndNoCase();

private:
    ui::MainWindow* openWindow(const QString& device);
    void chooseItem(ui::MainWindow* window, const QString& code);

    std::unique_ptr<tests::DemoCounter> m_counter;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_paper;
};

void TestIntakeFlowGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

ui::MainWindow* TestIntakeFlowGui::openWindow(const QString& device)
{
    m_counter = std::make_unique<tests::DemoCounter>();
    if (!m_counter->setUp(QStringLiteral("Luojiazhuang Hall"))) {
        return nullptr;
    }
    QString error;
    if (!m_counter->services->settings.setContact(
            {QStringLiteral("Wenyi Road 1"), QStringLiteral("0571-86000000"), QStringLiteral("Mon-Fri 8:30-17:00")},
            &error)) {
        return nullptr;
    }
    ui::SessionOptions options = ui::SessionOptions::withReader(device);
    options.printToFolder = m_paper.path();
    m_window =
        std::make_unique<ui::MainWindow>(*m_counter->services, m_counter->services->clerks.list().constLast(), options);
    m_window->resize(1400, 900);
    m_window->show();
    return m_window.get();
}

void TestIntakeFlowGui::chooseItem(ui::MainWindow* window, const QString& code)
{
    // The clerk types part of the name (committed by the input method, as Chinese is); the list offers the
    // matching items and the bundle.
    const auto item = catalog::CatalogService(*m_counter->database).item(code);
    QVERIFY(item);
    auto* search = child<QLineEdit>(window, QStringLiteral("itemSearchLineEdit"));
    search->setFocus();
    search->clear();
    search->insert(item->name.left(2));
    auto* list = child<QListWidget>(window, QStringLiteral("itemsListWidget"));
    QListWidgetItem* entry = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code) {
            entry = list->item(row);
        }
    }
    QVERIFY2(entry, qPrintable(code));
    list->setCurrentItem(entry);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(window->findChild<ui::ItemIntakeWidget*>(QStringLiteral("itemIntake_%1").arg(code)));
}

void TestIntakeFlowGui::seniorCardFromCardReadToPrintedReceipt()
{
    const tests::CardSimulatorProcess simulator(
        {tests::CardSimulatorProcess::card(QStringLiteral("resident_lower_x.json"))});
    ui::MainWindow* window = openWindow(simulator.device());
    QVERIFY(window);
    const QString name = QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD");
    QTRY_COMPARE_WITH_TIMEOUT(labelText(window, QStringLiteral("nameValueLabel")), name, 15000);

    chooseItem(window, QStringLiteral("senior-card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* widget = window->findChild<ui::ItemIntakeWidget*>(QStringLiteral("itemIntake_senior-card"));
    // Prefilled from the card with nothing typed; the clerk adds what the card does not carry.
    QCOMPARE(child<QLineEdit>(widget, QStringLiteral("nameField"))->text(), name);
    QCOMPARE(child<QLineEdit>(widget, QStringLiteral("id_numberField"))->text(), QStringLiteral("33010619661123017X"));
    QTest::keyClicks(child<QLineEdit>(widget, QStringLiteral("current_addressField")),
                     QStringLiteral("Wensan Road 100"));
    QTest::keyClicks(child<QLineEdit>(widget, QStringLiteral("phoneField")), QStringLiteral("13800138000"));

    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("acceptButton")), Qt::LeftButton);
    const QString message = labelText(window, QStringLiteral("intakeMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("Accepted:")), qPrintable(message));
    auto* intake = window->findChild<ui::IntakePage*>();
    QCOMPARE(intake->acceptedCases().size(), 1);
    const QString number = intake->acceptedCases().constFirst();
    QVERIFY(number.startsWith(QStringLiteral("330104001-03-")));

    // The receipt came out of the printer (here: a PDF) with what the citizen needs.
    const QString receipt = QDir(m_paper.path()).filePath(QStringLiteral("Receipt %1.pdf").arg(number));
    QVERIFY2(QFile::exists(receipt), qPrintable(receipt));
    const QString text = pdfText(receipt);
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0571-86000000")), qPrintable(text));
    QVERIFY2(text.contains(QDate::currentDate().toString(Qt::ISODate)), qPrintable(text));

    // The citizen's history on the intake page shows the new case at once.
    QCOMPARE(child<QTableWidget>(window, QStringLiteral("earlierCasesTableWidget"))->item(0, 0)->text(), number);

    // The case is in the store and on the Cases page, and can be issued on the spot.
    const auto detail = cases::CaseService(*m_counter->database).detail(number);
    QVERIFY(detail);
    QCOMPARE(detail->state, cases::CaseState::Received);
    QTest::keyClick(window, Qt::Key_F3);
    auto* table = child<QTableWidget>(window, QStringLiteral("casesTableWidget"));
    QTRY_VERIFY(table->rowCount() >= 1);
    QCOMPARE(table->item(0, 0)->text(), number);
    table->selectRow(0);
    QTRY_COMPARE(labelText(window, QStringLiteral("caseTitleLabel")).left(number.size()), number);
    // Issuing goes through the certificate (TestIssueGui prints one), never a bare state change.
    QVERIFY(child<QPushButton>(window, QStringLiteral("issueCertificateButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(window, QStringLiteral("to_issuedButton")));
    m_window.reset();
}

void TestIntakeFlowGui::missingKeyMaterialGivesANoticeAndNoCase()
{
    ui::MainWindow* window = openWindow(QStringLiteral("/dev/ttyUSB-none"));
    QVERIFY(window);
    window->showPage(ui::MainWindow::Page::Intake);
    // Without a card: the number is typed; the citizen is not known yet, so a card read is needed first.
    auto* typed = child<QLineEdit>(window, QStringLiteral("idNumberLineEdit"));
    QTest::keyClicks(typed, QStringLiteral("33010619661123017x"));
    QTest::keyClick(typed, Qt::Key_Return);
    auto* search = child<QLineEdit>(window, QStringLiteral("itemSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("senior"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(labelText(window, QStringLiteral("intakeMessageLabel")).contains(QStringLiteral("card")));

    // With the citizen known from a card read, the photo is marked missing: a key material.
    const tests::CardSimulatorProcess simulator(
        {tests::CardSimulatorProcess::card(QStringLiteral("resident_lower_x.json"))});
    window->findChild<ui::IntakePage*>()->useReader([&] {
        idcard::ReaderSettings reader;
        reader.port = simulator.device();
        return reader;
    }());
    QTRY_VERIFY_WITH_TIMEOUT(!labelText(window, QStringLiteral("nameValueLabel")).startsWith(u'-'), 15000);
    chooseItem(window, QStringLiteral("senior-card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* widget = window->findChild<ui::ItemIntakeWidget*>(QStringLiteral("itemIntake_senior-card"));
    QTest::keyClicks(child<QLineEdit>(widget, QStringLiteral("current_addressField")),
                     QStringLiteral("Wensan Road 100"));
    QTest::keyClicks(child<QLineEdit>(widget, QStringLiteral("phoneField")), QStringLiteral("13800138000"));
    widget->setChoice(QStringLiteral("photo"), intake::MaterialChoice::Missing);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("acceptButton")), Qt::LeftButton);
    QVERIFY(labelText(window, QStringLiteral("intakeMessageLabel")).contains(QStringLiteral("No case was made")));
    QVERIFY(cases::CaseService(*m_counter->database).list({}).isEmpty());

    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("noticeButton")), Qt::LeftButton);
    const QString message = labelText(window, QStringLiteral("intakeMessageLabel"));
    QVERIFY2(message.startsWith(QStringLiteral("One-time notice printed: N330104001-03-")), qPrintable(message));
    const QStringList notices = QDir(m_paper.path()).entryList({QStringLiteral("Notice *.pdf")});
    QCOMPARE(notices.size(), 1);
    const auto item = catalog::CatalogService(*m_counter->database).item(QStringLiteral("senior-card"));
    const QString text = pdfText(QDir(m_paper.path()).filePath(notices.constFirst()));
    QVERIFY2(text.contains(item->material(QStringLiteral("photo"))->name), qPrintable(text));
    m_window.reset();
}

QTEST_MAIN(TestIntakeFlowGui)
#include "TestIntakeFlowGui.moc"
