#include "CodeTables.h"

#include "SamProtocol.h"

#include <QFile>

namespace ow::idcard {

namespace {

// Rows of a tab-separated resource, comment lines skipped.
QList<QStringList> readTable(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcIdCard) << "cannot open code table" << path;
        return rows;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString trimmed = line;
        if (trimmed.endsWith(QLatin1Char('\r')))
            trimmed.chop(1);
        rows.append(trimmed.split(QLatin1Char('\t')));
    }
    return rows;
}

struct NameTable
{
    QHash<QString, QString> nameByCode;
    QHash<QString, QString> codeByName;
};

NameTable loadNameTable(const QString& path)
{
    NameTable table;
    for (const QStringList& row : readTable(path)) {
        if (row.size() < 2)
            continue;
        table.nameByCode.insert(row.at(0), row.at(1));
        for (qsizetype i = 1; i < row.size(); ++i)
            table.codeByName.insert(row.at(i), row.at(0));
    }
    return table;
}

const NameTable& nations()
{
    static const NameTable table = loadNameTable(QStringLiteral(":/idcard/nations.tsv"));
    return table;
}

const NameTable& sexes()
{
    static const NameTable table = loadNameTable(QStringLiteral(":/idcard/sexes.tsv"));
    return table;
}

} // namespace

namespace CodeTables {

QString nationName(const QString& code)
{
    return nations().nameByCode.value(code);
}

QString nationCode(const QString& name)
{
    if (nations().nameByCode.contains(name))
        return name;
    return nations().codeByName.value(name);
}

QString sexName(const QString& code)
{
    return sexes().nameByCode.value(code);
}

QString sexCode(const QString& name)
{
    if (sexes().nameByCode.contains(name))
        return name;
    return sexes().codeByName.value(name);
}

} // namespace CodeTables

const RegionTable& RegionTable::instance()
{
    static const RegionTable table;
    return table;
}

RegionTable::RegionTable()
{
    for (const QStringList& row : readTable(QStringLiteral(":/idcard/regions.tsv"))) {
        if (row.size() < 3 || row.at(0).size() != 6)
            continue;
        Period period {row.at(1), row.at(2).toInt(), row.size() > 3 ? row.at(3).toInt() : 0};
        m_periods[row.at(0)].append(period);
        ++m_count;
    }
    for (const QStringList& row : readTable(QStringLiteral(":/idcard/permit_regions.tsv"))) {
        if (row.size() >= 2)
            m_permitRegions.insert(row.at(0), row.at(1));
    }
    qCDebug(lcIdCard) << "loaded" << m_count << "region codes";
}

const RegionTable::Period* RegionTable::latest(const QString& code) const
{
    const auto it = m_periods.constFind(code);
    if (it == m_periods.cend() || it->isEmpty())
        return nullptr;
    const Period* best = nullptr;
    for (const Period& period : *it) {
        if (period.until == 0)
            return &period;
        if (!best || period.until > best->until)
            best = &period;
    }
    return best;
}

const RegionTable::Period* RegionTable::periodAt(const QString& code, int year) const
{
    const auto it = m_periods.constFind(code);
    if (it == m_periods.cend())
        return nullptr;
    for (const Period& period : *it) {
        if (period.from <= year && (period.until == 0 || year < period.until))
            return &period;
    }
    return latest(code);
}

std::optional<RegionInfo> RegionTable::lookup(const QString& code) const
{
    if (const auto permit = m_permitRegions.constFind(code); permit != m_permitRegions.cend())
        return RegionInfo {code, *permit, *permit, 0, 0};

    const Period* own = latest(code);
    if (!own)
        return std::nullopt;

    // Name the province and prefecture as they were while this code was in use.
    const int year = own->until == 0 ? 9999 : own->until - 1;
    QString fullName;
    const QString province = code.left(2) + QStringLiteral("0000");
    const QString prefecture = code.left(4) + QStringLiteral("00");
    if (province != code) {
        if (const Period* p = periodAt(province, year))
            fullName += p->name;
    }
    if (prefecture != code && prefecture != province) {
        if (const Period* p = periodAt(prefecture, year))
            fullName += p->name;
    }
    fullName += own->name;
    return RegionInfo {code, own->name, fullName, own->from, own->until};
}

} // namespace ow::idcard
