#include "sync/SyncEngine.h"

#include "appointments/AppointmentService.h"
#include "auth/Role.h"
#include "calendar/CalendarService.h"
#include "certificate/CertificateTemplate.h"
#include "certificate/TrustedKeys.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/NumberRepository.h"
#include "db/OutboxRepository.h"
#include "photo/AttachmentStore.h"
#include "sync/CatalogStream.h"
#include "sync/SyncSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

Q_LOGGING_CATEGORY(lcSync, "ow.sync.engine")

namespace ow::sync {

namespace {

// How many wrong_offset answers one blob may get in a run before the engine leaves it for the next run.
constexpr int maxOffsetCorrections = 8;

QString stateFor(const protocol::OpResult& result)
{
    // A duplicate tells what the first delivery became; a rejection or conflict must stay visible as such.
    if (result.status == protocol::OpStatus::Duplicate && result.firstStatus &&
        (*result.firstStatus == protocol::OpStatus::Rejected || *result.firstStatus == protocol::OpStatus::Conflict)) {
        return protocol::statusCode(*result.firstStatus);
    }
    return protocol::statusCode(result.status);
}

// A date for trusted-keys.json (YYYY-MM-DD) from the district's timestamp or date; null when there is none.
QJsonValue dateOf(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Null);
    }
    const QDate date =
        text.size() > 10 ? protocol::timestampFromText(text).date() : QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QString SyncEngine::cursorName = QStringLiteral("district");

QJsonObject SyncSummary::toJson() const
{
    return {{QStringLiteral("reachable"), reachable},
            {QStringLiteral("completed"), completed},
            {QStringLiteral("acknowledged"), everythingAcknowledged()},
            {QStringLiteral("message"), message},
            {QStringLiteral("pushed"), pushed},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("duplicate"), duplicates},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("retry"), retries},
            {QStringLiteral("blobs_uploaded"), blobsUploaded},
            {QStringLiteral("blob_bytes_sent"), blobBytesSent},
            {QStringLiteral("pulled"), pulled},
            {QStringLiteral("leased_blocks"), leasedBlocks},
            {QStringLiteral("pending_ops"), counts.pendingOps},
            {QStringLiteral("pending_blobs"), counts.pendingBlobs},
            {QStringLiteral("rejected_total"), counts.rejected},
            {QStringLiteral("conflicts_total"), counts.conflicts},
            {QStringLiteral("last_success"),
             lastSuccess.isValid() ? QJsonValue(protocol::timestampText(lastSuccess)) : QJsonValue(QJsonValue::Null)}};
}

SyncEngine::SyncEngine(db::Database& database, DistrictClient& client, Clock clock)
    : m_database(database)
    , m_client(client)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_batchSize(protocol::maxOpsPerPush)
{ }

void SyncEngine::report(const QString& phase, int done, int total) const
{
    if (m_progress) {
        m_progress({phase, done, total});
    }
}

SyncSummary SyncEngine::runOnce()
{
    SyncSummary summary;
    // Leases first, so the block's own outbox row goes out in the same run.
    summary.completed = uploadBlobs(summary) && leaseNumbers(summary) && push(summary) && pull(summary);
    SyncSettings settings(m_database);
    if (summary.completed) {
        if (!settings.setLastSuccess(m_clock())) {
            qCWarning(lcSync) << "last sync time not stored";
        }
    }
    summary.lastSuccess = settings.lastSuccess();
    summary.counts = db::SyncRepository(m_database).counts();
    return summary;
}

bool SyncEngine::stopOn(const DistrictReply& reply, SyncSummary& summary)
{
    if (QThread::currentThread()->isInterruptionRequested()) {
        summary.message = tr("The sync was stopped because the program is closing.");
        return true;
    }
    if (!reply.reachable()) {
        summary.reachable = false;
        summary.message =
            tr("The district server cannot be reached; the counter keeps working and syncs when it is back.");
        return true;
    }
    if (reply.httpStatus == 401) {
        summary.authorized = false;
        summary.message = tr("The district no longer accepts this counter (its enrolment was revoked or replaced). "
                             "Enrol it again in Settings.");
        return true;
    }
    if (reply.httpStatus >= 300 && reply.httpStatus < 400) {
        // Tokens are never sent on to another address: the administrator enters the one the server names.
        summary.message = tr("The district server address has moved (%1). Ask the district for its address and "
                             "enrol again.")
                              .arg(reply.location.isEmpty() ? QString::number(reply.httpStatus) : reply.location);
        return true;
    }
    if (reply.httpStatus >= 500 || reply.outcome == DistrictReply::Outcome::Malformed) {
        summary.message = tr("The district server has a problem (%1); the counter tries again later.")
                              .arg(reply.detail.isEmpty() ? QString::number(reply.httpStatus) : reply.detail);
        return true;
    }
    return false;
}

bool SyncEngine::uploadBlobs(SyncSummary& summary)
{
    db::SyncRepository repository(m_database);
    QList<db::BlobUpload> blobs = repository.blobsToUpload();
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        report(QStringLiteral("blobs"), static_cast<int>(i), static_cast<int>(blobs.size()));
        if (uploadBlob(blobs[i], summary) == BlobResult::Stop) {
            return false;
        }
    }
    return true;
}

SyncEngine::BlobResult SyncEngine::uploadBlob(db::BlobUpload& blob, SyncSummary& summary)
{
    db::SyncRepository repository(m_database);
    const photo::AttachmentStore attachments(m_database);
    // Read in chunks, never whole: a multi-page scan may be large.
    QFile file(attachments.blobPath(blob.sha256));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const bool readable = file.open(QIODevice::ReadOnly) && hash.addData(&file);
    if (!readable || QString::fromLatin1(hash.result().toHex()) != blob.sha256) {
        // The push of its attachment waits (retry, blob_missing) and the problem shows in the counts.
        blob.state = QStringLiteral("failed");
        blob.lastError = file.exists() ? QStringLiteral("the local file does not match its hash")
                                       : QStringLiteral("the local file is missing");
        qCWarning(lcSync) << "blob" << blob.sha256 << blob.lastError;
        if (!repository.storeBlob(blob, m_clock())) {
            qCWarning(lcSync) << "blob state not stored";
        }
        return BlobResult::Failed;
    }
    blob.size = file.size();
    const QString path = QStringLiteral("/blobs/") + blob.sha256;

    // The district's count is the truth: after a cut it holds what arrived, whatever this counter last saw.
    const DistrictReply status = m_client.get(path + QStringLiteral("/status"));
    if (status.ok()) {
        QString error;
        const auto known = protocol::BlobStatus::fromJson(status.json, &error);
        if (!known) {
            summary.message = tr("The district server gave an answer this counter does not understand.");
            qCWarning(lcSync) << "blob status:" << error;
            return BlobResult::Stop;
        }
        blob.received = known->complete ? blob.size : known->received;
        if (known->complete) {
            blob.state = QStringLiteral("complete");
        }
    } else if (status.httpStatus == 404) {
        blob.received = 0;
    } else if (stopOn(status, summary)) {
        return BlobResult::Stop;
    }

    int corrections = 0;
    while (blob.state != u"complete") {
        const qint64 offset = std::clamp<qint64>(blob.received, 0, blob.size);
        if (!file.seek(offset)) {
            blob.lastError = file.errorString();
            return BlobResult::Failed;
        }
        const QByteArray chunk = file.read(protocol::maxBlobChunkBytes);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const DistrictReply reply =
            m_client.put(path, query, chunk, {{QByteArray(protocol::blobSizeHeader), QByteArray::number(blob.size)}});
        if (reply.ok()) {
            QString error;
            const auto now = protocol::BlobStatus::fromJson(reply.json, &error);
            if (!now) {
                summary.message = tr("The district server gave an answer this counter does not understand.");
                return BlobResult::Stop;
            }
            summary.blobBytesSent += chunk.size();
            blob.received = now->received;
            if (now->complete) {
                blob.state = QStringLiteral("complete");
                ++summary.blobsUploaded;
            }
        } else if (reply.errorCode == QLatin1StringView(protocol::error::wrongOffset) &&
                   ++corrections <= maxOffsetCorrections) {
            blob.received = reply.json.value(QStringLiteral("received")).toInteger();
        } else if (stopOn(reply, summary)) {
            if (!repository.storeBlob(blob, m_clock())) {
                qCWarning(lcSync) << "blob progress not stored";
            }
            return BlobResult::Stop;
        } else {
            // hash_mismatch, size_mismatch, too_large: the district dropped what it had; start over next run.
            blob.received = 0;
            blob.lastError = reply.errorCode + u' ' + reply.detail;
            qCWarning(lcSync) << "blob" << blob.sha256 << "refused:" << blob.lastError;
            if (!repository.storeBlob(blob, m_clock())) {
                qCWarning(lcSync) << "blob state not stored";
            }
            return BlobResult::Failed;
        }
        blob.lastError.clear();
        if (!repository.storeBlob(blob, m_clock())) {
            qCWarning(lcSync) << "blob progress not stored";
        }
    }
    return BlobResult::Complete;
}

bool SyncEngine::push(SyncSummary& summary)
{
    db::SyncRepository repository(m_database);
    const int total = repository.counts().pendingOps;
    int done = 0;
    // Ops answered "retry" stay pending; the run moves past them rather than sending them twice.
    QSet<qint64> retried;
    int batchSize = m_batchSize;
    while (true) {
        QList<db::OutboxRow> rows;
        qint64 bytes = 0;
        for (const db::OutboxRow& row : repository.pending(batchSize + static_cast<int>(retried.size()))) {
            if (retried.contains(row.seq)) {
                continue;
            }
            protocol::Op op {row.opId, row.seq, row.entity, row.entityUuid, row.operation, row.payload, row.createdAt};
            // A little room under the limit for the envelope.
            bytes += QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact).size() + 1;
            if (!rows.isEmpty() && (rows.size() >= batchSize || bytes > protocol::maxPushBytes - 1024)) {
                break;
            }
            rows.append(row);
        }
        if (rows.isEmpty()) {
            report(QStringLiteral("push"), total, total);
            return true;
        }
        report(QStringLiteral("push"), done, total);
        protocol::PushRequest request;
        for (const db::OutboxRow& row : std::as_const(rows)) {
            request.ops.append(
                {row.opId, row.seq, row.entity, row.entityUuid, row.operation, row.payload, row.createdAt});
        }
        const DistrictReply reply = m_client.post(QStringLiteral("/push"), request.toJson());
        const QDateTime now = m_clock();
        if (reply.errorCode == QLatin1StringView(protocol::error::tooLarge) && batchSize > 1) {
            batchSize = std::max(1, batchSize / 2);
            continue;
        }
        if (!reply.ok()) {
            if (stopOn(reply, summary)) {
                return false;
            }
            // A refusal of the whole batch (bad_request, too_large for one op): note it on the rows, stop the push.
            db::Transaction transaction(m_database.connection());
            for (const db::OutboxRow& row : std::as_const(rows)) {
                if (!repository.recordAttempt(row.seq, reply.errorCode, reply.detail, now)) {
                    qCWarning(lcSync) << "attempt not recorded for op" << row.opId;
                }
            }
            if (!transaction.commit()) {
                qCWarning(lcSync) << "attempts not recorded";
            }
            summary.message = tr("The district refused part of the outbox (%1); it stays waiting and is shown under "
                                 "sync problems if it does not go through.")
                                  .arg(reply.errorCode);
            return false;
        }
        QString error;
        const auto answer = protocol::PushReply::fromJson(reply.json, &error);
        if (!answer || answer->results.size() != rows.size()) {
            qCWarning(lcSync) << "push answer not usable:" << error;
            summary.message = tr("The district server gave an answer this counter does not understand.");
            return false;
        }
        db::Transaction transaction(m_database.connection());
        bool stored = transaction.isActive();
        for (qsizetype i = 0; i < rows.size() && stored; ++i) {
            const db::OutboxRow& row = rows.at(i);
            const protocol::OpResult& result = answer->results.at(i);
            if (result.opId != row.opId) {
                qCWarning(lcSync) << "push answer out of order at" << i;
                stored = false;
                break;
            }
            if (!protocol::isFinal(result.status)) {
                ++summary.retries;
                retried.insert(row.seq);
                stored = repository.recordAttempt(row.seq, result.reason, {}, now);
                continue;
            }
            const QString state = stateFor(result);
            stored = repository.acknowledge(row.seq, state, result.reason, result.serverVersion, now);
            ++summary.pushed;
            if (result.status == protocol::OpStatus::Duplicate) {
                ++summary.duplicates;
            } else if (result.status == protocol::OpStatus::Applied) {
                ++summary.applied;
            }
            if (state == u"rejected") {
                ++summary.rejected;
                qCWarning(lcSync) << "op" << row.opId << row.entity << row.operation << "rejected:" << result.reason;
            } else if (state == u"conflict") {
                ++summary.conflicts;
                qCWarning(lcSync) << "op" << row.opId << row.entity << row.operation << "conflict:" << result.reason;
            }
        }
        if (!stored || !transaction.commit()) {
            // The district has the ops; the next run sends them again and gets "duplicate" with the first answer.
            summary.message = tr("The answers of the district could not be saved to the data file.");
            return false;
        }
        done += static_cast<int>(rows.size());
    }
}

bool SyncEngine::applyChanges(const QList<protocol::PullChange>& changes, QString* errorMessage)
{
    db::SyncRepository repository(m_database);
    const QDateTime now = m_clock();
    QList<protocol::PullChange> keys;
    for (const protocol::PullChange& change : changes) {
        if (change.stream == QLatin1StringView(protocol::stream::clerks)) {
            QString error;
            const auto clerk = protocol::ClerkInfo::fromJson(change.data, &error);
            if (!clerk || !auth::Roles::fromCode(clerk->role)) {
                qCWarning(lcSync) << "clerk change skipped:" << change.uuid << error
                                  << change.data.value(QStringLiteral("role"));
                continue;
            }
            const bool active = clerk->active && !change.deleted;
            if (!repository.applyClerk({clerk->uuid, clerk->login, clerk->name, clerk->role, active}, now)) {
                *errorMessage = QStringLiteral("clerk %1 not stored").arg(clerk->login);
                return false;
            }
        } else if (change.stream == QLatin1StringView(protocol::stream::caseStatus)) {
            const QJsonObject& data = change.data;
            if (!repository.applyCaseStatus(change.uuid, data.value(QStringLiteral("number")).toString(),
                                            data.value(QStringLiteral("state")).toString(),
                                            data.value(QStringLiteral("version")).toInteger(change.version),
                                            data.value(QStringLiteral("hall_code")).toString(),
                                            data.value(QStringLiteral("updated_at")).toString())) {
                *errorMessage = QStringLiteral("case status %1 not stored").arg(change.uuid);
                return false;
            }
        } else if (change.stream == QLatin1StringView(protocol::stream::trustedKeys)) {
            keys.append(change);
        } else if (change.stream == QLatin1StringView(protocol::stream::catalog)) {
            // Imported before this transaction by importPulledCatalog.
        } else if (change.stream == QLatin1StringView(protocol::stream::calendar) ||
                   change.stream == QLatin1StringView(protocol::stream::certificateTemplates) ||
                   change.stream == QLatin1StringView(protocol::stream::appointments)) {
            if (!applyMasterData(change, errorMessage)) {
                return false;
            }
        } else {
            qCDebug(lcSync) << "change of stream" << change.stream << "not used by this version";
        }
    }
    if (keys.isEmpty()) {
        return true;
    }

    // trusted-keys.json keeps entries added by hand; the district's entries are added, updated or retired.
    const QString path = certificate::TrustedKeys::defaultPath(dataDir());
    QJsonArray entries;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        entries = QJsonDocument::fromJson(existing.readAll()).array();
        existing.close();
    }
    for (const protocol::PullChange& change : std::as_const(keys)) {
        const QJsonObject& data = change.data;
        const QString keyId = data.value(QStringLiteral("key_id")).toString();
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).toObject().value(QStringLiteral("key_id")).toString() == keyId) {
                entries.removeAt(i);
            }
        }
        const bool active = data.value(QStringLiteral("active")).toBool(true) && !change.deleted;
        const QJsonValue validTo = dateOf(data.value(QStringLiteral("valid_to")));
        // A retired key still verifies what it signed before its end date; without one it is dropped.
        if (!active && validTo.isNull()) {
            continue;
        }
        QJsonObject entry {{QStringLiteral("key_id"), keyId},
                           {QStringLiteral("public_key"), data.value(QStringLiteral("public_key")).toString()},
                           {QStringLiteral("hall"), data.value(QStringLiteral("hall")).toString()},
                           {QStringLiteral("valid_from"), dateOf(data.value(QStringLiteral("valid_from")))},
                           {QStringLiteral("valid_to"), validTo}};
        // An entry TrustedKeys would refuse would spoil the whole file; leave it out.
        QString error;
        if (!certificate::TrustedKeys::fromJson(QJsonDocument(QJsonArray {entry}).toJson(), &error)) {
            qCWarning(lcSync) << "trusted key" << keyId << "skipped:" << error;
            continue;
        }
        entries.append(entry);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(entries).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        *errorMessage = QStringLiteral("%1 not written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString SyncEngine::dataDir() const
{
    return m_dataDir.isEmpty() ? QFileInfo(m_database.path()).absolutePath() : m_dataDir;
}

bool SyncEngine::applyMasterData(const protocol::PullChange& change, QString* errorMessage)
{
    db::SyncRepository repository(m_database);
    if (change.deleted) {
        // The district never deletes master data; a record it withdraws comes as a new version.
        qCDebug(lcSync) << "deleted change of stream" << change.stream << "ignored";
        return true;
    }
    QString refusal;
    bool accepted = false;
    if (change.stream == QLatin1StringView(protocol::stream::calendar)) {
        const QByteArray document = QJsonDocument(change.data).toJson(QJsonDocument::Compact);
        calendar::CalendarService calendars(m_database);
        if (calendar::CalendarService::check(document, &refusal)) {
            if (!calendars.importDocument(document, QStringLiteral("district"), errorMessage)) {
                return false;
            }
            accepted = true;
        }
    } else if (change.stream == QLatin1StringView(protocol::stream::certificateTemplates)) {
        accepted = certificate::CertificateTemplate::storeDistrictTemplate(
            dataDir(), change.uuid, change.data.value(QStringLiteral("template")).toObject(), &refusal);
    } else {
        appointments::AppointmentService service(m_database);
        const auto appointment = appointments::AppointmentService::fromDistrict(change.data, change.version, &refusal);
        if (appointment) {
            if (!service.apply(*appointment)) {
                *errorMessage = QStringLiteral("appointment %1 not stored").arg(change.uuid);
                return false;
            }
            accepted = true;
        }
    }
    if (accepted) {
        return repository.clearRefusal(change.stream, change.uuid);
    }
    // The counter keeps what it had; a person sees the refusal under sync problems until a good version comes.
    qCWarning(lcSync) << change.stream << change.uuid << "version" << change.version << "refused:" << refusal;
    if (!repository.recordRefusal(change.stream, change.uuid, change.version, refusal, m_clock())) {
        *errorMessage = QStringLiteral("refusal of %1 %2 not stored").arg(change.stream, change.uuid);
        return false;
    }
    return true;
}

bool SyncEngine::pull(SyncSummary& summary)
{
    db::SyncRepository repository(m_database);
    bool restarted = false;
    while (true) {
        const std::optional<QString> cursor = repository.cursor(cursorName);
        QUrlQuery query;
        if (cursor && !cursor->isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), *cursor);
        }
        query.addQueryItem(QStringLiteral("limit"), QString::number(protocol::defaultPullLimit));
        const DistrictReply reply = m_client.get(QStringLiteral("/pull"), query);
        if (reply.errorCode == QLatin1StringView(protocol::error::badCursor) && !restarted) {
            // A cursor of another server (re-installed district): everything again from the start.
            restarted = true;
            if (!repository.setCursor(cursorName, {}, m_clock())) {
                return false;
            }
            continue;
        }
        if (!reply.ok()) {
            if (!stopOn(reply, summary)) {
                summary.message = tr("The district refused to send its changes (%1).").arg(reply.errorCode);
            }
            return false;
        }
        QString error;
        const auto page = protocol::PullReply::fromJson(reply.json, &error);
        if (!page) {
            qCWarning(lcSync) << "pull answer not usable:" << error;
            summary.message = tr("The district server gave an answer this counter does not understand.");
            return false;
        }
        // Master data with its own all-or-nothing import runs before the page's transaction (no nesting).
        (void)importPulledCatalog(m_database, page->changes);
        db::Transaction transaction(m_database.connection());
        if (!transaction.isActive() || !applyChanges(page->changes, &error) ||
            !repository.setCursor(cursorName, page->nextCursor, m_clock()) || !transaction.commit()) {
            qCWarning(lcSync) << "pulled changes not stored:" << error;
            summary.message = tr("The changes from the district could not be saved to the data file.");
            return false;
        }
        summary.pulled += static_cast<int>(page->changes.size());
        report(QStringLiteral("pull"), summary.pulled, summary.pulled);
        if (!page->more) {
            return true;
        }
    }
}

bool SyncEngine::leaseNumbers(SyncSummary& summary)
{
    const SyncSettings settings(m_database);
    const int lowWater = settings.numbersLowWater();
    const int leaseSize = settings.numbersLeaseSize();
    QString error;
    const QList<certificate::CertificateTemplate> templates = certificate::CertificateTemplate::templates(&error);
    db::NumberRepository numbers(m_database);
    for (const certificate::CertificateTemplate& templ : templates) {
        if (!templ.numbering) {
            continue;
        }
        qint64 remaining = 0;
        for (const db::NumberBlockRecord& block : numbers.blocks(templ.code)) {
            if (block.state == u"active") {
                remaining += block.last - block.nextNumber + 1;
            }
        }
        if (remaining > lowWater) {
            continue;
        }
        const DistrictReply reply =
            m_client.post(QStringLiteral("/numbers/lease"), protocol::LeaseRequest {templ.code, leaseSize}.toJson());
        if (reply.errorCode == QLatin1StringView(protocol::error::unknownSeries)) {
            qCDebug(lcSync) << "the district keeps no number series for" << templ.code;
            continue;
        }
        if (!reply.ok()) {
            if (!stopOn(reply, summary)) {
                summary.message = tr("The district refused to lease numbers (%1).").arg(reply.errorCode);
            }
            return false;
        }
        const auto lease = protocol::Lease::fromJson(reply.json, &error);
        if (!lease) {
            qCWarning(lcSync) << "lease answer not usable:" << error;
            summary.message = tr("The district server gave an answer this counter does not understand.");
            return false;
        }
        db::NumberBlockRecord block;
        block.uuid = lease->uuid;
        block.templateCode = lease->templateCode.isEmpty() ? templ.code : lease->templateCode;
        block.prefix = lease->prefix;
        block.first = lease->first;
        block.last = lease->last;
        block.width = lease->width;
        block.nextNumber = lease->first;
        block.source = QStringLiteral("district");
        block.createdAt = m_clock();
        const QJsonObject payload {{QStringLiteral("uuid"), block.uuid},
                                   {QStringLiteral("template_code"), block.templateCode},
                                   {QStringLiteral("prefix"), block.prefix},
                                   {QStringLiteral("first"), block.first},
                                   {QStringLiteral("last"), block.last},
                                   {QStringLiteral("width"), block.width},
                                   {QStringLiteral("source"), block.source},
                                   {QStringLiteral("state"), block.state},
                                   {QStringLiteral("returned_from"), QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("version"), block.version}};
        db::Transaction transaction(m_database.connection());
        const bool stored = transaction.isActive() && numbers.insert(block) &&
            db::OutboxRepository(m_database)
                .append(QStringLiteral("number_block"), block.uuid, QStringLiteral("add"), payload) &&
            db::AuditRepository(m_database)
                .append({}, QStringLiteral("numbers.lease"), block.templateCode,
                        {{QStringLiteral("first"), block.first}, {QStringLiteral("last"), block.last}}) &&
            transaction.commit();
        if (!stored) {
            // The district counts the block as leased; it is lost to this counter, never given twice.
            summary.message = tr("A leased number block could not be saved to the data file.");
            return false;
        }
        ++summary.leasedBlocks;
        report(QStringLiteral("numbers"), summary.leasedBlocks, summary.leasedBlocks);
    }
    return true;
}

} // namespace ow::sync
