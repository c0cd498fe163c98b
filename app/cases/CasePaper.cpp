#include "cases/CasePaper.h"

#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QJsonArray>

namespace ow::cases {

namespace {

paper::HallContact hallContact(db::Database& database, int counterNumber)
{
    const core::CounterSettings settings(database);
    const core::CounterIdentity identity = settings.identity();
    const core::HallContactDetails contact = settings.contact();
    return {identity.hallName, contact.address, contact.phone, contact.openingHours,
            counterNumber > 0 ? counterNumber : identity.counterNumber};
}

QString clerkName(db::Database& database, const QString& uuid)
{
    const auto clerk = db::ClerkRepository(database).findByUuid(uuid);
    return clerk ? clerk->name : QString();
}

} // namespace

std::optional<paper::ReceiptData> receiptData(db::Database& database, const QString& caseNumber, QString* errorMessage)
{
    const db::CaseRepository cases(database);
    const auto record = cases.byNumber(caseNumber.trimmed());
    if (!record) {
        *errorMessage =
            QCoreApplication::translate("ow::cases::CasePaper", "There is no case %1 at this counter.").arg(caseNumber);
        return std::nullopt;
    }
    paper::ReceiptData data;
    data.hall = hallContact(database, record->counterNumber);
    data.caseNumber = record->number;
    data.acceptedAt = record->acceptedAt;
    data.clerkName = clerkName(database, record->clerkUuid);
    data.citizenName = record->citizenName;
    data.maskedIdNumber = idcard::IdNumber::masked(record->citizenIdNumber);
    data.phone = record->phone;
    const auto item = catalog::CatalogService(database).item(record->itemCode);
    data.items.append({record->itemName, record->kind == u"instant", record->deadline, item ? item->timeLimitDays : 0,
                       record->deadlineEstimated});
    for (const db::MaterialRecord& material : cases.materials(record->uuid)) {
        const catalog::Material* defined = item ? item->material(material.code) : nullptr;
        data.materials.append({material.name, material.status, material.dueDate, defined ? defined->note : QString()});
    }
    data.channel = record->channel;
    data.trackingNumber = record->trackingNumber;
    data.deliveryAddress = record->deliveryAddress;
    data.qrText = record->number;
    return data;
}

std::optional<paper::NoticeData> noticeData(db::Database& database, const db::NoticeRecord& notice,
                                            QString* errorMessage)
{
    const auto item = catalog::CatalogService(database).item(notice.itemCode);
    if (!item) {
        *errorMessage = QCoreApplication::translate("ow::cases::CasePaper", "There is no item %1 in the catalog.")
                            .arg(notice.itemCode);
        return std::nullopt;
    }
    paper::NoticeData data;
    data.hall = hallContact(database, 0);
    data.noticeNumber = notice.number;
    data.issuedAt = notice.issuedAt;
    data.clerkName = clerkName(database, notice.clerkUuid);
    data.citizenName = notice.citizenName;
    data.maskedIdNumber = idcard::IdNumber::masked(notice.idNumber);
    data.itemName = item->name;
    for (const QJsonValue& value : notice.missing.value(QStringLiteral("materials")).toArray()) {
        const QJsonObject material = value.toObject();
        data.missing.append({material.value(QStringLiteral("name")).toString(),
                             QStringLiteral("missing"),
                             {},
                             material.value(QStringLiteral("note")).toString()});
    }
    return data;
}

} // namespace ow::cases
