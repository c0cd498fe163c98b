#include "auth/Role.h"

namespace ow::auth {

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString& code)
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Admin}) {
        if (Roles::code(role) == code) {
            return role;
        }
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

bool Roles::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::TakeCases:
        return true;
    case Permission::SuperviseBacklog:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ChangeCounterSettings:
    case Permission::ManageClerks:
        return role == Role::Admin;
    }
    return false;
}

} // namespace ow::auth
