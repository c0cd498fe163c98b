#pragma once

#include "auth/ClerkService.h"
#include "supervision/BacklogQuery.h"
#include "supervision/Statistics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ow::db {
class Database;
}

namespace ow::supervision {

// Exports of the backlog (CSV, PDF) and of statistics (CSV). They carry personal data (names, masked ID
// numbers), so each needs the supervisor role and leaves an audit row "export".
class Export
{
    Q_DECLARE_TR_FUNCTIONS(ow::supervision::Export)

public:
    // A PDF longer than this would not be read; the CSV has every row.
    static constexpr int pdfRowLimit = 2000;

    Export(db::Database& database, const BacklogQuery& backlog);

    [[nodiscard]] static bool mayExport(auth::Role role);

    // UTF-8 with a byte order mark and CRLF lines, so Excel opens the Chinese text correctly. *rows: rows written.
    [[nodiscard]] bool backlogCsv(const auth::Clerk& actor, const BacklogFilter& filter, const QString& path, int* rows,
                                  QString* errorMessage);
    [[nodiscard]] bool backlogPdf(const auth::Clerk& actor, const BacklogFilter& filter, const QString& path, int* rows,
                                  QString* errorMessage);
    [[nodiscard]] bool statisticsCsv(const auth::Clerk& actor, const StatisticsReport& report, const QString& path,
                                     QString* errorMessage);

    [[nodiscard]] static QStringList backlogHeaders();
    [[nodiscard]] static QStringList backlogCells(const BacklogRow& row);
    // One CSV field: quoted when it holds a comma, quote or line break.
    [[nodiscard]] static QString csvField(const QString& text);

private:
    [[nodiscard]] bool permitted(const auth::Clerk& actor, QString* errorMessage) const;
    [[nodiscard]] bool logExport(const auth::Clerk& actor, const QString& what, const QString& format,
                                 const QString& path, int rows, const QString& filter, QString* errorMessage);

    db::Database& m_database;
    const BacklogQuery& m_backlog;
};

} // namespace ow::supervision
