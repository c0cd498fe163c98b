// Certificate templates: the shipped ones load and match the catalog; each kind of mistake in a template file
// is refused with a message that names the file and the field.
#include "certificate/CertificateTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ow::certificate::CertificateTemplate;

namespace {

const QString seniorFile = QStringLiteral("cert.senior-card.json");

QJsonObject seniorCard()
{
    QFile file(QStringLiteral(":/certificates/") + seniorFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces (or, for an undefined value, removes) the value at a path such as "fields/1/x_mm".
QJsonValue changed(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty()) {
            if (value.isUndefined()) {
                array.removeAt(index);
            } else {
                array.replace(index, value);
            }
        } else {
            array.replace(index, changed(array.at(index), path, value));
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined()) {
            object.remove(key);
        } else {
            object.insert(key, value);
        }
    } else {
        object.insert(key, changed(object.value(key), path, value));
    }
    return object;
}

} // namespace

class TestCertificateTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTemplatesLoad();
    void shippedTemplatesMatchTheCatalog();
    void brokenTemplate_data();
    void brokenTemplate();
    void notJson();
    void findNamesTheKnownCodes();
};

void TestCertificateTemplate::shippedTemplatesLoad()
{
    QString error;
    const QList<CertificateTemplate> all = CertificateTemplate::templates(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList codes;
    for (const CertificateTemplate& t : all) {
        codes.append(t.code);
        QCOMPARE(t.sizeMm, QSizeF(86, 54));
        QVERIFY(!t.name.isEmpty());
        QVERIFY(!t.itemCodes.isEmpty());
        QVERIFY(t.qrBoxMm.has_value());
        QVERIFY(t.seal.has_value());
    }
    QCOMPARE(codes,
             QStringList({QStringLiteral("cert.birth-registration"), QStringLiteral("cert.disability"),
                          QStringLiteral("cert.hardship-relief"), QStringLiteral("cert.senior-card")}));

    const auto disability = CertificateTemplate::find(QStringLiteral("cert.disability"), &error);
    QVERIFY2(disability, qPrintable(error));
    // Its number is the ID number with the category and level digits, computed by the form, not leased.
    QVERIFY(!disability->numbering.has_value());
    QVERIFY(disability->photoBoxMm.has_value());
    const bool numberFromForm =
        std::any_of(disability->fields.begin(), disability->fields.end(),
                    [](const auto& field) { return field.source == u"form.certificate_number"; });
    QVERIFY(numberFromForm);

    const auto senior = CertificateTemplate::find(QStringLiteral("cert.senior-card"), &error);
    QVERIFY2(senior, qPrintable(error));
    QVERIFY(senior->numbering.has_value());
    QCOMPARE(senior->numbering->series, QStringLiteral("senior-card"));
    QVERIFY(senior->photoBoxMm.has_value());
}

// Each template serves the items whose catalog entry names it, and their number series agree.
void TestCertificateTemplate::shippedTemplatesMatchTheCatalog()
{
    QString error;
    const QList<CertificateTemplate> all = CertificateTemplate::templates(&error);
    QCOMPARE(all.size(), 4);
    for (const CertificateTemplate& t : all) {
        for (const QString& itemCode : t.itemCodes) {
            QFile file(QStringLiteral(":/catalog/items/%1.json").arg(itemCode));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(itemCode));
            const QJsonObject certificate = QJsonDocument::fromJson(file.readAll())
                                                .object()
                                                .value(QStringLiteral("outputs"))
                                                .toObject()
                                                .value(QStringLiteral("certificate"))
                                                .toObject();
            QCOMPARE(certificate.value(QStringLiteral("template")).toString(), t.code);
            const QJsonObject number = certificate.value(QStringLiteral("number")).toObject();
            if (t.numbering) {
                QCOMPARE(number.value(QStringLiteral("series")).toString(), t.numbering->series);
            } else {
                QCOMPARE(number.value(QStringLiteral("scheme")).toString(), QStringLiteral("field"));
            }
        }
    }
}

void TestCertificateTemplate::brokenTemplate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
    QTest::addColumn<QString>("message");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("unknown top key") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"))
                                     << QStringLiteral("cert.senior-card.json: unknown key colour.");
    QTest::newRow("unknown field key") << QStringLiteral("fields/1/colour") << QJsonValue(QStringLiteral("red"))
                                       << QStringLiteral("cert.senior-card.json: unknown key fields[name].colour.");
    QTest::newRow("unknown source") << QStringLiteral("fields/1/source") << QJsonValue(QStringLiteral("citizen.nam"))
                                    << QStringLiteral(
                                           "cert.senior-card.json: fields[name] has the unknown source citizen.nam.");
    QTest::newRow("form source without a field")
        << QStringLiteral("fields/1/source") << QJsonValue(QStringLiteral("form."))
        << QStringLiteral("cert.senior-card.json: fields[name] has the unknown source form..");
    QTest::newRow("missing name") << QStringLiteral("name") << removed
                                  << QStringLiteral("cert.senior-card.json: name is missing.");
    QTest::newRow("missing field position") << QStringLiteral("fields/1/x_mm") << removed
                                            << QStringLiteral("cert.senior-card.json: fields[name].x_mm is missing.");
    QTest::newRow("missing page height") << QStringLiteral("size_mm/height") << removed
                                         << QStringLiteral("cert.senior-card.json: size_mm.height is missing.");
    QTest::newRow("field off the page") << QStringLiteral("fields/1/x_mm") << QJsonValue(80)
                                        << QStringLiteral(
                                               "cert.senior-card.json: fields[name] lies outside the 86 x 54 mm page.");
    QTest::newRow("photo off the page") << QStringLiteral("photo_box/h_mm") << QJsonValue(60)
                                        << QStringLiteral(
                                               "cert.senior-card.json: photo_box lies outside the 86 x 54 mm page.");
    QTest::newRow("seal off the page") << QStringLiteral("seal/x_mm") << QJsonValue(84)
                                       << QStringLiteral(
                                              "cert.senior-card.json: seal lies outside the 86 x 54 mm page.");
    QTest::newRow("seal over the top") << QStringLiteral("seal/y_mm") << QJsonValue(2)
                                       << QStringLiteral(
                                              "cert.senior-card.json: seal lies outside the 86 x 54 mm page.");
    QTest::newRow("empty qr box") << QStringLiteral("qr_box/w_mm") << QJsonValue(0)
                                  << QStringLiteral("cert.senior-card.json: qr_box.w_mm must be a number above 0.");
    QTest::newRow("position as text") << QStringLiteral("fields/1/y_mm") << QJsonValue(QStringLiteral("12"))
                                      << QStringLiteral(
                                             "cert.senior-card.json: fields[name].y_mm must be a number of 0 or more.");
    QTest::newRow("literal without text")
        << QStringLiteral("fields/0/text") << removed
        << QStringLiteral("cert.senior-card.json: fields[title] has the source literal but no text.");
    QTest::newRow("unknown alignment")
        << QStringLiteral("fields/0/align") << QJsonValue(QStringLiteral("middle"))
        << QStringLiteral("cert.senior-card.json: fields[title].align must be left, center or right.");
    QTest::newRow("bold as text") << QStringLiteral("fields/0/bold") << QJsonValue(QStringLiteral("yes"))
                                  << QStringLiteral("cert.senior-card.json: fields[title].bold must be true or false.");
    QTest::newRow("field id twice") << QStringLiteral("fields/2/id") << QJsonValue(QStringLiteral("name"))
                                    << QStringLiteral("cert.senior-card.json: the field id name is used twice.");
    QTest::newRow("item codes as text")
        << QStringLiteral("item_codes") << QJsonValue(QStringLiteral("senior-card"))
        << QStringLiteral("cert.senior-card.json: item_codes must be a list of catalog item codes.");
    QTest::newRow("numbering without series") << QStringLiteral("numbering/series") << removed
                                              << QStringLiteral("cert.senior-card.json: numbering.series is missing.");
    QTest::newRow("newer format")
        << QStringLiteral("format") << QJsonValue(2)
        << QStringLiteral("cert.senior-card.json: format 2 is not supported; this program reads format 1.");
}

void TestCertificateTemplate::brokenTemplate()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    const QJsonObject original = seniorCard();
    QVERIFY(!original.isEmpty());
    const QJsonObject broken = changed(original, path.split(u'/'), value).toObject();
    QString error;
    QVERIFY(CertificateTemplate::fromJson(QJsonDocument(original).toJson(), seniorFile, &error));
    const auto loaded = CertificateTemplate::fromJson(QJsonDocument(broken).toJson(), seniorFile, &error);
    QVERIFY(!loaded);
    QVERIFY2(error.split(u'\n').contains(message), qPrintable(error));
}

void TestCertificateTemplate::notJson()
{
    QString error;
    QVERIFY(!CertificateTemplate::fromJson("{\"format\": 1,", QStringLiteral("broken.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("broken.json: not a JSON object")), qPrintable(error));
}

void TestCertificateTemplate::findNamesTheKnownCodes()
{
    QString error;
    QVERIFY(!CertificateTemplate::find(QStringLiteral("cert.nothing"), &error));
    QVERIFY2(error.contains(QStringLiteral("cert.nothing")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("cert.senior-card")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCertificateTemplate)
#include "TestCertificateTemplate.moc"
