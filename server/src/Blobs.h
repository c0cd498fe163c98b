#pragma once

#include <QMutex>
#include <QString>

#include <optional>

namespace ow::district {

// Where blob bytes live: DIR/objects/ab/<sha256> when complete, DIR/partial/<sha256>.part while arriving.
// The blobs table says how big each blob is and whether it is complete.
class BlobStore
{
public:
    explicit BlobStore(QString directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString completePath(const QString& sha256) const;
    [[nodiscard]] QString partialPath(const QString& sha256) const;
    // The size of a complete blob, read from the disk alone (HEAD answers without the database).
    [[nodiscard]] std::optional<qint64> completeSize(const QString& sha256) const;
    [[nodiscard]] qint64 receivedBytes(const QString& sha256) const;

    // Chunks are written one at a time: appends to one partial file must not interleave.
    QMutex& writeMutex() { return m_writeMutex; }

private:
    QString m_directory;
    QMutex m_writeMutex;
};

} // namespace ow::district
