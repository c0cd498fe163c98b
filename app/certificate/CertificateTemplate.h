#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

class QByteArray;
class QJsonObject;

namespace ow::certificate {

// A text printed on a certificate: an optional caption and a value bound to case or citizen data.
struct TemplateField
{
    QString id;
    QString label; // printed before the value; empty for none
    QString source; // "citizen.name", "form.<field>", "literal", ... (CertificateTemplate::sources())
    QString text; // the printed text of a literal field
    QRectF boxMm; // position and size on the page, in millimetres from the top left corner
    qreal fontPt = 8;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// The round red seal, drawn as a circle with its text: no image file to ship or to forge.
struct TemplateSeal
{
    QPointF centreMm;
    qreal diameterMm = 0;
    QString text;
};

// Where a certificate's numbers come from: a series of leased number blocks and its digits.
struct TemplateNumbering
{
    QString series;
    int width = 0;
};

// The layout of one kind of certificate, read from a JSON file of resources/certificates/ (format 1).
class CertificateTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::CertificateTemplate)

public:
    QString code;
    QString name;
    QStringList itemCodes;
    QSizeF sizeMm;
    std::optional<TemplateNumbering> numbering; // none: the number comes from a form field
    QList<TemplateField> fields;
    std::optional<QRectF> photoBoxMm;
    std::optional<QRectF> qrBoxMm;
    std::optional<TemplateSeal> seal;

    // Reads and checks a template; nothing, with every mistake named by file and field (one a line), when it
    // is not a valid template. fileName only names the file in the messages.
    [[nodiscard]] static std::optional<CertificateTemplate> fromJson(const QByteArray& json, const QString& fileName,
                                                                     QString* errorMessage);
    [[nodiscard]] static std::optional<CertificateTemplate> load(const QString& path, QString* errorMessage);
    // The templates in force, ordered by code: the shipped ones under :/certificates, each replaced by the
    // district's template of the same code when the district folder holds one (districtFolder()).
    [[nodiscard]] static QList<CertificateTemplate> templates(QString* errorMessage);
    // A template in force by code, or a template file when code names one (for template work).
    [[nodiscard]] static std::optional<CertificateTemplate> find(const QString& code, QString* errorMessage);

    // Where templates pulled from the district are kept: <data dir>/certificates, one CODE.json each. Set once
    // per process by whoever opens a counter's data folder; empty (the default) means shipped templates only.
    static void setDistrictFolderFor(const QString& dataDir);
    [[nodiscard]] static QString districtFolder();
    [[nodiscard]] static QString districtFolderOf(const QString& dataDir);
    // Checks a template from the district and keeps it in the folder of dataDir for the next certificate;
    // a template that does not parse, or whose code is not code, is refused and the one in force stays.
    [[nodiscard]] static bool storeDistrictTemplate(const QString& dataDir, const QString& code,
                                                    const QJsonObject& document, QString* errorMessage);

    // The data sources a field can be bound to, besides "form.<field>".
    [[nodiscard]] static QStringList sources();
};

} // namespace ow::certificate
