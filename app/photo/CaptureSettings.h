#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace ow::photo {

// Where this PC's document camera drops its pictures, and the camera used last; kept per PC (QSettings),
// since both belong to the hardware at this counter.
struct CaptureSettings
{
    Q_DECLARE_TR_FUNCTIONS(ow::photo::CaptureSettings)

public:
    QString watchedFolder; // empty: no document camera folder
    QString cameraId; // the camera chosen last, opened first next time

    [[nodiscard]] static CaptureSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    // Why a folder cannot be watched, in words for the clerk; empty when it can (or when none is set).
    [[nodiscard]] static QString folderProblem(const QString& path);
};

} // namespace ow::photo
