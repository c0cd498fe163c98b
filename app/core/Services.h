#pragma once

#include "auth/ClerkService.h"
#include "core/CounterSettings.h"
#include "core/SecretStore.h"
#include "intake/DistrictFacts.h"
#include "sync/DistrictLogin.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStatus.h"

#include <memory>

namespace ow::db {
class Database;
}

namespace ow::core {

// The services of one counter over its open local store; the UI holds one and reaches the store only through it.
struct Services
{
    // Secrets default to the OS keychain; tests pass an in-memory store.
    explicit Services(db::Database& store, std::unique_ptr<SecretStore> secretStore = nullptr)
        : database(store)
        , secrets(secretStore ? std::move(secretStore) : std::make_unique<KeychainSecretStore>())
        , clerks(store)
        , settings(store)
        , sync(store)
        , syncService(store, *secrets)
        , sharedLookup(intake::districtSharedLookup(store, *secrets))
    {
        // Logins go to the district first once the counter is enrolled (checked at each login).
        clerks.setOnlineLogin(sync::districtLogin(store, *secrets));
        sync.attach(&syncService);
    }

    // Somebody can log in here: a local clerk account, or (on an enrolled counter) any clerk of the hall, whose
    // first login the district checks online.
    [[nodiscard]] bool canLogIn() const
    {
        return clerks.count() > 0 || sync::SyncSettings(database).link().isEnrolled();
    }

    db::Database& database;
    std::unique_ptr<SecretStore> secrets;
    auth::ClerkService clerks;
    CounterSettings settings;
    sync::SyncStatus sync;
    sync::SyncService syncService;
    intake::SharedLookup sharedLookup;
};

} // namespace ow::core
