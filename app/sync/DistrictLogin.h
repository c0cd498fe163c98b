#pragma once

#include "auth/ClerkService.h"

namespace ow::core {
class SecretStore;
}
namespace ow::db {
class Database;
}

namespace ow::sync {

// The online half of a clerk login: POST /clerks/login to the enrolled district with a short timeout. Reads the
// enrolment at each login, so a counter enrolled in Settings checks online from the next login on; a counter
// never enrolled answers Unreachable, and the local verifier decides as before.
[[nodiscard]] auth::ClerkService::OnlineLogin districtLogin(db::Database& database, core::SecretStore& secrets,
                                                            int timeoutMs = 5000);

} // namespace ow::sync
