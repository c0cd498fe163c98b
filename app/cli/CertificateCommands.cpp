#include "Cli.h"

#include "auth/ClerkService.h"
#include "certificate/CertificateDocument.h"
#include "certificate/CertificateIssuer.h"
#include "certificate/CertificatePayload.h"
#include "certificate/CertificateTemplate.h"
#include "certificate/CounterKey.h"
#include "certificate/SupervisorApproval.h"
#include "certificate/TrustedKeys.h"
#include "core/CounterSettings.h"
#include "core/Paths.h"
#include "core/SecretStore.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::cli {

namespace {

// The key always comes from the OS keychain; there is deliberately no file store to fall back on.
std::optional<certificate::CounterKey> counterKey(Context& context, bool* created = nullptr)
{
    core::KeychainSecretStore store;
    QString error;
    auto key = certificate::CounterKey::loadOrCreate(store, &error, created);
    if (!key) {
        context.err << error << Qt::endl;
    }
    return key;
}

int key(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    bool created = false;
    const auto counter = counterKey(context, &created);
    if (!counter) {
        return Failure;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const QString hall = core::CounterSettings(database).identity().hallCode;
    const QJsonObject entry = counter->trustedEntry(hall);
    if (parser.isSet(jsonOption)) {
        // A whole trusted-keys file with this one entry, ready to be merged into the district's list.
        context.out << QString::fromUtf8(QJsonDocument(QJsonArray {entry}).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (created) {
        context.err << Cli::tr("A new signing key was made for this counter and kept in the system keyring.")
                    << Qt::endl;
    }
    context.out << Cli::tr("Key id: %1").arg(counter->keyId()) << Qt::endl
                << Cli::tr("Public key: %1").arg(entry.value(QStringLiteral("public_key")).toString()) << Qt::endl;
    return Success;
}

int sign(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption typeOption(QStringLiteral("type"), QString(), QStringLiteral("T"));
    const QCommandLineOption numberOption(QStringLiteral("number"), QString(), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption idOption(QStringLiteral("id-number"), QString(), QStringLiteral("ID"));
    const QCommandLineOption issuedOption(QStringLiteral("issued"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption validOption(QStringLiteral("valid-to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption hallOption(QStringLiteral("hall"), QString(), QStringLiteral("H"));
    const QList<const QCommandLineOption*> required {&typeOption,   &numberOption, &nameOption, &idOption,
                                                     &issuedOption, &validOption,  &hallOption};
    for (const auto* option : required) {
        parser.addOption(*option);
    }
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    for (const auto* option : required) {
        if (parser.value(*option).isEmpty()) {
            context.err << Cli::tr("certificate sign needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    certificate::CertificateFields fields;
    fields.type = parser.value(typeOption);
    fields.number = parser.value(numberOption);
    fields.holderName = parser.value(nameOption);
    fields.hallCode = parser.value(hallOption);
    fields.issued = QDate::fromString(parser.value(issuedOption), Qt::ISODate);
    const QString validTo = parser.value(validOption);
    if (validTo != u"long-term") {
        fields.validUntil = QDate::fromString(validTo, Qt::ISODate);
    }
    if (!fields.issued.isValid() || (validTo != u"long-term" && !fields.validUntil.isValid())) {
        context.err << Cli::tr("Dates are written YYYY-MM-DD; --valid-to also takes long-term.") << Qt::endl;
        return UsageError;
    }
    if (!fields.isLongTerm() && fields.validUntil < fields.issued) {
        context.err << Cli::tr("The certificate would expire before it is issued.") << Qt::endl;
        return UsageError;
    }
    const auto check = idcard::IdNumber::check(parser.value(idOption), fields.issued);
    if (!check.valid) {
        context.err << check.reason << Qt::endl;
        return Failure;
    }
    fields.maskedIdNumber = idcard::IdNumber::masked(check.normalized);
    const auto counter = counterKey(context);
    if (!counter) {
        return Failure;
    }
    context.out << certificate::CertificatePayload::sign(fields, *counter) << Qt::endl;
    return Success;
}

int verify(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption keysOption(QStringLiteral("keys"), QString(), QStringLiteral("FILE"));
    parser.addOption(keysOption);
    parser.addPositionalArgument(QStringLiteral("payload"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("certificate verify takes one payload (quote it: it contains |).") << Qt::endl;
        return UsageError;
    }
    const QString path =
        parser.isSet(keysOption) ? parser.value(keysOption) : certificate::TrustedKeys::defaultPath(context.dataDir);
    QString error;
    const auto keys = certificate::TrustedKeys::load(path, &error);
    if (!keys) {
        context.err << error << Qt::endl;
        return Failure;
    }
    const auto result =
        certificate::CertificatePayload::verify(parser.positionalArguments().constFirst(), *keys, QDate::currentDate());
    context.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    return result.valid ? Success : Failure;
}

QJsonObject templateJson(const certificate::CertificateTemplate& certificateTemplate)
{
    QJsonValue numbering;
    if (certificateTemplate.numbering) {
        numbering = QJsonObject {{QStringLiteral("series"), certificateTemplate.numbering->series},
                                 {QStringLiteral("width"), certificateTemplate.numbering->width}};
    }
    return {{QStringLiteral("code"), certificateTemplate.code},
            {QStringLiteral("name"), certificateTemplate.name},
            {QStringLiteral("item_codes"), QJsonArray::fromStringList(certificateTemplate.itemCodes)},
            {QStringLiteral("numbering"), numbering}};
}

int templates(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = addJsonOption(parser);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    QString error;
    const QList<certificate::CertificateTemplate> all = certificate::CertificateTemplate::templates(&error);
    if (!error.isEmpty()) {
        context.err << error << Qt::endl;
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto& certificateTemplate : all) {
            array.append(templateJson(certificateTemplate));
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const auto& certificateTemplate : all) {
        const QString numbering = certificateTemplate.numbering ? Cli::tr("numbers from series %1, %2 digits")
                                                                      .arg(certificateTemplate.numbering->series)
                                                                      .arg(certificateTemplate.numbering->width)
                                                                : Cli::tr("number from the form");
        context.out << certificateTemplate.code << u'\t' << certificateTemplate.name << u'\t'
                    << certificateTemplate.itemCodes.join(QStringLiteral(", ")) << u'\t' << numbering << Qt::endl;
    }
    return Success;
}

// The data file of certificate render: {"values": {source: text}, "photo": path, "qr": text}; a relative
// photo path is taken from the data file's folder.
std::optional<certificate::CertificateData> readCertificateData(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("The data file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = Cli::tr("The data file %1 is not a JSON object: %2")
                     .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"values" && it.key() != u"photo" && it.key() != u"qr") {
            *error = Cli::tr("The data file %1 has the unknown key %2; it takes values, photo and qr.")
                         .arg(QDir::toNativeSeparators(path), it.key());
            return std::nullopt;
        }
    }
    certificate::CertificateData data;
    const QJsonValue values = root.value(QStringLiteral("values"));
    if (!values.isObject()) {
        *error = Cli::tr("The data file %1 needs values: an object of texts by source, such as citizen.name.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    data.values = values.toObject();
    for (auto it = data.values.begin(); it != data.values.end(); ++it) {
        if (!it.value().isString()) {
            *error = Cli::tr("The data file %1: the value of %2 must be text.")
                         .arg(QDir::toNativeSeparators(path), it.key());
            return std::nullopt;
        }
    }
    const QString photo = root.value(QStringLiteral("photo")).toString();
    if (!photo.isEmpty()) {
        const QString photoPath = QFileInfo(path).dir().filePath(photo);
        QImageReader reader(photoPath);
        data.photo = reader.read();
        if (data.photo.isNull()) {
            *error = Cli::tr("The photo %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(photoPath), reader.errorString());
            return std::nullopt;
        }
    }
    data.qrText = root.value(QStringLiteral("qr")).toString();
    return data;
}

int renderCase(Context& context, const QString& caseNumber, const QString& pdf, const QString& clerkLogin);

int render(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("NUMBER"));
    const QCommandLineOption clerkOption(QStringLiteral("clerk"), QString(), QStringLiteral("LOGIN"));
    const QList<const QCommandLineOption*> required {&templateOption, &dataOption, &pdfOption};
    for (const auto* option : required) {
        parser.addOption(*option);
    }
    parser.addOptions({caseOption, clerkOption});
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.isSet(caseOption)) {
        if (parser.value(pdfOption).isEmpty() || parser.isSet(templateOption) || parser.isSet(dataOption)) {
            context.err << Cli::tr("certificate render --case NUMBER takes --pdf FILE and no template or data file.")
                        << Qt::endl;
            return UsageError;
        }
        return renderCase(context, parser.value(caseOption), parser.value(pdfOption), parser.value(clerkOption));
    }
    for (const auto* option : required) {
        if (parser.value(*option).isEmpty()) {
            context.err << Cli::tr("certificate render needs --%1.").arg(option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    QString error;
    const auto certificateTemplate = certificate::CertificateTemplate::find(parser.value(templateOption), &error);
    if (!certificateTemplate) {
        context.err << error << Qt::endl;
        return Failure;
    }
    const auto data = readCertificateData(parser.value(dataOption), &error);
    if (!data) {
        context.err << error << Qt::endl;
        return Failure;
    }
    // Template work: say which bound fields stay empty, but still render so the layout can be seen.
    for (const auto& field : certificateTemplate->fields) {
        if (field.source != u"literal" && !data->values.contains(field.source)) {
            context.err << Cli::tr("No value for %1 (field %2); it stays empty.").arg(field.source, field.id)
                        << Qt::endl;
        }
    }
    const certificate::CertificateDocument document(*certificateTemplate, *data);
    if (!document.writePdf(parser.value(pdfOption), &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    return Success;
}

int renderCase(Context& context, const QString& caseNumber, const QString& pdf, const QString& clerkLogin)
{
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const auto clerk = clerkUuid(database, clerkLogin, context);
    if (!clerk) {
        return Failure;
    }
    core::KeychainSecretStore secrets;
    certificate::CertificateIssuer issuer(database, secrets);
    certificate::PdfCertificatePrinter printer(pdf);
    QString error;
    if (!issuer.render(caseNumber, *clerk, printer, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Certificate of case %1 written to %2.").arg(caseNumber, QDir::toNativeSeparators(pdf))
                << Qt::endl;
    return Success;
}

int payload(Context& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("NUMBER"));
    parser.addOption(caseOption);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.value(caseOption).isEmpty()) {
        context.err << Cli::tr("certificate payload needs --case NUMBER.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    core::KeychainSecretStore secrets;
    QString error;
    const auto certificate =
        certificate::CertificateIssuer(database, secrets).printedCertificate(parser.value(caseOption), &error);
    if (!certificate) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << certificate->payload << Qt::endl;
    return Success;
}

// certificate reprint and certificate void: the case's printed certificate, a reason and a supervisor.
int supervised(const QString& command, Context& context)
{
    const bool reprinting = command == u"reprint";
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QString(), QStringLiteral("NUMBER"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption supervisorOption(QStringLiteral("supervisor"), QString(), QStringLiteral("LOGIN"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOptions({caseOption, reasonOption, supervisorOption});
    if (reprinting) {
        parser.addOption(pdfOption);
    }
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    QList<const QCommandLineOption*> required {&caseOption, &supervisorOption};
    if (reprinting) {
        required.append(&pdfOption);
    }
    for (const auto* option : std::as_const(required)) {
        if (parser.value(*option).isEmpty()) {
            context.err << Cli::tr("certificate %1 needs --%2.").arg(command, option->names().constFirst()) << Qt::endl;
            return UsageError;
        }
    }
    if (parser.value(reasonOption).trimmed().isEmpty()) {
        context.err << Cli::tr("certificate %1 needs --reason: the reason is kept with the number.").arg(command)
                    << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    core::KeychainSecretStore secrets;
    certificate::CertificateIssuer issuer(database, secrets);
    const QString caseNumber = parser.value(caseOption);
    QString error;
    // Nothing to approve for a case without a printed certificate: say so before asking for the password.
    const auto printed = issuer.printedCertificate(caseNumber, &error);
    if (!printed) {
        context.err << error << Qt::endl;
        return Failure;
    }
    const QString password = readSecret(Cli::tr("Supervisor's password: "), context.err).value_or(QString());
    auth::ClerkService clerks(database);
    const auto approval = certificate::SupervisorApproval(clerks).approve(parser.value(supervisorOption), password);
    if (!approval.ok()) {
        context.err << approval.message << Qt::endl;
        return Failure;
    }
    if (reprinting) {
        certificate::PdfCertificatePrinter printer(parser.value(pdfOption));
        if (!issuer.reprint(caseNumber, parser.value(reasonOption), *approval.clerk, printer, &error)) {
            context.err << error << Qt::endl;
            return Failure;
        }
        context.out << Cli::tr("Certificate %1 of case %2 reprinted to %3.")
                           .arg(printed->serialNumber, caseNumber, QDir::toNativeSeparators(parser.value(pdfOption)))
                    << Qt::endl;
        return Success;
    }
    if (!issuer.voidCertificate(caseNumber, parser.value(reasonOption), *approval.clerk, &error)) {
        context.err << error << Qt::endl;
        return Failure;
    }
    context.out << Cli::tr("Certificate %1 of case %2 voided.").arg(printed->serialNumber, caseNumber) << Qt::endl;
    return Success;
}

} // namespace

int runCertificateCommand(const QString& command, Context& context)
{
    if (command == u"payload") {
        return payload(context);
    }
    if (command == u"reprint" || command == u"void") {
        return supervised(command, context);
    }
    if (command == u"key") {
        return key(context);
    }
    if (command == u"templates") {
        return templates(context);
    }
    if (command == u"render") {
        return render(context);
    }
    return command == u"sign" ? sign(context) : verify(context);
}

} // namespace ow::cli
