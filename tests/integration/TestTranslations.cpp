// The zh_CN translation is complete: every visible string of the sources has a finished translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsReport
{
    int messages = 0;
    QStringList untranslated;
};

TsReport readTs(const QString& path)
{
    TsReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return report;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"message") {
            ++report.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const bool numerus = xml.attributes().hasAttribute(QStringLiteral("numerus"));
            QString text;
            if (numerus || source.contains(QStringLiteral("%n"))) {
                // numerus forms come as <numerusform> children
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform") {
                        text += xml.readElementText();
                    }
                }
            } else {
                text = xml.readElementText();
            }
            if (!type.isEmpty() || text.trimmed().isEmpty()) {
                report.untranslated << source;
            }
        }
    }
    return report;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedTranslationIsFinished();
    void everySourceStringIsTranslated();
};

void TestTranslations::committedTranslationIsFinished()
{
    const TsReport report = readTs(QStringLiteral(OW_TS_PATH));
    QVERIFY(report.messages > 100);
    QVERIFY2(report.untranslated.isEmpty(), qPrintable(report.untranslated.join(u'\n')));
}

void TestTranslations::everySourceStringIsTranslated()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(OW_TS_PATH), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString sourceDir = qEnvironmentVariable("OW_SOURCE_DIR");
    // The include paths let lupdate resolve the namespaced classes that carry tr() contexts.
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"),         QStringLiteral("-silent"),
                             QStringLiteral("-I"),           sourceDir + QStringLiteral("/app"),
                             QStringLiteral("-I"),           sourceDir};
    for (const QString& folder :
         {QStringLiteral("app"), QStringLiteral("db"), QStringLiteral("ui"), QStringLiteral("server")}) {
        if (QDir(sourceDir + u'/' + folder).exists()) {
            arguments << sourceDir + u'/' + folder;
        }
    }
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(OW_LUPDATE_PATH), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const TsReport report = readTs(copy);
    QVERIFY2(report.untranslated.isEmpty(),
             qPrintable(QStringLiteral("Strings without a zh_CN translation (run the update_translations target and "
                                       "translate them):\n") +
                        report.untranslated.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
