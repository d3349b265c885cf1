#include "TestSupport.h"

#include "core/Analyst.h"

#include <QStandardPaths>

namespace TestSupport {

void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    Analyst::setCurrent(QStringLiteral("tester"));
}

} // namespace TestSupport
