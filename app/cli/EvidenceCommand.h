#pragma once

#include "DatabaseCommand.h"

class CaseStore;
class EvidenceStore;

/// `evidence init|add|list|export|verify`: attach, list, export and verify a case's
/// encrypted evidence from scripts. One method per action.
class EvidenceCommand final : public DatabaseCommand
{
public:
    EvidenceCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    int init(EvidenceStore &store, const QString &passphrase);
    int add(CaseStore &cases, EvidenceStore &store, QStringList arguments, const QCommandLineParser &parser);
    int list(CaseStore &cases, EvidenceStore &store, const QStringList &arguments,
        const QCommandLineParser &parser);
    int exportTo(CaseStore &cases, EvidenceStore &store, const QStringList &arguments,
        const QCommandLineParser &parser);
    int verify(CaseStore &cases, EvidenceStore &store, const QCommandLineParser &parser);

    QCommandLineOption m_out;
    QCommandLineOption m_case;
    QCommandLineOption m_note;
    QCommandLineOption m_format;
};
