#include "cases/CaseStates.h"

namespace ow::cases {

namespace {

struct StateName
{
    CaseState state;
    const char* code;
};

constexpr StateName stateNames[] = {
    {CaseState::Received, "received"},   {CaseState::InReview, "in_review"}, {CaseState::Approved, "approved"},
    {CaseState::Rejected, "rejected"},   {CaseState::Ready, "ready"},        {CaseState::Collected, "collected"},
    {CaseState::Delivered, "delivered"}, {CaseState::Closed, "closed"},      {CaseState::Issued, "issued"},
};

} // namespace

QString CaseStates::code(CaseState state)
{
    for (const StateName& name : stateNames) {
        if (name.state == state) {
            return QString::fromLatin1(name.code);
        }
    }
    return {};
}

std::optional<CaseState> CaseStates::fromCode(const QString& code)
{
    for (const StateName& name : stateNames) {
        if (code == QLatin1String(name.code)) {
            return name.state;
        }
    }
    return std::nullopt;
}

QString CaseStates::displayName(CaseState state)
{
    switch (state) {
    case CaseState::Received:
        return tr("Received");
    case CaseState::InReview:
        return tr("In review");
    case CaseState::Approved:
        return tr("Approved");
    case CaseState::Rejected:
        return tr("Rejected");
    case CaseState::Ready:
        return tr("Ready for pickup");
    case CaseState::Collected:
        return tr("Collected");
    case CaseState::Delivered:
        return tr("Delivered");
    case CaseState::Closed:
        return tr("Closed");
    case CaseState::Issued:
        return tr("Issued");
    }
    return {};
}

QString CaseStates::kindCode(CaseKind kind)
{
    return kind == CaseKind::Instant ? QStringLiteral("instant") : QStringLiteral("promised");
}

std::optional<CaseKind> CaseStates::kindFromCode(const QString& code)
{
    if (code == u"instant") {
        return CaseKind::Instant;
    }
    if (code == u"promised") {
        return CaseKind::Promised;
    }
    return std::nullopt;
}

QString CaseStates::kindDisplayName(CaseKind kind)
{
    return kind == CaseKind::Instant ? tr("Issued on the spot") : tr("Promised time limit");
}

QList<CaseState> CaseStates::next(CaseKind kind, CaseState from)
{
    if (kind == CaseKind::Instant) {
        switch (from) {
        case CaseState::Received:
            return {CaseState::Issued};
        case CaseState::Issued:
            return {CaseState::Collected};
        default:
            return {};
        }
    }
    switch (from) {
    case CaseState::Received:
        return {CaseState::InReview};
    case CaseState::InReview:
        return {CaseState::Approved, CaseState::Rejected};
    case CaseState::Approved:
        return {CaseState::Ready};
    case CaseState::Ready:
        return {CaseState::Collected, CaseState::Delivered};
    case CaseState::Collected:
    case CaseState::Delivered:
    case CaseState::Rejected:
        return {CaseState::Closed};
    default:
        return {};
    }
}

bool CaseStates::allowed(CaseKind kind, CaseState from, CaseState to)
{
    return next(kind, from).contains(to);
}

bool CaseStates::needsAllMaterials(CaseState to)
{
    switch (to) {
    case CaseState::Approved:
    case CaseState::Issued:
    case CaseState::Ready:
    case CaseState::Collected:
    case CaseState::Delivered:
        return true;
    default:
        return false;
    }
}

bool CaseStates::isOpen(CaseState state)
{
    return state != CaseState::Closed && state != CaseState::Collected && state != CaseState::Delivered;
}

} // namespace ow::cases
