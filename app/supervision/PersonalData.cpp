#include "supervision/PersonalData.h"

#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/Database.h"

namespace ow::supervision {

PersonalData::PersonalData(db::Database& database)
    : m_database(database)
{ }

std::optional<QString> PersonalData::revealIdNumber(const auth::Clerk& actor, const QString& caseNumber,
                                                    const QString& where, QString* errorMessage)
{
    const auto record = db::CaseRepository(m_database).byNumber(caseNumber.trimmed());
    if (!record) {
        *errorMessage = tr("There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    // The log names the case and the citizen record, never the number itself.
    db::Transaction transaction(m_database.connection());
    const bool logged = transaction.isActive() &&
        db::AuditRepository(m_database)
            .append(actor.uuid, QStringLiteral("id.unmask"), record->number,
                    {{QStringLiteral("citizen_uuid"), record->citizenUuid}, {QStringLiteral("where"), where}}) &&
        transaction.commit();
    if (!logged) {
        *errorMessage = tr("The full ID number is shown only when the view can be logged, and logging failed.");
        return std::nullopt;
    }
    return record->citizenIdNumber;
}

} // namespace ow::supervision
