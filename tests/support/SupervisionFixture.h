#pragma once

// A counter's data file with clerks, citizens and cases in known states and deadlines, for the supervisor's
// backlog, decisions, statistics and exports. "Today" is Wednesday 12 March 2025 (no holiday near it).
#include "auth/ClerkService.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/CaseRepository.h"
#include "db/CitizenRepository.h"
#include "db/ClerkRepository.h"
#include "db/Database.h"
#include "idcard/IdNumber.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ow::tests {

inline const QDate supervisionToday(2025, 3, 12);

struct CaseSpec
{
    QString number {};
    QString itemCode = QStringLiteral("minimum-living-allowance");
    QString kind = QStringLiteral("promised");
    QString state = QStringLiteral("in_review");
    QDate deadline {};
    QString clerkUuid {};
    int counterNumber = 3;
    QString hallCode = QStringLiteral("330104001");
    QString channel = QStringLiteral("pickup");
    QDateTime acceptedAt {};
    QStringList missing {}; // names of materials handed in later
    int citizen = 0; // index into SupervisionFixture::citizens
};

struct SupervisionFixture
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> database;
    auth::Clerk supervisor;
    auth::Clerk clerk;
    auth::Clerk otherClerk;
    QList<db::CitizenRecord> citizens;

    // chineseNames: people as a zh_CN screenshot shows them.
    [[nodiscard]] bool setUp(bool chineseNames = false)
    {
        database = std::make_unique<db::Database>(dir.filePath(QStringLiteral("onewindow.db")));
        QString error;
        if (!database->open(&error) || !catalog::CatalogService(*database).ensureShipped(&error) ||
            !core::CounterSettings(*database).setIdentity(
                {QStringLiteral("330104001"), QStringLiteral("Luojiazhuang"), 3}, &error)) {
            qWarning() << error;
            return false;
        }
        // Li Min, Wang Fang, Zhao Lei
        supervisor = addClerk(QStringLiteral("super"),
                              chineseNames ? QString::fromUtf8("\xE6\x9D\x8E\xE6\x95\x8F") : QStringLiteral("Li Min"),
                              auth::Role::Supervisor);
        clerk = addClerk(QStringLiteral("clerk1"),
                         chineseNames ? QString::fromUtf8("\xE7\x8E\x8B\xE8\x8A\xB3") : QStringLiteral("Wang Fang"),
                         auth::Role::Clerk);
        otherClerk = addClerk(QStringLiteral("clerk2"),
                              chineseNames ? QString::fromUtf8("\xE8\xB5\xB5\xE7\xA3\x8A") : QStringLiteral("Zhao Lei"),
                              auth::Role::Clerk);
        const QStringList names = chineseNames
            ? QStringList {QString::fromUtf8("\xE5\xBC\xA0\xE5\xBB\xBA\xE5\x9B\xBD"),
                           QString::fromUtf8("\xE5\x88\x98\xE7\xA7\x80\xE8\x8B\xB1"),
                           QString::fromUtf8("\xE9\x99\x88\xE5\x8D\x8E")}
            : QStringList {QStringLiteral("Zhang Jianguo"), QStringLiteral("Liu Xiuying"), QStringLiteral("Chen Hua")};
        for (int i = 0; i < names.size(); ++i) {
            db::CitizenRecord citizen;
            citizen.uuid = db::newUuid();
            citizen.idNumber = idNumber(QDate(1950 + i, 5, 17), 101 + i);
            citizen.name = names[i];
            citizen.phone = i == 2 ? QString() : QStringLiteral("1380013800%1").arg(i);
            citizen.longTerm = true;
            if (!db::CitizenRepository(*database).insert(citizen)) {
                return false;
            }
            citizens.append(citizen);
        }
        return !supervisor.uuid.isEmpty() && !clerk.uuid.isEmpty() && !otherClerk.uuid.isEmpty();
    }

    static QString idNumber(QDate birth, int sequence)
    {
        const QString first17 = QStringLiteral("330106") + birth.toString(QStringLiteral("yyyyMMdd")) +
            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        return first17 + *idcard::IdNumber::checkCharacter(first17);
    }

    auth::Clerk addClerk(const QString& login, const QString& name, auth::Role role)
    {
        db::ClerkRecord record;
        record.uuid = db::newUuid();
        record.login = login;
        record.name = name;
        record.role = auth::Roles::code(role);
        record.passwordVerifier = QStringLiteral("not-for-login");
        record.passwordChangedAt = QDateTime::currentDateTimeUtc();
        if (!db::ClerkRepository(*database).insert(record)) {
            return {};
        }
        auth::Clerk result;
        result.uuid = record.uuid;
        result.login = login;
        result.name = name;
        result.role = role;
        return result;
    }

    [[nodiscard]] calendar::WorkingCalendar calendar() const
    {
        const calendar::CalendarLoadResult loaded = calendar::CalendarService(*database).load();
        return loaded.ok() ? *loaded.calendar : calendar::WorkingCalendar();
    }

    [[nodiscard]] bool addCase(const CaseSpec& spec)
    {
        const auto item = catalog::CatalogService(*database).item(spec.itemCode);
        db::CaseRecord record;
        record.uuid = db::newUuid();
        record.number = spec.number;
        record.itemCode = spec.itemCode;
        record.itemName = item ? item->name : spec.itemCode;
        record.kind = spec.kind;
        record.citizenUuid = citizens.at(spec.citizen).uuid;
        record.hallCode = spec.hallCode;
        record.counterNumber = spec.counterNumber;
        record.clerkUuid = spec.clerkUuid.isEmpty() ? clerk.uuid : spec.clerkUuid;
        record.state = spec.state;
        record.channel = spec.channel;
        record.deliveryAddress = spec.channel == u"pickup" ? QString() : QStringLiteral("Wensan Road 100");
        record.phone = citizens.at(spec.citizen).phone;
        record.acceptedAt = spec.acceptedAt.isValid()
            ? spec.acceptedAt
            : QDateTime(supervisionToday.addDays(-14), QTime(9, 0), Qt::LocalTime).toUTC();
        record.deadline = spec.deadline;
        db::CaseRepository cases(*database);
        if (!cases.insert(record)) {
            return false;
        }
        int n = 0;
        for (const QString& name : spec.missing) {
            db::MaterialRecord material;
            material.uuid = db::newUuid();
            material.caseUuid = record.uuid;
            material.code = QStringLiteral("m%1").arg(++n);
            material.name = name;
            material.status = QStringLiteral("missing");
            material.dueDate = supervisionToday.addDays(5);
            if (!cases.insert(material)) {
                return false;
            }
        }
        return true;
    }

    // Records that a case reached a state at a time, as CaseService would (for statistics).
    [[nodiscard]] bool addEvent(const QString& number, const QString& toState, const QDateTime& at)
    {
        const auto record = db::CaseRepository(*database).byNumber(number);
        return record &&
            db::CaseRepository(*database).insert(db::CaseEventRecord {
                db::newUuid(), record->uuid, at, clerk.uuid, {}, QStringLiteral("state"), record->state, toState, {}});
    }

    [[nodiscard]] int count(const QString& sql) const
    {
        QSqlQuery query(database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    // The standard backlog: overdue, due today, due soon, later, waiting for material, delivery, and closed.
    [[nodiscard]] bool addStandardCases()
    {
        // Deadlines from 7 to 20 March 2025 around "today", Wednesday 12 March.
        const QString senior = QStringLiteral("senior-card");
        const QString received = QStringLiteral("received");
        const QString otherHall = QStringLiteral("330104002");
        return addCase({.number = QStringLiteral("C-01"), .deadline = QDate(2025, 3, 7)}) &&
            addCase({.number = QStringLiteral("C-02"),
                     .state = received,
                     .deadline = QDate(2025, 3, 11),
                     .clerkUuid = otherClerk.uuid,
                     .counterNumber = 4}) &&
            addCase({.number = QStringLiteral("C-03"),
                     .itemCode = senior,
                     .kind = QStringLiteral("instant"),
                     .state = QStringLiteral("issued"),
                     .deadline = QDate(2025, 3, 12),
                     .channel = QStringLiteral("courier"),
                     .citizen = 1}) &&
            addCase({.number = QStringLiteral("C-04"),
                     .deadline = QDate(2025, 3, 14),
                     .missing = {QStringLiteral("Proof of income")},
                     .citizen = 1}) &&
            addCase({.number = QStringLiteral("C-05"),
                     .state = received,
                     .deadline = QDate(2025, 3, 20),
                     .counterNumber = 5,
                     .hallCode = otherHall,
                     .citizen = 2}) &&
            addCase({.number = QStringLiteral("C-06"),
                     .state = QStringLiteral("approved"),
                     .deadline = QDate(2025, 3, 10),
                     .channel = QStringLiteral("delivery")}) &&
            addCase({.number = QStringLiteral("C-07"),
                     .state = QStringLiteral("closed"),
                     .deadline = QDate(2025, 3, 1)});
    }
};

} // namespace ow::tests
