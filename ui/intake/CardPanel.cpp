#include "CardPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

constexpr int photoWidth = 102;
constexpr int photoHeight = 126;
const QString problemStyle = QStringLiteral("color: #b00020;");
const QString okStyle = QStringLiteral("color: #1b5e20;");
const QString noteStyle = QStringLiteral("color: #0d47a1;");

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CardPanel::CardPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardPanel"));

    m_readerStatusLabel = new QLabel(this);
    m_readerStatusLabel->setObjectName(QStringLiteral("readerStatusLabel"));
    m_readerStatusLabel->setWordWrap(true);

    auto* cardGroup = new QGroupBox(tr("ID card"), this);
    m_cardTypeValueLabel = valueLabel(QStringLiteral("cardTypeValueLabel"), cardGroup);
    m_nameValueLabel = valueLabel(QStringLiteral("nameValueLabel"), cardGroup);
    QFont nameFont = m_nameValueLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameValueLabel->setFont(nameFont);
    m_sexValueLabel = valueLabel(QStringLiteral("sexValueLabel"), cardGroup);
    m_nationValueLabel = valueLabel(QStringLiteral("nationValueLabel"), cardGroup);
    m_birthValueLabel = valueLabel(QStringLiteral("birthValueLabel"), cardGroup);
    m_ageValueLabel = valueLabel(QStringLiteral("ageValueLabel"), cardGroup);
    m_regionValueLabel = valueLabel(QStringLiteral("regionValueLabel"), cardGroup);
    m_addressValueLabel = valueLabel(QStringLiteral("addressValueLabel"), cardGroup);
    m_idNumberValueLabel = valueLabel(QStringLiteral("idNumberValueLabel"), cardGroup);
    m_showIdNumberButton = new QPushButton(tr("Show"), cardGroup);
    m_showIdNumberButton->setObjectName(QStringLiteral("showIdNumberButton"));
    m_showIdNumberButton->setToolTip(tr("Show the whole ID number (the view is logged)"));
    m_showIdNumberButton->setEnabled(false);
    connect(m_showIdNumberButton, &QPushButton::clicked, this, [this] {
        if (!m_citizenUuid.isEmpty()) {
            Q_EMIT idNumberRevealRequested(m_citizenUuid);
        }
    });
    m_issuerValueLabel = valueLabel(QStringLiteral("issuerValueLabel"), cardGroup);
    m_validityValueLabel = valueLabel(QStringLiteral("validityValueLabel"), cardGroup);
    m_photoLabel = new QLabel(cardGroup);
    m_photoLabel->setObjectName(QStringLiteral("photoLabel"));
    m_photoLabel->setFixedSize(photoWidth + 40, photoHeight + 20);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setWordWrap(true);
    m_photoLabel->setFrameShape(QFrame::StyledPanel);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumberValueLabel, 1);
    idRow->addWidget(m_showIdNumberButton);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Name:"), m_nameValueLabel);
    fields->addRow(tr("Card:"), m_cardTypeValueLabel);
    fields->addRow(tr("Sex:"), m_sexValueLabel);
    fields->addRow(tr("Nation:"), m_nationValueLabel);
    fields->addRow(tr("Born:"), m_birthValueLabel);
    fields->addRow(tr("Age today:"), m_ageValueLabel);
    fields->addRow(tr("ID number:"), idRow);
    fields->addRow(tr("Region:"), m_regionValueLabel);
    fields->addRow(tr("Address:"), m_addressValueLabel);
    fields->addRow(tr("Issued by:"), m_issuerValueLabel);
    fields->addRow(tr("Valid:"), m_validityValueLabel);
    auto* cardLayout = new QHBoxLayout(cardGroup);
    cardLayout->addLayout(fields, 1);
    cardLayout->addWidget(m_photoLabel, 0, Qt::AlignTop);

    m_photoNoteLabel = new QLabel(this);
    m_photoNoteLabel->setObjectName(QStringLiteral("photoNoteLabel"));
    m_photoNoteLabel->setWordWrap(true);
    m_photoNoteLabel->setStyleSheet(QStringLiteral("color: #555555;"));
    m_photoNoteLabel->hide();

    m_cardMessageLabel = new QLabel(this);
    m_cardMessageLabel->setObjectName(QStringLiteral("cardMessageLabel"));
    m_cardMessageLabel->setWordWrap(true);
    m_cardMessageLabel->hide();

    auto* typedGroup = new QGroupBox(tr("No card? Type or scan the ID number"), this);
    m_idNumberLineEdit = new QLineEdit(typedGroup);
    m_idNumberLineEdit->setObjectName(QStringLiteral("idNumberLineEdit"));
    m_idNumberLineEdit->setMaxLength(24);
    m_idNumberLineEdit->setPlaceholderText(tr("18-character ID number, then Enter"));
    m_idNumberMessageLabel = new QLabel(typedGroup);
    m_idNumberMessageLabel->setObjectName(QStringLiteral("idNumberMessageLabel"));
    m_idNumberMessageLabel->setWordWrap(true);
    auto* typedLayout = new QVBoxLayout(typedGroup);
    typedLayout->addWidget(m_idNumberLineEdit);
    typedLayout->addWidget(m_idNumberMessageLabel);
    connect(m_idNumberLineEdit, &QLineEdit::textChanged, this, &CardPanel::validateTyped);
    connect(m_idNumberLineEdit, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT idNumberEntered(m_idNumberLineEdit->text().trimmed()); });

    auto* casesGroup = new QGroupBox(tr("Earlier cases at this counter"), this);
    m_earlierCasesLabel = new QLabel(casesGroup);
    m_earlierCasesLabel->setObjectName(QStringLiteral("earlierCasesLabel"));
    m_earlierCasesTableWidget = new QTableWidget(0, 5, casesGroup);
    m_earlierCasesTableWidget->setObjectName(QStringLiteral("earlierCasesTableWidget"));
    m_earlierCasesTableWidget->setHorizontalHeaderLabels(
        {tr("Case number"), tr("Item"), tr("State"), tr("Accepted"), tr("Deadline")});
    m_earlierCasesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_earlierCasesTableWidget->verticalHeader()->hide();
    m_earlierCasesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_earlierCasesTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* casesLayout = new QVBoxLayout(casesGroup);
    casesLayout->addWidget(m_earlierCasesLabel);
    casesLayout->addWidget(m_earlierCasesTableWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readerStatusLabel);
    layout->addWidget(cardGroup);
    layout->addWidget(m_photoNoteLabel);
    layout->addWidget(m_cardMessageLabel);
    layout->addWidget(typedGroup);
    layout->addWidget(casesGroup, 1);
    clear();
}

void CardPanel::setReaderStatus(const QString& text, bool problem)
{
    m_readerStatusLabel->setText(text);
    m_readerStatusLabel->setStyleSheet(problem ? problemStyle : QString());
}

void CardPanel::setPhotoProblem(const QString& text)
{
    // Said once, in a note that stays, rather than a dialog at every read.
    m_photoProblem = text;
    m_photoNoteLabel->setText(text);
    m_photoNoteLabel->setVisible(!text.isEmpty());
    if (m_photoLabel->pixmap().isNull()) {
        m_photoLabel->setText(text.isEmpty() ? tr("Photo") : tr("No card photo"));
    }
}

void CardPanel::setField(QLabel* label, const QString& text)
{
    label->setText(text.isEmpty() ? QStringLiteral("-") : text);
}

void CardPanel::clear()
{
    m_idNumber.clear();
    m_citizenUuid.clear();
    for (QLabel* label : {m_cardTypeValueLabel, m_nameValueLabel, m_sexValueLabel, m_nationValueLabel,
                          m_birthValueLabel, m_ageValueLabel, m_regionValueLabel, m_addressValueLabel,
                          m_idNumberValueLabel, m_issuerValueLabel, m_validityValueLabel}) {
        setField(label, {});
    }
    m_showIdNumberButton->setEnabled(false);
    m_photoLabel->setPixmap({});
    setPhotoProblem(m_photoProblem);
    m_cardMessageLabel->hide();
    showEarlierCases({}, false);
}

void CardPanel::showCardRead(const idcard::CardRead& read, const intake::CitizenLookup& lookup)
{
    const idcard::CardInfo& card = read.card;
    const QDate today = QDate::currentDate();
    clear();
    m_idNumber = card.idNumber.toUpper();
    m_citizenUuid = lookup.citizen.uuid;
    const idcard::IdNumberCheck check = idcard::IdNumber::check(m_idNumber, today);

    setField(m_cardTypeValueLabel, idcard::CardInfo::cardTypeDisplayName(card.cardType));
    setField(m_nameValueLabel,
             card.nameEn.isEmpty() || card.name == card.nameEn
                 ? card.name
                 : (card.name.isEmpty() ? card.nameEn : card.name + QStringLiteral(" / ") + card.nameEn));
    setField(m_sexValueLabel, card.sex);
    setField(m_nationValueLabel, card.nation.isEmpty() ? card.nationality : card.nation);
    setField(m_birthValueLabel, dateText(card.birth));
    setField(m_ageValueLabel,
             card.birth.isValid() ? tr("%1 years").arg(idcard::IdNumber::ageOn(card.birth, today)) : QString());
    setField(m_regionValueLabel, check.region);
    setField(m_addressValueLabel, read.newAddress.isEmpty() ? card.address : read.newAddress);
    setField(m_idNumberValueLabel, idcard::IdNumber::masked(m_idNumber));
    m_showIdNumberButton->setEnabled(true);
    setField(m_issuerValueLabel, card.issuer);
    setField(m_validityValueLabel,
             card.isLongTerm ? tr("%1, long-term").arg(dateText(card.validFrom))
                             : tr("%1 to %2").arg(dateText(card.validFrom), dateText(card.validTo)));

    QStringList messages;
    bool problem = false;
    if (!card.isLongTerm && card.validTo.isValid() && card.validTo < today) {
        problem = true;
        messages
            << tr("This card expired on %1: ask for a valid card or a temporary ID card.").arg(dateText(card.validTo));
    }
    if (!read.newAddress.isEmpty()) {
        messages
            << tr("The address shown is the newest one recorded on the chip; the card face says: %1").arg(card.address);
    }
    if (!check.valid && !check.reason.isEmpty()) {
        problem = true;
        messages << check.reason;
    }
    if (!messages.isEmpty()) {
        showMessage(messages.join(u'\n'), problem);
    }

    QPixmap photo;
    if (!card.photoPng.isEmpty() && photo.loadFromData(card.photoPng, "PNG")) {
        m_photoLabel->setPixmap(photo.scaled(photoWidth, photoHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    showEarlierCases(lookup.earlierCases, lookup.known);
}

void CardPanel::showTypedNumber(const idcard::IdNumberCheck& check, const std::optional<intake::CitizenLookup>& lookup)
{
    clear();
    if (!check.valid) {
        validateTyped(m_idNumberLineEdit->text());
        return;
    }
    m_idNumber = check.normalized;
    setField(m_idNumberValueLabel, idcard::IdNumber::masked(m_idNumber));
    setField(m_birthValueLabel, dateText(check.birth));
    setField(m_ageValueLabel, check.age >= 0 ? tr("%1 years").arg(check.age) : QString());
    setField(m_sexValueLabel, check.sex);
    setField(m_regionValueLabel, check.region);
    if (lookup) {
        m_citizenUuid = lookup->citizen.uuid;
        m_showIdNumberButton->setEnabled(true);
        setField(m_nameValueLabel, lookup->citizen.name);
        setField(m_nationValueLabel, lookup->citizen.nation);
        setField(m_addressValueLabel, lookup->citizen.address);
        setField(m_issuerValueLabel, lookup->citizen.issuer);
    } else {
        showMessage(tr("Not known at this counter yet: read the card, or type the name at intake."), false);
    }
    showEarlierCases(lookup ? lookup->earlierCases : QList<db::CaseSummary>(), lookup.has_value());
}

void CardPanel::showError(const QString& text)
{
    showMessage(text, true);
}

void CardPanel::showMessage(const QString& text, bool problem)
{
    m_cardMessageLabel->setText(text);
    m_cardMessageLabel->setStyleSheet(problem ? problemStyle : noteStyle);
    m_cardMessageLabel->show();
}

QString CardPanel::shownIdNumber() const
{
    return m_idNumberValueLabel->text();
}

void CardPanel::revealIdNumber()
{
    setField(m_idNumberValueLabel, m_idNumber);
}

void CardPanel::validateTyped(const QString& text)
{
    const QString number = text.trimmed();
    if (number.isEmpty()) {
        m_idNumberMessageLabel->clear();
        return;
    }
    if (number.size() < 18 && number.size() != 15) {
        m_idNumberMessageLabel->setStyleSheet(QString());
        m_idNumberMessageLabel->setText(tr("%1 of 18 characters").arg(number.size()));
        return;
    }
    const idcard::IdNumberCheck check = idcard::IdNumber::check(number, QDate::currentDate());
    if (check.valid) {
        m_idNumberMessageLabel->setStyleSheet(okStyle);
        m_idNumberMessageLabel->setText(
            tr("Valid: %1, born %2, %3, %4 years").arg(check.region, dateText(check.birth), check.sex).arg(check.age));
    } else {
        m_idNumberMessageLabel->setStyleSheet(problemStyle);
        m_idNumberMessageLabel->setText(check.reason);
    }
}

void CardPanel::showEarlierCases(const QList<db::CaseSummary>& cases, bool known)
{
    m_earlierCasesTableWidget->setRowCount(0);
    if (m_idNumber.isEmpty()) {
        m_earlierCasesLabel->setText(tr("Read a card to see the citizen's earlier cases."));
        return;
    }
    if (cases.isEmpty()) {
        m_earlierCasesLabel->setText(known ? tr("No earlier cases at this counter.")
                                           : tr("First visit: no earlier cases at this counter."));
        return;
    }
    m_earlierCasesLabel->setText(tr("Earlier cases, newest first: %1").arg(cases.size()));
    const QLocale locale;
    for (const db::CaseSummary& summary : cases) {
        const int row = m_earlierCasesTableWidget->rowCount();
        m_earlierCasesTableWidget->insertRow(row);
        const QStringList cells = {summary.number, summary.itemCode, summary.state,
                                   locale.toString(summary.acceptedAt.toLocalTime(), QLocale::ShortFormat),
                                   dateText(summary.deadline)};
        for (int column = 0; column < cells.size(); ++column) {
            m_earlierCasesTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_earlierCasesTableWidget->resizeColumnsToContents();
}

} // namespace ow::ui
