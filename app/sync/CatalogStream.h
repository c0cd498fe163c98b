#pragma once

#include "sync/Protocol.h"

#include <QList>

namespace ow::db {
class Database;
}

namespace ow::sync {

// Imports the newest `catalog` change of a pulled page through catalog::CatalogService (all or nothing, as
// `onewindow-cli catalog import`). Call it outside any open transaction: the import has its own. A catalog the
// counter refuses keeps the old one and is logged; it does not hold up the rest of the pull (the district
// publishes a corrected one as a new change). Returns the imported version, 0 when the page had none or it failed.
qint64 importPulledCatalog(db::Database& database, const QList<protocol::PullChange>& changes);

} // namespace ow::sync
