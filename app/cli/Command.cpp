#include "Command.h"

#include <QCoreApplication>

Command::Command(QString name)
    : m_name(std::move(name))
{ }

Command::~Command() = default;

bool Command::needsGui(const QStringList &arguments) const
{
    Q_UNUSED(arguments)
    return false;
}

QString Command::positionalSyntax() const
{
    return {};
}

void Command::addSharedOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

void Command::addOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

std::optional<int> Command::checkArguments(const QCommandLineParser &parser)
{
    Q_UNUSED(parser)
    return std::nullopt;
}

QString Command::exitCodeHelp()
{
    return QCoreApplication::translate("cli",
        "Exit status: %1 done; %2 failed (e.g. no such database, case or file); %3 wrong command "
        "line; %4 done, but some items had problems (import: refused messages; evidence verify: "
        "damaged evidence).")
        .arg(ExitCode::Ok)
        .arg(ExitCode::Failure)
        .arg(ExitCode::Usage)
        .arg(ExitCode::Problems);
}

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    m_invocation = arguments.value(0, m_name);
    m_out = &out;
    m_err = &err;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    addSharedOptions(parser);
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    // addHelpOption() also adds --help-all; there are no Qt options to show, so both print ours.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // QCommandLineParser's usage line names the executable only; ours names the command.
        const QString text = parser.helpText();
        QString usage = QCoreApplication::translate("cli", "Usage: %1 [options]").arg(m_invocation);
        if (!positionalSyntax().isEmpty())
            usage += u' ' + positionalSyntax();
        out << usage << text.mid(text.indexOf(u'\n')) << '\n' << exitCodeHelp() << '\n';
        return ExitCode::Ok;
    }
    if (const auto stop = checkArguments(parser))
        return *stop;
    return execute(parser);
}

int Command::usageError(const QString &message) const
{
    err() << message << '\n'
          << QCoreApplication::translate("CaseCommands", "Run “%1 --help” for its options.").arg(m_invocation)
          << '\n';
    return ExitCode::Usage;
}

int Command::failure(const QString &message) const
{
    err() << message << '\n';
    return ExitCode::Failure;
}

std::optional<int> Command::refuseArguments(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().isEmpty())
        return std::nullopt;
    return usageError(QCoreApplication::translate("CaseCommands", "Unexpected argument “%1”.")
            .arg(parser.positionalArguments().constFirst().left(80)));
}
