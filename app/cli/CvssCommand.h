#pragma once

#include "Command.h"

/// `cvss VECTOR...|-`: validates and scores CVSS vectors given as arguments or, with "-",
/// one per line on standard input (streamed, for millions of lines).
class CvssCommand final : public Command
{
public:
    /// A line of standard input: a vector is at most CvssVector::kMaxLength characters, so a
    /// longer line is only kept to be repeated; 1 MiB (one read block) keeps memory fixed.
    static constexpr qsizetype maxLineBytes = 1024 * 1024;

    CvssCommand();
    QString summary() const override;

protected:
    QString description() const override;
    QString positionalSyntax() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_json;
};
