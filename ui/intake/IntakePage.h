#pragma once

#include "auth/ClerkService.h"
#include "idcard/IdCardSource.h"
#include "idcard/ReaderSettings.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace ow::core {
struct Services;
}

namespace ow::ui {

class CardPanel;
class ItemIntakeWidget;
class PaperPrinter;

// The intake page: who is at the counter (card reader or typed number), which items they came for, each
// item's prefilled form and materials checklist, then acceptance with a receipt, or a one-time notice.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(core::Services& services, const auth::Clerk& clerk, const PaperPrinter& printer,
               QWidget* parent = nullptr);
    ~IntakePage() override;

    // Starts (or restarts) listening to the reader these settings describe.
    void useReader(const idcard::ReaderSettings& settings);
    // While paused (the window is locked) card reads are not shown.
    void setPaused(bool paused);
    [[nodiscard]] CardPanel* cardPanel() const { return m_cardPanel; }
    // Adds the item (or every item of the bundle) with this code, as choosing it in the list would.
    void addItem(const QString& code);
    [[nodiscard]] QList<ItemIntakeWidget*> itemWidgets() const;
    // The case numbers of the last acceptance.
    [[nodiscard]] QStringList acceptedCases() const { return m_acceptedCases; }

Q_SIGNALS:
    void citizenIdentified();
    void casesAccepted(const QStringList& numbers);

private:
    void onCardRead(const idcard::CardRead& read);
    void onNumberEntered(const QString& number);
    void setCitizen(const std::optional<intake::CitizenLookup>& lookup, const std::optional<idcard::CardInfo>& card);
    void refreshItemList();
    void addChosenItem();
    void startOver();
    [[nodiscard]] intake::IntakeRequest request() const;
    void accept();
    void printNotice();
    void showMessage(const QString& text, bool problem);

    core::Services& m_services;
    auth::Clerk m_clerk;
    const PaperPrinter& m_printer;
    intake::CitizenService m_citizens;
    std::unique_ptr<intake::IntakeService> m_intake;
    std::unique_ptr<idcard::IdCardSource> m_source;
    std::optional<intake::CitizenLookup> m_citizen;
    std::optional<idcard::CardInfo> m_card;
    QString m_bundleCode;
    QStringList m_acceptedCases;
    bool m_paused = false;

    CardPanel* m_cardPanel = nullptr;
    QLineEdit* m_itemSearchLineEdit = nullptr;
    QListWidget* m_itemsListWidget = nullptr;
    QTabWidget* m_itemsTabWidget = nullptr;
    QComboBox* m_channelComboBox = nullptr;
    QLineEdit* m_deliveryAddressLineEdit = nullptr;
    QLineEdit* m_trackingNumberLineEdit = nullptr;
    QLineEdit* m_phoneLineEdit = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_noticeButton = nullptr;
    QPushButton* m_startOverButton = nullptr;
    QLabel* m_intakeMessageLabel = nullptr;
};

} // namespace ow::ui
