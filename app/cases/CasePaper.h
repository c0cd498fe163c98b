#pragma once

#include "db/CaseRepository.h"
#include "paper/PaperData.h"

#include <QCoreApplication>

#include <optional>

namespace ow::db {
class Database;
}

namespace ow::cases {

// The receipt of a case and the one-time notice, filled from what the store knows (hall, clerk, citizen,
// materials); the UI prints them, the CLI writes them as PDF.
[[nodiscard]] std::optional<paper::ReceiptData> receiptData(db::Database& database, const QString& caseNumber,
                                                            QString* errorMessage);
[[nodiscard]] std::optional<paper::NoticeData> noticeData(db::Database& database, const db::NoticeRecord& notice,
                                                          QString* errorMessage);

} // namespace ow::cases
