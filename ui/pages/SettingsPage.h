#pragma once

#include "auth/ClerkService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ow::core {
struct Services;
}

namespace ow::ui {

// The counter's identity and policies (administrators), and this PC's own preferences.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(core::Services& services, const auth::Clerk& clerk, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    void counterChanged();
    void idleLockChanged(int minutes);

private:
    void save();

    core::Services& m_services;
    bool m_canEdit = false;
    QLineEdit* m_hallCodeLineEdit = nullptr;
    QLineEdit* m_hallNameLineEdit = nullptr;
    QSpinBox* m_counterSpinBox = nullptr;
    QSpinBox* m_idleLockSpinBox = nullptr;
    QComboBox* m_languageComboBox = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
