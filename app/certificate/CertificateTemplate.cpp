#include "certificate/CertificateTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTemplate, "ow.certificate.template")

namespace ow::certificate {

namespace {

constexpr int supportedFormat = 1;
const QString shippedFolder = QStringLiteral(":/certificates");

// The district folder of this process (see setDistrictFolderFor); read by every thread that issues certificates.
QReadWriteLock districtFolderLock;
QString& districtFolderPath()
{
    static QString path;
    return path;
}

// Template codes are file names in the district folder: no separators, nothing hidden.
bool isSafeCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(code).hasMatch();
}

// Collects every mistake of one file, so a template author fixes them all in one pass.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    QStringList errors;

    void add(const QString& message) { errors.append(message); }

    // Reports keys the format does not know (a typo would otherwise be silently ignored) and missing ones.
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& known,
                   const QStringList& required)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                add(CertificateTemplate::tr("%1: unknown key %2.").arg(m_fileName, join(path, it.key())));
            }
        }
        for (const QString& key : required) {
            if (!object.contains(key)) {
                add(CertificateTemplate::tr("%1: %2 is missing.").arg(m_fileName, join(path, key)));
            }
        }
    }

    QString text(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isString()) {
            add(CertificateTemplate::tr("%1: %2 must be text.").arg(m_fileName, join(path, key)));
            return {};
        }
        return value.toString();
    }

    qreal number(const QJsonObject& object, const QString& path, const QString& key, bool positive)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            return 0;
        }
        if (!value.isDouble() || value.toDouble() < 0 || (positive && value.toDouble() <= 0)) {
            add(positive ? CertificateTemplate::tr("%1: %2 must be a number above 0.").arg(m_fileName, join(path, key))
                         : CertificateTemplate::tr("%1: %2 must be a number of 0 or more.")
                               .arg(m_fileName, join(path, key)));
            return 0;
        }
        return value.toDouble();
    }

    bool flag(const QJsonObject& object, const QString& path, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isBool()) {
            add(CertificateTemplate::tr("%1: %2 must be true or false.").arg(m_fileName, join(path, key)));
        }
        return value.toBool();
    }

    QJsonObject object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            add(CertificateTemplate::tr("%1: %2 must be an object.").arg(m_fileName, path));
            return {};
        }
        return value.toObject();
    }

    // A box in millimetres that must lie wholly on the page.
    std::optional<QRectF> box(const QJsonValue& value, const QString& path, const QSizeF& page)
    {
        if (value.isNull() || value.isUndefined()) {
            return std::nullopt;
        }
        const QJsonObject object = this->object(value, path);
        const QStringList keys {QStringLiteral("x_mm"), QStringLiteral("y_mm"), QStringLiteral("w_mm"),
                                QStringLiteral("h_mm")};
        checkKeys(object, path, keys, keys);
        const QRectF rect(number(object, path, keys.at(0), false), number(object, path, keys.at(1), false),
                          number(object, path, keys.at(2), true), number(object, path, keys.at(3), true));
        checkOnPage(rect, path, page);
        return rect;
    }

    void checkOnPage(const QRectF& rect, const QString& path, const QSizeF& page)
    {
        // A hundredth of a millimetre of slack for decimal fractions in the file.
        constexpr qreal slack = 0.01;
        if (page.isValid() && (rect.right() > page.width() + slack || rect.bottom() > page.height() + slack)) {
            add(CertificateTemplate::tr("%1: %2 lies outside the %3 x %4 mm page.")
                    .arg(m_fileName, path)
                    .arg(page.width())
                    .arg(page.height()));
        }
    }

    const QString& fileName() const { return m_fileName; }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : QString(path + u'.' + key);
    }

private:
    QString m_fileName;
};

bool isKnownSource(const QString& source)
{
    static const QRegularExpression formField(QStringLiteral("^form\\.[a-z][a-z0-9_]*$"));
    return CertificateTemplate::sources().contains(source) || formField.match(source).hasMatch();
}

Qt::Alignment alignment(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty() || text == u"left") {
        return Qt::AlignLeft;
    }
    if (text == u"center") {
        return Qt::AlignHCenter;
    }
    if (text == u"right") {
        return Qt::AlignRight;
    }
    *ok = false;
    return Qt::AlignLeft;
}

} // namespace

QStringList CertificateTemplate::sources()
{
    return {QStringLiteral("citizen.name"),       QStringLiteral("citizen.id_number_masked"),
            QStringLiteral("case.number"),        QStringLiteral("certificate.number"),
            QStringLiteral("certificate.issued"), QStringLiteral("certificate.valid_to"),
            QStringLiteral("hall.name"),          QStringLiteral("literal")};
}

std::optional<CertificateTemplate> CertificateTemplate::fromJson(const QByteArray& json, const QString& fileName,
                                                                 QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *errorMessage = tr("%1: not a JSON object (%2 at character %3).")
                            .arg(fileName, parseError.errorString())
                            .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader reader(fileName);
    reader.checkKeys(root, {},
                     {QStringLiteral("format"), QStringLiteral("code"), QStringLiteral("name"),
                      QStringLiteral("item_codes"), QStringLiteral("size_mm"), QStringLiteral("numbering"),
                      QStringLiteral("fields"), QStringLiteral("photo_box"), QStringLiteral("qr_box"),
                      QStringLiteral("seal")},
                     {QStringLiteral("format"), QStringLiteral("code"), QStringLiteral("name"),
                      QStringLiteral("item_codes"), QStringLiteral("size_mm"), QStringLiteral("fields")});
    if (root.contains(QStringLiteral("format")) && root.value(QStringLiteral("format")).toInt() != supportedFormat) {
        *errorMessage = tr("%1: format %2 is not supported; this program reads format %3.")
                            .arg(fileName, root.value(QStringLiteral("format")).toVariant().toString())
                            .arg(supportedFormat);
        return std::nullopt;
    }

    CertificateTemplate result;
    result.code = reader.text(root, {}, QStringLiteral("code"));
    result.name = reader.text(root, {}, QStringLiteral("name"));
    if (root.contains(QStringLiteral("code")) && result.code.isEmpty()) {
        reader.add(tr("%1: code must not be empty.").arg(fileName));
    }
    const QJsonValue items = root.value(QStringLiteral("item_codes"));
    if (!items.isUndefined()) {
        for (const QJsonValue& item : items.toArray()) {
            if (item.isString() && !item.toString().isEmpty()) {
                result.itemCodes.append(item.toString());
            }
        }
        if (!items.isArray() || result.itemCodes.size() != items.toArray().size()) {
            reader.add(tr("%1: item_codes must be a list of catalog item codes.").arg(fileName));
        }
    }

    if (root.contains(QStringLiteral("size_mm"))) {
        const QJsonObject size = reader.object(root.value(QStringLiteral("size_mm")), QStringLiteral("size_mm"));
        const QStringList keys {QStringLiteral("width"), QStringLiteral("height")};
        reader.checkKeys(size, QStringLiteral("size_mm"), keys, keys);
        result.sizeMm = QSizeF(reader.number(size, QStringLiteral("size_mm"), keys.at(0), true),
                               reader.number(size, QStringLiteral("size_mm"), keys.at(1), true));
    }
    const QSizeF page = result.sizeMm.width() > 0 && result.sizeMm.height() > 0 ? result.sizeMm : QSizeF();

    const QJsonValue numberingValue = root.value(QStringLiteral("numbering"));
    if (!numberingValue.isNull() && !numberingValue.isUndefined()) {
        const QJsonObject object = reader.object(numberingValue, QStringLiteral("numbering"));
        const QStringList keys {QStringLiteral("series"), QStringLiteral("width")};
        reader.checkKeys(object, QStringLiteral("numbering"), keys, keys);
        TemplateNumbering value;
        value.series = reader.text(object, QStringLiteral("numbering"), keys.at(0));
        value.width = int(reader.number(object, QStringLiteral("numbering"), keys.at(1), true));
        result.numbering = value;
    }

    const QJsonValue fieldsValue = root.value(QStringLiteral("fields"));
    if (!fieldsValue.isUndefined() && !fieldsValue.isArray()) {
        reader.add(tr("%1: fields must be a list.").arg(fileName));
    }
    const QJsonArray fieldArray = fieldsValue.toArray();
    for (qsizetype i = 0; i < fieldArray.size(); ++i) {
        const QJsonObject object = fieldArray.at(i).toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        // Messages name the field by its id where it has one, by its place otherwise.
        const QString path = QStringLiteral("fields[%1]").arg(id.isEmpty() ? QString::number(i) : id);
        if (!fieldArray.at(i).isObject()) {
            reader.add(tr("%1: %2 must be an object.").arg(fileName, path));
            continue;
        }
        reader.checkKeys(
            object, path,
            {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("source"), QStringLiteral("text"),
             QStringLiteral("x_mm"), QStringLiteral("y_mm"), QStringLiteral("w_mm"), QStringLiteral("h_mm"),
             QStringLiteral("font_pt"), QStringLiteral("bold"), QStringLiteral("align")},
            {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("x_mm"), QStringLiteral("y_mm"),
             QStringLiteral("w_mm"), QStringLiteral("h_mm"), QStringLiteral("font_pt")});
        TemplateField field;
        field.id = reader.text(object, path, QStringLiteral("id"));
        field.label = reader.text(object, path, QStringLiteral("label"));
        field.source = reader.text(object, path, QStringLiteral("source"));
        field.text = reader.text(object, path, QStringLiteral("text"));
        field.boxMm = QRectF(reader.number(object, path, QStringLiteral("x_mm"), false),
                             reader.number(object, path, QStringLiteral("y_mm"), false),
                             reader.number(object, path, QStringLiteral("w_mm"), true),
                             reader.number(object, path, QStringLiteral("h_mm"), true));
        field.fontPt = reader.number(object, path, QStringLiteral("font_pt"), true);
        field.bold = reader.flag(object, path, QStringLiteral("bold"));
        bool alignmentKnown = false;
        field.alignment = alignment(reader.text(object, path, QStringLiteral("align")), &alignmentKnown);
        if (!alignmentKnown) {
            reader.add(tr("%1: %2.align must be left, center or right.").arg(fileName, path));
        }
        if (!field.source.isEmpty() && !isKnownSource(field.source)) {
            reader.add(tr("%1: %2 has the unknown source %3.").arg(fileName, path, field.source));
        }
        if (field.source == u"literal" && field.text.isEmpty()) {
            reader.add(tr("%1: %2 has the source literal but no text.").arg(fileName, path));
        }
        if (!field.id.isEmpty()) {
            for (const TemplateField& earlier : std::as_const(result.fields)) {
                if (earlier.id == field.id) {
                    reader.add(tr("%1: the field id %2 is used twice.").arg(fileName, field.id));
                }
            }
        }
        reader.checkOnPage(field.boxMm, path, page);
        result.fields.append(field);
    }

    result.photoBoxMm = reader.box(root.value(QStringLiteral("photo_box")), QStringLiteral("photo_box"), page);
    result.qrBoxMm = reader.box(root.value(QStringLiteral("qr_box")), QStringLiteral("qr_box"), page);

    const QJsonValue sealValue = root.value(QStringLiteral("seal"));
    if (!sealValue.isNull() && !sealValue.isUndefined()) {
        const QString path = QStringLiteral("seal");
        const QJsonObject object = reader.object(sealValue, path);
        const QStringList keys {QStringLiteral("x_mm"), QStringLiteral("y_mm"), QStringLiteral("diameter_mm"),
                                QStringLiteral("text")};
        reader.checkKeys(object, path, keys, keys);
        TemplateSeal value;
        // x_mm and y_mm are the centre of the seal.
        value.centreMm =
            QPointF(reader.number(object, path, keys.at(0), false), reader.number(object, path, keys.at(1), false));
        value.diameterMm = reader.number(object, path, keys.at(2), true);
        value.text = reader.text(object, path, keys.at(3));
        const qreal radius = value.diameterMm / 2;
        const QRectF bounds(value.centreMm - QPointF(radius, radius), QSizeF(value.diameterMm, value.diameterMm));
        if (bounds.left() < 0 || bounds.top() < 0) {
            reader.add(tr("%1: %2 lies outside the %3 x %4 mm page.")
                           .arg(fileName, path)
                           .arg(result.sizeMm.width())
                           .arg(result.sizeMm.height()));
        } else {
            reader.checkOnPage(bounds, path, page);
        }
        result.seal = value;
    }

    if (!reader.errors.isEmpty()) {
        *errorMessage = reader.errors.join(u'\n');
        qCDebug(lcTemplate) << "template" << fileName << "refused:" << reader.errors;
        return std::nullopt;
    }
    return result;
}

std::optional<CertificateTemplate> CertificateTemplate::load(const QString& path, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The certificate template %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), errorMessage);
}

QList<CertificateTemplate> CertificateTemplate::templates(QString* errorMessage)
{
    QMap<QString, CertificateTemplate> byCode;
    const QDir folder(shippedFolder);
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto loaded = load(folder.filePath(name), errorMessage);
        if (!loaded) {
            return {};
        }
        byCode.insert(loaded->code, *loaded);
    }
    // The district's templates were checked when they arrived; one spoiled since is skipped, the shipped one stays.
    const QString district = districtFolder();
    if (!district.isEmpty()) {
        const QDir pulled(district);
        for (const QString& name : pulled.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QString error;
            auto loaded = load(pulled.filePath(name), &error);
            if (!loaded) {
                qCWarning(lcTemplate) << "district template" << name << "not used:" << error;
                continue;
            }
            byCode.insert(loaded->code, *loaded);
        }
    }
    // QMap keeps the codes in order.
    return byCode.values();
}

void CertificateTemplate::setDistrictFolderFor(const QString& dataDir)
{
    const QWriteLocker locker(&districtFolderLock);
    districtFolderPath() = dataDir.isEmpty() ? QString() : districtFolderOf(dataDir);
}

QString CertificateTemplate::districtFolder()
{
    const QReadLocker locker(&districtFolderLock);
    return districtFolderPath();
}

QString CertificateTemplate::districtFolderOf(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("certificates"));
}

bool CertificateTemplate::storeDistrictTemplate(const QString& dataDir, const QString& code,
                                                const QJsonObject& document, QString* errorMessage)
{
    if (!isSafeCode(code)) {
        *errorMessage = tr("The district sent a certificate template with the unusable code %1.").arg(code);
        return false;
    }
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);
    const QString fileName = code + QStringLiteral(".json");
    const auto checked = fromJson(json, fileName, errorMessage);
    if (!checked) {
        return false;
    }
    if (checked->code != code) {
        *errorMessage = tr("%1: the template's code %2 is not the code it was sent as.").arg(fileName, checked->code);
        return false;
    }
    const QString folder = districtFolderOf(dataDir);
    QSaveFile file(QDir(folder).filePath(fileName));
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(json) != json.size() ||
        !file.commit()) {
        *errorMessage = tr("The certificate template %1 could not be saved: %2").arg(code, file.errorString());
        return false;
    }
    return true;
}

std::optional<CertificateTemplate> CertificateTemplate::find(const QString& code, QString* errorMessage)
{
    if (code.endsWith(QStringLiteral(".json")) && QFileInfo(code).isFile()) {
        return load(code, errorMessage);
    }
    const QList<CertificateTemplate> all = templates(errorMessage);
    for (const CertificateTemplate& candidate : all) {
        if (candidate.code == code) {
            return candidate;
        }
    }
    if (errorMessage->isEmpty()) {
        QStringList codes;
        for (const CertificateTemplate& candidate : all) {
            codes.append(candidate.code);
        }
        *errorMessage =
            tr("There is no certificate template %1. Templates: %2.").arg(code, codes.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

} // namespace ow::certificate
