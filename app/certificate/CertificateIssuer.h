#pragma once

#include "auth/ClerkService.h"
#include "certificate/CertificateDocument.h"
#include "certificate/CertificateTemplate.h"
#include "db/AttachmentRepository.h"
#include "db/NumberRepository.h"
#include "paper/PdfTextRepair.h"
#include "photo/PhotoProcessor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QPageLayout>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace ow::core {
class SecretStore;
}

namespace ow::db {
class Database;
}

namespace ow::certificate {

class CounterKey;

// How far a printer's drawing must move to land on pre-printed card stock (right and down are positive).
struct PrintOffset
{
    qreal xMm = 0;
    qreal yMm = 0;

    [[nodiscard]] QPointF toPointF() const { return {xMm, yMm}; }
    friend bool operator==(const PrintOffset&, const PrintOffset&) = default;
};

// Per-printer calibration offsets (keyed by the printer's name), kept in the counter's settings.
class PrinterCalibration
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::PrinterCalibration)

public:
    static constexpr qreal maxOffsetMm = 15;

    explicit PrinterCalibration(db::Database& database);

    // No stored calibration: no offset.
    [[nodiscard]] PrintOffset offset(const QString& printerName) const;
    [[nodiscard]] bool setOffset(const QString& printerName, const PrintOffset& offset, QString* errorMessage);

    // The test page of a card of sizeMm: a frame at the card's edges and crosshairs through its centre with
    // millimetre marks, moved by offset as certificates are; false when the device cannot be painted on.
    // painted receives the texts, for a PDF's text layer.
    [[nodiscard]] static bool paintTestPage(QPagedPaintDevice* device, QSizeF sizeMm, const PrintOffset& offset,
                                            QList<paper::PaintedText>* painted = nullptr);
    // A page exactly the card's size without margins.
    [[nodiscard]] static QPageLayout cardPageLayout(QSizeF sizeMm, const QString& name);

private:
    db::Database& m_database;
};

// Where a certificate goes: the counter's printer in the app, a PDF file for the CLI and tests.
class CertificatePrinter
{
public:
    // Paints one page; false when the device refused. painted receives the texts for a PDF's text layer.
    using PagePainter = std::function<bool(QPagedPaintDevice* device, QList<paper::PaintedText>* painted)>;

    virtual ~CertificatePrinter() = default;
    // The name the print log records.
    [[nodiscard]] virtual QString name() const = 0;
    // The name calibration offsets are kept under; the printer's name unless it says otherwise.
    [[nodiscard]] virtual QString calibrationName() const { return name(); }
    // Prints one page of layout; false with a message for the clerk when it did not print.
    [[nodiscard]] virtual bool printPage(const QString& title, const QPageLayout& layout, const PagePainter& paint,
                                         QString* errorMessage) = 0;
};

// "Prints" into a PDF file with a searchable text layer; its name is "pdf:" and the file's absolute path.
class PdfCertificatePrinter : public CertificatePrinter
{
public:
    // calibrationName: the offsets to print with (a folder that stands for a printer); none by default.
    explicit PdfCertificatePrinter(QString path, QString calibrationName = {});

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString calibrationName() const override;
    [[nodiscard]] bool printPage(const QString& title, const QPageLayout& layout, const PagePainter& paint,
                                 QString* errorMessage) override;

    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    QString m_calibrationName;
};

// Prints on a paged device the caller owns and set up, such as a QPrinter of the UI.
class DevicePrinter : public CertificatePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::DevicePrinter)

public:
    DevicePrinter(QPagedPaintDevice* device, QString name);

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] bool printPage(const QString& title, const QPageLayout& layout, const PagePainter& paint,
                                 QString* errorMessage) override;

private:
    QPagedPaintDevice* m_device;
    QString m_name;
};

// A certificate that printed: what the CLI reports and the dialog shows.
struct IssuedCertificate
{
    QString caseNumber;
    QString certificateUuid;
    QString templateCode;
    QString templateName;
    QString serialNumber;
    QString payload; // the signed text of the QR code
    QString printer;
    QDate issued;

    [[nodiscard]] QJsonObject toJson() const;
};

// Certificates issued on the spot for instant cases: from the case to a printed, numbered certificate with
// a signed QR code, and its reprint and void. Numbers are committed before anything prints; a failed print
// spoils its number; what printed is stored, so a reprint is the same certificate.
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::CertificateIssuer)

public:
    using Clock = std::function<QDateTime()>;

    CertificateIssuer(db::Database& database, core::SecretStore& secrets, Clock clock = {});

    // The template that issues the item's certificate (its itemCodes hold the item).
    [[nodiscard]] static std::optional<CertificateTemplate> templateForItem(const QString& itemCode,
                                                                            QString* errorMessage);
    // The photo a template's box wants: its aspect ratio at 360 dpi.
    [[nodiscard]] static photo::PhotoSpec photoSpec(const CertificateTemplate& certificateTemplate);

    // Whether the case can get its certificate now (instant, received, hall set, key, numbers, photo);
    // the message says what to do otherwise.
    [[nodiscard]] bool canIssue(const QString& caseNumber, QString* errorMessage) const;
    // Checks, crops and stores an image as the case's photo; the problems in words when it is not good enough.
    [[nodiscard]] std::optional<db::AttachmentRecord> takePhoto(const QString& caseNumber, const QImage& image,
                                                                const QString& clerkUuid, QString* errorMessage);
    // The case's latest photo; a null image when it has none, nothing and a message when its file is
    // missing or damaged.
    [[nodiscard]] std::optional<QImage> casePhoto(const QString& caseNumber, QString* errorMessage) const;
    // The certificate as it will print, before a number is taken (the number and QR code are left empty).
    [[nodiscard]] std::optional<CertificateDocument> preview(const QString& caseNumber, QString* errorMessage) const;

    // Takes the next number (committed first), signs the QR text, stores what prints, prints on printer with
    // its calibration, then logs the print and marks the case issued. A failed print spoils the number.
    // newPhoto, when given, is checked first and becomes the case's photo once every other check passed.
    [[nodiscard]] std::optional<IssuedCertificate> issue(const QString& caseNumber, const QString& clerkUuid,
                                                         CertificatePrinter& printer, QString* errorMessage,
                                                         const std::optional<QImage>& newPhoto = std::nullopt);

    // The case's printed certificate, or a message when it has none.
    [[nodiscard]] std::optional<db::NumberedCertificateRecord> printedCertificate(const QString& caseNumber,
                                                                                  QString* errorMessage) const;
    // A printed certificate exactly as it first printed: same texts, photo and QR code.
    [[nodiscard]] std::optional<CertificateDocument> document(const db::NumberedCertificateRecord& certificate,
                                                              QString* errorMessage) const;
    // Renders the case's certificate again (a copy for the file, no new number); audited, not a reprint.
    [[nodiscard]] bool render(const QString& caseNumber, const QString& clerkUuid, CertificatePrinter& printer,
                              QString* errorMessage);
    // Prints the case's certificate again on the same number; the reason and the approving supervisor are
    // logged only when it printed.
    [[nodiscard]] bool reprint(const QString& caseNumber, const QString& reason, const auth::Clerk& approver,
                               CertificatePrinter& printer, QString* errorMessage);
    // Voids the case's certificate number, with a reason and a supervisor's approval.
    [[nodiscard]] bool voidCertificate(const QString& caseNumber, const QString& reason, const auth::Clerk& approver,
                                       QString* errorMessage);

private:
    struct Plan;
    [[nodiscard]] std::optional<Plan> plan(const QString& caseNumber, bool needKey,
                                           const std::optional<QImage>& newPhoto, QString* errorMessage) const;
    [[nodiscard]] static std::optional<QByteArray> processPhoto(const QImage& image, const photo::PhotoSpec& spec,
                                                                QString* errorMessage);
    [[nodiscard]] std::optional<CounterKey> counterKey(QString* errorMessage) const;
    [[nodiscard]] bool print(const CertificateDocument& document, CertificatePrinter& printer,
                             QString* errorMessage) const;

    db::Database& m_database;
    core::SecretStore& m_secrets;
    Clock m_clock;
};

} // namespace ow::certificate
