// Must not compile: the core's include paths do not contain QtWidgets.
#include "core/Paths.h"

#include <QWidget>

int main()
{
    QWidget widget;
    return 0;
}
