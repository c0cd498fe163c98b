#pragma once

#include "auth/ClerkService.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace ow::core {
struct Services;
}

namespace ow::ui {

// The Settings section "District": enrolment (administrators), the link's state, Sync now, offline login days.
class DistrictSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    DistrictSettingsWidget(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr);

    void reload();
    // Stores the offline login days with the rest of the page; false and a message when it cannot.
    [[nodiscard]] bool save(QString* errorMessage);

Q_SIGNALS:
    void enrolled();

private:
    void enroll();
    void showMessage(const QString& text, bool error);

    core::Services& m_services;
    bool m_canEdit = false;
    QNetworkAccessManager* m_network = nullptr;
    QLineEdit* m_serverLineEdit = nullptr;
    QLineEdit* m_codeLineEdit = nullptr;
    QPushButton* m_enrollButton = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_lastSyncLabel = nullptr;
    QPushButton* m_syncNowButton = nullptr;
    QSpinBox* m_offlineDaysSpinBox = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
