#pragma once

#include <QDialog>

namespace ow::ui {

// The citizen's rating after a service (haochaping): five large choices they tap on the counter screen, or on
// the second screen that faces them when the PC has one. Closing it without a choice leaves the service unrated.
class RatingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RatingDialog(const QString& ticketNumber, QWidget* parent = nullptr);

    // 1 (very dissatisfied) .. 5 (very satisfied), 0 when the citizen did not rate.
    [[nodiscard]] int rating() const { return m_rating; }
    // Shows it on the second screen when there is one, else over the counter window; returns at once.
    void present();

    [[nodiscard]] static QString ratingText(int rating);

Q_SIGNALS:
    void rated(int rating);

private:
    int m_rating = 0;
};

} // namespace ow::ui
