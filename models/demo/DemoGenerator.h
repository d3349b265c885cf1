#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

#include <functional>

class Database;

/// What demo database to build: how many cases, from which seed, and the instant the data
/// is "as of" (cases are spread over the two years before it).
struct DemoOptions
{
    int cases = 500;
    quint32 seed = 1;
    QDateTime now;
};

/// Fills an empty case database with a realistic, reproducible demo: a product catalogue
/// from the two vendor policies' product lines (in scope, third-party, end-of-life and
/// obsolete), and cases from intake to closure with reporters, owners, CVSS scores,
/// tracking ids, duplicates and an audit trail. The same seed and "now" give the same data
/// on either backend; the wall clock is never read, so tests and screenshots are stable.
///
/// Cases go in through CaseStore::importCases() in one transaction: the per-case workflow
/// path would take minutes for 100,000 cases.
class DemoGenerator final
{
public:
    /// progress(done) is called now and then with the number of cases written so far.
    static Status generate(
        Database &db, const DemoOptions &options, const std::function<void(int)> &progress = {});

    /// Whether the options can make a demo: the number of cases in range, and a "now" whose
    /// two years of history start after 1970 and end before year 9999. Checked before
    /// anything is written; the command line asks it first to say so as a usage error.
    static Status check(const DemoOptions &options);

    /// Upper bound on DemoOptions::cases.
    static constexpr int maxCases = 1'000'000;
    /// Days of history before "now".
    static constexpr int historyDays = 730;
};
