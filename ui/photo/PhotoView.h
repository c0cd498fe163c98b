#pragma once

#include <QImage>
#include <QRect>
#include <QWidget>

namespace ow::ui {

// Shows a live frame or a captured picture, optionally with the guide frame of the certificate's photo:
// the mouse moves it (drag inside) or resizes it (drag a corner), the arrow keys move it and + / - resize it.
// The guide keeps the certificate's aspect and stays inside the picture.
class PhotoView : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    [[nodiscard]] QImage image() const { return m_image; }
    void setPlaceholderText(const QString& text);

    // aspect is width / height; the guide is in the picture's pixels.
    void setGuide(const QRect& guide, double aspect);
    void clearGuide();
    [[nodiscard]] QRect guide() const { return m_guide; }
    [[nodiscard]] bool hasGuide() const { return m_aspect > 0; }

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void guideChanged(const QRect& guide);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag
    {
        None,
        Move,
        TopLeft,
        TopRight,
        BottomLeft,
        BottomRight
    };

    [[nodiscard]] QRectF imageArea() const;
    [[nodiscard]] QRectF toWidget(const QRect& rect) const;
    [[nodiscard]] QPointF toImage(const QPointF& point) const;
    [[nodiscard]] Drag dragAt(const QPointF& point) const;
    void applyGuide(QRect guide);
    // A guide of the given width around a fixed corner, kept inside the picture with the aspect.
    [[nodiscard]] QRect resizedFrom(const QPointF& anchor, double width, Drag corner) const;

    QImage m_image;
    QString m_placeholder;
    QRect m_guide;
    double m_aspect = 0;
    Drag m_drag = Drag::None;
    QPointF m_dragStart; // in picture pixels
    QRect m_guideAtStart;
};

} // namespace ow::ui
