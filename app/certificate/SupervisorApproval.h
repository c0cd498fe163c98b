#pragma once

#include "auth/ClerkService.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::certificate {

// The answer to a supervisor's login for a reprint or a void: the approving clerk, or why not.
struct Approval
{
    std::optional<auth::Clerk> clerk;
    QString message; // translated, for the clerk at the counter

    [[nodiscard]] bool ok() const { return clerk.has_value(); }
};

// Checks that a reprint or a void is approved by a supervisor or an admin who types their own password.
class SupervisorApproval
{
    Q_DECLARE_TR_FUNCTIONS(ow::certificate::SupervisorApproval)

public:
    explicit SupervisorApproval(auth::ClerkService& clerks);

    // The login counts towards the supervisor's lockout like any login does.
    [[nodiscard]] Approval approve(const QString& login, const QString& password);

    [[nodiscard]] static bool mayApprove(auth::Role role);

private:
    auth::ClerkService& m_clerks;
};

} // namespace ow::certificate
