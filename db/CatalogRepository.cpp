#include "db/CatalogRepository.h"

#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

namespace ow::db {

namespace {

const QString itemColumns = QStringLiteral(
    "code, revision, name, short_name, category_code, category, department_code, department, kind, time_limit_days, "
    "legal_time_limit_days, definition, active");

// The searchable text of an item: each column of the index, as one expression for LIKE.
const QString searchText = QStringLiteral("(code || char(10) || name || char(10) || short_name || char(10) || "
                                          "keywords || char(10) || category || char(10) || department || char(10) || "
                                          "scope)");

QByteArray jsonList(const QStringList& values)
{
    return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

QStringList parseList(const QVariant& value)
{
    QStringList result;
    for (const QJsonValue& entry : QJsonDocument::fromJson(value.toByteArray()).array()) {
        result.append(entry.toString());
    }
    return result;
}

CatalogItemRow itemFrom(const QSqlQuery& query)
{
    CatalogItemRow row;
    row.code = query.value(0).toString();
    row.revision = query.value(1).toInt();
    row.name = query.value(2).toString();
    row.shortName = query.value(3).toString();
    row.categoryCode = query.value(4).toString();
    row.categoryName = query.value(5).toString();
    row.departmentCode = query.value(6).toString();
    row.departmentName = query.value(7).toString();
    row.kind = query.value(8).toString();
    row.timeLimitDays = query.value(9).toInt();
    if (!query.value(10).isNull()) {
        row.legalTimeLimitDays = query.value(10).toInt();
    }
    row.definition = query.value(11).toByteArray();
    row.active = query.value(12).toInt() == 1;
    return row;
}

// A savepoint that rolls back unless released: replaceAll is whole or nothing, inside a caller's transaction or not.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("SAVEPOINT catalog_replace"));
        if (!m_active) {
            qCWarning(lcDatabase) << "cannot begin the catalog savepoint:" << query.lastError().text();
        }
    }
    ~Savepoint()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("ROLLBACK TO catalog_replace")) ||
                !query.exec(QStringLiteral("RELEASE catalog_replace"))) {
                qCWarning(lcDatabase) << "catalog rollback failed:" << query.lastError().text();
            }
        }
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool release()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("RELEASE catalog_replace"))) {
            qCWarning(lcDatabase) << "catalog release failed:" << query.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

CatalogQuery CatalogQuery::parse(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    CatalogQuery query;
    QStringList phrases;
    for (const QString& term : text.split(spaces, Qt::SkipEmptyParts)) {
        // The trigram tokenizer counts characters (code points), not UTF-16 units.
        if (term.toUcs4().size() >= 3) {
            QString phrase = term;
            phrases.append(QString(u'"' + phrase.replace(u'"', QStringLiteral("\"\"")) + u'"'));
        } else {
            QString escaped = term;
            escaped.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            query.likePatterns.append(QString(u'%' + escaped + u'%'));
        }
    }
    query.match = phrases.join(QStringLiteral(" AND "));
    return query;
}

CatalogRepository::CatalogRepository(Database& database)
    : m_database(database)
{ }

bool CatalogRepository::replaceAll(const QList<CatalogItemRow>& items, const QList<CatalogBundleRow>& bundles)
{
    const QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive()) {
        return false;
    }
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO catalog_items (uuid, code, revision, name, short_name, category_code, category, department_code, "
        "department, kind, time_limit_days, legal_time_limit_days, definition, active, version, updated_at) "
        "VALUES (:uuid, :code, :revision, :name, :short_name, :category_code, :category, :department_code, "
        ":department, :kind, :time_limit_days, :legal, :definition, 1, 1, :now) "
        "ON CONFLICT (code) DO UPDATE SET revision = excluded.revision, name = excluded.name, "
        "short_name = excluded.short_name, category_code = excluded.category_code, category = excluded.category, "
        "department_code = excluded.department_code, department = excluded.department, kind = excluded.kind, "
        "time_limit_days = excluded.time_limit_days, legal_time_limit_days = excluded.legal_time_limit_days, "
        "version = version + (definition <> excluded.definition OR active = 0), definition = excluded.definition, "
        "active = 1, updated_at = excluded.updated_at"));
    QSqlQuery index(db);
    index.prepare(QStringLiteral("INSERT INTO catalog_search (code, name, short_name, keywords, category, department, "
                                 "scope) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery statement(db);
    if (!statement.exec(QStringLiteral("DELETE FROM catalog_search")) ||
        !statement.exec(QStringLiteral("DELETE FROM catalog_bundles"))) {
        qCWarning(lcDatabase) << statement.lastError().text();
        return false;
    }
    for (const CatalogItemRow& item : items) {
        upsert.bindValue(QStringLiteral(":uuid"), newUuid());
        upsert.bindValue(QStringLiteral(":code"), item.code);
        upsert.bindValue(QStringLiteral(":revision"), item.revision);
        upsert.bindValue(QStringLiteral(":name"), item.name);
        upsert.bindValue(QStringLiteral(":short_name"), item.shortName);
        upsert.bindValue(QStringLiteral(":category_code"), item.categoryCode);
        upsert.bindValue(QStringLiteral(":category"), item.categoryName);
        upsert.bindValue(QStringLiteral(":department_code"), item.departmentCode);
        upsert.bindValue(QStringLiteral(":department"), item.departmentName);
        upsert.bindValue(QStringLiteral(":kind"), item.kind);
        upsert.bindValue(QStringLiteral(":time_limit_days"), item.timeLimitDays);
        upsert.bindValue(QStringLiteral(":legal"),
                         item.legalTimeLimitDays ? QVariant(*item.legalTimeLimitDays)
                                                 : QVariant(QMetaType::fromType<int>()));
        upsert.bindValue(QStringLiteral(":definition"), QString::fromUtf8(item.definition));
        upsert.bindValue(QStringLiteral(":now"), now);
        if (!execute(upsert)) {
            return false;
        }
        index.addBindValue(item.code);
        index.addBindValue(item.name);
        index.addBindValue(item.shortName);
        index.addBindValue(item.keywords.join(u' '));
        index.addBindValue(item.categoryName);
        index.addBindValue(item.departmentName);
        index.addBindValue(item.scope);
        if (!execute(index)) {
            return false;
        }
    }
    QStringList codes;
    for (const CatalogItemRow& item : items) {
        codes.append(item.code);
    }
    QSqlQuery retire(db);
    retire.prepare(QStringLiteral("UPDATE catalog_items SET active = 0, version = version + 1, updated_at = ? "
                                  "WHERE active = 1 AND code NOT IN (SELECT value FROM json_each(?))"));
    retire.addBindValue(now);
    retire.addBindValue(QString::fromUtf8(jsonList(codes)));
    if (!execute(retire)) {
        return false;
    }
    QSqlQuery bundle(db);
    bundle.prepare(QStringLiteral("INSERT INTO catalog_bundles (code, revision, name, item_codes, definition, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const CatalogBundleRow& row : bundles) {
        bundle.addBindValue(row.code);
        bundle.addBindValue(row.revision);
        bundle.addBindValue(row.name);
        bundle.addBindValue(QString::fromUtf8(jsonList(row.itemCodes)));
        bundle.addBindValue(QString::fromUtf8(row.definition));
        bundle.addBindValue(now);
        if (!execute(bundle)) {
            return false;
        }
    }
    return savepoint.release();
}

int CatalogRepository::activeCount() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM catalog_items WHERE active = 1"));
    if (!execute(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

QList<CatalogItemRow> CatalogRepository::list() const
{
    QList<CatalogItemRow> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM catalog_items WHERE active = 1 ORDER BY name, code").arg(itemColumns));
    if (execute(query)) {
        while (query.next()) {
            rows.append(itemFrom(query));
        }
    }
    return rows;
}

std::optional<CatalogItemRow> CatalogRepository::item(const QString& code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM catalog_items WHERE code = ?").arg(itemColumns));
    query.addBindValue(code);
    if (!execute(query) || !query.next()) {
        return std::nullopt;
    }
    return itemFrom(query);
}

QList<CatalogBundleRow> CatalogRepository::bundles() const
{
    QList<CatalogBundleRow> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT code, revision, name, item_codes, definition FROM catalog_bundles "
                                 "ORDER BY name, code"));
    if (execute(query)) {
        while (query.next()) {
            rows.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                         parseList(query.value(3)), query.value(4).toByteArray()});
        }
    }
    return rows;
}

QList<CatalogHit> CatalogRepository::search(const QString& text, const QDateTime& usedSince, int limit) const
{
    const CatalogQuery terms = CatalogQuery::parse(text);
    QStringList conditions;
    if (!terms.match.isEmpty()) {
        conditions.append(QStringLiteral("catalog_search MATCH ?"));
    }
    // With an ESCAPE clause SQLite evaluates LIKE itself; SQLite 3.40's trigram index answers a LIKE pattern
    // shorter than three characters with no rows at all.
    for (qsizetype i = 0; i < terms.likePatterns.size(); ++i) {
        conditions.append(QString(searchText + QStringLiteral(" LIKE ? ESCAPE '\\'")));
    }
    const QString filter = conditions.isEmpty()
        ? QString()
        : QStringLiteral(" AND i.code IN (SELECT code FROM catalog_search WHERE %1)")
              .arg(conditions.join(QStringLiteral(" AND ")));

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT i.code, i.name, (SELECT count(*) FROM cases c WHERE c.item_code = i.code "
                                 "AND c.accepted_at >= ?) AS uses FROM catalog_items i WHERE i.active = 1%1 "
                                 "ORDER BY uses DESC, i.name, i.code LIMIT ?")
                      .arg(filter));
    query.addBindValue(timestamp(usedSince));
    if (!terms.match.isEmpty()) {
        query.addBindValue(terms.match);
    }
    for (const QString& pattern : terms.likePatterns) {
        query.addBindValue(pattern);
    }
    query.addBindValue(limit < 0 ? -1 : limit);
    QList<CatalogHit> hits;
    if (execute(query)) {
        while (query.next()) {
            hits.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
        }
    }
    return hits;
}

QString CatalogRepository::stamp() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*), coalesce(max(updated_at), ''), coalesce(sum(version), 0) "
                                 "FROM catalog_items"));
    if (!execute(query) || !query.next()) {
        return {};
    }
    return QStringLiteral("%1/%2/%3")
        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
}

} // namespace ow::db
