#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ow::idcard {

// Code tables shipped as resources under :/idcard (see resources/idcard/README.md).
namespace CodeTables {

// GB/T 3304 ethnic group: the name printed on the card ("01" -> the Han name), empty when unknown.
[[nodiscard]] QString nationName(const QString& code);
// The inverse; accepts the printed name or the full name. Empty when unknown.
[[nodiscard]] QString nationCode(const QString& name);
// GB/T 2261.1 sex: the name printed on the card ("1" -> male), empty when unknown.
[[nodiscard]] QString sexName(const QString& code);
[[nodiscard]] QString sexCode(const QString& name);

} // namespace CodeTables

// A GB/T 2260 code resolved to a name, with whether it is still in use.
struct RegionInfo
{
    QString code;
    QString name; // the division itself, e.g. a district
    QString fullName; // province, prefecture and the division, as written in an address
    int fromYear = 0;
    int abolishedYear = 0; // 0 while in use
    [[nodiscard]] bool isAbolished() const { return abolishedYear != 0; }
};

// GB/T 2260 administrative divisions at county level and above, current and abolished.
class RegionTable
{
public:
    [[nodiscard]] static const RegionTable& instance();

    // The division a six-digit code stands for; the current use of a reused code wins, else its latest use.
    [[nodiscard]] std::optional<RegionInfo> lookup(const QString& code) const;
    [[nodiscard]] qsizetype size() const { return m_count; }

private:
    struct Period
    {
        QString name;
        int from = 0;
        int until = 0; // 0 while in use
    };
    RegionTable();
    [[nodiscard]] const Period* periodAt(const QString& code, int year) const;
    [[nodiscard]] const Period* latest(const QString& code) const;

    QHash<QString, QList<Period>> m_periods;
    QHash<QString, QString> m_permitRegions;
    qsizetype m_count = 0;
};

} // namespace ow::idcard
