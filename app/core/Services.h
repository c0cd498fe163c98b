#pragma once

#include "auth/ClerkService.h"
#include "core/CounterSettings.h"
#include "sync/SyncStatus.h"

namespace ow::db {
class Database;
}

namespace ow::core {

// The services of one counter over its open local store; the UI holds one and reaches the store only through it.
struct Services
{
    explicit Services(db::Database& store)
        : database(store)
        , clerks(store)
        , settings(store)
        , sync(store)
    { }

    db::Database& database;
    auth::ClerkService clerks;
    CounterSettings settings;
    sync::SyncStatus sync;
};

} // namespace ow::core
