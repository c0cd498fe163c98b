#pragma once

#include <QWidget>

namespace ow::ui {

// A page whose capability is not built yet, or not open to this clerk: it says so in one line.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& objectName, const QString& title, const QString& line, QWidget* parent = nullptr);
};

} // namespace ow::ui
