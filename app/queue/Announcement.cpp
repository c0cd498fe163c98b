#include "queue/Announcement.h"

namespace ow::queue {

QString Announcement::text(const QString& number, int counter)
{
    return tr("Number %1, please go to counter %2.").arg(number).arg(counter);
}

QString Announcement::spelled(const QString& number)
{
    QStringList characters;
    for (const QChar character : number) {
        if (character != u'-') {
            characters.append(QString(character));
        }
    }
    return characters.join(u' ');
}

QString Announcement::spoken(const QString& number, int counter)
{
    return tr("Number %1, please go to counter %2.").arg(spelled(number)).arg(counter);
}

} // namespace ow::queue
