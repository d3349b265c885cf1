#include "Analyst.h"

#include <QtGlobal>

namespace {
QString & override()
{
    static QString name;
    return name;
}
} // namespace

QString Analyst::current()
{
    if (!override().isEmpty())
        return override();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

void Analyst::setCurrent(const QString &name)
{
    override() = name.trimmed();
}
