#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>

namespace ow::paper {

// A piece of text as it was painted on a page, in painting order.
struct PaintedText
{
    QFont font;
    QString text;
};

// Repairs the text layer of a PDF written by QPdfWriter, so that searching, copying and pdftotext give the
// characters that were painted. Qt 6.4 maps each glyph to the lowest BMP code point that shows it: common
// ideographs such as U+4EBA and U+5C0F come out as Kangxi radicals (U+2F08, U+2F29), and characters beyond the
// BMP (U+20BB7 in names) get no mapping at all. The fix is an incremental update that replaces each ToUnicode
// map; the painted pages are untouched. A PDF it cannot read with certainty is returned unchanged.
class PdfTextRepair
{
public:
    [[nodiscard]] static QByteArray repaired(const QByteArray& pdf, const QList<PaintedText>& painted);
};

} // namespace ow::paper
