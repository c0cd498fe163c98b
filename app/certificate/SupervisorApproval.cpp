#include "certificate/SupervisorApproval.h"

namespace ow::certificate {

SupervisorApproval::SupervisorApproval(auth::ClerkService& clerks)
    : m_clerks(clerks)
{ }

bool SupervisorApproval::mayApprove(auth::Role role)
{
    return role == auth::Role::Supervisor || role == auth::Role::Admin;
}

Approval SupervisorApproval::approve(const QString& login, const QString& password)
{
    const auth::LoginResult result = m_clerks.login(login, password);
    if (!result.ok() || !result.clerk) {
        return {std::nullopt, result.message};
    }
    if (!mayApprove(result.clerk->role)) {
        return {std::nullopt,
                tr("%1 is not a supervisor; a supervisor or an admin must approve this.").arg(result.clerk->login)};
    }
    return {result.clerk, {}};
}

} // namespace ow::certificate
