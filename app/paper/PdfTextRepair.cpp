#include "paper/PdfTextRepair.h"

#include <QGlyphRun>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>
#include <optional>

Q_LOGGING_CATEGORY(lcPdfText, "ow.paper.pdftext")

namespace ow::paper {

namespace {

// The characters painted in one face (regular or bold), with the glyph each of them uses.
struct FaceText
{
    QRawFont raw;
    QList<QPair<char32_t, quint32>> order; // distinct shaped glyphs and their characters, in order of first use
    QHash<quint32, char32_t> byGlyph; // glyph -> first painted character showing it
    QSet<char32_t> characters;
};

QString squeezedLower(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).toLower();
}

// The body of "N 0 obj ... endobj" in pdf, or nothing.
std::optional<QByteArray> objectBody(const QByteArray& pdf, int number, qsizetype* start = nullptr)
{
    const QByteArray header = QByteArray::number(number) + " 0 obj";
    qsizetype at = 0;
    while ((at = pdf.indexOf(header, at)) >= 0) {
        if (at == 0 || pdf.at(at - 1) == '\n' || pdf.at(at - 1) == '\r') {
            const qsizetype end = pdf.indexOf("endobj", at);
            if (end < 0) {
                return std::nullopt;
            }
            if (start) {
                *start = at;
            }
            return pdf.mid(at + header.size(), end - at - header.size());
        }
        at += header.size();
    }
    return std::nullopt;
}

// The highest CID of a CIDFont from its /W array, which lists every glyph of the subset; -1 without one.
int highestCid(const QByteArray& cidFont)
{
    const qsizetype open = cidFont.indexOf("/W [");
    if (open < 0) {
        return -1;
    }
    int depth = 0;
    QList<QByteArray> tokens; // numbers, and "[...]" groups as "L<count>"
    int groupCount = 0;
    for (qsizetype i = open + 3; i < cidFont.size(); ++i) {
        const char c = cidFont.at(i);
        if (c == '[') {
            ++depth;
            groupCount = 0;
            continue;
        }
        if (c == ']') {
            --depth;
            if (depth == 0) {
                break;
            }
            tokens.append(QByteArray("L" + QByteArray::number(groupCount)));
            continue;
        }
        if (c >= '0' && c <= '9') {
            qsizetype j = i;
            while (j < cidFont.size() && cidFont.at(j) >= '0' && cidFont.at(j) <= '9') {
                ++j;
            }
            if (depth == 1) {
                tokens.append(cidFont.mid(i, j - i));
            } else {
                ++groupCount;
            }
            i = j - 1;
        }
    }
    int highest = -1;
    for (qsizetype t = 0; t < tokens.size();) {
        const int first = tokens[t].toInt();
        if (t + 1 < tokens.size() && tokens[t + 1].startsWith('L')) {
            highest = std::max(highest, first + tokens[t + 1].mid(1).toInt() - 1);
            t += 2;
        } else if (t + 2 < tokens.size()) {
            highest = std::max(highest, tokens[t + 1].toInt());
            t += 3;
        } else {
            return -1;
        }
    }
    return highest;
}

QString fromHexUtf16(const QByteArray& hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4) {
        text.append(QChar(static_cast<char16_t>(hex.mid(i, 4).toUInt(nullptr, 16))));
    }
    return text;
}

QByteArray toHexUtf16(const QString& text)
{
    QByteArray hex;
    for (const QChar unit : text) {
        hex += QByteArray::number(unit.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex;
}

// CID -> text from the bfrange blocks Qt writes (and bfchar blocks, should there be any).
std::optional<QMap<int, QString>> parseCMap(const QByteArray& cmap)
{
    QMap<int, QString> map;
    static const QRegularExpression range(
        QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\]))"));
    static const QRegularExpression single(QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>)"));
    static const QRegularExpression element(QStringLiteral(R"(<([0-9A-Fa-f]+)>)"));
    const QString text = QString::fromLatin1(cmap);
    qsizetype at = 0;
    while ((at = text.indexOf(QStringLiteral("beginbfrange"), at)) >= 0) {
        const qsizetype end = text.indexOf(QStringLiteral("endbfrange"), at);
        if (end < 0) {
            return std::nullopt;
        }
        const QString block = text.mid(at + 12, end - at - 12);
        auto matches = range.globalMatch(block);
        while (matches.hasNext()) {
            const auto match = matches.next();
            const int first = match.captured(1).toInt(nullptr, 16);
            const int last = match.captured(2).toInt(nullptr, 16);
            const QString target = match.captured(3);
            if (target.startsWith(QLatin1Char('['))) {
                auto elements = element.globalMatch(target);
                for (int cid = first; cid <= last && elements.hasNext(); ++cid) {
                    map.insert(cid, fromHexUtf16(elements.next().captured(1).toLatin1()));
                }
            } else {
                const QString base = fromHexUtf16(target.mid(1, target.size() - 2).toLatin1());
                for (int cid = first; cid <= last && !base.isEmpty(); ++cid) {
                    QString value = base;
                    value[value.size() - 1] = QChar(static_cast<char16_t>(base.back().unicode() + (cid - first)));
                    map.insert(cid, value);
                }
            }
        }
        at = end;
    }
    at = 0;
    while ((at = text.indexOf(QStringLiteral("beginbfchar"), at)) >= 0) {
        const qsizetype end = text.indexOf(QStringLiteral("endbfchar"), at);
        if (end < 0) {
            return std::nullopt;
        }
        auto matches = single.globalMatch(text.mid(at + 11, end - at - 11));
        while (matches.hasNext()) {
            const auto match = matches.next();
            map.insert(match.captured(1).toInt(nullptr, 16), fromHexUtf16(match.captured(2).toLatin1()));
        }
        at = end;
    }
    return map;
}

QByteArray writeCMap(const QMap<int, QString>& map)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<QByteArray> entries;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty()) {
            entries.append(QByteArray('<' + QByteArray::number(it.key(), 16).rightJustified(4, '0').toUpper() + "> <" +
                                      toHexUtf16(it.value()) + ">\n"));
        }
    }
    // A bfchar block holds at most 100 entries.
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype count = std::min<qsizetype>(100, entries.size() - i);
        cmap += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype j = i; j < i + count; ++j) {
            cmap += entries[j];
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

quint32 glyphOf(const QRawFont& raw, char32_t character)
{
    const QList<quint32> glyphs = raw.glyphIndexesForString(QString::fromUcs4(&character, 1));
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

// Each character of text with the glyph the shaper gives it in context, as QPainter::drawText shapes it. The
// shaped glyph can differ from the character map's glyph: CJK fonts give digits in a Latin run and some
// punctuation forms of their own that no code point maps to.
QList<QPair<char32_t, quint32>> shapedGlyphs(const QString& text, const QFont& font, const QRawFont& raw)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(1e7);
    }
    layout.endLayout();
    QList<QPair<char32_t, quint32>> result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t character = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        const QList<QGlyphRun> runs = layout.glyphRuns(static_cast<int>(i), pair ? 2 : 1);
        if (runs.size() == 1 && runs.first().glyphIndexes().size() == 1 &&
            runs.first().rawFont().familyName() == raw.familyName()) {
            result.append({character, runs.first().glyphIndexes().first()});
        }
        if (pair) {
            ++i;
        }
    }
    return result;
}

} // namespace

QByteArray PdfTextRepair::repaired(const QByteArray& pdf, const QList<PaintedText>& painted)
{
    // The faces painted, keyed by squeezed family and bold, as the PDF's /BaseFont names them.
    QHash<QString, FaceText> faces;
    for (const PaintedText& piece : painted) {
        const QRawFont raw = QRawFont::fromFont(piece.font);
        if (!raw.isValid()) {
            continue;
        }
        const QString key =
            squeezedLower(raw.familyName()) + (piece.font.bold() ? QStringLiteral("bold") : QStringLiteral("regular"));
        FaceText& face = faces[key];
        face.raw = raw;
        for (const auto& [character, shaped] : shapedGlyphs(piece.text, piece.font, raw)) {
            face.characters.insert(character);
            if (shaped != 0 && !face.byGlyph.contains(shaped)) {
                face.byGlyph.insert(shaped, character);
                face.order.append({character, shaped});
            }
        }
    }

    const qsizetype lastStartXref = pdf.lastIndexOf("startxref");
    const qsizetype lastTrailer = pdf.lastIndexOf("trailer");
    if (lastStartXref < 0 || lastTrailer < 0) {
        qCWarning(lcPdfText) << "no trailer; text layer left as written";
        return pdf;
    }
    const QByteArray trailer = pdf.mid(lastTrailer, lastStartXref - lastTrailer);
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootPattern(QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    static const QRegularExpression infoPattern(QStringLiteral(R"(/Info\s+(\d+\s+\d+\s+R))"));
    const auto size = sizePattern.match(QString::fromLatin1(trailer));
    const auto root = rootPattern.match(QString::fromLatin1(trailer));
    const auto info = infoPattern.match(QString::fromLatin1(trailer));
    const QByteArray previousXref = pdf.mid(lastStartXref + 9, 24).trimmed().split('\n').first().trimmed();
    if (!size.hasMatch() || !root.hasMatch() || previousXref.isEmpty()) {
        qCWarning(lcPdfText) << "unreadable trailer; text layer left as written";
        return pdf;
    }

    QMap<int, QByteArray> replacements; // ToUnicode object number -> new CMap
    static const QRegularExpression toUnicodePattern(QStringLiteral(R"(/ToUnicode\s+(\d+)\s+0\s+R)"));
    static const QRegularExpression baseFontPattern(QStringLiteral(R"(/BaseFont\s*/([^\s/<>\[\]]+))"));
    static const QRegularExpression descendantPattern(QStringLiteral(R"(/DescendantFonts\s*\[\s*(\d+)\s+0\s+R)"));
    static const QRegularExpression lengthPattern(QStringLiteral(R"(^\s*<<\s*/Length\s+(\d+)\s*>>\s*stream\r?\n)"));
    const QString text = QString::fromLatin1(pdf);
    auto fonts = toUnicodePattern.globalMatch(text);
    while (fonts.hasNext()) {
        const auto match = fonts.next();
        const int toUnicode = match.captured(1).toInt();
        const qsizetype objectStart = text.lastIndexOf(QStringLiteral(" obj"), match.capturedStart());
        const QString fontObject = text.mid(objectStart, match.capturedStart() - objectStart);
        const auto baseFont = baseFontPattern.match(fontObject);
        const auto descendant = descendantPattern.match(fontObject);
        if (!baseFont.hasMatch() || !descendant.hasMatch()) {
            continue;
        }
        // "NotoSansCJKsc-Bold" -> family "notosanscjksc", face "bold"
        const QString name = baseFont.captured(1).section(QLatin1Char('+'), -1);
        const bool bold = name.contains(QStringLiteral("Bold"), Qt::CaseInsensitive);
        const QString key = squeezedLower(name.section(QLatin1Char('-'), 0, 0)) +
            (bold ? QStringLiteral("bold") : QStringLiteral("regular"));
        if (!faces.contains(key)) {
            qCDebug(lcPdfText) << "no painted text known for" << name;
            continue;
        }
        const FaceText& face = faces[key];
        const std::optional<QByteArray> cidFont = objectBody(pdf, descendant.captured(1).toInt());
        const std::optional<QByteArray> stream = objectBody(pdf, toUnicode);
        if (!cidFont || !stream) {
            continue;
        }
        const auto length = lengthPattern.match(QString::fromLatin1(*stream));
        if (!length.hasMatch()) {
            continue;
        }
        const std::optional<QMap<int, QString>> parsed =
            parseCMap(stream->mid(length.capturedLength(), length.captured(1).toInt()));
        if (!parsed || parsed->isEmpty()) {
            continue;
        }
        QMap<int, QString> map = *parsed;
        // Qt writes a /W array unless every glyph has the same width (/DW only). Without one, the number of
        // glyphs is known when the mapped CIDs agree with the painted glyphs in order of first use.
        int highest = std::max(highestCid(*cidFont), map.lastKey());
        bool inPaintedOrder = face.order.size() >= map.lastKey();
        for (auto it = map.cbegin(); inPaintedOrder && it != map.cend(); ++it) {
            const QList<uint> units = it.value().toUcs4();
            inPaintedOrder = it.key() == 0 ||
                (units.size() == 1 && glyphOf(face.raw, units.first()) == face.order[it.key() - 1].second);
        }
        if (inPaintedOrder) {
            highest = std::max(highest, static_cast<int>(face.order.size()));
        }
        bool changed = false;
        QSet<quint32> mappedGlyphs;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QList<uint> units = it.value().toUcs4();
            if (units.size() != 1) {
                continue;
            }
            const char32_t mapped = units.first();
            const quint32 glyph = glyphOf(face.raw, mapped);
            mappedGlyphs.insert(glyph);
            // Another code point shows the same glyph and is the one painted: name that one.
            if (!face.characters.contains(mapped) && face.byGlyph.contains(glyph)) {
                const char32_t shown = face.byGlyph.value(glyph);
                it.value() = QString::fromUcs4(&shown, 1);
                changed = true;
            }
        }
        // CIDs without a mapping are the glyphs Qt found no BMP code point for: characters beyond the BMP and
        // shaped forms. CIDs are handed out in order of first use, so they pair with the painted characters
        // whose glyph is not mapped yet, in that order; only when the counts agree is the pairing certain.
        QList<int> unmapped;
        for (int cid = 1; cid <= highest; ++cid) {
            if (!map.contains(cid) || map.value(cid).isEmpty() || map.value(cid).front().isNull()) {
                unmapped.append(cid);
            }
        }
        QList<char32_t> unmappedCharacters;
        for (const auto& [character, shaped] : face.order) {
            if (!mappedGlyphs.contains(shaped)) {
                unmappedCharacters.append(character);
            }
        }
        if (!unmapped.isEmpty() && unmapped.size() == unmappedCharacters.size()) {
            for (qsizetype i = 0; i < unmapped.size(); ++i) {
                map.insert(unmapped[i], QString::fromUcs4(&unmappedCharacters[i], 1));
            }
            changed = true;
        } else if (!unmapped.isEmpty()) {
            qCWarning(lcPdfText) << name << ":" << unmapped.size() << "glyphs without text but"
                                 << unmappedCharacters.size() << "painted characters to give them; left unmapped";
        }
        qCDebug(lcPdfText) << name << "CIDs" << highest << "unmapped" << unmapped.size() << "changed" << changed;
        if (changed) {
            replacements.insert(toUnicode, writeCMap(map));
        }
    }
    if (replacements.isEmpty()) {
        return pdf;
    }

    // An incremental update: new versions of the ToUnicode streams, an xref section for them, and a
    // trailer pointing back at the original cross-reference table.
    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    QMap<int, qsizetype> offsets;
    for (auto it = replacements.cbegin(); it != replacements.cend(); ++it) {
        offsets.insert(it.key(), out.size());
        out += QByteArray::number(it.key()) + " 0 obj\n<< /Length " + QByteArray::number(it.value().size()) +
            " >>\nstream\n" + it.value() + "\nendstream\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        out += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') +
            " 00000 n \n";
    }
    out += "trailer\n<< /Size " + size.captured(1).toLatin1() + " /Root " + root.captured(1).toLatin1();
    if (info.hasMatch()) {
        out += " /Info " + info.captured(1).toLatin1();
    }
    out += " /Prev " + previousXref + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace ow::paper
