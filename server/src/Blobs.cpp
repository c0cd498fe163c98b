#include "Blobs.h"

#include "Api.h"
#include "Store.h"
#include "sync/Protocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcBlobs, "ow.district.blobs")

namespace ow::district {

namespace protocol = ow::sync::protocol;

BlobStore::BlobStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString BlobStore::completePath(const QString& sha256) const
{
    return m_directory + QStringLiteral("/objects/") + sha256.left(2) + u'/' + sha256;
}

QString BlobStore::partialPath(const QString& sha256) const
{
    return m_directory + QStringLiteral("/partial/") + sha256 + QStringLiteral(".part");
}

std::optional<qint64> BlobStore::completeSize(const QString& sha256) const
{
    const QFileInfo info(completePath(sha256));
    if (!info.isFile()) {
        return std::nullopt;
    }
    return info.size();
}

qint64 BlobStore::receivedBytes(const QString& sha256) const
{
    const QFileInfo info(partialPath(sha256));
    return info.isFile() ? info.size() : 0;
}

namespace {

ApiReply serverError()
{
    return ApiReply::error(500, protocol::error::serverError, QStringLiteral("the blob store failed; try again"));
}

std::optional<QByteArray> fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return std::nullopt;
    }
    return hash.result().toHex();
}

// Status of a known blob, nothing when the blobs table does not know it; *ok false on a database error.
std::optional<protocol::BlobStatus> blobStatus(QSqlDatabase& db, BlobStore& blobs, const QString& sha256, bool* ok)
{
    QSqlQuery query(db);
    *ok = run(query, QStringLiteral("SELECT size, complete FROM blobs WHERE sha256 = ?"), {sha256});
    if (!*ok || !query.next()) {
        return std::nullopt;
    }
    protocol::BlobStatus status;
    status.size = query.value(0).toLongLong();
    status.complete = query.value(1).toInt() == 1;
    status.received = status.complete ? status.size : blobs.receivedBytes(sha256);
    return status;
}

} // namespace

ApiReply handleBlobStatus(ApiContext& context, const QString& sha256)
{
    if (!protocol::isBlobName(sha256)) {
        return ApiReply::error(400, protocol::error::badRequest,
                               QStringLiteral("a blob is named by its SHA-256 in hex"));
    }
    QSqlDatabase db = context.store.connection();
    bool ok = true;
    const auto status = blobStatus(db, context.blobs, sha256, &ok);
    if (!ok) {
        return serverError();
    }
    if (!status) {
        return ApiReply::error(404, protocol::error::notFound, QStringLiteral("no such blob"));
    }
    return ApiReply::ok(status->toJson());
}

ApiReply handleBlobPut(ApiContext& context, const QString& sha256, const ApiRequest& request)
{
    if (!protocol::isBlobName(sha256)) {
        return ApiReply::error(400, protocol::error::badRequest,
                               QStringLiteral("a blob is named by its SHA-256 in hex"));
    }
    bool offsetOk = false;
    bool sizeOk = false;
    const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    const qint64 size = request.header("x-blob-size").toLongLong(&sizeOk);
    if (!offsetOk || !sizeOk || offset < 0 || size < 0) {
        return ApiReply::error(400, protocol::error::badRequest,
                               QStringLiteral("give ?offset=N and the header X-Blob-Size with the total size"));
    }
    if (size > protocol::maxBlobBytes || request.body.size() > protocol::maxBlobChunkBytes) {
        return ApiReply::error(413, protocol::error::tooLarge,
                               QStringLiteral("a chunk carries at most 1 MiB of a blob of at most 256 MiB"));
    }
    BlobStore& blobs = context.blobs;
    const QMutexLocker locker(&blobs.writeMutex());
    QSqlDatabase db = context.store.connection();
    bool ok = true;
    auto status = blobStatus(db, blobs, sha256, &ok);
    if (!ok) {
        return serverError();
    }
    if (!status) {
        QSqlQuery insert(db);
        if (!run(insert, QStringLiteral("INSERT INTO blobs (sha256, size, complete, created_at) VALUES (?, ?, 0, ?)"),
                 {sha256, size, nowText()})) {
            return serverError();
        }
        QFile::remove(blobs.partialPath(sha256));
        status = protocol::BlobStatus {size, 0, false};
    }
    if (status->size != size) {
        return ApiReply::error(409, protocol::error::sizeMismatch,
                               QStringLiteral("this blob was announced with %1 bytes").arg(status->size));
    }
    if (status->complete) {
        return ApiReply::ok(status->toJson());
    }
    if (offset != status->received) {
        ApiReply reply = ApiReply::error(409, protocol::error::wrongOffset,
                                         QStringLiteral("continue at offset %1").arg(status->received));
        reply.json.insert(QStringLiteral("received"), status->received);
        return reply;
    }
    if (offset + request.body.size() > size) {
        return ApiReply::error(409, protocol::error::sizeMismatch, QStringLiteral("the chunk ends after the blob"));
    }
    const QString partial = blobs.partialPath(sha256);
    if (!QDir().mkpath(QFileInfo(partial).absolutePath())) {
        return serverError();
    }
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(request.body) != request.body.size() ||
        !file.flush() || ::fdatasync(file.handle()) != 0) {
        qCWarning(lcBlobs) << "cannot write" << partial << file.errorString();
        return serverError();
    }
    file.close();
    status->received = offset + request.body.size();
    if (status->received < size) {
        return ApiReply::ok(status->toJson());
    }
    // The last byte arrived: keep the blob only when its bytes are what its name says.
    const auto hash = fileHash(partial);
    if (!hash) {
        return serverError();
    }
    if (QString::fromLatin1(*hash) != sha256) {
        QFile::remove(partial);
        QSqlQuery remove(db);
        if (!run(remove, QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {sha256})) {
            return serverError();
        }
        qCWarning(lcBlobs) << "discarded blob" << sha256 << "whose bytes hash to" << *hash;
        return ApiReply::error(422, protocol::error::hashMismatch,
                               QStringLiteral("the bytes do not hash to the blob's name; they were discarded"));
    }
    const QString complete = blobs.completePath(sha256);
    if (!QDir().mkpath(QFileInfo(complete).absolutePath()) || (QFile::exists(complete) && !QFile::remove(complete)) ||
        !QFile::rename(partial, complete)) {
        return serverError();
    }
    QSqlQuery done(db);
    if (!run(done, QStringLiteral("UPDATE blobs SET complete = 1, completed_at = ? WHERE sha256 = ?"),
             {nowText(), sha256})) {
        return serverError();
    }
    status->complete = true;
    return ApiReply::ok(status->toJson());
}

} // namespace ow::district
