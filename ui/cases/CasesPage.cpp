#include "CasesPage.h"

#include "certificate/CertificateIssuer.h"
#include "core/SecretStore.h"
#include "core/Services.h"
#include "idcard/IdNumber.h"
#include "photo/CaptureSettings.h"
#include "photo/PhotoCaptureDialog.h"
#include "photo/ScanDialog.h"
#include "photo/ScannedPagesWidget.h"
#include "queue/RatingDialog.h"
#include "queue/ServiceRatings.h"
#include "supervision/PersonalData.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

QTableWidget* table(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setObjectName(objectName);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    return widget;
}

void setRow(QTableWidget* widget, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        widget->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

QString stateName(const QString& code)
{
    const auto state = cases::CaseStates::fromCode(code);
    return state ? cases::CaseStates::displayName(*state) : code;
}

QString materialStatusName(const QString& status)
{
    if (status == u"provided") {
        return CasesPage::tr("Received");
    }
    if (status == u"missing") {
        return CasesPage::tr("Missing: to be supplied later");
    }
    if (status == u"commitment") {
        return CasesPage::tr("Signed commitment");
    }
    return CasesPage::tr("Not required");
}

} // namespace

CasesPage::CasesPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_clerk(clerk)
    , m_cases(services.database)
    , m_secrets(std::make_unique<core::KeychainSecretStore>())
{
    setObjectName(QStringLiteral("casesPage"));

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("casesSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Case number, ID number or name, then Enter"));
    m_searchLineEdit->setClearButtonEnabled(true);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &CasesPage::refreshResults);

    m_resultsTableWidget =
        table(QStringLiteral("casesTableWidget"),
              {tr("Case number"), tr("Name"), tr("ID number"), tr("Item"), tr("State"), tr("Accepted"), tr("Deadline")},
              this);
    connect(m_resultsTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_resultsTableWidget->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            showCase(m_resultsTableWidget->item(rows.constFirst().row(), 0)->text());
        }
    });

    auto* detail = new QGroupBox(tr("Case"), this);
    m_caseTitleLabel = new QLabel(tr("Choose a case from the list."), detail);
    m_caseTitleLabel->setObjectName(QStringLiteral("caseTitleLabel"));
    QFont titleFont = m_caseTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_caseTitleLabel->setFont(titleFont);
    m_caseFactsLabel = new QLabel(detail);
    m_caseFactsLabel->setObjectName(QStringLiteral("caseFactsLabel"));
    m_caseFactsLabel->setWordWrap(true);
    m_caseFactsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idNumberLabel = new QLabel(detail);
    m_idNumberLabel->setObjectName(QStringLiteral("caseIdNumberLabel"));
    m_idNumberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // PIPL: the full number only on request, and each request leaves an "id.unmask" audit row.
    m_showIdNumberButton = new QPushButton(tr("Show full ID number"), detail);
    m_showIdNumberButton->setObjectName(QStringLiteral("caseShowIdNumberButton"));
    connect(m_showIdNumberButton, &QPushButton::clicked, this, &CasesPage::revealIdNumber);
    m_materialsTableWidget = table(QStringLiteral("materialsTableWidget"),
                                   {tr("Material"), tr("Status"), tr("Due"), tr("Received")}, detail);
    m_receiveMaterialButton = new QPushButton(tr("Material &received"), detail);
    m_receiveMaterialButton->setObjectName(QStringLiteral("receiveMaterialButton"));
    connect(m_receiveMaterialButton, &QPushButton::clicked, this, &CasesPage::receiveSelectedMaterial);
    m_scanMaterialsButton = new QPushButton(tr("&Scan materials..."), detail);
    m_scanMaterialsButton->setObjectName(QStringLiteral("scanMaterialsButton"));
    connect(m_scanMaterialsButton, &QPushButton::clicked, this, &CasesPage::scanMaterials);
    m_scannedPages = new ScannedPagesWidget(services.database, detail);
    m_eventsListWidget = new QListWidget(detail);
    m_eventsListWidget->setObjectName(QStringLiteral("eventsListWidget"));
    m_noteLineEdit = new QLineEdit(detail);
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteLineEdit->setPlaceholderText(tr("Note or reason for the change (needed to reject)"));
    m_transitionsLayout = new QHBoxLayout;
    m_historyButton = new QPushButton(tr("All cases of this &citizen"), detail);
    m_historyButton->setObjectName(QStringLiteral("citizenHistoryButton"));
    connect(m_historyButton, &QPushButton::clicked, this, [this] {
        m_searchLineEdit->setText(m_shownIdNumber);
        refreshResults();
    });
    m_printReceiptButton = new QPushButton(tr("&Print receipt"), detail);
    m_printReceiptButton->setObjectName(QStringLiteral("printReceiptButton"));
    connect(m_printReceiptButton, &QPushButton::clicked, this, [this] { Q_EMIT printReceiptRequested(m_shownNumber); });
    m_issueCertificateButton = new QPushButton(tr("&Issue certificate..."), detail);
    m_issueCertificateButton->setObjectName(QStringLiteral("issueCertificateButton"));
    m_issueCertificateButton->setEnabled(false);
    connect(m_issueCertificateButton, &QPushButton::clicked, this, &CasesPage::issueCertificate);
    m_messageLabel = new QLabel(detail);
    m_messageLabel->setObjectName(QStringLiteral("caseMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* materialsRow = new QHBoxLayout;
    materialsRow->addWidget(m_materialsTableWidget, 1);
    auto* materialButtons = new QVBoxLayout;
    materialButtons->addWidget(m_receiveMaterialButton);
    materialButtons->addWidget(m_scanMaterialsButton);
    materialButtons->addStretch();
    materialsRow->addLayout(materialButtons);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_historyButton);
    actions->addWidget(m_printReceiptButton);
    actions->addWidget(m_issueCertificateButton);
    actions->addStretch();
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_caseTitleLabel);
    detailLayout->addWidget(m_caseFactsLabel);
    auto* idNumberRow = new QHBoxLayout;
    idNumberRow->addWidget(m_idNumberLabel);
    idNumberRow->addWidget(m_showIdNumberButton);
    idNumberRow->addStretch(1);
    detailLayout->addLayout(idNumberRow);
    detailLayout->addLayout(materialsRow, 1);
    detailLayout->addWidget(m_scannedPages, 1);
    detailLayout->addWidget(new QLabel(tr("History:"), detail));
    detailLayout->addWidget(m_eventsListWidget, 1);
    detailLayout->addWidget(m_noteLineEdit);
    detailLayout->addLayout(m_transitionsLayout);
    detailLayout->addWidget(m_messageLabel);
    detailLayout->addLayout(actions);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchLineEdit);
    leftLayout->addWidget(m_resultsTableWidget);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    showCase({});
    refreshResults();
}

void CasesPage::search(const QString& text)
{
    m_searchLineEdit->setText(text);
    refreshResults();
}

void CasesPage::refreshResults()
{
    const auto records = m_cases.search(m_searchLineEdit->text());
    const QLocale locale;
    m_resultsTableWidget->setRowCount(0);
    for (const db::CaseRecord& record : records) {
        const int row = m_resultsTableWidget->rowCount();
        m_resultsTableWidget->insertRow(row);
        setRow(m_resultsTableWidget, row,
               {record.number, record.citizenName, idcard::IdNumber::masked(record.citizenIdNumber), record.itemName,
                stateName(record.state), locale.toString(record.acceptedAt.toLocalTime(), QLocale::ShortFormat),
                record.deadline.toString(Qt::ISODate)});
    }
    m_resultsTableWidget->resizeColumnsToContents();
}

void CasesPage::showCase(const QString& number)
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    m_materialsTableWidget->setRowCount(0);
    m_eventsListWidget->clear();
    const auto detail = number.isEmpty() ? std::nullopt : m_cases.detail(number);
    m_shownNumber = detail ? detail->record.number : QString();
    m_shownIdNumber = detail ? detail->record.citizenIdNumber : QString();
    m_scannedPages->showCase(detail ? detail->record.uuid : QString(),
                             detail ? detail->materials : QList<db::MaterialRecord>());
    for (QWidget* widget : {static_cast<QWidget*>(m_receiveMaterialButton),
                            static_cast<QWidget*>(m_scanMaterialsButton), static_cast<QWidget*>(m_historyButton),
                            static_cast<QWidget*>(m_printReceiptButton), static_cast<QWidget*>(m_noteLineEdit)}) {
        widget->setEnabled(detail.has_value());
    }
    // Instant items with a certificate are issued through the certificate, never just marked issued.
    QString noTemplate;
    const bool certified = detail && detail->kind == cases::CaseKind::Instant &&
        certificate::CertificateIssuer::templateForItem(detail->record.itemCode, &noTemplate).has_value();
    m_issueCertificateButton->setEnabled(
        certified && (detail->state == cases::CaseState::Received || detail->state == cases::CaseState::Issued));
    if (!detail) {
        m_caseTitleLabel->setText(tr("Choose a case from the list."));
        m_caseFactsLabel->clear();
        m_idNumberLabel->clear();
        m_showIdNumberButton->setVisible(false);
        return;
    }
    const db::CaseRecord& record = detail->record;
    const QLocale locale;
    m_caseTitleLabel->setText(tr("%1: %2").arg(record.number, record.itemName));
    QStringList facts;
    facts << tr("Citizen: %1").arg(record.citizenName);
    facts << tr("State: %1").arg(cases::CaseStates::displayName(detail->state));
    facts << tr("Kind: %1").arg(cases::CaseStates::kindDisplayName(detail->kind));
    facts << tr("Accepted: %1").arg(locale.toString(record.acceptedAt.toLocalTime(), QLocale::ShortFormat));
    facts << (record.deadlineEstimated ? tr("Deadline: %1 (estimated: the holiday calendar of that year is missing)")
                                       : tr("Deadline: %1"))
                 .arg(record.deadline.toString(Qt::ISODate));
    if (detail->waitingForMaterials()) {
        facts << tr("Waiting for: %1").arg(detail->awaitedMaterials.join(QStringLiteral(", ")));
    }
    // The citizen's rating at the counter (ticket finished with this case), so a supervisor sees it on the case.
    if (const int rating = queue::ServiceRatings(m_services.database).ratingOf(record.uuid); rating > 0) {
        facts << tr("Rating: %1").arg(RatingDialog::ratingText(rating));
    }
    facts << tr("Sync: %1").arg(m_services.sync.recordStateText(QStringLiteral("case"), record.uuid));
    m_caseFactsLabel->setText(facts.join(u'\n'));
    // Each case opens masked; a revealed number stays with the case it was asked for.
    m_idNumberLabel->setText(tr("ID number: %1").arg(idcard::IdNumber::masked(record.citizenIdNumber)));
    m_showIdNumberButton->setVisible(!record.citizenIdNumber.isEmpty());
    m_showIdNumberButton->setEnabled(true);

    for (const db::MaterialRecord& material : detail->materials) {
        const int row = m_materialsTableWidget->rowCount();
        m_materialsTableWidget->insertRow(row);
        setRow(m_materialsTableWidget, row,
               {material.name, materialStatusName(material.status), material.dueDate.toString(Qt::ISODate),
                material.receivedAt.isValid() ? locale.toString(material.receivedAt.toLocalTime(), QLocale::ShortFormat)
                                              : QString()});
        m_materialsTableWidget->item(row, 0)->setData(Qt::UserRole, material.code);
    }
    m_materialsTableWidget->resizeColumnsToContents();
    m_receiveMaterialButton->setEnabled(detail->waitingForMaterials());

    for (const db::CaseEventRecord& event : detail->events) {
        QString what = event.kind == u"state" ? tr("%1 -> %2").arg(stateName(event.fromState), stateName(event.toState))
                                              : event.detail.value(QStringLiteral("name")).toString();
        if (event.kind == u"accepted") {
            what = tr("Case accepted");
        } else if (event.kind == u"material") {
            what = tr("Material received: %1").arg(what);
        }
        const QString note = event.detail.value(QStringLiteral("note")).toString();
        m_eventsListWidget->addItem(QStringLiteral("%1  %2  %3%4")
                                        .arg(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat),
                                             event.clerkName, what, note.isEmpty() ? QString() : u"  " + note));
    }

    for (cases::CaseState next : detail->next) {
        if (certified && next == cases::CaseState::Issued) {
            continue;
        }
        auto* button = new QPushButton(tr("Mark as %1").arg(cases::CaseStates::displayName(next)), this);
        button->setObjectName(QStringLiteral("to_%1Button").arg(cases::CaseStates::code(next)));
        connect(button, &QPushButton::clicked, this, [this, next] { changeState(next); });
        m_transitionsLayout->addWidget(button);
        m_transitionButtons.append(button);
    }
}

CasesPage::~CasesPage() = default;

void CasesPage::issueCertificate()
{
    if (m_shownNumber.isEmpty()) {
        return;
    }
    if (m_issueDialog) {
        m_issueDialog->close();
    }
    m_issueDialog = new IssueDialog(m_services, m_clerk, *m_secrets, m_shownNumber, m_printToFolder, this);
    m_issueDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_photoSource) {
        m_issueDialog->setPhotoSource(m_photoSource);
    } else {
        // At the counter: the camera, the document camera's folder or a file, with the photo box's guide frame.
        m_issueDialog->setPhotoSource([](QWidget* parent, const photo::PhotoSpec& spec) {
            return PhotoCaptureDialog::capture(parent, spec, photo::CaptureSettings::load(QSettings()).watchedFolder);
        });
    }
    connect(m_issueDialog, &IssueDialog::caseChanged, this, [this](const QString& number) {
        refreshResults();
        showCase(number);
        Q_EMIT caseChanged();
    });
    m_issueDialog->resize(960, 520);
    m_issueDialog->open();
}

void CasesPage::changeState(cases::CaseState to)
{
    QString error;
    if (!m_cases.transition(m_shownNumber, to, m_clerk.uuid, m_noteLineEdit->text(), &error)) {
        showMessage(error, true);
        return;
    }
    m_noteLineEdit->clear();
    const QString number = m_shownNumber;
    refreshResults();
    showCase(number);
    showMessage(tr("Case %1 is now %2.").arg(number, cases::CaseStates::displayName(to)), false);
    Q_EMIT caseChanged();
}

void CasesPage::receiveSelectedMaterial()
{
    const auto rows = m_materialsTableWidget->selectionModel()->selectedRows();
    QString code;
    if (!rows.isEmpty()) {
        code = m_materialsTableWidget->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toString();
    }
    if (code.isEmpty()) {
        showMessage(tr("Choose the material that arrived in the list first."), true);
        return;
    }
    QString error;
    if (!m_cases.receiveMaterial(m_shownNumber, code, m_clerk.uuid, &error)) {
        showMessage(error, true);
        return;
    }
    const QString number = m_shownNumber;
    showCase(number);
    showMessage(tr("Material recorded as received."), false);
    Q_EMIT caseChanged();
}

void CasesPage::scanMaterials()
{
    const auto detail = m_cases.detail(m_shownNumber);
    if (!detail || detail->materials.isEmpty()) {
        showMessage(tr("This case lists no materials to scan."), true);
        return;
    }
    const auto rows = m_materialsTableWidget->selectionModel()->selectedRows();
    const QString code = rows.isEmpty()
        ? QString()
        : m_materialsTableWidget->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toString();
    ScanDialog dialog(m_services.database, *detail, code, photo::CaptureSettings::load(QSettings()).watchedFolder,
                      nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        showCase(m_shownNumber);
        showMessage(tr("Scanned pages saved: %1.").arg(dialog.savedPages()), false);
    }
}

void CasesPage::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

void CasesPage::revealIdNumber()
{
    if (m_shownNumber.isEmpty()) {
        return;
    }
    QString error;
    const auto full = supervision::PersonalData(m_services.database)
                          .revealIdNumber(m_clerk, m_shownNumber, QStringLiteral("cases"), &error);
    if (!full) {
        showMessage(error, true);
        return;
    }
    m_idNumberLabel->setText(tr("ID number: %1").arg(*full));
    m_showIdNumberButton->setEnabled(false);
}

} // namespace ow::ui
