#pragma once

#include "DatabaseCommand.h"
#include "advisory/AdvisoryStore.h"
#include "evidence/EvidenceStore.h"
#include "export/ExportService.h"
#include "storage/CaseStore.h"

#include <QByteArray>
#include <QList>

/// One format of `psirtdesk-cli export FORMAT ...`: a database command with --out (a file,
/// or - for standard output) whose document comes from ExportService, as File → Export's
/// does in the window.
class ExportFormatCommand : public DatabaseCommand
{
public:
    ~ExportFormatCommand() override;

protected:
    explicit ExportFormatCommand(QString format);

    /// The format's own options and positional arguments.
    virtual void addFormatOptions(QCommandLineParser &parser);
    /// The format's own checks before the database is opened.
    virtual std::optional<int> checkFormatArguments(const QCommandLineParser &parser);

    /// The stores an export reads and the service on them, for one run.
    struct Stores
    {
        explicit Stores(Database &db);
        CaseStore cases;
        AdvisoryStore advisories;
        EvidenceStore evidence;
        ExportService service;
    };

    /// The cases named on the command line (ids or tracking ids); nothing when one is not
    /// there (said on err).
    std::optional<QList<qint64>> namedCases(const CaseStore &store, const QCommandLineParser &parser);
    /// Writes the document to --out ("-": standard output, as it is) and says so; the
    /// message names the file (and pages, for a PDF).
    int write(const QCommandLineParser &parser, const QByteArray &bytes, int pageCount = -1);

private:
    void addOptions(QCommandLineParser &parser) final;
    std::optional<int> checkArguments(const QCommandLineParser &parser) final;
    bool onlyReads(const QCommandLineParser &parser) const final;

    QCommandLineOption m_output;
};
