#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ow::cases {

enum class CaseKind
{
    Instant,
    Promised
};

enum class CaseState
{
    Received,
    InReview,
    Approved,
    Rejected,
    Ready,
    Collected,
    Delivered,
    Closed,
    Issued
};

// The life of a case: a promised item received -> in review -> approved or rejected -> ready -> collected or
// delivered -> closed; an instant item received -> issued -> collected. Nothing else is allowed.
class CaseStates
{
    Q_DECLARE_TR_FUNCTIONS(ow::cases::CaseStates)

public:
    [[nodiscard]] static QString code(CaseState state);
    [[nodiscard]] static std::optional<CaseState> fromCode(const QString& code);
    [[nodiscard]] static QString displayName(CaseState state);
    [[nodiscard]] static QString kindCode(CaseKind kind);
    [[nodiscard]] static std::optional<CaseKind> kindFromCode(const QString& code);
    [[nodiscard]] static QString kindDisplayName(CaseKind kind);

    [[nodiscard]] static QList<CaseState> next(CaseKind kind, CaseState from);
    [[nodiscard]] static bool allowed(CaseKind kind, CaseState from, CaseState to);
    // Completing (approving, issuing, handing over) waits for every material accepted as "handed in later".
    [[nodiscard]] static bool needsAllMaterials(CaseState to);
    [[nodiscard]] static bool isOpen(CaseState state);
};

} // namespace ow::cases
