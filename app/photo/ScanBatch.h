#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace ow::photo {

// One page of a material, captured or imported, not yet stored.
struct ScanPage
{
    QByteArray bytes;
    QString mimeType;
    QString origin; // the file name it came from, or empty for the camera
    QImage thumbnail;
};

// The pages of one material in the order the clerk wants them, while they are being scanned.
class ScanBatch
{
    Q_DECLARE_TR_FUNCTIONS(ow::photo::ScanBatch)

public:
    static constexpr int thumbnailSide = 160;
    static constexpr int cameraJpegQuality = 85; // text stays legible; a page takes a few hundred KB

    // A page from the camera, kept as JPEG.
    [[nodiscard]] bool addImage(const QImage& image, QString* errorMessage);
    // A page from a file or the watched folder: JPEG and PNG keep their bytes, other pictures become JPEG.
    [[nodiscard]] bool addBytes(const QByteArray& bytes, const QString& origin, QString* errorMessage);
    [[nodiscard]] bool addFile(const QString& path, QString* errorMessage);

    bool remove(int index);
    // Moves a page to another place; the pages in between shift by one.
    bool move(int from, int to);
    void clear() { m_pages.clear(); }
    // Takes the first pages out, once they are stored.
    void dropFirst(int count);

    [[nodiscard]] const QList<ScanPage>& pages() const { return m_pages; }
    [[nodiscard]] int size() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] bool isEmpty() const { return m_pages.isEmpty(); }

    [[nodiscard]] static QImage thumbnailOf(const QImage& image);

private:
    [[nodiscard]] bool add(ScanPage page, QString* errorMessage);

    QList<ScanPage> m_pages;
};

} // namespace ow::photo
