#pragma once

#include "CliCommand.h"

#include <QList>
#include <QString>

#include <functional>

/// One format of `psirtdesk-cli export FORMAT ...`. Each format parses its own options.
struct ExportFormat
{
    QString name; // "pdf", "csaf", …
    QString summary; // translated one-liner for `export --help`
    /// Lays out text with fonts (PDF): needs a QGuiApplication, not just QCoreApplication.
    bool needsGui = false;
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
};

/// Every export format, one row each, in the order `export --help` lists them.
QList<ExportFormat> exportFormats();

/// Whether `export format` needs a QGuiApplication; main() asks before creating the
/// application object, from the raw command line.
bool exportNeedsGui(const QString &format);

/// `export FORMAT ...`: dispatches to the format's row.
CliCommand exportCommand();
