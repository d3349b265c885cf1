// Eight analysts edit the same cases at once on one PostgreSQL database (issue 13,
// "Concurrency as a test"): each of 8 writers makes 500 changes to four shared cases — title
// edits, workflow moves (to Needs More Info and back), CVSS scores and advisory saves against
// the version it read, and evidence adds — over its own connection. What must hold: every
// refused write is refused as stale (no deadlock, no serialization error, no other failure),
// no two accepted writes claim the same row version, the last accepted title and advisory are
// the ones stored, every accepted change bumped its version exactly once, and every evidence
// body is stored whole. Prints its figures (qInfo).

#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "core/Analyst.h"
#include "evidence/EvidenceStore.h"
#include "storage/CaseStore.h"
#include "workflow/Workflow.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWriters = 8;
constexpr int kChangesEach = 500;
constexpr int kCases = 4;
const QString kPassphrase = u"concurrent writers"_s;

struct Accepted
{
    int versionRead = 0; // what the writer saw before it wrote
    int versionAfter = 0;
    QString title;
};

} // namespace

class TestConcurrentWriters final : public TestSupport::DatabaseTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        Analyst::setCurrent(u"writer"_s); // one name: Analyst is process-wide, set before the threads
    }

    void eightWritersLoseNothing()
    {
        QString url;
        auto db = open(Database::Backend::PostgreSQL, &url);
        QVERIFY(db);
        CaseStore store(*db);
        QList<qint64> ids;
        QHash<qint64, int> startVersion;
        for (int c = 0; c < kCases; ++c) {
            const auto id = store.createCase(TestSupport::minimalReport(u"shared case %1"_s.arg(c)));
            QVERIFY(id.ok());
            ids.append(*id);
            startVersion.insert(*id, store.caseById(*id)->rowVersion);
        }
        {
            EvidenceStore evidence(*db, store.auditLog());
            QVERIFY(evidence.initialise(kPassphrase, 1000).ok());
        }

        QMutex lock;
        QStringList unexpected; // failures that are not a stale refusal
        std::map<qint64, std::vector<Accepted>> titles; // accepted title edits per case
        std::map<qint64, std::vector<Accepted>> advisories; // accepted advisory saves per case
        QHash<qint64, int> bumps; // accepted changes per case
        int stale = 0;
        int evidenceAdded = 0;
        int evidenceTried = 0;
        int moves = 0;
        QElapsedTimer timer;
        timer.start();
        // QThreads: a PostgreSQL connection listens for its colleagues' notifications.
        std::vector<std::unique_ptr<QThread>> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back(QThread::create([&, w] {
                Database own;
                if (const Status s = own.open(url); !s) {
                    const QMutexLocker locked(&lock);
                    unexpected.append(s.error());
                    return;
                }
                CaseStore cases(own);
                EvidenceStore evidence(own, cases.auditLog());
                AdvisoryStore advisory(cases);
                if (const Status s = evidence.unlock(kPassphrase); !s) {
                    const QMutexLocker locked(&lock);
                    unexpected.append(s.error());
                    return;
                }
                for (int n = 0; n < kChangesEach; ++n) {
                    const qint64 id = ids.at((w + n) % kCases);
                    const auto current = cases.caseById(id);
                    if (!current) {
                        const QMutexLocker locked(&lock);
                        unexpected.append(current.error());
                        continue;
                    }
                    Status result;
                    int after = 0;
                    int advisoryRead = 0;
                    const QString title = u"edit %1 of writer %2"_s.arg(n).arg(w);
                    const QString cve = u"CVE-2026-%1"_s.arg(10000 + w * 1000 + n);
                    switch (n % 6) {
                    case 0:
                    case 5:
                        result
                            = cases.setFields(id, {{CaseField::Title, title}}, current->rowVersion, &after);
                        break;
                    case 1: {
                        // Waiting on the reporter and back: a move every state allows.
                        Workflow::TransitionRequest move;
                        move.to = current->status == CaseStatus::NeedsMoreInfo
                            ? current->pausedFrom.value_or(CaseStatus::New)
                            : CaseStatus::NeedsMoreInfo;
                        result = cases.transition(id, move, current->rowVersion);
                        break;
                    }
                    case 4: {
                        const auto stored = advisory.load(id);
                        if (!stored) {
                            result = Status::failure(stored.error());
                            break;
                        }
                        advisoryRead = stored->rowVersion;
                        AdvisoryData data = stored->data;
                        data.vulnerabilities = {Vulnerability::withCve(cve)};
                        const auto saved = advisory.save(id, data, advisoryRead);
                        result = saved ? Status() : Status::failure(saved.error());
                        after = saved ? *saved : 0;
                        break;
                    }
                    case 2: {
                        CaseScore score;
                        score.version = u"3.1"_s;
                        score.vector = n % 8 == 2 ? u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s
                                                  : u"CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N"_s;
                        score.score = n % 8 == 2 ? 9.8 : 1.8;
                        score.severity = n % 8 == 2 ? u"Critical"_s : u"Low"_s;
                        score.primary = true;
                        result = cases.setScore(id, score, current->rowVersion);
                        break;
                    }
                    default:
                        result = Status();
                        if (const auto added
                            = evidence.addData(id, u"writer %1, change %2"_s.arg(w).arg(n).toUtf8(),
                                u"note-%1-%2.txt"_s.arg(w).arg(n));
                            !added)
                            result = Status::failure(added.error());
                        break;
                    }
                    const QMutexLocker locked(&lock);
                    evidenceTried += n % 6 == 3 ? 1 : 0;
                    if (!result) {
                        if (result.error().contains(u"in the meantime")
                            || result.error().contains(u"meanwhile"))
                            ++stale;
                        else
                            unexpected.append(result.error());
                        continue;
                    }
                    ++bumps[id]; // every accepted change is audited, which bumps the case
                    switch (n % 6) {
                    case 0:
                    case 5:
                        titles[id].push_back({current->rowVersion, after, title});
                        break;
                    case 1:
                        ++moves;
                        break;
                    case 2:
                        break;
                    case 3:
                        ++evidenceAdded;
                        break;
                    default:
                        advisories[id].push_back({advisoryRead, after, cve});
                        break;
                    }
                }
            }));
            writers.back()->start();
        }
        for (const auto &writer : writers)
            QVERIFY(writer->wait(QDeadlineTimer(600'000)));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 5).join(u'\n')));

        // Accepted changes of one kind, made on the version their writers read: nobody's
        // change came between (the lost update this prevents), no two claimed one version,
        // and the stored value is the last accepted one.
        const auto lastOf = [](const std::vector<Accepted> &chain) -> const Accepted * {
            QSet<int> versions;
            const Accepted *last = nullptr;
            for (const Accepted &a : chain) {
                if (a.versionAfter != a.versionRead + 1 || versions.contains(a.versionAfter))
                    return nullptr;
                versions.insert(a.versionAfter);
                if (!last || a.versionAfter > last->versionAfter)
                    last = &a;
            }
            return last;
        };
        AdvisoryStore advisory(store);
        int accepted = 0;
        for (const qint64 id : std::as_const(ids)) {
            const auto now = store.caseById(id);
            QVERIFY(now.ok());
            // Every accepted change bumped the version once; nothing else did.
            QCOMPARE(now->rowVersion - startVersion.value(id), bumps.value(id));
            accepted += bumps.value(id);
            const Accepted *title = lastOf(titles[id]);
            QVERIFY2(title, "a title edit was accepted on a stale version, or two claimed one");
            QCOMPARE(now->title, title->title);
            const Accepted *saved = lastOf(advisories[id]);
            QVERIFY2(saved, "an advisory save was accepted on a stale version, or two claimed one");
            const auto stored = advisory.load(id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->rowVersion, int(advisories[id].size()));
            QCOMPARE(stored->data.cves(), QStringList {saved->title});
        }
        // Every evidence add is there and reads back whole.
        EvidenceStore evidence(*db, store.auditLog());
        QVERIFY(evidence.unlock(kPassphrase).ok());
        int stored = 0;
        for (const qint64 id : std::as_const(ids))
            stored += int(evidence.attachments(id)->size());
        QCOMPARE(stored, evidenceAdded);
        QElapsedTimer verifying;
        verifying.start();
        const auto problems = evidence.verify();
        qInfo("verified %d bodies in %lld ms", stored, verifying.elapsed());
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
        QCOMPARE(evidenceAdded, evidenceTried); // adds never conflict
        QVERIFY(moves > 0);
        qInfo("%d writers x %d changes on %d cases in %lld ms: %d accepted (%d workflow moves, %d evidence "
              "adds), %d refused as stale, 0 other failures",
            kWriters, kChangesEach, kCases, elapsed, accepted, moves, evidenceAdded, stale);
        QCOMPARE(accepted + stale, kWriters * kChangesEach);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
