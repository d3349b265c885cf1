#pragma once

#include <QString>

/// Who is working: the name written into the audit log. Defaults to the operating-system
/// user; the application may set it from the preferences.
class Analyst final
{
public:
    static QString current();
    static void setCurrent(const QString &name);
};
