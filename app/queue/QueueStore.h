#pragma once

#include "queue/Appointments.h"
#include "queue/QueueRules.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLoggingCategory>
#include <QSqlDatabase>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcQueue)

namespace ow::queue {

// What an operation on the queue gives back: the ticket it touched, or a message for the clerk and a code.
struct QueueResult
{
    bool ok = false;
    Ticket ticket;
    QString error; // translated
    QString code; // machine-readable: empty, paused, unknown-category, not-found, invalid
    QJsonObject extra;

    static QueueResult success(Ticket value);
    static QueueResult failure(QString message, QString errorCode);
};

// Waiting and service times of one group (a category, a counter, a clerk or a day).
struct StatisticsRow
{
    QString key;
    int tickets = 0;
    int served = 0;
    int dropped = 0;
    double averageWaitSeconds = 0;
    double maxWaitSeconds = 0;
    double averageServiceSeconds = 0;
    double averageRating = 0;
    int ratings = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// The hall host's own SQLite file: WAL, synchronous=FULL, every change committed before it is answered.
// Single-threaded: the host calls it from its event loop, which is what serialises two counters calling at once.
class QueueStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::QueueStore)

public:
    explicit QueueStore(QString path);
    ~QueueStore();
    QueueStore(const QueueStore&) = delete;
    QueueStore& operator=(const QueueStore&) = delete;

    [[nodiscard]] bool open(QString* errorMessage);
    void close();
    [[nodiscard]] QString path() const { return m_path; }

    static constexpr int applicationId = 0x4F575148; // 'OWQH'
    static constexpr int defaultNoShowDelaySeconds = 300;
    [[nodiscard]] static int latestSchemaVersion();

    // The shipped default categories (a data file); a new host starts with them.
    [[nodiscard]] static QList<Category> defaultCategories();
    // Reads [{code, name}, ...]; nothing and a message when the file is not such a list.
    [[nodiscard]] static std::optional<QList<Category>> readCategories(const QString& file, QString* errorMessage);
    // Adds or renames categories; the ones not listed are kept but hidden from the kiosk.
    [[nodiscard]] bool setCategories(const QList<Category>& categories, QString* errorMessage);
    [[nodiscard]] QList<Category> categories() const;

    QueueRules rules; // the ordering; maxPriorityInRow is a setting of the host
    int noShowDelaySeconds = defaultNoShowDelaySeconds;
    // Which category serves an appointment (the "items" of the categories file) and how early one may check in.
    AppointmentCategories appointmentCategories = AppointmentCategories::shipped();
    int checkInEarlyLimitMinutes = checkInEarlyMinutes;

    // Group commit for the host: operations between these share one durable commit (one disk flush), and
    // nothing of them may be answered before commitBatch() returned true.
    [[nodiscard]] bool beginBatch();
    [[nodiscard]] bool commitBatch();

    // A ticket. With an ID number that has an appointment open for check-in now, the ticket gets the slot and
    // the appointment is checked in (a clerk or the CLI issuing for an appointed citizen).
    [[nodiscard]] QueueResult issue(const TicketRequest& request, const QDateTime& now);

    // Adds or updates appointments by uuid, all or none; a checked-in one stays checked in.
    [[nodiscard]] bool putAppointments(const QList<Appointment>& appointments, const QDateTime& now,
                                       QString* errorMessage);
    // The citizen's appointment of today by ID number or booking code: the one open for check-in, else the next
    // one, else the last missed one. ticketNumber is set once it is checked in.
    [[nodiscard]] std::optional<Appointment> findAppointment(const QString& idNumber, const QString& bookingCode,
                                                             const QDateTime& now) const;
    // A ticket for the appointment at its slot (codes not-found, too-early, too-late); a second check-in gives the
    // same ticket again. extra holds the appointment (without the ID number) and "again" for a repeat.
    [[nodiscard]] QueueResult checkIn(const QString& idNumber, const QString& bookingCode, const QDateTime& now);
    [[nodiscard]] QList<Appointment> appointments(const QDate& day) const;
    // Drops appointments whose day is more than keepDays before today (the host does so when it starts); tickets
    // stay, they are the hall's statistics. The number dropped, or -1 when the file cannot be written.
    [[nodiscard]] int dropOldAppointments(const QDate& today, int keepDays = appointmentKeepDays);
    static constexpr int appointmentKeepDays = 30;
    [[nodiscard]] QueueResult callNext(int counter, const QStringList& categories, const QString& clerk,
                                       const QDateTime& now);
    [[nodiscard]] QueueResult recall(int counter, const QDateTime& now);
    [[nodiscard]] QueueResult noShow(int counter, const QDateTime& now);
    // To another category (toCategory) or to one counter (toCounter > 0); the ticket keeps its place in line.
    [[nodiscard]] QueueResult transfer(int counter, const QString& toCategory, int toCounter, const QDateTime& now);
    [[nodiscard]] QueueResult finish(int counter, const QStringList& caseUuids, int rating, const QDateTime& now);
    // Links cases or a rating to a ticket after it was finished (the rating screen comes after finishing).
    [[nodiscard]] QueueResult annotate(const QString& number, const QString& day, const QStringList& caseUuids,
                                       int rating);
    [[nodiscard]] bool setPaused(int counter, bool paused, const QDateTime& now, QString* errorMessage);
    [[nodiscard]] bool registerCounter(int counter, const QStringList& categories, const QString& clerk,
                                       const QDateTime& now, QString* errorMessage);

    // Takes a counter's own-range records once: a batch already taken is acknowledged without a second copy.
    [[nodiscard]] QueueResult handOver(const QString& batchUuid, int counter, const QList<Ticket>& records,
                                       const QDateTime& now);

    [[nodiscard]] std::optional<Ticket> ticket(const QString& number, const QString& day) const;
    [[nodiscard]] std::optional<Ticket> current(int counter) const;
    [[nodiscard]] HallStatus status(const QDate& day, int recentCalls = 10) const;
    [[nodiscard]] int waitingCount(const QDate& day) const;
    [[nodiscard]] QList<Ticket> tickets(const QDate& day) const;

    // by: "category", "counter", "clerk", "rating" or "day"; from and to inclusive.
    [[nodiscard]] QList<StatisticsRow> statistics(const QString& by, const QDate& from, const QDate& to) const;

    [[nodiscard]] static QString dayOf(const QDateTime& at);

private:
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] bool openConnection(QString* errorMessage);
    [[nodiscard]] bool migrate(QString* errorMessage);
    [[nodiscard]] std::optional<Ticket> readTicket(const QString& where, const QVariantList& values) const;
    [[nodiscard]] QueueResult storeFailure() const;
    [[nodiscard]] bool finishCurrent(int counter, const QDateTime& now);
    [[nodiscard]] QueueResult issueTicket(const TicketRequest& request, const QDateTime& now,
                                          const QString& appointmentUuid);
    [[nodiscard]] QList<Appointment> readAppointments(const QString& where, const QVariantList& values) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace ow::queue
