#pragma once

#include <QObject>
#include <QPointer>

class QTextToSpeech;

namespace ow::ui {

// Says a call aloud in Mandarin through Qt TextToSpeech (speech-dispatcher), or chimes when the PC has no voice.
class CallAnnouncer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultRepeats = 2;

    explicit CallAnnouncer(QObject* parent = nullptr);

    [[nodiscard]] bool hasVoice() const { return m_speech != nullptr; }
    void setVolume(double volume); // 0 silent .. 1 full
    void setRepeats(int repeats); // how many times each call is said
    [[nodiscard]] double volume() const { return m_volume; }
    [[nodiscard]] int repeats() const { return m_repeats; }

    void announce(const QString& number, int counter);

Q_SIGNALS:
    // What was said (or would have been said) and whether a voice said it; a chime otherwise.
    void announced(const QString& text, bool spoken);

private:
    QTextToSpeech* m_speech = nullptr; // a child; none without a voice
    double m_volume = 0.8;
    int m_repeats = defaultRepeats;
};

} // namespace ow::ui
