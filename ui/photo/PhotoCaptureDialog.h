#pragma once

#include "photo/PhotoProcessor.h"

#include <QByteArray>
#include <QDialog>
#include <QImage>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace ow::photo {
struct WatchedImage;
} // namespace ow::photo

namespace ow::ui {

class CameraProvider;
class CaptureSources;
class PhotoView;

// Takes the citizen's photo for a certificate: from a camera with live preview, from a file, or from the folder a
// document camera writes to; the clerk fits the guide frame, sees the checks in words, and accepts a JPEG cropped
// to the certificate's photo within its byte budget.
class PhotoCaptureDialog : public QDialog
{
    Q_OBJECT

public:
    // The JPEG bytes of the accepted photo; nothing when the clerk cancels.
    [[nodiscard]] static std::optional<QByteArray> capture(QWidget* parent, const photo::PhotoSpec& spec,
                                                           const QString& watchedFolder);

    // cameras: null for the cameras of this PC; tests pass their own.
    PhotoCaptureDialog(const photo::PhotoSpec& spec, const QString& watchedFolder, CameraProvider* cameras,
                       QWidget* parent = nullptr);
    ~PhotoCaptureDialog() override;

    // Opens a picture file as the photo; false, with the reason shown, when it is not a readable picture.
    bool importFile(const QString& path);
    [[nodiscard]] std::optional<QByteArray> jpeg() const { return m_jpeg; }
    [[nodiscard]] photo::PhotoCheck currentCheck() const { return m_check; }
    [[nodiscard]] PhotoView* view() const { return m_view; }
    [[nodiscard]] CaptureSources* sources() const { return m_sources; }

    void accept() override;

private:
    enum class Mode
    {
        Idle, // nothing to show: no source chosen, or it failed
        Live, // camera preview
        Waiting, // waiting for the document camera's folder
        Still // a picture to fit and accept
    };

    void sourceChanged();
    void captureFrame();
    void retake();
    void takeStill(const QImage& image, const QString& origin);
    void recheck();
    void setMode(Mode mode);
    void folderImage(const photo::WatchedImage& image);

    photo::PhotoSpec m_spec;
    Mode m_mode = Mode::Idle;
    Mode m_sourceMode = Mode::Idle; // what Retake returns to
    QImage m_still;
    bool m_stillFromFolder = false;
    photo::PhotoCheck m_check;
    std::optional<QByteArray> m_jpeg;

    PhotoView* m_view = nullptr;
    QLabel* m_guideHintLabel = nullptr;
    CaptureSources* m_sources = nullptr;
    QPushButton* m_importFileButton = nullptr;
    QLabel* m_resultPreviewLabel = nullptr;
    QLabel* m_checkResultLabel = nullptr;
    QCheckBox* m_useAnywayCheckBox = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_captureButton = nullptr;
    QPushButton* m_retakeButton = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace ow::ui
