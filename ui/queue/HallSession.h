#pragma once

#include "idcard/ReaderSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace ow::queue {
class QueueClient;
class QueueHost;
class QueueStore;
} // namespace ow::queue

namespace ow::ui {

class DisplayPage;
class KioskPage;

// What `onewindow --hall` needs: where the hall host listens, its queue file and the hall key.
struct HallOptions
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 7700;
    QString queueFile;
    QByteArray key;
    QString hallName;
    QString notice;
    QString printToFolder; // tickets as PDF files instead of on the receipt printer
    QUrl remoteHost; // set: the kiosk and display serve a host running elsewhere (onewindow-cli queue host)
    int voiceVolumePercent = 80; // Settings > Hall queue of the hall PC's data
    int voiceRepeats = 2;
    // The kiosk's ID card reader: --card-reader DEVICE, or the reader set in Settings on this PC; none: no reader.
    std::optional<idcard::ReaderSettings> cardReader;
    QString categoriesFile; // --categories FILE: the hall's categories and item mapping; empty: the shipped ones
    int checkInEarlyMinutes = 60; // --checkin-early: how long before the slot a citizen may check in
};

// One PC as the hall: the queue host, the ticket kiosk on the touch screen and the calling display on the
// second screen (or in a second window when there is only one).
class HallSession : public QObject
{
    Q_OBJECT

public:
    explicit HallSession(HallOptions options, QObject* parent = nullptr);
    ~HallSession() override;

    [[nodiscard]] bool start(QString* errorMessage);

    [[nodiscard]] KioskPage* kiosk() const { return m_kiosk.get(); }
    [[nodiscard]] DisplayPage* display() const { return m_display.get(); }

private:
    HallOptions m_options;
    std::unique_ptr<queue::QueueStore> m_store;
    std::unique_ptr<queue::QueueHost> m_host;
    std::unique_ptr<queue::QueueClient> m_kioskClient;
    std::unique_ptr<queue::QueueClient> m_displayClient;
    std::unique_ptr<KioskPage> m_kiosk;
    std::unique_ptr<DisplayPage> m_display;
};

} // namespace ow::ui
