#include "queue/CallAnnouncer.h"

#include "queue/Announcement.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcAnnouncer, "ow.ui.announcer")

namespace ow::ui {

CallAnnouncer::CallAnnouncer(QObject* parent)
    : QObject(parent)
{
    // Without an engine (no speech-dispatcher) the display chimes and flashes instead.
    if (!QTextToSpeech::availableEngines().isEmpty()) {
        m_speech = new QTextToSpeech(this);
        if (m_speech->state() == QTextToSpeech::Error) {
            qCInfo(lcAnnouncer) << "text to speech is not usable:" << m_speech->errorString();
            delete m_speech;
            m_speech = nullptr;
        } else {
            m_speech->setLocale(QLocale(QLocale::Chinese, QLocale::China));
        }
    }
}

void CallAnnouncer::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
}

void CallAnnouncer::setRepeats(int repeats)
{
    m_repeats = qBound(1, repeats, 5);
}

void CallAnnouncer::announce(const QString& number, int counter)
{
    const QString once = queue::Announcement::spoken(number, counter);
    QStringList times;
    for (int i = 0; i < m_repeats; ++i) {
        times.append(once);
    }
    const QString text = times.join(u' ');
    if (m_speech && m_volume > 0) {
        m_speech->setVolume(m_volume);
        m_speech->say(text);
        Q_EMIT announced(text, true);
        return;
    }
    if (m_volume > 0) {
        QApplication::beep();
    }
    Q_EMIT announced(text, false);
}

} // namespace ow::ui
