#pragma once
// What certificate tests start from: a citizen read from an ID card and a received senior card case for them,
// every material handed in, taken through the real intake service.
#include "calendar/CalendarService.h"
#include "catalog/CatalogService.h"
#include "forms/FormDefinition.h"
#include "forms/FormEngine.h"
#include "idcard/CardInfo.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ow::tests {

// A senior citizen's card, born on the date in the ID number: Zhang Jianguo of Hangzhou.
inline idcard::CardInfo seniorCard(const QString& idNumber = QStringLiteral("33010619661123017X"))
{
    idcard::CardInfo card;
    card.name = QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD");
    card.sexCode = QStringLiteral("1");
    card.sex = QString::fromUtf8("\xE7\x94\xB7");
    card.nationCode = QStringLiteral("01");
    card.nation = QString::fromUtf8("\xE6\xB1\x89");
    card.birth = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    card.address = QStringLiteral("Wensan Road 100, Xihu District, Hangzhou");
    card.idNumber = idNumber;
    card.issuer = QStringLiteral("Xihu Police");
    card.validFrom = QDate(2010, 3, 1);
    card.isLongTerm = true;
    return card;
}

// Records the card's citizen and accepts a senior card case for them on serviceDate; the case number, or
// nothing with the reason in errorMessage. applicationType empty: the form's default.
inline std::optional<QString> acceptSeniorCardCase(db::Database& database, const idcard::CardInfo& card,
                                                   QDate serviceDate, QString* errorMessage,
                                                   const QString& applicationType = {})
{
    const auto citizen = intake::CitizenService(database).recordCard(card, {}, errorMessage);
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(database).load();
    if (!citizen || !calendar.ok()) {
        return std::nullopt;
    }
    intake::IntakeService intake(database, *calendar.calendar);
    forms::PrefillContext prefill = intake.prefillContext(citizen->citizen.idNumber, serviceDate);
    prefill.card = card;
    const auto item = catalog::CatalogService(database).item(QStringLiteral("senior-card"));
    if (!item) {
        *errorMessage = QStringLiteral("the senior card item is not in the catalog");
        return std::nullopt;
    }
    const auto form = forms::FormDefinition::fromJson(item->form, errorMessage);
    if (!form) {
        return std::nullopt;
    }
    forms::FormState state = forms::FormEngine::prefill(*form, prefill);
    if (!applicationType.isEmpty()) {
        state.setTyped(QStringLiteral("application_type"), applicationType);
    }
    state.setTyped(QStringLiteral("current_address"), QStringLiteral("Wensan Road 100"));
    state.setTyped(QStringLiteral("phone"), QStringLiteral("13800138000"));
    forms::FormEngine::recompute(*form, state, serviceDate);
    intake::IntakeRequest request;
    request.citizenUuid = citizen->citizen.uuid;
    request.idNumber = citizen->citizen.idNumber;
    request.citizenName = citizen->citizen.name;
    request.items = {{QStringLiteral("senior-card"), state.values(), {}}};
    for (const catalog::Material& material : item->materials) {
        request.items[0].materials.append({material.id, intake::MaterialChoice::Provided, {}});
    }
    request.serviceDate = serviceDate;
    const auto made = intake.accept(request, errorMessage);
    if (!made) {
        return std::nullopt;
    }
    return made->constFirst().number;
}

} // namespace ow::tests
