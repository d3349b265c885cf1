#include "TestSupport.h"
#include "intake/MailParser.h"

#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define PSIRTDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PSIRTDESK_ASAN 1
#endif
#endif

#if defined(PSIRTDESK_ASAN)
#if __has_include(<sanitizer/allocator_interface.h>)
#include <sanitizer/allocator_interface.h>
#else
#include <cstddef>
// The sanitizer runtime exports it; GCC ships no header that declares it.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Bytes the process has allocated and not freed, or -1 where that cannot be asked.
qint64 allocatedBytes()
{
#if defined(PSIRTDESK_ASAN)
    return qint64(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__)
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void attachmentMimeTypeNotLeaked();
};

// fuzz_mail_message, LeakSanitizer: the walk took the MIME type of every attachment from
// g_mime_content_type_get_mime_type(), which returns a copy for the caller to free, and
// never freed it. A long type makes each leak large enough to measure without a sanitizer.
void TestFuzzRegressions::attachmentMimeTypeNotLeaked()
{
    if (allocatedBytes() < 0)
        QSKIP("This platform cannot report the bytes allocated");
    const QByteArray subtype(1000, 'x');
    const QByteArray message = "From: reporter@example.org\nSubject: leak\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                               "Content-Type: application/"
        + subtype + "\nContent-Disposition: attachment; filename=poc.bin\n\nAAAA\n--b--\n";
    // The first parse initialises GMime and Qt's caches.
    QVERIFY(MailParser::parse(message));

    constexpr int kRuns = 200;
    const qint64 before = allocatedBytes();
    for (int i = 0; i < kRuns; ++i) {
        const auto parsed = MailParser::parse(message);
        QVERIFY(parsed);
        QCOMPARE(parsed->attachments.size(), 1);
    }
    const qint64 grown = allocatedBytes() - before;
    // Leaking the type keeps more than kRuns × 1000 bytes. glibc's mallinfo2() counts the
    // chunks its thread cache holds as in use: about 100 bytes a parse are noise there.
    QVERIFY2(grown < kRuns * subtype.size() / 2, qPrintable(QStringLiteral("%1 bytes not freed").arg(grown)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
