#include "IntakePage.h"

#include "CardPanel.h"
#include "ItemIntakeWidget.h"
#include "calendar/CalendarService.h"
#include "cases/CasePaper.h"
#include "catalog/CatalogService.h"
#include "core/Services.h"
#include "forms/FormView.h"
#include "paper/NoticeDocument.h"
#include "paper/PaperPrinter.h"
#include "paper/ReceiptDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow::ui {

namespace {

const QString bundlePrefix = QStringLiteral("bundle:");

} // namespace

IntakePage::IntakePage(core::Services& services, const auth::Clerk& clerk, const PaperPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_clerk(clerk)
    , m_printer(printer)
    , m_citizens(services.database)
{
    setObjectName(QStringLiteral("intakePage"));
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(services.database).load();
    m_intake = std::make_unique<intake::IntakeService>(
        services.database, calendar.ok() ? *calendar.calendar : calendar::WorkingCalendar());
    m_intake->setSharedLookup(services.sharedLookup);

    m_cardPanel = new CardPanel(this);
    m_cardPanel->setMaximumWidth(560);
    connect(m_cardPanel, &CardPanel::idNumberEntered, this, &IntakePage::onNumberEntered);
    connect(m_cardPanel, &CardPanel::idNumberRevealRequested, this, [this](const QString& citizenUuid) {
        if (m_citizens.recordIdNumberShown(citizenUuid, m_clerk.uuid)) {
            m_cardPanel->revealIdNumber();
        }
    });

    auto* itemsGroup = new QGroupBox(tr("Items"), this);
    m_itemSearchLineEdit = new QLineEdit(itemsGroup);
    m_itemSearchLineEdit->setObjectName(QStringLiteral("itemSearchLineEdit"));
    m_itemSearchLineEdit->setPlaceholderText(tr("Search items (most used first); Enter adds the first"));
    m_itemSearchLineEdit->setClearButtonEnabled(true);
    m_itemsListWidget = new QListWidget(itemsGroup);
    m_itemsListWidget->setObjectName(QStringLiteral("itemsListWidget"));
    m_itemsListWidget->setMaximumHeight(150);
    connect(m_itemSearchLineEdit, &QLineEdit::textChanged, this, &IntakePage::refreshItemList);
    connect(m_itemSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_itemsListWidget->currentRow() < 0 && m_itemsListWidget->count() > 0) {
            m_itemsListWidget->setCurrentRow(0);
        }
        addChosenItem();
    });
    connect(m_itemsListWidget, &QListWidget::itemActivated, this, &IntakePage::addChosenItem);
    auto* itemsLayout = new QVBoxLayout(itemsGroup);
    itemsLayout->addWidget(m_itemSearchLineEdit);
    itemsLayout->addWidget(m_itemsListWidget);

    m_itemsTabWidget = new QTabWidget(this);
    m_itemsTabWidget->setObjectName(QStringLiteral("itemsTabWidget"));
    m_itemsTabWidget->setTabsClosable(true);
    connect(m_itemsTabWidget, &QTabWidget::tabCloseRequested, this,
            [this](int index) { delete m_itemsTabWidget->widget(index); });

    auto* handoverGroup = new QGroupBox(tr("Handing over the result"), this);
    m_channelComboBox = new QComboBox(handoverGroup);
    m_channelComboBox->setObjectName(QStringLiteral("channelComboBox"));
    m_channelComboBox->addItem(tr("Pickup at this counter"), QStringLiteral("pickup"));
    m_channelComboBox->addItem(tr("Delivery by the grid social worker"), QStringLiteral("delivery"));
    m_channelComboBox->addItem(tr("Courier"), QStringLiteral("courier"));
    m_deliveryAddressLineEdit = new QLineEdit(handoverGroup);
    m_deliveryAddressLineEdit->setObjectName(QStringLiteral("deliveryAddressLineEdit"));
    m_trackingNumberLineEdit = new QLineEdit(handoverGroup);
    m_trackingNumberLineEdit->setObjectName(QStringLiteral("trackingNumberLineEdit"));
    m_phoneLineEdit = new QLineEdit(handoverGroup);
    m_phoneLineEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    auto* handover = new QFormLayout(handoverGroup);
    handover->addRow(tr("How:"), m_channelComboBox);
    handover->addRow(tr("Deliver to:"), m_deliveryAddressLineEdit);
    handover->addRow(tr("Tracking number:"), m_trackingNumberLineEdit);
    handover->addRow(tr("Phone:"), m_phoneLineEdit);

    m_acceptButton = new QPushButton(tr("&Accept (Ctrl+Enter)"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_acceptButton->setDefault(true);
    connect(m_acceptButton, &QPushButton::clicked, this, &IntakePage::accept);
    auto* acceptShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(acceptShortcut, &QShortcut::activated, this, &IntakePage::accept);
    m_noticeButton = new QPushButton(tr("Print one-time &notice"), this);
    m_noticeButton->setObjectName(QStringLiteral("noticeButton"));
    connect(m_noticeButton, &QPushButton::clicked, this, &IntakePage::printNotice);
    m_startOverButton = new QPushButton(tr("Next citizen"), this);
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    connect(m_startOverButton, &QPushButton::clicked, this, &IntakePage::startOver);
    m_intakeMessageLabel = new QLabel(this);
    m_intakeMessageLabel->setObjectName(QStringLiteral("intakeMessageLabel"));
    m_intakeMessageLabel->setWordWrap(true);
    m_intakeMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_noticeButton);
    buttons->addStretch();
    buttons->addWidget(m_startOverButton);
    auto* right = new QVBoxLayout;
    right->addWidget(itemsGroup);
    right->addWidget(m_itemsTabWidget, 1);
    right->addWidget(handoverGroup);
    right->addWidget(m_intakeMessageLabel);
    right->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_cardPanel, 2);
    layout->addLayout(right, 3);
    refreshItemList();
}

IntakePage::~IntakePage() = default;

void IntakePage::useReader(const idcard::ReaderSettings& settings)
{
    m_source.reset();
    m_cardPanel->setPhotoProblem(settings.photoDecoderProblem());
    m_source = settings.createSource();
    if (!m_source) {
        m_cardPanel->setReaderStatus(tr("No card reader is set up at this PC; type or scan ID numbers below."), false);
        return;
    }
    connect(m_source.get(), &idcard::IdCardSource::stateChanged, this, [this](idcard::IdCardSource::State state) {
        const bool problem =
            state == idcard::IdCardSource::State::DeviceMissing || state == idcard::IdCardSource::State::Faulted;
        m_cardPanel->setReaderStatus(idcard::ReaderSettings::stateText(state), problem);
    });
    connect(m_source.get(), &idcard::IdCardSource::error, this,
            [this](idcard::IdCardSource::ErrorCode, const QString& message) {
                m_cardPanel->setReaderStatus(message, true);
            });
    connect(m_source.get(), &idcard::IdCardSource::cardRead, this, &IntakePage::onCardRead);
    m_cardPanel->setReaderStatus(idcard::ReaderSettings::stateText(idcard::IdCardSource::State::Stopped), false);
    m_source->start();
}

void IntakePage::setPaused(bool paused)
{
    m_paused = paused;
}

void IntakePage::onCardRead(const idcard::CardRead& read)
{
    if (m_paused) {
        return;
    }
    QString error;
    const auto lookup = m_citizens.recordCard(read.card, m_clerk.uuid, &error);
    if (!lookup) {
        m_cardPanel->showError(error);
        return;
    }
    m_cardPanel->showCardRead(read, *lookup);
    setCitizen(lookup, read.card);
    Q_EMIT citizenIdentified();
}

void IntakePage::onNumberEntered(const QString& number)
{
    const idcard::IdNumberCheck check = idcard::IdNumber::check(number, QDate::currentDate());
    const auto lookup = check.valid ? m_citizens.find(check.normalized) : std::nullopt;
    m_cardPanel->showTypedNumber(check, lookup);
    if (check.valid) {
        setCitizen(lookup, std::nullopt);
        Q_EMIT citizenIdentified();
    }
}

void IntakePage::setCitizen(const std::optional<intake::CitizenLookup>& lookup,
                            const std::optional<idcard::CardInfo>& card)
{
    // A new citizen: the forms of the previous one must not carry over.
    if (!m_citizen || !lookup || m_citizen->citizen.uuid != lookup->citizen.uuid) {
        while (m_itemsTabWidget->count() > 0) {
            delete m_itemsTabWidget->widget(0);
        }
        m_bundleCode.clear();
        m_acceptedCases.clear();
        m_intakeMessageLabel->clear();
    }
    m_citizen = lookup;
    m_card = card;
    if (lookup) {
        m_phoneLineEdit->setText(lookup->citizen.phone);
    }
    m_itemSearchLineEdit->setFocus();
}

void IntakePage::refreshItemList()
{
    const catalog::CatalogService catalog(m_services.database);
    m_itemsListWidget->clear();
    const QString text = m_itemSearchLineEdit->text().trimmed();
    for (const catalog::CatalogBundle& bundle : catalog.bundles()) {
        if (text.isEmpty() || bundle.name.contains(text)) {
            auto* entry = new QListWidgetItem(tr("%1 (one visit, several items)").arg(bundle.name), m_itemsListWidget);
            entry->setData(Qt::UserRole, QString(bundlePrefix + bundle.code));
        }
    }
    for (const catalog::CatalogItem& item : catalog.search(text, 50)) {
        const QString limit =
            item.isInstant() ? catalog::displayKind(item.kind) : tr("%1 working days").arg(item.timeLimitDays);
        auto* entry = new QListWidgetItem(QStringLiteral("%1  [%2]").arg(item.name, limit), m_itemsListWidget);
        entry->setData(Qt::UserRole, item.code);
    }
}

void IntakePage::addChosenItem()
{
    if (const QListWidgetItem* chosen = m_itemsListWidget->currentItem()) {
        addItem(chosen->data(Qt::UserRole).toString());
    }
}

void IntakePage::addItem(const QString& code)
{
    if (!m_citizen) {
        showMessage(tr("Read the citizen's card (or enter the ID number) first."), true);
        return;
    }
    const catalog::CatalogService catalog(m_services.database);
    QStringList codes {code};
    if (code.startsWith(bundlePrefix)) {
        const QString bundleCode = code.mid(bundlePrefix.size());
        const auto bundles = catalog.bundles();
        const auto bundle = std::find_if(bundles.begin(), bundles.end(), [&](const catalog::CatalogBundle& candidate) {
            return candidate.code == bundleCode;
        });
        if (bundle == bundles.end()) {
            return;
        }
        m_bundleCode = bundle->code;
        codes = bundle->itemCodes;
    }
    forms::PrefillContext prefill = m_intake->prefillContext(m_citizen->citizen.idNumber, QDate::currentDate());
    prefill.card = m_card;
    for (const QString& itemCode : codes) {
        const bool present =
            std::any_of(itemWidgets().begin(), itemWidgets().end(),
                        [&](const ItemIntakeWidget* widget) { return widget->item().code == itemCode; });
        const auto item = catalog.item(itemCode);
        if (present || !item) {
            continue;
        }
        auto* widget = new ItemIntakeWidget(*item, prefill, m_intake->calendar(), m_itemsTabWidget);
        m_itemsTabWidget->addTab(widget, item->shortName.isEmpty() ? item->name : item->shortName);
        m_itemsTabWidget->setCurrentWidget(widget);
        widget->formView()->focusFirstField();
        // What the check says appears as soon as the form is there: eligibility is known from the card.
        intake::IntakeRequest single = request();
        single.items = {widget->intake()};
        widget->showCheck(m_intake->check(single).value(0));
        if (item->deliveryOptions.size() == 1) {
            m_channelComboBox->setCurrentIndex(m_channelComboBox->findData(item->deliveryOptions.constFirst()));
        }
    }
    m_itemSearchLineEdit->clear();
}

QList<ItemIntakeWidget*> IntakePage::itemWidgets() const
{
    QList<ItemIntakeWidget*> widgets;
    for (int i = 0; i < m_itemsTabWidget->count(); ++i) {
        widgets.append(qobject_cast<ItemIntakeWidget*>(m_itemsTabWidget->widget(i)));
    }
    return widgets;
}

intake::IntakeRequest IntakePage::request() const
{
    intake::IntakeRequest request;
    if (m_citizen) {
        request.citizenUuid = m_citizen->citizen.uuid;
        request.idNumber = m_citizen->citizen.idNumber;
        request.citizenName = m_citizen->citizen.name;
    }
    for (const ItemIntakeWidget* widget : itemWidgets()) {
        request.items.append(widget->intake());
    }
    request.bundleCode = m_bundleCode;
    request.channel = m_channelComboBox->currentData().toString();
    request.deliveryAddress = m_deliveryAddressLineEdit->text();
    request.trackingNumber = m_trackingNumberLineEdit->text();
    request.phone = m_phoneLineEdit->text().trimmed();
    if (request.phone.isEmpty() && !request.items.isEmpty()) {
        // The phone the form already holds, unless the clerk typed another one for the handover.
        request.phone = request.items.constFirst().formValues.value(QStringLiteral("phone")).toString();
    }
    request.serviceDate = QDate::currentDate();
    request.clerkUuid = m_clerk.uuid;
    return request;
}

void IntakePage::accept()
{
    if (!m_citizen) {
        showMessage(tr("Read the citizen's card (or enter the ID number) first."), true);
        return;
    }
    const auto widgets = itemWidgets();
    if (widgets.isEmpty()) {
        showMessage(tr("Choose at least one item."), true);
        return;
    }
    bool formsValid = true;
    for (ItemIntakeWidget* widget : widgets) {
        if (!widget->formView()->validate() && formsValid) {
            formsValid = false;
            m_itemsTabWidget->setCurrentWidget(widget);
        }
    }
    const intake::IntakeRequest intakeRequest = request();
    const QList<intake::ItemCheck> checks = m_intake->check(intakeRequest);
    bool blockedByMaterials = false;
    for (int i = 0; i < widgets.size() && i < checks.size(); ++i) {
        widgets[i]->showCheck(checks[i]);
        blockedByMaterials = blockedByMaterials || !checks[i].blockingMissing().isEmpty();
    }
    if (!formsValid) {
        showMessage(tr("Correct the fields marked in red."), true);
        return;
    }
    QString error;
    const auto made = m_intake->accept(intakeRequest, &error);
    if (!made) {
        showMessage(blockedByMaterials ? tr("%1\nNo case was made. Print the one-time notice so the citizen knows "
                                            "everything that is missing.")
                                             .arg(error)
                                       : error,
                    true);
        return;
    }
    m_acceptedCases.clear();
    QStringList lines;
    for (const db::CaseRecord& record : *made) {
        m_acceptedCases << record.number;
        lines << tr("%1: %2, due %3").arg(record.number, record.itemName, record.deadline.toString(Qt::ISODate));
    }
    // Paper comes after the commit: a failed print never loses a case.
    QStringList printProblems;
    for (const QString& number : std::as_const(m_acceptedCases)) {
        const auto receiptData = cases::receiptData(m_services.database, number, &error);
        if (!receiptData) {
            printProblems << error;
            continue;
        }
        const paper::ReceiptDocument receipt(*receiptData);
        if (!m_printer.print(receipt, tr("Receipt %1").arg(number), this, &error)) {
            printProblems << error;
        }
    }
    QString message = tr("Accepted:\n%1").arg(lines.join(u'\n'));
    if (!printProblems.isEmpty()) {
        message += u'\n' +
            tr("The receipt was not printed (%1); print it again from the Cases page.")
                .arg(printProblems.join(QStringLiteral("; ")));
    }
    showMessage(message, !printProblems.isEmpty());
    while (m_itemsTabWidget->count() > 0) {
        delete m_itemsTabWidget->widget(0);
    }
    if (const auto lookup = m_citizens.find(m_citizen->citizen.idNumber)) {
        m_cardPanel->showEarlierCases(lookup->earlierCases, true);
    }
    Q_EMIT casesAccepted(m_acceptedCases);
}

void IntakePage::printNotice()
{
    if (!m_citizen) {
        showMessage(tr("Read the citizen's card (or enter the ID number) first."), true);
        return;
    }
    const intake::IntakeRequest intakeRequest = request();
    const QList<intake::ItemCheck> checks = m_intake->check(intakeRequest);
    QStringList printed;
    QString error;
    for (const intake::ItemCheck& check : checks) {
        QStringList missing;
        for (const intake::MaterialCheck& material : check.materials) {
            if (material.needed && material.choice == intake::MaterialChoice::Missing) {
                missing << material.materialId;
            }
        }
        if (missing.isEmpty()) {
            continue;
        }
        const auto notice = m_intake->issueNotice(check.itemCode, m_citizen->citizen.idNumber, m_citizen->citizen.name,
                                                  missing, m_clerk.uuid, &error);
        const auto noticeData = notice ? cases::noticeData(m_services.database, *notice, &error) : std::nullopt;
        if (!noticeData) {
            showMessage(error, true);
            return;
        }
        const paper::NoticeDocument document(*noticeData);
        if (!m_printer.print(document, tr("Notice %1").arg(notice->number), this, &error)) {
            showMessage(error, true);
            return;
        }
        printed << notice->number;
    }
    if (printed.isEmpty()) {
        showMessage(tr("Nothing is marked missing, so there is nothing to put on a notice."), true);
        return;
    }
    showMessage(tr("One-time notice printed: %1. No case was made.").arg(printed.join(QStringLiteral(", "))), false);
}

void IntakePage::startOver()
{
    while (m_itemsTabWidget->count() > 0) {
        delete m_itemsTabWidget->widget(0);
    }
    m_citizen.reset();
    m_card.reset();
    m_bundleCode.clear();
    m_acceptedCases.clear();
    m_cardPanel->clear();
    m_intakeMessageLabel->clear();
    m_deliveryAddressLineEdit->clear();
    m_trackingNumberLineEdit->clear();
    m_phoneLineEdit->clear();
    m_channelComboBox->setCurrentIndex(0);
}

void IntakePage::showMessage(const QString& text, bool problem)
{
    m_intakeMessageLabel->setText(text);
    m_intakeMessageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;")
                                                : QStringLiteral("color: #1b5e20;"));
}

} // namespace ow::ui
