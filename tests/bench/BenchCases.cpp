// Benchmarks (figures, never pass/fail on time): accepting senior cards one by one as a counter does (each a
// durable commit with its outbox and audit rows), and the cases page over a year of 100,000 cases.
#include "calendar/CalendarService.h"
#include "cases/CaseService.h"
#include "catalog/CatalogService.h"
#include "core/CounterSettings.h"
#include "db/CaseRepository.h"
#include "db/CitizenRepository.h"
#include "db/Database.h"
#include "forms/FormDefinition.h"
#include "idcard/IdNumber.h"
#include "intake/CitizenService.h"
#include "intake/IntakeService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

// Common family names and given-name characters (as \u escapes: no Chinese in the sources).
const QString familyNames = u"\u738B\u674E\u5F20\u5218\u9648\u6768\u8D75\u9EC4\u5468\u5434"
                            u"\u5F90\u5B59\u80E1\u6731\u9AD8\u6797\u4F55\u90ED\u9A6C\u7F57"_s;
const QString givenNames = u"\u5EFA\u56FD\u534E\u82F1\u6587\u660E\u79C0\u5170\u5FD7\u5F3A"
                           u"\u6625\u6885\u6D77\u5E73\u7389\u73CD\u519B\u7EA2\u6797\u4E91"_s;

QString personName(int n)
{
    return QString(familyNames.at(n % 20)) + givenNames.at((n / 20) % 20) + givenNames.at((n / 400) % 20);
}

// A valid 18-character resident number of Xihu district for a birth date and a sequence (odd: male).
QString idNumber(QDate birth, int sequence)
{
    const QString first17 =
        u"330106"_s + birth.toString(u"yyyyMMdd"_s) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + *idcard::IdNumber::checkCharacter(first17);
}

idcard::CardInfo residentCard(int n)
{
    idcard::CardInfo card;
    card.birth = QDate(1930 + n % 31, 1 + n % 12, 1 + n % 28);
    card.idNumber = idNumber(card.birth, 100 + n);
    const bool male = (100 + n) % 2 == 1;
    card.name = personName(n);
    card.sexCode = male ? u"1"_s : u"2"_s;
    card.sex = male ? u"\u7537"_s : u"\u5973"_s;
    card.nationCode = u"01"_s;
    card.nation = u"\u6C49"_s;
    card.address = u"Wensan Road %1, Xihu District, Hangzhou"_s.arg(n + 1);
    card.issuer = u"Xihu Police"_s;
    card.validFrom = QDate(2015, 6, 1);
    card.isLongTerm = true;
    return card;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

} // namespace

class BenchCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptSeniorCards();
    void listByState();
    void searchByName_data();
    void searchByName();

private:
    [[nodiscard]] bool fillCases(db::Database& database, int count);

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database; // the counter taking cases
    std::unique_ptr<db::Database> m_year; // a year of cases at a busy counter
};

void BenchCases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_database = std::make_unique<db::Database>(m_dir.filePath(u"counter.db"_s));
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(catalog::CatalogService(*m_database).ensureShipped(&error), qPrintable(error));
    QVERIFY2(core::CounterSettings(*m_database).setIdentity({u"330104001"_s, u"Bench Hall"_s, 3}, &error),
             qPrintable(error));

    m_year = std::make_unique<db::Database>(m_dir.filePath(u"year.db"_s));
    QVERIFY2(m_year->open(&error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(fillCases(*m_year, 100000));
    qInfo("100,000 cases of 5,000 citizens inserted in one transaction: %lld ms", timer.elapsed());
}

// 100,000 cases over 250 days, 400 a day, spread over the states as a year's work leaves them.
bool BenchCases::fillCases(db::Database& database, int count)
{
    static const QStringList states {u"closed"_s,   u"closed"_s,   u"collected"_s, u"collected"_s, u"issued"_s,
                                     u"received"_s, u"received"_s, u"in_review"_s, u"approved"_s,  u"ready"_s};
    constexpr int citizenCount = 5000;
    constexpr int perDay = 400;
    db::CitizenRepository citizens(database);
    db::CaseRepository cases(database);
    db::Transaction transaction(database.connection());
    bool stored = transaction.isActive();
    QStringList citizenUuids;
    for (int n = 0; stored && n < citizenCount; ++n) {
        const idcard::CardInfo card = residentCard(n);
        db::CitizenRecord citizen;
        citizen.uuid = db::newUuid();
        citizen.idNumber = card.idNumber;
        citizen.name = card.name;
        citizen.sex = card.sex;
        citizen.nation = card.nation;
        citizen.birthDate = card.birth;
        citizen.address = card.address;
        citizen.longTerm = true;
        stored = citizens.insert(citizen);
        citizenUuids.append(citizen.uuid);
    }
    const QDate lastDay(2026, 11, 23);
    for (int i = 0; stored && i < count; ++i) {
        const int citizen = (i * 7919) % citizenCount; // a prime stride: each citizen's cases far apart
        const QDate day = lastDay.addDays(-(i / perDay));
        const int sequence = i % perDay + 1;
        const bool instant = i % 3 != 0;
        db::CaseRecord record;
        record.uuid = db::newUuid();
        record.number = u"330104001-03-%1-%2"_s.arg(day.toString(u"yyyyMMdd"_s)).arg(sequence, 4, 10, QLatin1Char('0'));
        record.itemCode = instant ? u"senior-card"_s : u"minimum-living-allowance"_s;
        record.itemName = record.itemCode;
        record.kind = instant ? u"instant"_s : u"promised"_s;
        record.citizenUuid = citizenUuids.at(citizen);
        record.hallCode = u"330104001"_s;
        record.counterNumber = 3;
        record.state = states.at(i % states.size());
        record.formData = {{u"name"_s, personName(citizen)},
                           {u"application_type"_s, u"first"_s},
                           {u"current_address"_s, u"Wensan Road 100, Xihu District, Hangzhou"_s},
                           {u"phone"_s, u"13800138000"_s}};
        record.phone = u"13800138000"_s;
        record.acceptedAt = QDateTime(day, QTime(8, 30), Qt::UTC).addSecs(60LL * sequence);
        record.deadline = instant ? day : day.addDays(28);
        stored = cases.insert(record);
    }
    return stored && transaction.commit();
}

void BenchCases::acceptSeniorCards()
{
    constexpr int count = 200;
    const QDate serviceDate(2026, 11, 23);
    const calendar::CalendarLoadResult calendar = calendar::CalendarService(*m_database).load();
    QVERIFY2(calendar.ok(), qPrintable(calendar.error));
    intake::IntakeService intake(*m_database, *calendar.calendar);
    const auto item = catalog::CatalogService(*m_database).item(u"senior-card"_s);
    QVERIFY(item);
    QString error;
    const auto form = forms::FormDefinition::fromJson(item->form, &error);
    QVERIFY2(form, qPrintable(error));

    // The citizens read and the forms prefilled and confirmed beforehand: only the acceptance is timed.
    QList<intake::IntakeRequest> requests;
    for (int n = 0; n < count; ++n) {
        const idcard::CardInfo card = residentCard(n);
        const auto citizen = intake::CitizenService(*m_database).recordCard(card, {}, &error);
        QVERIFY2(citizen, qPrintable(error));
        forms::PrefillContext prefill = intake.prefillContext(card.idNumber, serviceDate);
        prefill.card = card;
        forms::FormState state = forms::FormEngine::prefill(*form, prefill);
        state.setTyped(u"current_address"_s, card.address);
        state.setTyped(u"phone"_s, u"13800138000"_s);
        forms::FormEngine::recompute(*form, state, serviceDate);
        intake::IntakeRequest request;
        request.citizenUuid = citizen->citizen.uuid;
        request.idNumber = citizen->citizen.idNumber;
        request.citizenName = citizen->citizen.name;
        request.items = {{item->code, state.values(), {}}};
        for (const catalog::Material& material : item->materials) {
            request.items[0].materials.append({material.id, intake::MaterialChoice::Provided, {}});
        }
        request.channel = item->defaultDelivery;
        request.serviceDate = serviceDate;
        requests.append(request);
    }

    QList<double> milliseconds;
    QElapsedTimer timer;
    for (const intake::IntakeRequest& request : std::as_const(requests)) {
        timer.start();
        const auto made = intake.accept(request, &error);
        milliseconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QVERIFY2(made, qPrintable(request.citizenName + u": "_s + error));
    }
    const double mean = std::accumulate(milliseconds.begin(), milliseconds.end(), 0.0) / count;
    qInfo("IntakeService::accept, %d senior cards of distinct citizens: mean %.2f ms, p95 %.2f ms, max %.2f ms", count,
          mean, percentile(milliseconds, 0.95), percentile(milliseconds, 1.0));
    const auto last = cases::CaseService(*m_database).list(u"received"_s, 1);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.constFirst().number, u"330104001-03-20261123-0200"_s);
}

void BenchCases::listByState()
{
    const cases::CaseService service(*m_year);
    qsizetype found = 0;
    QBENCHMARK
    {
        found = service.list(u"received"_s, 200).size();
    }
    QCOMPARE(found, qsizetype(200));
}

void BenchCases::searchByName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    // A family name 250 citizens share (5,000 cases): the first page fills at once.
    QTest::newRow("family name, first page of 200") << QString(familyNames.at(0)) << 200;
    // A given name 20 citizens share (400 cases): the first page fills about halfway through the year.
    QTest::newRow("given name, first page of 200") << QString(givenNames.at(1) + givenNames.at(0)) << 200;
    QTest::newRow("one person, 20 cases") << personName(4321) << 20;
}

void BenchCases::searchByName()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const cases::CaseService service(*m_year);
    qsizetype found = 0;
    QBENCHMARK
    {
        found = service.search(text).size();
    }
    QCOMPARE(found, qsizetype(expected));
}

QTEST_GUILESS_MAIN(BenchCases)
#include "BenchCases.moc"
