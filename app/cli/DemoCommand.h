#pragma once

#include "Command.h"

struct DemoOptions;

/// `demo --cases N --out FILE|URL [--seed S] [--now T] [--force]`: a demo case database with
/// realistic, reproducible data. A SQLite file is built beside the target and renamed at the
/// end, so a failed run leaves nothing under the requested name.
class DemoCommand final : public Command
{
public:
    DemoCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_cases;
    QCommandLineOption m_output;
    QCommandLineOption m_seed;
    QCommandLineOption m_now;
    QCommandLineOption m_force;
};
