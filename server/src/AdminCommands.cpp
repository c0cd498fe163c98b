#include "AdminCommands.h"

#include "Api.h"
#include "Store.h"
#include "auth/PasswordHasher.h"
#include "auth/Role.h"
#include "idcard/IdNumber.h"
#include "sync/Protocol.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace ow::district {

namespace protocol = ow::sync::protocol;

namespace {

constexpr int minPasswordLength = 8;

// Parses options; every named option is required and must not be empty.
bool parse(QCommandLineParser& parser, const QStringList& arguments, const QList<QCommandLineOption>& required,
           QTextStream& err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("admin")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    for (const QCommandLineOption& option : required) {
        if (parser.value(option).trimmed().isEmpty()) {
            err << AdminCommands::tr("Give --%1.").arg(option.names().constFirst()) << Qt::endl;
            return false;
        }
    }
    return true;
}

QString newEnrollCode()
{
    // No 0/O or 1/I/L: the code is read aloud and typed at the counter.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < 8; ++i) {
        code += alphabet.at(static_cast<qsizetype>(QRandomGenerator::system()->bounded(alphabet.size())));
    }
    return code.left(4) + u'-' + code.mid(4);
}

bool hallExists(QSqlDatabase& db, const QString& code, bool* ok)
{
    QSqlQuery query(db);
    *ok = run(query, QStringLiteral("SELECT 1 FROM halls WHERE code = ?"), {code});
    return *ok && query.next();
}

qint64 count(QSqlDatabase& db, const QString& sql, bool* ok)
{
    QSqlQuery query(db);
    if (!run(query, sql, {}) || !query.next()) {
        *ok = false;
        return 0;
    }
    return query.value(0).toLongLong();
}

QJsonObject countsBy(QSqlDatabase& db, const QString& sql, bool* ok)
{
    QJsonObject counts;
    QSqlQuery query(db);
    if (!run(query, sql, {})) {
        *ok = false;
        return counts;
    }
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counts;
}

} // namespace

AdminCommands::AdminCommands(Store& store, QTextStream& out, QTextStream& err)
    : m_store(store)
    , m_out(out)
    , m_err(err)
{ }

QString AdminCommands::usage()
{
    return QString(
        tr("Administration (onewindow-district --database URL admin ...):\n"
           "  hall add --code C --name N            add a service hall\n"
           "  enroll-code --hall C [--valid-hours H] [--count N]\n"
           "                                        print one-time codes (one a line) that each enroll one counter\n"
           "  clerk add --login L --name N --role R --hall C\n"
           "                                        add a clerk; the password is read from standard input\n"
           "  clerk deactivate --login L            stop a clerk's logins at every counter\n"
           "  device revoke --id D                  revoke an enrolled counter and its certificate key\n"
           "  series add --template T --prefix P --width W [--first N]\n"
           "                                        add a certificate number series that counters lease from\n"
           "  stats [--json]                        counts of cases, blobs, operations, numbers and devices\n"
           "  load-population FILE                  load shared citizen data (household, disability, allowance)\n") +
        tr("  audit-check [--json]                  each counter's audit chain: intact or where it breaks\n"
           "  catalog import DIR                    publish the service catalog in DIR to every counter\n") +
        tr("  calendar import FILE                  publish working-day calendar years to every counter\n"
           "  template import FILE...               publish certificate templates to every counter\n"
           "  appointment import FILE               publish appointments (JSON array) to their halls' counters\n"));
}

bool AdminCommands::openStore()
{
    QString error;
    if (!m_store.open(&error)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

std::optional<int> AdminCommands::parseAndOpen(QCommandLineParser& parser, const QStringList& arguments,
                                               const QList<QCommandLineOption>& required)
{
    if (!parse(parser, arguments, required, m_err)) {
        return UsageError;
    }
    if (!openStore()) {
        return Failure;
    }
    return std::nullopt;
}

std::optional<QJsonDocument> AdminCommands::readJsonFile(const QString& path, bool objectOnly, QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (objectOnly && (parseError.error != QJsonParseError::NoError || !document.isObject())) {
        *errorMessage = tr("%1 is not a JSON object (%2); nothing was published.").arg(path, parseError.errorString());
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = tr("%1 is not JSON (%2); nothing was published.").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return document;
}

int AdminCommands::run(const QStringList& arguments)
{
    // Each command with its words; a one-word command takes whatever follows as its arguments.
    struct Command
    {
        QLatin1StringView first;
        QLatin1StringView second;
        int (AdminCommands::*run)(const QStringList&);
    };
    static constexpr Command commands[] = {
        {QLatin1StringView("hall"), QLatin1StringView("add"), &AdminCommands::hallAdd},
        {QLatin1StringView("enroll-code"), {}, &AdminCommands::enrollCode},
        {QLatin1StringView("clerk"), QLatin1StringView("add"), &AdminCommands::clerkAdd},
        {QLatin1StringView("clerk"), QLatin1StringView("deactivate"), &AdminCommands::clerkDeactivate},
        {QLatin1StringView("device"), QLatin1StringView("revoke"), &AdminCommands::deviceRevoke},
        {QLatin1StringView("series"), QLatin1StringView("add"), &AdminCommands::seriesAdd},
        {QLatin1StringView("audit-check"), {}, &AdminCommands::auditCheck},
        {QLatin1StringView("catalog"), QLatin1StringView("import"), &AdminCommands::catalogImport},
        {QLatin1StringView("calendar"), QLatin1StringView("import"), &AdminCommands::calendarImport},
        {QLatin1StringView("template"), QLatin1StringView("import"), &AdminCommands::templateImport},
        {QLatin1StringView("appointment"), QLatin1StringView("import"), &AdminCommands::appointmentImport},
        {QLatin1StringView("stats"), {}, &AdminCommands::stats},
        {QLatin1StringView("load-population"), {}, &AdminCommands::loadPopulation},
    };
    const QString first = arguments.value(0);
    const QString second = arguments.value(1);
    for (const Command& command : commands) {
        if (first == command.first && (command.second.isEmpty() || second == command.second)) {
            return (this->*command.run)(arguments.mid(command.second.isEmpty() ? 1 : 2));
        }
    }
    if (first.isEmpty()) {
        m_err << usage();
    } else {
        m_err << tr("Unknown admin command: %1.").arg(arguments.join(u' ')) << Qt::endl << usage();
    }
    return UsageError;
}

int AdminCommands::hallAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption codeOption(QStringLiteral("code"), QString(), QStringLiteral("C"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("N"));
    parser.addOptions({codeOption, nameOption});
    if (!parse(parser, arguments, {codeOption, nameOption}, m_err)) {
        return UsageError;
    }
    const QString code = parser.value(codeOption).trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    if (!codePattern.match(code).hasMatch()) {
        m_err << tr("A hall code has 1 to 32 letters, digits or dashes: %1 has not.").arg(code) << Qt::endl;
        return UsageError;
    }
    if (!openStore()) {
        return Failure;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    bool ok = transaction.isActive();
    if (ok && hallExists(db, code, &ok)) {
        m_err << tr("Hall %1 exists already; nothing was changed.").arg(code) << Qt::endl;
        return Failure;
    }
    QSqlQuery insert(db);
    if (!ok ||
        !district::run(insert, QStringLiteral("INSERT INTO halls (code, name, created_at) VALUES (?, ?, ?)"),
                       {code, parser.value(nameOption).trimmed(), nowText()}) ||
        !transaction.commit()) {
        m_err << tr("The hall could not be stored; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Hall %1 (%2) added.").arg(code, parser.value(nameOption).trimmed()) << Qt::endl;
    return Success;
}

int AdminCommands::enrollCode(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption hallOption(QStringLiteral("hall"), QString(), QStringLiteral("C"));
    const QCommandLineOption hoursOption(QStringLiteral("valid-hours"), QString(), QStringLiteral("H"),
                                         QStringLiteral("72"));
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({hallOption, hoursOption, countOption});
    if (!parse(parser, arguments, {hallOption}, m_err)) {
        return UsageError;
    }
    bool hoursOk = false;
    const int hours = parser.value(hoursOption).toInt(&hoursOk);
    if (!hoursOk || hours < 1 || hours > 24 * 90) {
        m_err << tr("--valid-hours must be 1 to 2160.") << Qt::endl;
        return UsageError;
    }
    // Many codes in one transaction, for load tests that enroll thousands of simulated counters.
    bool countOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    if (!countOk || count < 1 || count > 10000) {
        m_err << tr("--count must be 1 to 10000.") << Qt::endl;
        return UsageError;
    }
    if (!openStore()) {
        return Failure;
    }
    const QString hall = parser.value(hallOption).trimmed();
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    bool ok = transaction.isActive();
    if (ok && !hallExists(db, hall, &ok) && ok) {
        m_err << tr("There is no hall %1; add it with: admin hall add.").arg(hall) << Qt::endl;
        return Failure;
    }
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    QStringList codes;
    QSqlQuery insert(db);
    for (int i = 0; ok && i < count; ++i) {
        codes.append(newEnrollCode());
        ok = district::run(
            insert,
            QStringLiteral("INSERT INTO enroll_codes (code_hash, hall_code, created_at, expires_at) "
                           "VALUES (?, ?, ?, ?)"),
            {secretHash(normalizedEnrollCode(codes.last())), hall, nowText(), protocol::timestampText(expires)});
    }
    if (!ok || !transaction.commit()) {
        m_err << tr("The enrollment code could not be stored; see the log.") << Qt::endl;
        return Failure;
    }
    // The codes alone on standard output, for scripts; the rest on standard error.
    for (const QString& code : std::as_const(codes)) {
        m_out << code << Qt::endl;
    }
    m_err << tr("One counter of hall %1 can enroll with this code until %2 (UTC).")
                 .arg(hall, expires.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << Qt::endl;
    return Success;
}

int AdminCommands::clerkAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption loginOption(QStringLiteral("login"), QString(), QStringLiteral("L"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("R"));
    const QCommandLineOption hallOption(QStringLiteral("hall"), QString(), QStringLiteral("C"));
    parser.addOptions({loginOption, nameOption, roleOption, hallOption});
    if (!parse(parser, arguments, {loginOption, nameOption, roleOption, hallOption}, m_err)) {
        return UsageError;
    }
    const QString login = parser.value(loginOption).trimmed();
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (!loginPattern.match(login).hasMatch()) {
        m_err << tr("A login has 2 to 32 lower-case letters, digits, dots, dashes or underscores.") << Qt::endl;
        return UsageError;
    }
    const auto role = auth::Roles::fromCode(parser.value(roleOption));
    if (!role) {
        m_err << tr("The role must be clerk, supervisor or admin.") << Qt::endl;
        return UsageError;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("Standard input cannot be read.") << Qt::endl;
        return Failure;
    }
    QString password = QString::fromUtf8(input.readAll());
    while (password.endsWith(u'\n') || password.endsWith(u'\r')) {
        password.chop(1);
    }
    if (password.size() < minPasswordLength) {
        m_err << tr("Give the password (at least %1 characters) on standard input.").arg(minPasswordLength) << Qt::endl;
        return UsageError;
    }
    if (!openStore()) {
        return Failure;
    }
    const auto verifier = auth::PasswordHasher::hash(password);
    if (!verifier) {
        m_err << tr("The password could not be protected (not enough memory).") << Qt::endl;
        return Failure;
    }
    const QString hall = parser.value(hallOption).trimmed();
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    bool ok = transaction.isActive();
    if (ok && !hallExists(db, hall, &ok) && ok) {
        m_err << tr("There is no hall %1; add it with: admin hall add.").arg(hall) << Qt::endl;
        return Failure;
    }
    QSqlQuery existing(db);
    ok = ok && district::run(existing, QStringLiteral("SELECT 1 FROM clerks WHERE login = ?"), {login});
    if (ok && existing.next()) {
        m_err << tr("The login %1 is taken; nothing was changed.").arg(login) << Qt::endl;
        return Failure;
    }
    existing.finish();
    const protocol::ClerkInfo clerk {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     login,
                                     parser.value(nameOption).trimmed(),
                                     auth::Roles::code(*role),
                                     hall,
                                     true};
    QSqlQuery insert(db);
    if (!ok ||
        !district::run(insert,
                       QStringLiteral("INSERT INTO clerks (uuid, login, name, role, hall_code, password_hash, active, "
                                      "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)"),
                       {clerk.uuid, clerk.login, clerk.name, clerk.role, hall, *verifier, nowText()}) ||
        !appendChange(db, {QLatin1StringView(protocol::stream::clerks), clerk.uuid, 1, false, hall, clerk.toJson()}) ||
        !transaction.commit()) {
        m_err << tr("The clerk could not be stored; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Clerk %1 (%2) added to hall %3 as %4.").arg(clerk.login, clerk.name, hall, clerk.role) << Qt::endl;
    return Success;
}

int AdminCommands::clerkDeactivate(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption loginOption(QStringLiteral("login"), QString(), QStringLiteral("L"));
    parser.addOption(loginOption);
    if (const auto stop = parseAndOpen(parser, arguments, {loginOption})) {
        return *stop;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    QSqlQuery query(db);
    bool ok = transaction.isActive() &&
        district::run(query,
                      QStringLiteral("SELECT uuid, login, name, role, hall_code, version FROM clerks WHERE login = ?"),
                      {parser.value(loginOption).trimmed()});
    if (ok && !query.next()) {
        m_err << tr("There is no clerk %1.").arg(parser.value(loginOption).trimmed()) << Qt::endl;
        return Failure;
    }
    const protocol::ClerkInfo clerk {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString(), false};
    const qint64 version = query.value(5).toLongLong() + 1;
    query.finish();
    QSqlQuery update(db);
    if (!ok ||
        !district::run(update,
                       QStringLiteral("UPDATE clerks SET active = 0, version = ?, updated_at = ? WHERE uuid = ?"),
                       {version, nowText(), clerk.uuid}) ||
        !appendChange(
            db,
            {QLatin1StringView(protocol::stream::clerks), clerk.uuid, version, false, clerk.hall, clerk.toJson()}) ||
        !transaction.commit()) {
        m_err << tr("The clerk could not be changed; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Clerk %1 can no longer log in; the counters learn it at their next sync.").arg(clerk.login)
          << Qt::endl;
    return Success;
}

int AdminCommands::deviceRevoke(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(QStringLiteral("id"), QString(), QStringLiteral("D"));
    parser.addOption(idOption);
    if (const auto stop = parseAndOpen(parser, arguments, {idOption})) {
        return *stop;
    }
    const QString id = parser.value(idOption).trimmed();
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    QSqlQuery device(db);
    bool ok = transaction.isActive() &&
        district::run(device, QStringLiteral("SELECT key_id FROM devices WHERE id = ? AND revoked_at IS NULL"), {id});
    if (ok && !device.next()) {
        m_err << tr("There is no enrolled, unrevoked device %1.").arg(id) << Qt::endl;
        return Failure;
    }
    const QString keyId = device.value(0).toString();
    device.finish();
    QSqlQuery revoke(db);
    QSqlQuery key(db);
    ok = ok &&
        district::run(revoke, QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ?"), {nowText(), id}) &&
        district::run(key,
                      QStringLiteral("SELECT public_key, hall_code, valid_from, version FROM trusted_keys "
                                     "WHERE key_id = ? AND device_id = ?"),
                      {keyId, id});
    // Certificates it signed until today stay valid; none after.
    if (ok && key.next()) {
        const QString validTo = QDate::currentDate().toString(Qt::ISODate);
        const qint64 version = key.value(3).toLongLong() + 1;
        const QJsonObject data {{QStringLiteral("key_id"), keyId},
                                {QStringLiteral("public_key"), key.value(0).toString()},
                                {QStringLiteral("hall"), key.value(1).toString()},
                                {QStringLiteral("device_id"), id},
                                {QStringLiteral("valid_from"), key.value(2).toString()},
                                {QStringLiteral("valid_to"), validTo},
                                {QStringLiteral("active"), false}};
        key.finish();
        QSqlQuery update(db);
        ok = district::run(
                 update,
                 QStringLiteral("UPDATE trusted_keys SET active = 0, valid_to = ?, version = ? WHERE key_id = ?"),
                 {validTo, version, keyId}) &&
            appendChange(db, {QLatin1StringView(protocol::stream::trustedKeys), keyId, version, false, {}, data});
    }
    if (!ok || !transaction.commit()) {
        m_err << tr("The device could not be revoked; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Device %1 is revoked; its token no longer works.").arg(id) << Qt::endl;
    return Success;
}

int AdminCommands::seriesAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("T"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), QString(), QStringLiteral("P"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QString(), QStringLiteral("W"));
    const QCommandLineOption firstOption(QStringLiteral("first"), QString(), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({templateOption, prefixOption, widthOption, firstOption});
    if (!parse(parser, arguments, {templateOption, widthOption}, m_err)) {
        return UsageError;
    }
    bool widthOk = false;
    bool firstOk = false;
    const int width = parser.value(widthOption).toInt(&widthOk);
    const qint64 first = parser.value(firstOption).toLongLong(&firstOk);
    if (!widthOk || width < 1 || width > 18 || !firstOk || first < 0) {
        m_err << tr("--width must be 1 to 18 and --first a number not below 0.") << Qt::endl;
        return UsageError;
    }
    if (!openStore()) {
        return Failure;
    }
    const QString templateCode = parser.value(templateOption).trimmed();
    // A series may have no prefix; an empty, not a null string, since null binds as SQL NULL.
    const QString prefix = parser.isSet(prefixOption) ? parser.value(prefixOption).trimmed() : QStringLiteral("");
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    QSqlQuery existing(db);
    bool ok = transaction.isActive() &&
        district::run(existing, QStringLiteral("SELECT 1 FROM number_series WHERE template_code = ?"), {templateCode});
    if (ok && existing.next()) {
        m_err << tr("Template %1 has a number series already; nothing was changed.").arg(templateCode) << Qt::endl;
        return Failure;
    }
    existing.finish();
    QSqlQuery insert(db);
    if (!ok ||
        !district::run(insert,
                       QStringLiteral("INSERT INTO number_series (template_code, prefix, width, next_number) "
                                      "VALUES (?, ?, ?, ?)"),
                       {templateCode, prefix, width, first}) ||
        !transaction.commit()) {
        m_err << tr("The series could not be stored; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("Numbers of template %1 are leased from %2 on.").arg(templateCode).arg(first) << Qt::endl;
    return Success;
}

int AdminCommands::stats(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (const auto stop = parseAndOpen(parser, arguments, {})) {
        return *stop;
    }
    QSqlDatabase db = m_store.connection();
    bool ok = true;
    const QJsonObject stats {
        {QStringLiteral("halls"), count(db, QStringLiteral("SELECT count(*) FROM halls"), &ok)},
        {QStringLiteral("devices"),
         QJsonObject {{QStringLiteral("active"),
                       count(db, QStringLiteral("SELECT count(*) FROM devices WHERE revoked_at IS NULL"), &ok)},
                      {QStringLiteral("revoked"),
                       count(db, QStringLiteral("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"), &ok)}}},
        {QStringLiteral("clerks"), count(db, QStringLiteral("SELECT count(*) FROM clerks"), &ok)},
        {QStringLiteral("citizens"), count(db, QStringLiteral("SELECT count(*) FROM citizens"), &ok)},
        {QStringLiteral("cases"),
         QJsonObject {{QStringLiteral("total"), count(db, QStringLiteral("SELECT count(*) FROM cases"), &ok)},
                      {QStringLiteral("by_state"),
                       countsBy(db, QStringLiteral("SELECT state, count(*) FROM cases GROUP BY state"), &ok)}}},
        {QStringLiteral("blobs"),
         QJsonObject {
             {QStringLiteral("complete"),
              count(db, QStringLiteral("SELECT count(*) FROM blobs WHERE complete = 1"), &ok)},
             {QStringLiteral("partial"),
              count(db, QStringLiteral("SELECT count(*) FROM blobs WHERE complete = 0"), &ok)},
             {QStringLiteral("attachments"), count(db, QStringLiteral("SELECT count(*) FROM attachments"), &ok)}}},
        {QStringLiteral("applied_ops"),
         QJsonObject {{QStringLiteral("total"), count(db, QStringLiteral("SELECT count(*) FROM applied_ops"), &ok)},
                      {QStringLiteral("by_status"),
                       countsBy(db, QStringLiteral("SELECT status, count(*) FROM applied_ops GROUP BY status"), &ok)}}},
        {QStringLiteral("numbers"),
         QJsonObject {{QStringLiteral("series"), count(db, QStringLiteral("SELECT count(*) FROM number_series"), &ok)},
                      {QStringLiteral("blocks_by_state"),
                       countsBy(db, QStringLiteral("SELECT state, count(*) FROM number_blocks GROUP BY state"), &ok)},
                      {QStringLiteral("certificates_by_state"),
                       countsBy(db, QStringLiteral("SELECT state, count(*) FROM certificates GROUP BY state"), &ok)}}},
        {QStringLiteral("changes"), count(db, QStringLiteral("SELECT count(*) FROM change_log"), &ok)},
        {QStringLiteral("population"), count(db, QStringLiteral("SELECT count(*) FROM population"), &ok)}};
    if (!ok) {
        m_err << tr("The statistics could not be read; see the log.") << Qt::endl;
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        m_out << QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QJsonObject cases = stats.value(QStringLiteral("cases")).toObject();
    const QJsonObject ops = stats.value(QStringLiteral("applied_ops")).toObject();
    const QJsonObject blobs = stats.value(QStringLiteral("blobs")).toObject();
    const QJsonObject devices = stats.value(QStringLiteral("devices")).toObject();
    m_out << tr("Halls: %1, devices: %2 (%3 revoked), clerks: %4")
                 .arg(stats.value(QStringLiteral("halls")).toInteger())
                 .arg(devices.value(QStringLiteral("active")).toInteger())
                 .arg(devices.value(QStringLiteral("revoked")).toInteger())
                 .arg(stats.value(QStringLiteral("clerks")).toInteger())
          << Qt::endl
          << tr("Cases: %1, citizens: %2")
                 .arg(cases.value(QStringLiteral("total")).toInteger())
                 .arg(stats.value(QStringLiteral("citizens")).toInteger())
          << Qt::endl
          << tr("Blobs: %1 complete, %2 arriving")
                 .arg(blobs.value(QStringLiteral("complete")).toInteger())
                 .arg(blobs.value(QStringLiteral("partial")).toInteger())
          << Qt::endl
          << tr("Operations received: %1").arg(ops.value(QStringLiteral("total")).toInteger()) << Qt::endl;
    return Success;
}

int AdminCommands::loadPopulation(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    if (!parse(parser, arguments, {}, m_err)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Give one population file: admin load-population FILE.") << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("The file %1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue citizens = document.object().value(QStringLiteral("citizens"));
    if (parseError.error != QJsonParseError::NoError || !citizens.isArray()) {
        m_err << tr("%1 is not a population file: a JSON object with a \"citizens\" array is expected.").arg(path)
              << Qt::endl;
        return Failure;
    }
    // Every record is checked before anything is stored.
    QList<std::pair<QString, QJsonObject>> records;
    const QJsonArray array = citizens.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject record = array.at(i).toObject();
        const auto check =
            idcard::IdNumber::check(record.value(QStringLiteral("id_number")).toString(), QDate::currentDate());
        if (!check.valid) {
            m_err << tr("Citizen %1 of %2 has no valid ID number (%3); nothing was loaded.")
                         .arg(i + 1)
                         .arg(path, record.value(QStringLiteral("id_number")).toString())
                  << Qt::endl;
            return Failure;
        }
        records.append({check.normalized, record});
    }
    if (!openStore()) {
        return Failure;
    }
    QSqlDatabase db = m_store.connection();
    WriteTransaction transaction(db, m_store.isSqlite());
    bool ok = transaction.isActive();
    for (const auto& [idNumber, record] : std::as_const(records)) {
        QSqlQuery remove(db);
        QSqlQuery insert(db);
        ok = ok && district::run(remove, QStringLiteral("DELETE FROM population WHERE id_number = ?"), {idNumber}) &&
            district::run(insert,
                          QStringLiteral("INSERT INTO population (id_number, data, loaded_at) VALUES (?, ?, ?)"),
                          {idNumber, jsonText(record), nowText()});
    }
    if (!ok || !transaction.commit()) {
        m_err << tr("The population could not be stored; see the log.") << Qt::endl;
        return Failure;
    }
    m_out << tr("%n citizen(s) loaded from %1.", nullptr, static_cast<int>(records.size())).arg(path) << Qt::endl;
    return Success;
}

} // namespace ow::district
