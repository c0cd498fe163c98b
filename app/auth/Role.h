#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::auth {

enum class Role
{
    Clerk,
    Supervisor,
    Admin
};

// What a page or command may require of the clerk who is logged in.
enum class Permission
{
    TakeCases, // queue, intake, cases
    SuperviseBacklog, // backlog, statistics, exports of personal data
    ChangeCounterSettings, // hall, counter, idle lock
    ManageClerks,
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(ow::auth::Roles)

public:
    [[nodiscard]] static QString code(Role role);
    [[nodiscard]] static std::optional<Role> fromCode(const QString& code);
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static bool allows(Role role, Permission permission);
};

} // namespace ow::auth
