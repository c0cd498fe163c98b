#pragma once

#include "auth/ClerkService.h"
#include "idcard/IdCardSource.h"
#include "idcard/ReaderSettings.h"
#include "intake/CitizenService.h"

#include <QWidget>

#include <memory>

namespace ow::core {
struct Services;
}

namespace ow::ui {

class CardPanel;

// The intake page: who is at the counter (card reader or typed number), then the forms of the items.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr);
    ~IntakePage() override;

    // Starts (or restarts) listening to the reader these settings describe.
    void useReader(const idcard::ReaderSettings& settings);
    // While paused (the window is locked) card reads are not shown.
    void setPaused(bool paused);
    [[nodiscard]] CardPanel* cardPanel() const { return m_cardPanel; }

Q_SIGNALS:
    void citizenIdentified();

private:
    void onCardRead(const idcard::CardRead& read);
    void onNumberEntered(const QString& number);

    core::Services& m_services;
    auth::Clerk m_clerk;
    intake::CitizenService m_citizens;
    std::unique_ptr<idcard::IdCardSource> m_source;
    CardPanel* m_cardPanel = nullptr;
    bool m_paused = false;
};

} // namespace ow::ui
