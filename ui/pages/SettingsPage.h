#pragma once

#include "auth/ClerkService.h"
#include "idcard/ReaderSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
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
    // Test prints go into PDF files in this folder instead of on a printer (tests, demos).
    void setPrintToFolder(const QString& folder);
    // Prints the calibration card through the typed offsets; the PDF's path when printing into a folder.
    void testPrint();
    [[nodiscard]] QString lastTestPrint() const { return m_lastTestPrint; }

Q_SIGNALS:
    void counterChanged();
    void idleLockChanged(int minutes);
    void readerChanged(const ow::idcard::ReaderSettings& settings);

private:
    QWidget* buildReaderGroup();
    QWidget* buildCaptureGroup();
    QWidget* buildCalibrationGroup();
    QWidget* buildQueueGroup();
    [[nodiscard]] bool saveQueue(QString* errorMessage);
    void loadOffsets();
    void saveOffsets();
    void showCalibrationMessage(const QString& text, bool problem);
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
    QLineEdit* m_watchedFolderLineEdit = nullptr;
    DistrictSettingsWidget* m_districtWidget = nullptr;
    QLineEdit* m_queueHostLineEdit = nullptr;
    QLineEdit* m_queueCategoriesLineEdit = nullptr;
    QLineEdit* m_queueKeyLineEdit = nullptr;
    QSpinBox* m_voiceVolumeSpinBox = nullptr;
    QSpinBox* m_voiceRepeatsSpinBox = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QString m_printToFolder;
    QString m_lastTestPrint;
    QComboBox* m_calibrationPrinterComboBox = nullptr;
    QDoubleSpinBox* m_offsetXSpinBox = nullptr;
    QDoubleSpinBox* m_offsetYSpinBox = nullptr;
    QPushButton* m_saveOffsetsButton = nullptr;
    QPushButton* m_testPrintButton = nullptr;
    QLabel* m_calibrationMessageLabel = nullptr;
};

} // namespace ow::ui
