#include "CliSupport.h"

#include "core/TextSanitizer.h"
#include "storage/CaseStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace CliSupport {

Result<qint64> resolveCase(const CaseStore &store, const QString &text)
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

QCommandLineOption formatOption(const QString &choices, const QString &fallback)
{
    return QCommandLineOption(QStringList {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("CaseCommands", "Output format: %1 (default %2).").arg(choices, fallback),
        QCoreApplication::translate("CaseCommands", "format"), fallback);
}

QString isoUtc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC).toString(Qt::ISODate);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString tsvField(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return TextSanitizer::singleLine(escaped);
}

QString scoreText(double score)
{
    return score < 0 ? QString() : QString::number(score, 'f', 1);
}

} // namespace CliSupport
