#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow::queue {

// What the display says and shows when a ticket is called; built here so that it can be tested without a voice.
class Announcement
{
    Q_DECLARE_TR_FUNCTIONS(ow::queue::Announcement)

public:
    // "Number A012, please go to counter 3." in the program's language (Mandarin in the hall).
    [[nodiscard]] static QString text(const QString& number, int counter);
    // The same for a voice: the ticket spelled one character at a time so that it is read as "A 0 1 2".
    [[nodiscard]] static QString spoken(const QString& number, int counter);
    [[nodiscard]] static QString spelled(const QString& number);
};

} // namespace ow::queue
