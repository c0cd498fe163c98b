#include "MainWindow.h"

#include "IdleWatcher.h"
#include "cases/CasePaper.h"
#include "cases/CasesPage.h"
#include "core/Services.h"
#include "db/CaseRepository.h"
#include "idcard/ReaderSettings.h"
#include "intake/CardPanel.h"
#include "intake/IntakePage.h"
#include "pages/PlaceholderPage.h"
#include "pages/SettingsPage.h"
#include "paper/PaperPrinter.h"
#include "paper/ReceiptDocument.h"
#include "queue/AppointmentRelay.h"
#include "queue/CounterQueueSettings.h"
#include "queue/LocalRange.h"
#include "queue/QueueClient.h"
#include "queue/QueuePanel.h"
#include "queue/ServiceRatings.h"
#include "supervision/BacklogPage.h"
#include "supervision/HallQueueFigures.h"
#include "sync/SyncProblemsDialog.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ow::ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");
constexpr int pageCount = 5;
} // namespace

MainWindow::MainWindow(core::Services& services, const auth::Clerk& clerk, const SessionOptions& options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_clerk(clerk)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow"));

    m_navigationListWidget = new QListWidget(this);
    m_navigationListWidget->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigationListWidget->setFixedWidth(160);
    m_pagesStackedWidget = new QStackedWidget(this);
    m_pagesStackedWidget->setObjectName(QStringLiteral("pagesStackedWidget"));

    const bool supervises = auth::Roles::allows(clerk.role, auth::Permission::SuperviseBacklog);
    const QStringList titles = {tr("Queue"), tr("Intake"), tr("Cases"), tr("Backlog"), tr("Settings")};
    m_pagesStackedWidget->addWidget(buildQueuePanel());
    m_printer = std::make_unique<PaperPrinter>(options.printToFolder);
    m_intakePage = new IntakePage(services, clerk, *m_printer, this);
    m_pagesStackedWidget->addWidget(m_intakePage);
    m_casesPage = new CasesPage(services, clerk, this);
    m_casesPage->setPrintToFolder(options.printToFolder);
    m_pagesStackedWidget->addWidget(m_casesPage);
    if (supervises) {
        m_backlogPage = new BacklogPage(services, clerk, this);
        if (m_queueClient) {
            m_backlogPage->setQueueFigures(std::make_unique<supervision::HallQueueFigures>(*m_queueClient));
        }
        m_pagesStackedWidget->addWidget(m_backlogPage);
    } else {
        m_pagesStackedWidget->addWidget(new PlaceholderPage(
            QStringLiteral("backlogPage"), titles[3],
            tr("The backlog is for supervisors; you are logged in as %1.").arg(auth::Roles::displayName(clerk.role)),
            this));
    }
    m_settingsPage = new SettingsPage(services, clerk, this);
    m_settingsPage->setPrintToFolder(options.printToFolder);
    m_pagesStackedWidget->addWidget(m_settingsPage);

    for (int i = 0; i < pageCount; ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1   F%2").arg(titles[i]).arg(i + 1), m_navigationListWidget);
        item->setSizeHint(QSize(0, 40));
        // F1 to F5 reach the pages from anywhere in the window, also while typing in a field.
        auto* action = new QAction(titles[i], this);
        action->setObjectName(QStringLiteral("page%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::Key_F1 + i));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        addAction(action);
    }
    connect(m_navigationListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_pagesStackedWidget->setCurrentIndex(row);
        }
    });

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("contentWidget"));
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->addWidget(m_navigationListWidget);
    contentLayout->addWidget(m_pagesStackedWidget, 1);

    m_rootStackedWidget = new QStackedWidget(this);
    m_rootStackedWidget->addWidget(content);
    m_lockWidget = buildLockScreen();
    m_rootStackedWidget->addWidget(m_lockWidget);
    setCentralWidget(m_rootStackedWidget);

    m_clerkLabel = new QLabel(this);
    m_clerkLabel->setObjectName(QStringLiteral("clerkLabel"));
    m_clerkLabel->setText(tr("Clerk: %1 (%2)").arg(clerk.name, auth::Roles::displayName(clerk.role)));
    m_counterLabel = new QLabel(this);
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_pendingSyncLabel = new QLabel(this);
    m_pendingSyncLabel->setObjectName(QStringLiteral("pendingSyncLabel"));
    statusBar()->addWidget(m_clerkLabel);
    statusBar()->addWidget(m_counterLabel);
    m_syncProgressBar = new QProgressBar(this);
    m_syncProgressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_syncProgressBar->setMaximumWidth(160);
    m_syncProgressBar->setVisible(false);
    // Rejected and conflicting records are for clerks and supervisors alike: one click shows them.
    m_syncProblemsButton = new QToolButton(this);
    m_syncProblemsButton->setObjectName(QStringLiteral("syncProblemsButton"));
    m_syncProblemsButton->setAutoRaise(true);
    m_syncProblemsButton->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_syncProblemsButton->setVisible(false);
    connect(m_syncProblemsButton, &QToolButton::clicked, this, &MainWindow::showSyncProblems);
    statusBar()->addPermanentWidget(m_syncProblemsButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_pendingSyncLabel);
    statusBar()->addPermanentWidget(m_syncProgressBar);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(5000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();
    connect(m_settingsPage, &SettingsPage::counterChanged, this, &MainWindow::refreshStatus);
    connect(&m_services.syncService, &sync::SyncService::stateChanged, this, &MainWindow::refreshStatus);
    // An enrolled counter syncs in the background for as long as the program runs, across logins.
    if (sync::SyncSettings(m_services.database).link().isEnrolled() && !m_services.syncService.isRunning()) {
        QString error;
        if (!m_services.syncService.start(&error)) {
            statusBar()->showMessage(error, 15000);
        }
    }
    refreshStatus();

    m_idleWatcher = new IdleWatcher(this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_settingsPage, &SettingsPage::idleLockChanged, this,
            [this](int minutes) { setIdleTimeout(minutes * 60 * 1000); });
    setIdleTimeout(services.settings.idleLockMinutes() * 60 * 1000);

    idcard::ReaderSettings reader = idcard::ReaderSettings::load(QSettings());
    if (!options.cardReaderPort.isEmpty()) {
        reader.backend = idcard::ReaderSettings::Backend::SerialSam;
        reader.port = options.cardReaderPort;
    }
    m_intakePage->useReader(reader);
    connect(m_settingsPage, &SettingsPage::readerChanged, m_intakePage, &IntakePage::useReader);
    // A card laid on the reader brings the intake page forward.
    connect(m_intakePage, &IntakePage::citizenIdentified, this, [this] {
        showPage(Page::Intake);
        refreshStatus();
    });

    // The called citizen is carried into intake: their number goes in as if typed at the card panel.
    connect(m_queuePanel, &QueuePanel::intakeRequested, this, [this](const QString& idNumber) {
        showPage(Page::Intake);
        if (!idNumber.isEmpty()) {
            Q_EMIT m_intakePage->cardPanel()->idNumberEntered(idNumber);
        } else if (auto* nextCitizen = m_intakePage->findChild<QPushButton*>(QStringLiteral("startOverButton"))) {
            // No card was read at the kiosk (a walk-in): an empty intake, not the previous citizen's.
            nextCitizen->click();
        }
    });
    // The citizen's rating goes with the ticket to the host and onto the cases served for it.
    connect(m_queuePanel, &QueuePanel::serviceFinished, this,
            [this](const queue::Ticket& ticket, const QStringList& caseUuids, int rating) {
                QString error;
                if (rating > 0 &&
                    !queue::ServiceRatings(m_services.database)
                         .record(caseUuids, ticket.day, ticket.number, rating, m_clerk.uuid,
                                 QDateTime::currentDateTimeUtc(), &error)) {
                    statusBar()->showMessage(error, 10000);
                }
                refreshStatus();
            });
    connect(m_intakePage, &IntakePage::casesAccepted, this, [this](const QStringList& numbers) {
        // Cases accepted while a ticket is served are linked to it on Finish.
        QStringList uuids;
        const db::CaseRepository cases(m_services.database);
        for (const QString& number : numbers) {
            if (const auto record = cases.byNumber(number)) {
                uuids.append(record->uuid);
            }
        }
        m_queuePanel->addCases(uuids);
        m_casesPage->search(numbers.value(0));
        m_services.syncService.syncNow();
        refreshStatus();
    });
    connect(m_casesPage, &CasesPage::caseChanged, this, &MainWindow::refreshStatus);
    if (m_backlogPage) {
        connect(m_backlogPage, &BacklogPage::caseChanged, this, &MainWindow::refreshStatus);
        connect(m_backlogPage, &BacklogPage::openCaseRequested, this, [this](const QString& number) {
            m_casesPage->search(number);
            m_casesPage->showCase(number);
            showPage(Page::Cases);
        });
        // Decisions and materials recorded on the cases page show in the backlog when the supervisor returns.
        connect(m_casesPage, &CasesPage::caseChanged, m_backlogPage, &BacklogPage::refresh);
    }
    connect(m_casesPage, &CasesPage::printReceiptRequested, this, [this](const QString& number) {
        QString error;
        const auto receiptData = cases::receiptData(m_services.database, number, &error);
        if (receiptData) {
            const paper::ReceiptDocument receipt(*receiptData);
            if (m_printer->print(receipt, tr("Receipt %1").arg(number), this, &error)) {
                return;
            }
        }
        statusBar()->showMessage(error, 10000);
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(stateKey).toByteArray());
    const int lastPage = settings.value(lastPageKey, 0).toInt();
    showPage(static_cast<Page>(lastPage >= 0 && lastPage < pageCount ? lastPage : 0));
}

MainWindow::~MainWindow()
{
    // The panel holds the local range by reference; it goes first.
    delete m_queuePanel;
}

QWidget* MainWindow::buildQueuePanel()
{
    const queue::CounterQueueSettings queueSettings(m_services.database, *m_services.secrets);
    m_localRange =
        std::make_unique<queue::LocalRange>(m_services.database, m_services.settings.identity().counterNumber);
    QString error;
    QByteArray key;
    if (queueSettings.isConfigured()) {
        if (!queueSettings.readKey(&key, &error)) {
            statusBar()->showMessage(error, 15000);
        }
        m_queueClient = new queue::QueueClient(this);
        m_queueClient->setUrl(queueSettings.hostUrl());
        m_queueClient->setKey(key);
        m_queueClient->setRole(QStringLiteral("counter"), m_services.settings.identity().counterNumber);
        m_queueClient->setEvents({QStringLiteral("status")});
    }
    m_queuePanel = new QueuePanel(m_queueClient, *m_localRange, m_clerk.uuid, this);
    m_queuePanel->setObjectName(QStringLiteral("queuePage"));
    m_queuePanel->setCategories(queueSettings.categories());
    if (m_queueClient) {
        // The district's appointments for this hall go on to the host for the kiosk's check-in.
        auto* relay = new queue::AppointmentRelay(m_services.database, *m_queueClient, m_queueClient);
        connect(&m_services.syncService, &sync::SyncService::stateChanged, relay, &queue::AppointmentRelay::relay);
        m_queueClient->open();
    }
    return m_queuePanel;
}

QWidget* MainWindow::buildLockScreen()
{
    auto* screen = new QWidget(this);
    screen->setObjectName(QStringLiteral("lockWidget"));
    auto* panel = new QWidget(screen);
    panel->setFixedWidth(380);
    auto* titleLabel = new QLabel(tr("The window is locked"), panel);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    titleLabel->setFont(font);
    auto* whoLabel = new QLabel(tr("%1, enter your password to continue.").arg(m_clerk.name), panel);
    whoLabel->setObjectName(QStringLiteral("lockedClerkLabel"));
    whoLabel->setWordWrap(true);
    m_unlockPasswordLineEdit = new QLineEdit(panel);
    m_unlockPasswordLineEdit->setObjectName(QStringLiteral("unlockPasswordLineEdit"));
    m_unlockPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_unlockMessageLabel = new QLabel(panel);
    m_unlockMessageLabel->setObjectName(QStringLiteral("unlockMessageLabel"));
    m_unlockMessageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_unlockMessageLabel->setWordWrap(true);
    auto* unlockButton = new QPushButton(tr("&Unlock"), panel);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    auto* logoutButton = new QPushButton(tr("Log &out"), panel);
    logoutButton->setObjectName(QStringLiteral("logoutButton"));
    connect(unlockButton, &QPushButton::clicked, this, &MainWindow::tryUnlock);
    connect(m_unlockPasswordLineEdit, &QLineEdit::returnPressed, this, &MainWindow::tryUnlock);
    connect(logoutButton, &QPushButton::clicked, this, &MainWindow::logoutRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(unlockButton);
    buttons->addWidget(logoutButton);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(titleLabel);
    panelLayout->addWidget(whoLabel);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_unlockPasswordLineEdit);
    panelLayout->addWidget(m_unlockMessageLabel);
    panelLayout->addLayout(buttons);
    auto* layout = new QVBoxLayout(screen);
    layout->addStretch();
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch();
    return screen;
}

void MainWindow::showPage(Page page)
{
    if (isLocked()) {
        return;
    }
    m_navigationListWidget->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pagesStackedWidget->currentIndex());
}

bool MainWindow::isLocked() const
{
    return m_rootStackedWidget->currentWidget() == m_lockWidget;
}

void MainWindow::setIdleTimeout(int milliseconds)
{
    m_idleWatcher->setTimeout(milliseconds);
}

void MainWindow::lock()
{
    // The lock screen replaces the pages, so no citizen's data stays on an unattended screen.
    m_idleWatcher->stop();
    m_intakePage->setPaused(true);
    m_unlockPasswordLineEdit->clear();
    m_unlockMessageLabel->clear();
    m_rootStackedWidget->setCurrentWidget(m_lockWidget);
    m_unlockPasswordLineEdit->setFocus();
}

void MainWindow::tryUnlock()
{
    const auth::LoginResult result = m_services.clerks.login(m_clerk.login, m_unlockPasswordLineEdit->text());
    m_unlockPasswordLineEdit->clear();
    if (!result.ok()) {
        m_unlockMessageLabel->setText(result.message);
        return;
    }
    m_unlockMessageLabel->clear();
    m_rootStackedWidget->setCurrentIndex(0);
    m_intakePage->setPaused(false);
    m_idleWatcher->restart();
}

void MainWindow::refreshStatus()
{
    const core::CounterIdentity identity = m_services.settings.identity();
    m_counterLabel->setText(
        identity.isComplete()
            ? tr("%1 (%2), counter %3").arg(identity.hallName, identity.hallCode).arg(identity.counterNumber)
            : tr("Counter not set up"));
    const sync::SyncSnapshot snapshot = m_services.sync.snapshot();
    m_connectionLabel->setText(sync::SyncStatus::connectionText(snapshot));
    m_connectionLabel->setToolTip(snapshot.lastMessage);
    m_pendingSyncLabel->setText(sync::SyncStatus::pendingText(snapshot));
    m_syncProblemsButton->setText(sync::SyncStatus::problemsText(snapshot));
    m_syncProblemsButton->setVisible(snapshot.problems() > 0);
    // A bar only for a large backlog (a counter back from a long time offline); a few records need none.
    const int waiting = std::max(0, snapshot.pendingRecords) + std::max(0, snapshot.pendingBlobs);
    const bool many = snapshot.enrolled &&
        (waiting >= sync::SyncStatus::manyRecords || snapshot.progressTotal >= sync::SyncStatus::manyRecords);
    m_syncProgressBar->setVisible(many);
    if (many) {
        // Between runs the bar counts down what waits; during a push it shows how far the run is.
        const int total = snapshot.progressTotal > 0 ? snapshot.progressTotal : waiting;
        m_syncProgressBar->setRange(0, total);
        m_syncProgressBar->setValue(snapshot.progressTotal > 0 ? snapshot.progressDone : 0);
        m_syncProgressBar->setFormat(tr("%1 waiting").arg(waiting));
    }
}

void MainWindow::showSyncProblems()
{
    SyncProblemsDialog dialog(m_services.sync, this);
    dialog.exec();
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, QMainWindow::saveState());
    settings.setValue(lastPageKey, static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace ow::ui
