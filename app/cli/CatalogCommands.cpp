#include "Cli.h"

#include "catalog/CatalogService.h"
#include "core/Paths.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {

namespace {

QJsonObject itemJson(const catalog::CatalogItem& item)
{
    return {{QStringLiteral("code"), item.code},
            {QStringLiteral("revision"), item.revision},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("short_name"), item.shortName},
            {QStringLiteral("kind"), catalog::kindCode(item.kind)},
            {QStringLiteral("time_limit_days"), item.timeLimitDays},
            {QStringLiteral("legal_time_limit_days"),
             item.legalTimeLimitDays ? QJsonValue(*item.legalTimeLimitDays) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("category"), item.categoryName},
            {QStringLiteral("category_code"), item.categoryCode},
            {QStringLiteral("department"), item.departmentName},
            {QStringLiteral("department_code"), item.departmentCode},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(item.keywords)},
            {QStringLiteral("home_service"), item.homeService},
            {QStringLiteral("delivery"), QJsonArray::fromStringList(item.deliveryOptions)},
            {QStringLiteral("default_delivery"), item.defaultDelivery}};
}

// Columns a text takes in a terminal: East Asian wide characters take two.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString& text, int width)
{
    return QString(text + QString(std::max(0, width - displayWidth(text)), u' '));
}

QString timeLimitText(const catalog::CatalogItem& item)
{
    if (item.isInstant()) {
        return Cli::tr("on the spot");
    }
    return item.timeLimitDays == 1 ? Cli::tr("1 working day") : Cli::tr("%1 working days").arg(item.timeLimitDays);
}

void print(Context& context, const QList<catalog::CatalogItem>& items, bool json)
{
    if (json) {
        QJsonArray array;
        for (const catalog::CatalogItem& item : items) {
            array.append(itemJson(item));
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    const QStringList header = {Cli::tr("Code"), Cli::tr("Kind"), Cli::tr("Time limit"), Cli::tr("Name")};
    QList<QStringList> rows = {header};
    for (const catalog::CatalogItem& item : items) {
        rows.append({item.code, catalog::displayKind(item.kind), timeLimitText(item), item.name});
    }
    int widths[3] = {0, 0, 0};
    for (const QStringList& row : std::as_const(rows)) {
        for (int column = 0; column < 3; ++column) {
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
        }
    }
    for (const QStringList& row : std::as_const(rows)) {
        context.out << padded(row.at(0), widths[0] + 2) << padded(row.at(1), widths[1] + 2)
                    << padded(row.at(2), widths[2] + 2) << row.at(3) << Qt::endl;
    }
}

int importCatalog(Context& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QString());
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Cli::tr("catalog import takes one PATH: a catalog folder or a catalog file.") << Qt::endl;
        return UsageError;
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    catalog::CatalogService catalog(database);
    QString error;
    const auto summary = catalog.importCatalog(parser.positionalArguments().constFirst(), &error);
    if (!summary) {
        context.err << error << Qt::endl
                    << Cli::tr("Nothing was imported; the catalog in use is unchanged.") << Qt::endl;
        return Failure;
    }
    const QString items = summary->items == 1 ? Cli::tr("1 item") : Cli::tr("%1 items").arg(summary->items);
    const QString bundles = summary->bundles == 1 ? Cli::tr("1 bundle") : Cli::tr("%1 bundles").arg(summary->bundles);
    context.out << Cli::tr("Imported %1 and %2.").arg(items, bundles) << Qt::endl;
    return Success;
}

int listOrSearch(Context& context, bool search)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    parser.addOption(jsonOption);
    if (search) {
        parser.addOption(limitOption);
        parser.addPositionalArgument(QStringLiteral("TEXT"), QString());
    }
    if (!parseArguments(parser, context)) {
        return UsageError;
    }
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    if (search && text.isEmpty()) {
        context.err << Cli::tr("catalog search takes the TEXT to find.") << Qt::endl;
        return UsageError;
    }
    if (!search && !parser.positionalArguments().isEmpty()) {
        context.err << Cli::tr("catalog list takes no operands.") << Qt::endl;
        return UsageError;
    }
    int limit = -1;
    if (search && parser.isSet(limitOption)) {
        bool numeric = false;
        limit = parser.value(limitOption).toInt(&numeric);
        if (!numeric || limit < 1) {
            context.err << Cli::tr("--limit takes a number of at least 1.") << Qt::endl;
            return UsageError;
        }
    }
    db::Database database(context.databasePath());
    if (!context.openDatabase(database)) {
        return Failure;
    }
    const catalog::CatalogService catalog(database);
    const QList<catalog::CatalogItem> items = search ? catalog.search(text, limit) : catalog.items();
    if (items.isEmpty() && !parser.isSet(jsonOption)) {
        context.out << (search ? Cli::tr("No item matches %1.").arg(text) : Cli::tr("The catalog is empty."))
                    << Qt::endl;
        return Success;
    }
    print(context, items, parser.isSet(jsonOption));
    return Success;
}

} // namespace

int runCatalogCommand(const QString& command, Context& context)
{
    if (command == u"import") {
        return importCatalog(context);
    }
    return listOrSearch(context, command == u"search");
}

} // namespace ow::cli
