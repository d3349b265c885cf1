#pragma once

#include "DatabaseCommand.h"

/// `deadlines --database LOCATION [--format tsv|json|ics] [--case ID]... [--now T]`: every
/// deadline of every open case (or of the cases named) as TSV, JSON or iCalendar; the
/// iCalendar document is the one File → Export Deadlines writes (ExportService).
class DeadlinesCommand final : public DatabaseCommand
{
public:
    DeadlinesCommand();
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<int> checkArguments(const QCommandLineParser &parser) override;
    int executeOn(Database *db, const QCommandLineParser &parser) override;
    bool onlyReads(const QCommandLineParser &parser) const override;

private:
    static QStringList formats();
    /// --now as a UTC instant; invalid when it does not parse.
    QDateTime fixedNow(const QCommandLineParser &parser) const;
    int listDeadlines(Database &db, const QCommandLineParser &parser);

    QCommandLineOption m_format;
    QCommandLineOption m_now;
    QCommandLineOption m_case;
};
