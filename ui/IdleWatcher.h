#pragma once

#include <QObject>
#include <QTimer>

namespace ow::ui {

// Emits idle() when the application has had no keyboard, mouse or touch input for the set time.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);

    // 0 turns the watch off.
    void setTimeout(int milliseconds);
    [[nodiscard]] int timeout() const { return m_timeout; }
    void restart();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
};

} // namespace ow::ui
