#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

/// The exit statuses of psirtdesk-cli, the same for every command (listed by `--help`).
namespace ExitCode {
enum : int {
    Ok = 0,
    /// The command could not do its work: a database, case or file that does not exist or
    /// cannot be read or written, an invalid vector, a failed check.
    Failure = 1,
    /// The command line is wrong: a missing or unknown option, a malformed value.
    Usage = 2,
    /// The work is done, but some items had problems: refused messages (import), damaged
    /// evidence (evidence verify).
    Problems = 3,
};
}

/// A subcommand of psirtdesk-cli (after KeePassXC's cli/Command): it names itself, adds its
/// options to a QCommandLineParser, and runs on the parsed command line, writing results to
/// out and diagnostics to err. run() is what psirtdesk-cli and the in-process tests call;
/// it handles --help (with the exit statuses), parse errors and usage errors the same way for
/// every command.
class Command
{
public:
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    const QString &name() const { return m_name; }
    /// Translated one-liner for the command list.
    virtual QString summary() const = 0;
    /// Whether the command lays out text with fonts (PDF) and so needs a QGuiApplication;
    /// arguments are the command's own, the command's name first.
    virtual bool needsGui(const QStringList &arguments) const;

    /// Runs the command. arguments[0] is the command as typed ("psirtdesk-cli list"), the
    /// rest its options and arguments. Returns an ExitCode.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The "Exit status:" paragraph of every --help.
    static QString exitCodeHelp();

protected:
    explicit Command(QString name);

    /// Translated paragraph for --help.
    virtual QString description() const = 0;
    /// The positional arguments as the usage line shows them ("ID", "FILE..."); empty: none.
    virtual QString positionalSyntax() const;
    /// Options shared by a family of commands (DatabaseCommand: --database).
    virtual void addSharedOptions(QCommandLineParser &parser);
    /// The command's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &parser);
    /// Checks the command line before anything is opened: an exit status to stop with, or
    /// nothing to go on.
    virtual std::optional<int> checkArguments(const QCommandLineParser &parser);
    /// Does the work.
    virtual int execute(const QCommandLineParser &parser) = 0;

    /// The command as typed, e.g. "psirtdesk-cli export pdf".
    const QString &invocation() const { return m_invocation; }
    QTextStream &out() const { return *m_out; }
    QTextStream &err() const { return *m_err; }
    /// Says what is wrong with the command line and where the options are; ExitCode::Usage.
    int usageError(const QString &message) const;
    /// Says why the command failed; ExitCode::Failure.
    int failure(const QString &message) const;
    /// usageError() for an unexpected positional argument, when there is one.
    std::optional<int> refuseArguments(const QCommandLineParser &parser) const;

private:
    QString m_name;
    QString m_invocation;
    QTextStream *m_out = nullptr;
    QTextStream *m_err = nullptr;
};
