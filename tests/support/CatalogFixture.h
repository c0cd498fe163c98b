#pragma once

// A writable copy of the shipped catalog for tests, and edits to its JSON files by path.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ow::tests {

// Copies every file under `from` (items/, bundles/) to `to`; false when a file cannot be copied.
inline bool copyCatalog(const QString& from, const QString& to)
{
    QDirIterator it(from, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(source, target) || !QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return false;
        }
    }
    return true;
}

namespace detail {

// An array element by "[x]" (the element whose id, value or material is x), by index, or "+" to append.
inline qsizetype elementIndex(const QJsonArray& array, const QString& segment)
{
    if (segment == u"+") {
        return array.size();
    }
    if (segment.startsWith(u'[') && segment.endsWith(u']')) {
        const QString wanted = segment.mid(1, segment.size() - 2);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            for (const QString& key : {QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("material")}) {
                if (object.value(key).toString() == wanted) {
                    return i;
                }
            }
        }
        return -1;
    }
    return segment.toInt();
}

inline QJsonValue edited(const QJsonValue& node, QStringList path, const QJsonValue& value, bool* found)
{
    const QString segment = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = elementIndex(array, segment);
        if (index < 0 || index > array.size() || (index == array.size() && !path.isEmpty())) {
            *found = false;
            return node;
        }
        if (!path.isEmpty()) {
            array[index] = edited(array.at(index), path, value, found);
        } else if (value.isUndefined()) {
            array.removeAt(index);
        } else if (index == array.size()) {
            array.append(value);
        } else {
            array[index] = value;
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (!path.isEmpty()) {
        object[segment] = edited(object.value(segment), path, value, found);
    } else if (value.isUndefined()) {
        object.remove(segment);
    } else {
        object[segment] = value;
    }
    return object;
}

} // namespace detail

// Sets (or, with an undefined value, removes) the value at path in one JSON file of a catalog copy.
// Path segments are separated by '/': object keys, array indexes, "[id]" for the element with that id, "+" to
// append. An empty path replaces the whole file with value's text (for files that are not JSON).
inline bool editCatalogFile(const QString& file, const QString& path, const QJsonValue& value)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    QByteArray text;
    if (path.isEmpty()) {
        text = value.toString().toUtf8();
    } else {
        bool found = true;
        const QJsonValue result = detail::edited(root, path.split(u'/'), value, &found);
        if (!found) {
            return false;
        }
        text = QJsonDocument(result.toObject()).toJson();
    }
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(text) == text.size();
}

// The documents of a catalog folder as one district file: {"format": 1, "items": [...], "bundles": [...]}.
inline QJsonObject catalogAsOneDocument(const QString& folder)
{
    QJsonObject document {{QStringLiteral("format"), 1}};
    for (const QString& kind : {QStringLiteral("items"), QStringLiteral("bundles")}) {
        QJsonArray list;
        const QDir directory(QDir(folder).filePath(kind));
        for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(directory.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                list.append(QJsonDocument::fromJson(file.readAll()).object());
            }
        }
        document.insert(kind, list);
    }
    return document;
}

} // namespace ow::tests
