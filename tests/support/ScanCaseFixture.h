#pragma once

// A citizen with one accepted case and its materials, written straight through the repositories, for tests of
// what happens to a case after intake (scanned materials).
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "idcard/CardInfo.h"
#include "intake/CitizenService.h"

#include <QPainter>
#include <QRandomGenerator>

#include <optional>

namespace ow::tests {

inline std::optional<db::CaseRecord> makeScanCase(db::Database& database, const QList<QStringList>& materials)
{
    idcard::CardInfo card;
    card.name = QStringLiteral("Zhang Jianguo");
    card.sexCode = QStringLiteral("1");
    card.nationCode = QStringLiteral("01");
    card.birth = QDate(1956, 11, 23);
    card.address = QStringLiteral("Wensan Road 100, Xihu District, Hangzhou");
    card.idNumber = QStringLiteral("330106195611230172");
    card.issuer = QStringLiteral("Xihu Police");
    card.validFrom = QDate(2010, 3, 1);
    card.isLongTerm = true;
    QString error;
    const auto citizen = intake::CitizenService(database).recordCard(card, {}, &error);
    if (!citizen) {
        qWarning() << error;
        return std::nullopt;
    }
    db::CaseRecord record;
    record.uuid = db::newUuid();
    record.number = QStringLiteral("330104001-03-20261123-0001");
    record.itemCode = QStringLiteral("minimum-living-allowance");
    record.itemName = QStringLiteral("Minimum living allowance");
    record.kind = QStringLiteral("promised");
    record.citizenUuid = citizen->citizen.uuid;
    record.hallCode = QStringLiteral("330104001");
    record.counterNumber = 3;
    record.state = QStringLiteral("received");
    record.acceptedAt = QDateTime::currentDateTimeUtc();
    record.deadline = QDate(2026, 12, 20);
    db::CaseRepository cases(database);
    if (!cases.insert(record)) {
        return std::nullopt;
    }
    for (const QStringList& material : materials) {
        db::MaterialRecord row;
        row.uuid = db::newUuid();
        row.caseUuid = record.uuid;
        row.code = material.value(0);
        row.name = material.value(1);
        row.status = QStringLiteral("provided");
        if (!cases.insert(row)) {
            return std::nullopt;
        }
    }
    return record;
}

// A page of a document: paper with dark lines of "text" and, as a heading, one block per page number, so the
// pages differ (drawn without fonts, so guiless tests can use it).
inline QImage documentPage(int number, QSize size = QSize(620, 877))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xF4, 0xF1, 0xEA));
    QPainter painter(&image);
    const int block = size.width() / 16;
    for (int i = 0; i < number; ++i) {
        painter.fillRect(size.width() / 10 + i * block * 3 / 2, size.height() / 12, block, block,
                         QColor(0x8B, 0x1A, 0x1A));
    }
    QRandomGenerator random {quint32(number)};
    for (int line = 0; line < 24; ++line) {
        const int y = size.height() / 4 + line * size.height() / 36;
        const int length = size.width() * 2 / 3 + int(random.bounded(size.width() / 5));
        painter.fillRect(size.width() / 10, y, length, qMax(2, size.height() / 120), QColor(0x30, 0x30, 0x40));
    }
    return image;
}

} // namespace ow::tests
