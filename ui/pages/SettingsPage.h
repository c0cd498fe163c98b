#pragma once

#include "auth/ClerkService.h"
#include "idcard/ReaderSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ow::core {
struct Services;
}

namespace ow::ui {

class DistrictSettingsWidget;

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
    void readerChanged(const ow::idcard::ReaderSettings& settings);

private:
    QWidget* buildReaderGroup();
    [[nodiscard]] idcard::ReaderSettings readerFromFields() const;
    void save();

    core::Services& m_services;
    bool m_canEdit = false;
    QLineEdit* m_hallCodeLineEdit = nullptr;
    QLineEdit* m_hallNameLineEdit = nullptr;
    QLineEdit* m_hallAddressLineEdit = nullptr;
    QLineEdit* m_hallPhoneLineEdit = nullptr;
    QLineEdit* m_hallHoursLineEdit = nullptr;
    QSpinBox* m_counterSpinBox = nullptr;
    QSpinBox* m_idleLockSpinBox = nullptr;
    QComboBox* m_languageComboBox = nullptr;
    QComboBox* m_readerBackendComboBox = nullptr;
    QComboBox* m_readerPortComboBox = nullptr;
    QComboBox* m_readerBaudComboBox = nullptr;
    QCheckBox* m_readFingerprintCheckBox = nullptr;
    QLineEdit* m_photoDecoderLineEdit = nullptr;
    QComboBox* m_photoDecoderStyleComboBox = nullptr;
    QLineEdit* m_vendorLibraryLineEdit = nullptr;
    QSpinBox* m_vendorPortSpinBox = nullptr;
    DistrictSettingsWidget* m_districtWidget = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ow::ui
