#include "queue/HallSession.h"

#include "queue/CallAnnouncer.h"
#include "queue/DisplayPage.h"
#include "queue/KioskPage.h"
#include "queue/QueueClient.h"
#include "queue/QueueHost.h"
#include "queue/QueueStore.h"
#include "queue/TicketPrinter.h"

#include "idcard/IdNumber.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QScreen>

// What the hall PC does, for IT staff reading its output (and the tests of the hall as a process).
Q_LOGGING_CATEGORY(lcHall, "ow.queue.hall", QtInfoMsg)

namespace ow::ui {

HallSession::HallSession(HallOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

HallSession::~HallSession()
{
    // Windows and clients go before the host, the host before its store.
    m_kiosk.reset();
    m_display.reset();
    m_kioskClient.reset();
    m_displayClient.reset();
    m_host.reset();
    m_store.reset();
}

bool HallSession::start(QString* errorMessage)
{
    QUrl url = m_options.remoteHost;
    if (url.isEmpty()) {
        m_store = std::make_unique<queue::QueueStore>(m_options.queueFile);
        if (!m_store->open(errorMessage)) {
            return false;
        }
        if (!m_options.categoriesFile.isEmpty()) {
            const auto categories = queue::QueueStore::readCategories(m_options.categoriesFile, errorMessage);
            if (!categories || !m_store->setCategories(*categories, errorMessage)) {
                return false;
            }
            m_store->appointmentCategories = queue::AppointmentCategories::fromCategoriesFile(m_options.categoriesFile);
        }
        m_store->checkInEarlyLimitMinutes = m_options.checkInEarlyMinutes;
        // Old appointments are personal data the hall no longer needs; the tickets stay as statistics.
        [[maybe_unused]] const int dropped = m_store->dropOldAppointments(QDate::currentDate());
        m_host = std::make_unique<queue::QueueHost>(*m_store, m_options.key);
        if (!m_host->listen(m_options.address, m_options.port, errorMessage)) {
            return false;
        }
        qCInfo(lcHall).noquote() << "hall host listens on"
                                 << QStringLiteral("ws://%1:%2").arg(m_options.address.toString()).arg(m_host->port())
                                 << "with" << m_store->waitingCount(QDate::currentDate()) << "tickets waiting";
        // The kiosk and the display are clients like any counter, over loopback.
        url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_host->port()));
    }
    auto client = [&](const QString& role, const QStringList& events) {
        auto result = std::make_unique<queue::QueueClient>();
        result->setUrl(url);
        result->setKey(m_options.key);
        result->setRole(role);
        result->setEvents(events);
        result->open();
        return result;
    };
    m_kioskClient = client(QStringLiteral("kiosk"), {QStringLiteral("status")});
    m_displayClient = client(QStringLiteral("display"), {QStringLiteral("called"), QStringLiteral("status")});

    m_kiosk = std::make_unique<KioskPage>(*m_kioskClient);
    m_kiosk->setHallName(m_options.hallName);
    if (!m_options.printToFolder.isEmpty()) {
        m_kiosk->setPrinter(std::make_unique<TicketPrinter>(TicketPrinter::Roll::Mm80, m_options.printToFolder));
    }
    if (m_options.cardReader) {
        // An unplugged reader shows a line on the kiosk; tickets work without it.
        auto source = m_options.cardReader->createSource();
        connect(source.get(), &idcard::IdCardSource::cardRead, this, [](const idcard::CardRead& read) {
            qCInfo(lcHall).noquote() << "kiosk read the card of" << idcard::IdNumber::masked(read.card.idNumber);
        });
        m_kiosk->useCardSource(std::move(source));
    }
    m_kiosk->setWindowTitle(tr("Ticket kiosk"));
    m_display = std::make_unique<DisplayPage>();
    m_display->setHallName(m_options.hallName);
    m_display->setNotice(m_options.notice);
    m_display->announcer()->setVolume(m_options.voiceVolumePercent / 100.0);
    m_display->announcer()->setRepeats(m_options.voiceRepeats);
    m_display->attach(m_displayClient.get());
    m_display->setWindowTitle(tr("Calling display"));

    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_display->setGeometry(screens.at(1)->geometry());
        m_display->showFullScreen();
        m_kiosk->showFullScreen();
    } else {
        m_display->resize(1280, 720);
        m_display->show();
        m_kiosk->resize(1024, 768);
        m_kiosk->show();
    }
    return true;
}

} // namespace ow::ui
