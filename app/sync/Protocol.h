#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The wire format between a counter and onewindow-district (server/PROTOCOL.md): field names, limits,
// statuses and small structs both sides parse with the same code. Parse errors are technical English text
// for logs and error replies; the client turns them into messages a clerk can act on.
namespace ow::sync::protocol {

inline constexpr int version = 1;
inline constexpr char apiPrefix[] = "/api/v1";

// Limits the server enforces (nginx in front allows a little more, see installer/server/nginx).
inline constexpr int maxOpsPerPush = 500;
inline constexpr qint64 maxPushBytes = 4 * 1024 * 1024;
inline constexpr qint64 maxBlobChunkBytes = 1024 * 1024;
inline constexpr qint64 maxBlobBytes = 256 * 1024 * 1024;
inline constexpr int defaultPullLimit = 200;
inline constexpr int maxPullLimit = 1000;
inline constexpr int maxLeaseCount = 100000;
inline constexpr int defaultBacklogLimit = 100;
inline constexpr int maxBacklogLimit = 500;
// A supervisor's login on the device stays proof for the district backlog this long.
inline constexpr int supervisorProofHours = 12;

// Header of a blob chunk upload: the blob's total size in bytes.
inline constexpr char blobSizeHeader[] = "X-Blob-Size";
// Header of a backlog request: the uuid of the supervisor who logged in online on this device.
inline constexpr char clerkHeader[] = "X-Clerk-Uuid";

// Error codes of {"error":{"code":...,"message":...}}.
namespace error {
inline constexpr char badRequest[] = "bad_request";
inline constexpr char unauthorized[] = "unauthorized";
inline constexpr char notFound[] = "not_found";
inline constexpr char badCode[] = "bad_code";
inline constexpr char tooLarge[] = "too_large";
inline constexpr char wrongOffset[] = "wrong_offset";
inline constexpr char sizeMismatch[] = "size_mismatch";
inline constexpr char hashMismatch[] = "hash_mismatch";
inline constexpr char badCursor[] = "bad_cursor";
inline constexpr char unknownSeries[] = "unknown_series";
inline constexpr char loginFailed[] = "login_failed";
inline constexpr char tooManyAttempts[] = "too_many_attempts"; // 429 with Retry-After: an address or login waits
inline constexpr char serverError[] = "server_error";
inline constexpr char notSupervisor[] = "not_supervisor"; // the backlog needs a supervisor's recent online login
} // namespace error

// Reasons in an OpResult that is not "applied".
namespace reason {
inline constexpr char blobMissing[] = "blob_missing"; // status retry: upload the blob, push the op again
inline constexpr char unknownEntity[] = "unknown_entity";
inline constexpr char unknownOperation[] = "unknown_operation";
inline constexpr char invalidPayload[] = "invalid_payload";
inline constexpr char notFound[] = "not_found"; // an update of a record the server has never seen
inline constexpr char notOwner[] = "not_owner"; // a case belongs to the hall that took it
inline constexpr char staleVersion[] = "stale_version"; // conflict: the server has a newer version
inline constexpr char alreadyExists[] = "already_exists"; // conflict: a create of a uuid the server has
inline constexpr char serverBusy[] = "server_busy"; // status retry: try the op again later
inline constexpr char auditChainBroken[] = "audit_chain_broken"; // an audit row that does not continue the chain
} // namespace reason

// The pull streams.
namespace stream {
inline constexpr char catalog[] = "catalog";
inline constexpr char calendar[] = "calendar";
inline constexpr char certificateTemplates[] = "certificate_templates";
inline constexpr char trustedKeys[] = "trusted_keys";
inline constexpr char clerks[] = "clerks";
inline constexpr char appointments[] = "appointments";
inline constexpr char caseStatus[] = "case_status";
} // namespace stream

// What became of one pushed operation. Applied, duplicate, rejected and conflict are final: the client
// marks the outbox row done. Retry is not: the op stays pending and is pushed again later.
enum class OpStatus
{
    Applied,
    Duplicate,
    Rejected,
    Conflict,
    Retry
};

[[nodiscard]] QString statusCode(OpStatus status);
[[nodiscard]] std::optional<OpStatus> statusFromCode(const QString& code);
[[nodiscard]] bool isFinal(OpStatus status);

// One outbox row on the wire.
struct Op
{
    QString opId; // client-made UUID; the idempotency key
    qint64 seq = 0; // the client's outbox order
    QString entity;
    QString entityUuid;
    QString operation;
    QJsonObject payload;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<Op> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct OpResult
{
    QString opId;
    OpStatus status = OpStatus::Applied;
    QString reason;
    std::optional<qint64> serverVersion; // the record's version on the server after the op, or at a conflict
    // For a duplicate: what the first delivery of the op became (applied, rejected or conflict).
    std::optional<OpStatus> firstStatus;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<OpResult> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct PushRequest
{
    QList<Op> ops;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PushRequest> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct PushReply
{
    QList<OpResult> results; // in the order of the request's ops

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PushReply> fromJson(const QJsonObject& json, QString* errorMessage);
};

// One row of the district's change log, as a pulling counter sees it.
struct PullChange
{
    QString cursor; // opaque; pull again from here to get what follows this change
    QString stream;
    QString uuid;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PullChange> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct PullReply
{
    QList<PullChange> changes;
    QString nextCursor; // store it after applying the changes; equal to the request's cursor when none
    bool more = false; // pull again at once

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PullReply> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct LeaseRequest
{
    QString templateCode;
    int count = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<LeaseRequest> fromJson(const QJsonObject& json, QString* errorMessage);
};

// A block of certificate numbers leased to one counter; never overlaps another device's block.
struct Lease
{
    QString uuid;
    QString templateCode;
    QString prefix;
    int width = 0;
    qint64 first = 0;
    qint64 last = 0;

    [[nodiscard]] QJsonObject toJson() const; // {"block":{...}}
    [[nodiscard]] static std::optional<Lease> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct EnrollRequest
{
    QString code; // the one-time code from `onewindow-district admin enroll-code`
    int counter = 0;
    QString deviceName;
    QByteArray publicKey; // raw 32-byte Ed25519 key of the counter's certificate key (base64 on the wire)

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<EnrollRequest> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct EnrollReply
{
    QString deviceId;
    QString token; // the device's bearer token; shown once, kept in the keychain
    QString hallCode;
    QString hallName;
    QString keyId;
    QDateTime serverTime;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<EnrollReply> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct ClerkInfo
{
    QString uuid;
    QString login;
    QString name;
    QString role;
    QString hall;
    bool active = true;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ClerkInfo> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct BlobStatus
{
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<BlobStatus> fromJson(const QJsonObject& json, QString* errorMessage);
};

struct ErrorReply
{
    QString code;
    QString message;

    [[nodiscard]] QJsonObject toJson() const; // {"error":{"code":...,"message":...}}
    [[nodiscard]] static std::optional<ErrorReply> fromJson(const QJsonObject& json);
};

// One open case of the district backlog; the ID number is masked by the server.
struct BacklogCase
{
    QString uuid;
    QString number;
    QString itemCode;
    QString kind;
    QString state;
    QString hallCode;
    int counterNumber = 0;
    QString clerkUuid;
    QString clerkName; // empty when the district does not know the clerk
    QString citizenUuid;
    QString citizenName;
    QString maskedIdNumber;
    QString channel;
    QString acceptedAt;
    QString deadline; // ISO date, empty when the case has none
    QStringList awaitedMaterials; // material codes accepted as missing and not received since
    qint64 version = 1;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<BacklogCase> fromJson(const QJsonObject& json, QString* errorMessage);
};

// GET /backlog: a page in (deadline, number) order; pass the last row's deadline and number for the next one.
struct BacklogReply
{
    QList<BacklogCase> cases;
    bool more = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<BacklogReply> fromJson(const QJsonObject& json, QString* errorMessage);
};

// Timestamps on the wire: ISO 8601 in UTC with milliseconds ("2024-05-06T07:08:09.123Z").
[[nodiscard]] QString timestampText(const QDateTime& time);
[[nodiscard]] QDateTime timestampFromText(const QString& text);

// A lower-case hex SHA-256 (64 characters), the name of a blob.
[[nodiscard]] bool isBlobName(const QString& text);

} // namespace ow::sync::protocol
