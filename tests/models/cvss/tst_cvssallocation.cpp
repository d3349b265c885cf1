#include "TestSupport.h"
#include "cvss/CvssVector.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

// Counts every heap allocation of the process, so the test can prove that parsing and
// scoring (the CLI's and the benchmark's hot path) never allocates.
namespace {
std::atomic<long> g_allocations {0};
}

void *operator new(std::size_t size)
{
    ++g_allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

class TestCvssAllocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void parseAndScoreDoNotAllocate_data();
    void parseAndScoreDoNotAllocate();
    void counterWorks();
};

void TestCvssAllocation::parseAndScoreDoNotAllocate_data()
{
    QTest::addColumn<QByteArray>("vector");
    QTest::newRow("v4") << QByteArray(
        "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L/MSI:S");
    QTest::newRow("v31 env") << QByteArray("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/E:P/MS:C/CR:L");
    QTest::newRow("v30") << QByteArray("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:L/A:H");
    QTest::newRow("v2") << QByteArray(
        "(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H)");
    QTest::newRow("invalid") << QByteArray("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q");
}

void TestCvssAllocation::parseAndScoreDoNotAllocate()
{
    QFETCH(QByteArray, vector);
    const std::string_view text(vector.constData(), std::size_t(vector.size()));
    {
        // First use fills the lazily built v3 polynomial tables (static storage, no heap).
        CvssVector warm;
        (void)warm.parse(text);
        (void)warm.score();
    }
    const long before = g_allocations.load();
    int total = 0;
    for (int i = 0; i < 1000; ++i) {
        CvssVector v;
        const CvssError error = v.parse(text);
        total += error.ok() ? v.score() : int(error.code);
        if (error.ok() && v.version() == CvssVersion::V4_0)
            total += v.v4().scores().score;
    }
    const long after = g_allocations.load();
    QVERIFY(total > 0);
    QCOMPARE(after - before, 0L);
}

void TestCvssAllocation::counterWorks()
{
    // Guards the test above against a counter that never counts.
    const long before = g_allocations.load();
    // A direct call: new-expressions may be elided by the optimiser, this may not.
    void *p = ::operator new(16);
    ::operator delete(p);
    QCOMPARE(g_allocations.load() - before, 1L);
}

QTEST_GUILESS_MAIN(TestCvssAllocation)
#include "tst_cvssallocation.moc"
