#include "CliSupport.h"

#include "core/TextSanitizer.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace CliSupport {

Result<qint64> resolveCase(CaseStore &store, const QString &text)
{
    const QString key = text.trimmed();
    bool numeric = false;
    const qint64 number = (key.startsWith(u'#') ? key.mid(1) : key).toLongLong(&numeric);
    qint64 id = number;
    if (!numeric) {
        const auto found = store.idForTrackingId(key.toUpper());
        if (!found)
            return Result<qint64>::failure(TextSanitizer::singleLine(found.error()));
        id = *found;
    }
    if (const auto c = store.caseById(id); !c)
        return Result<qint64>::failure(c.error());
    return id;
}

Result<QString> evidencePassphrase(QTextStream &err, const QString &prompt)
{
    const QString fromEnvironment = qEnvironmentVariable("PSIRTDESK_EVIDENCE_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
        if (!line.empty())
            return QString::fromStdString(line);
    }
#else
    Q_UNUSED(prompt)
#endif
    return Result<QString>::failure(QCoreApplication::translate("CliSupport",
        "The evidence passphrase is needed: set PSIRTDESK_EVIDENCE_PASSPHRASE or run from a terminal."));
}

} // namespace CliSupport
