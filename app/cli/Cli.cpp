#include "Cli.h"

#include "CvssCommand.h"
#include "DeadlinesCommand.h"
#include "DemoCommand.h"
#include "EvidenceCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "IntelCommand.h"
#include "ListCommand.h"
#include "ProductsCommand.h"
#include "PublishCommand.h"
#include "ReplyCommand.h"
#include "SbomCommand.h"
#include "ShowCommand.h"
#include "SlaCommand.h"

#include <QCoreApplication>

namespace Cli {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<DemoCommand>());
    all.push_back(std::make_unique<ListCommand>());
    all.push_back(std::make_unique<ShowCommand>());
    all.push_back(std::make_unique<SlaCommand>());
    all.push_back(std::make_unique<CvssCommand>());
    all.push_back(std::make_unique<DeadlinesCommand>());
    all.push_back(std::make_unique<ReplyCommand>());
    all.push_back(std::make_unique<ImportCommand>());
    all.push_back(std::make_unique<EvidenceCommand>());
    all.push_back(std::make_unique<ProductsCommand>());
    all.push_back(std::make_unique<SbomCommand>(SbomCommand::Mode::Sbom));
    all.push_back(std::make_unique<SbomCommand>(SbomCommand::Mode::WhereUsed));
    all.push_back(std::make_unique<IntelCommand>(IntelCommand::Mode::Feeds));
    all.push_back(std::make_unique<IntelCommand>(IntelCommand::Mode::Upstream));
    all.push_back(std::make_unique<IntelCommand>(IntelCommand::Mode::Exploited));
    all.push_back(std::make_unique<ExportCommand>());
    all.push_back(std::make_unique<PublishCommand>());
    return all;
}

std::unique_ptr<Command> command(const QString &name)
{
    for (auto &c : commands()) {
        if (c->name() == name)
            return std::move(c);
    }
    return nullptr;
}

bool needsGui(const QStringList &arguments)
{
    const auto c = command(arguments.value(1));
    return c && c->needsGui(arguments.mid(1));
}

namespace {

void usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: %1 COMMAND [OPTIONS]")
                  .arg(QStringLiteral("psirtdesk-cli"))
           << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &c : commands())
        stream << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Run “%1 COMMAND --help” for a command's options.")
                  .arg(QStringLiteral("psirtdesk-cli"))
           << '\n'
           << Command::exitCodeHelp() << '\n';
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (arguments.size() < 2 || first == u"--help" || first == u"-h" || first == u"help") {
        usage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? ExitCode::Usage : ExitCode::Ok;
    }
    if (first == u"--version") {
        out << "psirtdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Ok;
    }
    if (const auto c = command(first)) {
        QStringList rest = arguments.mid(1);
        rest[0] = QStringLiteral("psirtdesk-cli ") + c->name();
        const int status = c->run(rest, out, err);
        out.flush();
        err.flush();
        return status;
    }
    err << QCoreApplication::translate("cli", "Unknown command “%1”.").arg(first.left(80)) << "\n\n";
    usage(err);
    return ExitCode::Usage;
}

} // namespace Cli
