#include "sync/Protocol.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ow::sync::protocol {

namespace {

const QLatin1StringView statusCodes[] = {QLatin1StringView("applied"), QLatin1StringView("duplicate"),
                                         QLatin1StringView("rejected"), QLatin1StringView("conflict"),
                                         QLatin1StringView("retry")};

// Reads a JSON object's fields and remembers the first one that is missing or of the wrong type.
class Reader
{
public:
    Reader(const QJsonObject& json, QString* errorMessage)
        : m_json(json)
        , m_errorMessage(errorMessage)
    { }

    QString text(const char* key, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        if (value.isString()) {
            // Never null: a null QString is bound as SQL NULL.
            return value.toString().isNull() ? QStringLiteral("") : value.toString();
        }
        if (required || !(value.isUndefined() || value.isNull())) {
            fail(key, "a string");
        }
        return {};
    }

    qint64 integer(const char* key, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        if (value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger())) {
            return value.toInteger();
        }
        if (required || !(value.isUndefined() || value.isNull())) {
            fail(key, "an integer");
        }
        return 0;
    }

    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        if (value.isBool()) {
            return value.toBool();
        }
        if (!value.isUndefined()) {
            fail(key, "true or false");
        }
        return fallback;
    }

    QJsonObject object(const char* key, bool required = true)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        if (value.isObject()) {
            return value.toObject();
        }
        if (required || !(value.isUndefined() || value.isNull())) {
            fail(key, "an object");
        }
        return {};
    }

    QJsonArray array(const char* key)
    {
        const QJsonValue value = m_json.value(QLatin1StringView(key));
        if (value.isArray()) {
            return value.toArray();
        }
        fail(key, "an array");
        return {};
    }

    void fail(const char* key, const char* expected)
    {
        if (m_ok) {
            m_ok = false;
            *m_errorMessage =
                QStringLiteral("field \"%1\" must be %2").arg(QLatin1StringView(key), QLatin1StringView(expected));
        }
    }

    [[nodiscard]] bool ok() const { return m_ok; }

private:
    const QJsonObject& m_json;
    QString* m_errorMessage;
    bool m_ok = true;
};

QString inItem(const char* list, qsizetype index, const QString& message)
{
    return QStringLiteral("%1[%2]: %3").arg(QLatin1StringView(list)).arg(index).arg(message);
}

} // namespace

QString statusCode(OpStatus status)
{
    return statusCodes[static_cast<int>(status)];
}

std::optional<OpStatus> statusFromCode(const QString& code)
{
    for (int i = 0; i < static_cast<int>(std::size(statusCodes)); ++i) {
        if (code == statusCodes[i]) {
            return static_cast<OpStatus>(i);
        }
    }
    return std::nullopt;
}

bool isFinal(OpStatus status)
{
    return status != OpStatus::Retry;
}

QString timestampText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.toUTC();
}

bool isBlobName(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QJsonObject Op::toJson() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_uuid"), entityUuid},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("created_at"), timestampText(createdAt)}};
}

std::optional<Op> Op::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    Op op;
    op.opId = read.text("op_id");
    op.seq = read.integer("seq", false);
    op.entity = read.text("entity");
    op.entityUuid = read.text("entity_uuid");
    op.operation = read.text("operation");
    op.payload = read.object("payload");
    op.createdAt = timestampFromText(read.text("created_at", false));
    if (read.ok() && (op.opId.isEmpty() || op.opId.size() > 64)) {
        read.fail("op_id", "1 to 64 characters");
    }
    if (!read.ok()) {
        return std::nullopt;
    }
    return op;
}

QJsonObject OpResult::toJson() const
{
    QJsonObject json {{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), statusCode(status)}};
    if (!reason.isEmpty()) {
        json.insert(QStringLiteral("reason"), reason);
    }
    if (serverVersion) {
        json.insert(QStringLiteral("server_version"), *serverVersion);
    }
    if (firstStatus) {
        json.insert(QStringLiteral("first_status"), statusCode(*firstStatus));
    }
    return json;
}

std::optional<OpResult> OpResult::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    OpResult result;
    result.opId = read.text("op_id");
    const auto status = statusFromCode(read.text("status"));
    result.reason = read.text("reason", false);
    if (json.contains(QStringLiteral("server_version"))) {
        result.serverVersion = read.integer("server_version");
    }
    if (json.contains(QStringLiteral("first_status"))) {
        result.firstStatus = statusFromCode(read.text("first_status"));
        if (!result.firstStatus) {
            read.fail("first_status", "a status");
        }
    }
    if (!status) {
        read.fail("status", "applied, duplicate, rejected, conflict or retry");
    }
    if (!read.ok()) {
        return std::nullopt;
    }
    result.status = *status;
    return result;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray array;
    for (const Op& op : ops) {
        array.append(op.toJson());
    }
    return {{QStringLiteral("ops"), array}};
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    const QJsonArray array = read.array("ops");
    if (!read.ok()) {
        return std::nullopt;
    }
    PushRequest request;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString message;
        const auto op = array.at(i).isObject() ? Op::fromJson(array.at(i).toObject(), &message) : std::nullopt;
        if (!op) {
            *errorMessage = inItem("ops", i, message.isEmpty() ? QStringLiteral("not an object") : message);
            return std::nullopt;
        }
        request.ops.append(*op);
    }
    return request;
}

QJsonObject PushReply::toJson() const
{
    QJsonArray array;
    for (const OpResult& result : results) {
        array.append(result.toJson());
    }
    return {{QStringLiteral("results"), array}};
}

std::optional<PushReply> PushReply::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    const QJsonArray array = read.array("results");
    if (!read.ok()) {
        return std::nullopt;
    }
    PushReply reply;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString message;
        const auto result =
            array.at(i).isObject() ? OpResult::fromJson(array.at(i).toObject(), &message) : std::nullopt;
        if (!result) {
            *errorMessage = inItem("results", i, message.isEmpty() ? QStringLiteral("not an object") : message);
            return std::nullopt;
        }
        reply.results.append(*result);
    }
    return reply;
}

QJsonObject PullChange::toJson() const
{
    return {{QStringLiteral("cursor"), cursor},   {QStringLiteral("stream"), stream},   {QStringLiteral("uuid"), uuid},
            {QStringLiteral("version"), version}, {QStringLiteral("deleted"), deleted}, {QStringLiteral("data"), data}};
}

std::optional<PullChange> PullChange::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    PullChange change;
    change.cursor = read.text("cursor");
    change.stream = read.text("stream");
    change.uuid = read.text("uuid");
    change.version = read.integer("version");
    change.deleted = read.boolean("deleted", false);
    change.data = read.object("data", false);
    if (!read.ok()) {
        return std::nullopt;
    }
    return change;
}

QJsonObject PullReply::toJson() const
{
    QJsonArray array;
    for (const PullChange& change : changes) {
        array.append(change.toJson());
    }
    return {{QStringLiteral("changes"), array},
            {QStringLiteral("next_cursor"), nextCursor},
            {QStringLiteral("more"), more}};
}

std::optional<PullReply> PullReply::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    PullReply reply;
    const QJsonArray array = read.array("changes");
    reply.nextCursor = read.text("next_cursor");
    reply.more = read.boolean("more", false);
    if (!read.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString message;
        const auto change =
            array.at(i).isObject() ? PullChange::fromJson(array.at(i).toObject(), &message) : std::nullopt;
        if (!change) {
            *errorMessage = inItem("changes", i, message.isEmpty() ? QStringLiteral("not an object") : message);
            return std::nullopt;
        }
        reply.changes.append(*change);
    }
    return reply;
}

QJsonObject BacklogCase::toJson() const
{
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("number"), number},
            {QStringLiteral("item_code"), itemCode},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("state"), state},
            {QStringLiteral("hall_code"), hallCode},
            {QStringLiteral("counter_number"), counterNumber},
            {QStringLiteral("clerk_uuid"), clerkUuid},
            {QStringLiteral("clerk_name"), clerkName},
            {QStringLiteral("citizen_uuid"), citizenUuid},
            {QStringLiteral("citizen_name"), citizenName},
            {QStringLiteral("id_number_masked"), maskedIdNumber},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("accepted_at"), acceptedAt},
            {QStringLiteral("deadline"), deadline},
            {QStringLiteral("awaited_materials"), QJsonArray::fromStringList(awaitedMaterials)},
            {QStringLiteral("version"), version}};
}

std::optional<BacklogCase> BacklogCase::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    BacklogCase row;
    row.uuid = read.text("uuid");
    row.number = read.text("number");
    row.itemCode = read.text("item_code", false);
    row.kind = read.text("kind", false);
    row.state = read.text("state");
    row.hallCode = read.text("hall_code");
    row.counterNumber = static_cast<int>(read.integer("counter_number", false));
    row.clerkUuid = read.text("clerk_uuid", false);
    row.clerkName = read.text("clerk_name", false);
    row.citizenUuid = read.text("citizen_uuid", false);
    row.citizenName = read.text("citizen_name", false);
    row.maskedIdNumber = read.text("id_number_masked", false);
    row.channel = read.text("channel", false);
    row.acceptedAt = read.text("accepted_at", false);
    row.deadline = read.text("deadline", false);
    const QJsonArray awaited = read.array("awaited_materials");
    row.version = read.integer("version", false);
    if (!read.ok()) {
        return std::nullopt;
    }
    for (const QJsonValue& value : awaited) {
        row.awaitedMaterials.append(value.toString());
    }
    return row;
}

QJsonObject BacklogReply::toJson() const
{
    QJsonArray array;
    for (const BacklogCase& row : cases) {
        array.append(row.toJson());
    }
    return {{QStringLiteral("cases"), array}, {QStringLiteral("more"), more}};
}

std::optional<BacklogReply> BacklogReply::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    BacklogReply reply;
    const QJsonArray array = read.array("cases");
    reply.more = read.boolean("more", false);
    if (!read.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString message;
        const auto row =
            array.at(i).isObject() ? BacklogCase::fromJson(array.at(i).toObject(), &message) : std::nullopt;
        if (!row) {
            *errorMessage = inItem("cases", i, message.isEmpty() ? QStringLiteral("not an object") : message);
            return std::nullopt;
        }
        reply.cases.append(*row);
    }
    return reply;
}

QJsonObject LeaseRequest::toJson() const
{
    return {{QStringLiteral("template"), templateCode}, {QStringLiteral("count"), count}};
}

std::optional<LeaseRequest> LeaseRequest::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    LeaseRequest request;
    request.templateCode = read.text("template");
    const qint64 count = read.integer("count");
    if (read.ok() && (count < 1 || count > maxLeaseCount)) {
        read.fail("count", "between 1 and 100000");
    }
    if (!read.ok()) {
        return std::nullopt;
    }
    request.count = static_cast<int>(count);
    return request;
}

QJsonObject Lease::toJson() const
{
    return {{QStringLiteral("block"),
             QJsonObject {{QStringLiteral("uuid"), uuid},
                          {QStringLiteral("template"), templateCode},
                          {QStringLiteral("prefix"), prefix},
                          {QStringLiteral("width"), width},
                          {QStringLiteral("first"), first},
                          {QStringLiteral("last"), last}}}};
}

std::optional<Lease> Lease::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader outer(json, errorMessage);
    const QJsonObject block = outer.object("block");
    if (!outer.ok()) {
        return std::nullopt;
    }
    Reader read(block, errorMessage);
    Lease lease;
    lease.uuid = read.text("uuid");
    lease.templateCode = read.text("template");
    lease.prefix = read.text("prefix");
    lease.width = static_cast<int>(read.integer("width"));
    lease.first = read.integer("first");
    lease.last = read.integer("last");
    if (read.ok() && lease.last < lease.first) {
        read.fail("last", "not below first");
    }
    if (!read.ok()) {
        return std::nullopt;
    }
    return lease;
}

QJsonObject EnrollRequest::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("device_name"), deviceName},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())}};
}

std::optional<EnrollRequest> EnrollRequest::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    EnrollRequest request;
    request.code = read.text("code");
    const qint64 counter = read.integer("counter");
    request.deviceName = read.text("device_name");
    const QString key = read.text("public_key");
    if (read.ok() && (counter < 1 || counter > 999)) {
        read.fail("counter", "a counter number from 1 to 999");
    }
    if (read.ok()) {
        const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            read.fail("public_key", "a base64 Ed25519 public key of 32 bytes");
        } else {
            request.publicKey = decoded.decoded;
        }
    }
    if (!read.ok()) {
        return std::nullopt;
    }
    request.counter = static_cast<int>(counter);
    return request;
}

QJsonObject EnrollReply::toJson() const
{
    return {
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("token"), token},
        {QStringLiteral("hall"), QJsonObject {{QStringLiteral("code"), hallCode}, {QStringLiteral("name"), hallName}}},
        {QStringLiteral("key_id"), keyId},
        {QStringLiteral("server_time"), timestampText(serverTime)}};
}

std::optional<EnrollReply> EnrollReply::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    EnrollReply reply;
    reply.deviceId = read.text("device_id");
    reply.token = read.text("token");
    const QJsonObject hall = read.object("hall");
    reply.keyId = read.text("key_id");
    reply.serverTime = timestampFromText(read.text("server_time"));
    if (!read.ok()) {
        return std::nullopt;
    }
    Reader readHall(hall, errorMessage);
    reply.hallCode = readHall.text("code");
    reply.hallName = readHall.text("name");
    if (!readHall.ok()) {
        return std::nullopt;
    }
    return reply;
}

QJsonObject ClerkInfo::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("login"), login}, {QStringLiteral("name"), name},
            {QStringLiteral("role"), role}, {QStringLiteral("hall"), hall},   {QStringLiteral("active"), active}};
}

std::optional<ClerkInfo> ClerkInfo::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    ClerkInfo clerk;
    clerk.uuid = read.text("uuid");
    clerk.login = read.text("login");
    clerk.name = read.text("name");
    clerk.role = read.text("role");
    clerk.hall = read.text("hall");
    clerk.active = read.boolean("active", true);
    if (!read.ok()) {
        return std::nullopt;
    }
    return clerk;
}

QJsonObject BlobStatus::toJson() const
{
    return {
        {QStringLiteral("size"), size}, {QStringLiteral("received"), received}, {QStringLiteral("complete"), complete}};
}

std::optional<BlobStatus> BlobStatus::fromJson(const QJsonObject& json, QString* errorMessage)
{
    Reader read(json, errorMessage);
    BlobStatus status;
    status.size = read.integer("size", false);
    status.received = read.integer("received");
    status.complete = read.boolean("complete", false);
    if (!read.ok()) {
        return std::nullopt;
    }
    return status;
}

QJsonObject ErrorReply::toJson() const
{
    return {
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

std::optional<ErrorReply> ErrorReply::fromJson(const QJsonObject& json)
{
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    if (!error.value(QStringLiteral("code")).isString()) {
        return std::nullopt;
    }
    return ErrorReply {error.value(QStringLiteral("code")).toString(),
                       error.value(QStringLiteral("message")).toString()};
}

} // namespace ow::sync::protocol
