// Must not link: the core does not link Qt::Widgets, so a widget cannot be made from it.
#include "core/Paths.h"

#include <QtWidgets/QWidget>

int main()
{
    QWidget widget;
    widget.show();
    return 0;
}
