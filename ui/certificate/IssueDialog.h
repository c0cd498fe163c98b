#pragma once

#include "auth/ClerkService.h"
#include "certificate/CertificateDocument.h"
#include "photo/PhotoProcessor.h"

#include <QByteArray>

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace ow::core {
class SecretStore;
struct Services;
} // namespace ow::core

namespace ow::certificate {
class CertificateIssuer;
class CertificatePrinter;
} // namespace ow::certificate

namespace ow::ui {

// Issues the certificate of an instant case while the citizen waits: the case, the photo (taken or imported),
// a preview of the card, the printer, Print; then Reprint and Void with a supervisor's approval.
class IssueDialog : public QDialog
{
    Q_OBJECT

public:
    // Gives the bytes of a new photo (any image format) for a certificate whose photo box is spec, or nothing
    // when the clerk cancelled.
    using PhotoSource = std::function<std::optional<QByteArray>(QWidget* parent, const photo::PhotoSpec& spec)>;

    IssueDialog(core::Services& services, const auth::Clerk& clerk, core::SecretStore& secrets, QString caseNumber,
                QString printToFolder, QWidget* parent = nullptr);
    ~IssueDialog() override;

    // Where "Take photo..." gets a photo; by default an image file chosen in a file dialog.
    void setPhotoSource(PhotoSource source);
    // The PDF the last print wrote when printing into a folder.
    [[nodiscard]] QString lastFile() const { return m_lastFile; }
    [[nodiscard]] static std::optional<QByteArray> importPhotoFile(QWidget* parent, const photo::PhotoSpec& spec);

Q_SIGNALS:
    void caseChanged(const QString& caseNumber);

private:
    void refresh();
    void takePhoto();
    void print();
    void reprint();
    void voidCertificate();
    void paintPreview(QPrinter* printer);
    void showMessage(const QString& text, bool problem);
    // The chosen printer, with the QPrinter it needs kept in printerDevice; nothing when none can print.
    [[nodiscard]] std::unique_ptr<certificate::CertificatePrinter> choosePrinter(std::unique_ptr<QPrinter>& device,
                                                                                 const QString& fileStem);

    core::Services& m_services;
    auth::Clerk m_clerk;
    QString m_caseNumber;
    QString m_printToFolder;
    QString m_lastFile;
    PhotoSource m_photoSource;
    std::unique_ptr<certificate::CertificateIssuer> m_issuer;
    std::optional<certificate::CertificateDocument> m_document;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QLabel* m_caseLabel = nullptr;
    QLabel* m_photoLabel = nullptr;
    QPushButton* m_takePhotoButton = nullptr;
    QComboBox* m_printerComboBox = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_reprintButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPrintPreviewWidget* m_previewWidget = nullptr;
};

} // namespace ow::ui
