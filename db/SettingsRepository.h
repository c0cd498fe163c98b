#pragma once

#include <QString>

#include <optional>

namespace ow::db {

class Database;

// Key-value settings that belong to this counter's data (hall, counter, policies), not to the PC user.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database);

    [[nodiscard]] std::optional<QString> value(const QString& key) const;
    [[nodiscard]] bool setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace ow::db
