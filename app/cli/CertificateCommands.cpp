#include "Cli.h"

#include "certificate/CertificatePayload.h"
#include "certificate/CounterKey.h"
#include "certificate/TrustedKeys.h"
#include "core/CounterSettings.h"
#include "core/Paths.h"
#include "core/SecretStore.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QFile>
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
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    bool created = false;
    const auto counter = counterKey(context, &created);
    if (!counter) {
        return Failure;
    }
    db::Database database(core::databasePath(context.dataDir));
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

} // namespace

int runCertificateCommand(const QString& command, Context& context)
{
    if (command == u"key") {
        return key(context);
    }
    return command == u"sign" ? sign(context) : verify(context);
}

} // namespace ow::cli
