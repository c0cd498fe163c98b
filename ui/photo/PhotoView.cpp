#include "PhotoView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ow::ui {

namespace {
constexpr double handleRadius = 12; // widget pixels a corner can be grabbed from
constexpr int minimumGuideWidth = 40; // picture pixels
} // namespace

PhotoView::PhotoView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PhotoView::sizeHint() const
{
    return {640, 480};
}

void PhotoView::setImage(const QImage& image)
{
    m_image = image;
    update();
}

void PhotoView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void PhotoView::setGuide(const QRect& guide, double aspect)
{
    m_aspect = aspect;
    m_guide = guide;
    update();
}

void PhotoView::clearGuide()
{
    m_aspect = 0;
    m_guide = QRect();
    m_drag = Drag::None;
    unsetCursor();
    update();
}

QRectF PhotoView::imageArea() const
{
    if (m_image.isNull()) {
        return {};
    }
    const QSizeF shown = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown};
}

QRectF PhotoView::toWidget(const QRect& rect) const
{
    const QRectF area = imageArea();
    if (area.isEmpty()) {
        return {};
    }
    const double scale = area.width() / m_image.width();
    return {area.left() + rect.x() * scale, area.top() + rect.y() * scale, rect.width() * scale, rect.height() * scale};
}

QPointF PhotoView::toImage(const QPointF& point) const
{
    const QRectF area = imageArea();
    if (area.isEmpty()) {
        return {};
    }
    const double scale = m_image.width() / area.width();
    return {(point.x() - area.left()) * scale, (point.y() - area.top()) * scale};
}

void PhotoView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x30, 0x30, 0x30));
    if (m_image.isNull()) {
        painter.setPen(QColor(0xE0, 0xE0, 0xE0));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = imageArea();
    painter.drawImage(area, m_image);
    if (!hasGuide() || m_guide.isEmpty()) {
        return;
    }
    const QRectF guide = toWidget(m_guide);
    // What falls outside the certificate photo is dimmed, so the clerk sees the result.
    QPainterPath outside;
    outside.addRect(area);
    QPainterPath inside;
    inside.addRect(guide);
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xFF, 0xD5, 0x4F), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(guide);
    // Where the head belongs in an ID photo: centred, the face about two thirds of the height.
    painter.setPen(QPen(QColor(0xFF, 0xD5, 0x4F, 160), 1, Qt::DashLine));
    painter.drawEllipse(QRectF(guide.left() + guide.width() * 0.2, guide.top() + guide.height() * 0.1,
                               guide.width() * 0.6, guide.height() * 0.62));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xFF, 0xD5, 0x4F));
    for (const QPointF& corner : {guide.topLeft(), guide.topRight(), guide.bottomLeft(), guide.bottomRight()}) {
        painter.drawEllipse(corner, 5, 5);
    }
}

PhotoView::Drag PhotoView::dragAt(const QPointF& point) const
{
    if (!hasGuide() || m_image.isNull()) {
        return Drag::None;
    }
    const QRectF guide = toWidget(m_guide);
    auto near = [&point](const QPointF& corner) {
        return QLineF(point, corner).length() <= handleRadius;
    };
    if (near(guide.topLeft())) {
        return Drag::TopLeft;
    }
    if (near(guide.topRight())) {
        return Drag::TopRight;
    }
    if (near(guide.bottomLeft())) {
        return Drag::BottomLeft;
    }
    if (near(guide.bottomRight())) {
        return Drag::BottomRight;
    }
    return guide.contains(point) ? Drag::Move : Drag::None;
}

void PhotoView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_drag = dragAt(event->position());
    m_dragStart = toImage(event->position());
    m_guideAtStart = m_guide;
}

void PhotoView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None) {
        switch (dragAt(event->position())) {
        case Drag::Move:
            setCursor(Qt::SizeAllCursor);
            break;
        case Drag::TopLeft:
        case Drag::BottomRight:
            setCursor(Qt::SizeFDiagCursor);
            break;
        case Drag::TopRight:
        case Drag::BottomLeft:
            setCursor(Qt::SizeBDiagCursor);
            break;
        case Drag::None:
            unsetCursor();
            break;
        }
        return;
    }
    const QPointF at = toImage(event->position());
    const QPointF delta = at - m_dragStart;
    const QRect start = m_guideAtStart;
    switch (m_drag) {
    case Drag::Move:
        applyGuide(start.translated(int(std::lround(delta.x())), int(std::lround(delta.y()))));
        break;
    case Drag::TopLeft:
        applyGuide(resizedFrom(QPointF(start.right() + 1, start.bottom() + 1), start.width() - delta.x(), m_drag));
        break;
    case Drag::TopRight:
        applyGuide(resizedFrom(QPointF(start.left(), start.bottom() + 1), start.width() + delta.x(), m_drag));
        break;
    case Drag::BottomLeft:
        applyGuide(resizedFrom(QPointF(start.right() + 1, start.top()), start.width() - delta.x(), m_drag));
        break;
    case Drag::BottomRight:
        applyGuide(resizedFrom(QPointF(start.left(), start.top()), start.width() + delta.x(), m_drag));
        break;
    case Drag::None:
        break;
    }
}

void PhotoView::mouseReleaseEvent(QMouseEvent*)
{
    m_drag = Drag::None;
}

QRect PhotoView::resizedFrom(const QPointF& anchor, double width, Drag corner) const
{
    const bool left = corner == Drag::TopLeft || corner == Drag::BottomLeft; // the guide grows to the left
    const bool up = corner == Drag::TopLeft || corner == Drag::TopRight;
    // The room there is from the fixed corner to the picture's edges.
    const double roomX = left ? anchor.x() : m_image.width() - anchor.x();
    const double roomY = up ? anchor.y() : m_image.height() - anchor.y();
    width = qBound(double(minimumGuideWidth), width, qMin(roomX, roomY * m_aspect));
    const double height = width / m_aspect;
    const double x = left ? anchor.x() - width : anchor.x();
    const double y = up ? anchor.y() - height : anchor.y();
    return QRectF(x, y, width, height).toRect();
}

void PhotoView::applyGuide(QRect guide)
{
    if (m_image.isNull() || guide.isEmpty()) {
        return;
    }
    // Keep the aspect and the picture's bounds: shrink if needed, then slide inside.
    if (guide.width() > m_image.width() || guide.height() > m_image.height()) {
        const QSize fitted = guide.size().scaled(m_image.size(), Qt::KeepAspectRatio);
        guide.setSize(fitted);
    }
    guide.moveLeft(qBound(0, guide.left(), m_image.width() - guide.width()));
    guide.moveTop(qBound(0, guide.top(), m_image.height() - guide.height()));
    if (guide == m_guide) {
        return;
    }
    m_guide = guide;
    update();
    Q_EMIT guideChanged(m_guide);
}

void PhotoView::keyPressEvent(QKeyEvent* event)
{
    if (!hasGuide() || m_image.isNull()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int step = qMax(1, m_image.width() / ((event->modifiers() & Qt::ShiftModifier) ? 10 : 100));
    const QPointF centre = QRectF(m_guide).center();
    auto scaledAroundCentre = [this, &centre](double factor) {
        const double width = qMax(double(minimumGuideWidth), m_guide.width() * factor);
        const double height = width / m_aspect;
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height).toRect();
    };
    switch (event->key()) {
    case Qt::Key_Left:
        applyGuide(m_guide.translated(-step, 0));
        break;
    case Qt::Key_Right:
        applyGuide(m_guide.translated(step, 0));
        break;
    case Qt::Key_Up:
        applyGuide(m_guide.translated(0, -step));
        break;
    case Qt::Key_Down:
        applyGuide(m_guide.translated(0, step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        applyGuide(scaledAroundCentre(1.05));
        break;
    case Qt::Key_Minus:
        applyGuide(scaledAroundCentre(1 / 1.05));
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ow::ui
