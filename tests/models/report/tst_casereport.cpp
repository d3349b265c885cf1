#include "ReportFixture.h"
#include "TestSupport.h"
#include "advisory/AdvisoryStore.h"
#include "core/Clock.h"
#include "evidence/EvidenceStore.h"
#include "report/CaseReport.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The PDF case report, read back with poppler as a product team's reader would: the text of
// every page, the TLP marking, page numbers, the document properties and the redaction.
class TestCaseReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void content_data();
    void content();
    void tlpOnEveryPage_data();
    void tlpOnEveryPage();
    void redaction_data();
    void redaction();
    void hostileText_data();
    void hostileText();
    void scripts_data();
    void scripts();
    void tableOfContents();
    void evidence_data();
    void evidence();
    void advisorySections();
    void goldenText();
    void screenshot();

private:
    struct Rendered
    {
        QString path;
        int pages = 0;
        QStringList texts;
    };
    /// Stores c in a fresh database on backend, renders its report and reads it back.
    Rendered render(Database::Backend backend, const Case &c, const QList<AuditEntry> &trail, TlpLevel tlp,
        const QString &name);
    static SlaEngine engine()
    {
        return SlaEngine(
            DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone(QTimeZone::UTC));
    }
    static QDateTime now() { return QDateTime(QDate(2026, 6, 20), QTime(12, 0), QTimeZone::UTC); }

    QTemporaryDir m_dir;
};

void TestCaseReport::initTestCase()
{
    TestSupport::isolate();
    // Scores and audit entries are stamped with the clock: fixed, so the golden text holds.
    Clock::setFixed(now());
    QVERIFY(m_dir.isValid());
}

TestCaseReport::Rendered TestCaseReport::render(Database::Backend backend, const Case &c,
    const QList<AuditEntry> &trail, TlpLevel tlp, const QString &name)
{
    Rendered out;
    QString error;
    const QString location = TestSupport::freshLocation(backend, m_dir, &error);
    if (location.isEmpty()) {
        qWarning() << error;
        return out;
    }
    Database db;
    if (!db.open(location))
        return out;
    CaseStore store(db);
    const qint64 id = ReportFixture::store(store, c, trail);
    if (id == 0)
        return out;
    const EvidenceStore evidence(db, store.auditLog());
    const Result<CaseReportData> data = CaseReportData::load(store, id, engine(), now(), evidence);
    if (!data) {
        qWarning() << data.error();
        return out;
    }
    const Result<CaseReport::Output> report = CaseReport::render(*data, tlp, u"Mei Chen"_s);
    if (!report) {
        qWarning() << report.error();
        return out;
    }
    out.path = m_dir.filePath(name + u".pdf"_s);
    QFile file(out.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report->pdf) != report->pdf.size())
        return out;
    file.close();
    // To look at the reports as a reader does (pdftoppm), keep copies.
    if (const QString look = qEnvironmentVariable("PSIRTDESK_REPORT_LOOK_DIR"); !look.isEmpty())
        QFile::copy(out.path, look + u'/' + QFileInfo(out.path).fileName());
    out.pages = report->pageCount;
    out.texts = ReportFixture::pageTexts(out.path, out.pages, &error);
    if (out.texts.isEmpty())
        qWarning() << error;
    return out;
}

void TestCaseReport::content_data()
{
    TestSupport::addBackendRows();
}

void TestCaseReport::content()
{
    QFETCH(Database::Backend, backend);
    const Case c = ReportFixture::sampleCase(true);
    const Rendered r = render(backend, c, ReportFixture::sampleTrail(c), TlpLevel::Amber, u"content"_s);
    QVERIFY(r.pages >= 4);
    QCOMPARE(r.texts.size(), r.pages);
    const QString all = r.texts.join(u'\n');
    // Cover
    QVERIFY(r.texts.constFirst().contains(u"PSIRT-2026-0042"_s));
    QVERIFY(r.texts.constFirst().simplified().contains(u"Heap overflow in the HTTP management API"_s));
    // CVSS with its breakdown from the metric catalog
    QVERIFY(all.contains(u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s));
    QVERIFY(all.contains(u"9.8 Critical"_s));
    QVERIFY(all.contains(u"Attack Vector"_s));
    QVERIFY(all.contains(u"Network"_s));
    // Product, texts, steps, deadlines, remediation, audit
    QVERIFY(all.contains(u"GigaSpire u6"_s));
    QVERIFY(all.contains(u"23.4.1"_s));
    QVERIFY(all.contains(u"overflows a heap buffer"_s));
    QVERIFY(all.contains(u"send an oversized Host header"_s));
    QVERIFY(all.contains(u"Highlighted as Bash"_s));
    QVERIFY(all.contains(u"Acknowledge"_s));
    QVERIFY(all.contains(u"2026-06-08 23:59"_s)); // acknowledge: 5 US business days after June 1
    QVERIFY(all.contains(u"Remediation plan"_s));
    QVERIFY(all.contains(u"Audit summary"_s));

    const QMap<QString, QString> info = ReportFixture::pdfInfo(r.path);
    QCOMPARE(info.value(u"Pages"_s), QString::number(r.pages));
    QCOMPARE(info.value(u"Title"_s), u"PSIRT-2026-0042: Heap overflow in the HTTP management API"_s);
    QCOMPARE(info.value(u"Author"_s), u"Mei Chen"_s);
    QCOMPARE(info.value(u"Subject"_s), u"Vulnerability case report, TLP:AMBER"_s);
    QVERIFY(info.value(u"Creator"_s).startsWith(u"PSIRT Desk"_s));
}

void TestCaseReport::tlpOnEveryPage_data()
{
    QTest::addColumn<TlpLevel>("tlp");
    for (const TlpLevel tlp : TlpLevels::all())
        QTest::newRow(qPrintable(TlpLevels::id(tlp))) << tlp;
}

void TestCaseReport::tlpOnEveryPage()
{
    QFETCH(TlpLevel, tlp);
    QList<AuditEntry> trail;
    const Case c = ReportFixture::longCase(8, &trail);
    const Rendered r = render(Database::Backend::SQLite, c, trail, tlp, u"tlp-"_s + TlpLevels::id(tlp));
    QVERIFY(r.pages >= 8);
    // TLP:AMBER must not be counted inside TLP:AMBER+STRICT.
    const QRegularExpression label(QRegularExpression::escape(TlpLevels::label(tlp)) + u"(?![+A-Z])"_s);
    for (int page = 0; page < r.pages; ++page) {
        const QString &text = r.texts.at(page);
        // Header and footer on every page; the cover names it a third time.
        QCOMPARE(text.count(label), page == 0 ? 3 : 2);
        for (const TlpLevel other : TlpLevels::all()) {
            if (other != tlp)
                QVERIFY2(!text.contains(QRegularExpression(
                             QRegularExpression::escape(TlpLevels::label(other)) + u"(?![+A-Z])"_s)),
                    qPrintable(TlpLevels::label(other)));
        }
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page + 1).arg(r.pages)), qPrintable(text.right(200)));
    }
    QCOMPARE(ReportFixture::pdfInfo(r.path).value(u"Pages"_s), QString::number(r.pages));
}

void TestCaseReport::redaction_data()
{
    QTest::addColumn<bool>("consent");
    QTest::newRow("no consent") << false;
    QTest::newRow("consent") << true;
}

void TestCaseReport::redaction()
{
    QFETCH(bool, consent);
    const Case c = ReportFixture::sampleCase(consent);
    const Rendered r = render(Database::Backend::SQLite, c, ReportFixture::sampleTrail(c), TlpLevel::Green,
        consent ? u"consent"_s : u"no-consent"_s);
    QVERIFY(r.pages > 0);
    // Case-insensitively, and with the line breaks of the layout taken out.
    const QString all = r.texts.join(QString()).remove(u'\n').toLower();
    for (const QString &identity :
        {c.reporterName, c.reporterEmail, c.reporterOrganisation, u"ada@old.example"_s}) {
        QVERIFY2(all.contains(identity.toLower()) == consent, qPrintable(identity));
    }
    QCOMPARE(all.contains(u"identity (name, e-mail address, organisation) is redacted"_s), !consent);
    QCOMPARE(all.contains(u"[redacted]"_s), !consent);
    // The document information must not name the reporter either.
    if (!consent)
        QVERIFY(!ReportFixture::pdfInfo(r.path).values().join(u' ').contains(u"Quinton"_s));
}

void TestCaseReport::hostileText_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : TestSupport::hostileTexts())
        QTest::newRow(qPrintable(name)) << text;
}

void TestCaseReport::hostileText()
{
    QFETCH(QString, text);
    Case c = ReportFixture::sampleCase(true);
    c.title = text.left(CaseFieldInfo::maxLength(CaseField::Title));
    c.description = text;
    c.stepsToReproduce = text;
    const Rendered r = render(Database::Backend::SQLite, c, ReportFixture::sampleTrail(c), TlpLevel::Red,
        u"hostile-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(r.pages > 0);
    QCOMPARE(r.texts.size(), r.pages);
    const QString all = r.texts.join(QString()).remove(u'\n');
    if (QByteArrayView(QTest::currentDataTag()) == "html") {
        // Shown literally: the tags are text, nothing was parsed.
        QVERIFY(all.contains(u"<script>alert(1)</script><img src=http://evil/x.png>&amp;<b>b</b>"_s));
    }
    if (QByteArrayView(QTest::currentDataTag()) == "long")
        QVERIFY(all.contains(u"xxxxxxxxxxend"_s));
    QVERIFY(r.texts.constLast().contains(u"TLP:RED"_s));
}

void TestCaseReport::scripts_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Devanagari") << u"अमित शर्मा"_s;
    QTest::newRow("Arabic") << u"محمد عبد الله"_s;
    QTest::newRow("Hebrew") << u"דוד כהן"_s;
    QTest::newRow("CJK") << u"王小明"_s;
    QTest::newRow("Cyrillic") << u"Алексей Смирнов"_s;
}

// Issue #14: "अमित शर्मा" rendered but extracted as "अ मत शमा" with DejaVu Sans, which has no
// Devanagari shaping. The report's fonts cover the scripts reporters write names in, and a
// reader's copy or search finds the name as written, in the title and in the description
// (Devanagari through ReportDocument's invisible text over the shaped outlines).
void TestCaseReport::scripts()
{
    QFETCH(QString, name);
    Case c = ReportFixture::sampleCase(true);
    c.title = u"Overflow found by "_s + name;
    c.description = u"Reported by "_s + name + u" on the mailing list."_s;
    const Rendered r = render(Database::Backend::SQLite, c, ReportFixture::sampleTrail(c), TlpLevel::Amber,
        u"script-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(r.pages > 0);
    QCOMPARE(r.texts.size(), r.pages);
    // Presentation forms (Arabic letters joined) are the same text to a reader: compare
    // in compatibility normal form.
    const QString cover = r.texts.constFirst().normalized(QString::NormalizationForm_KC);
    const QString all = r.texts.join(u'\n').normalized(QString::NormalizationForm_KC);
    const QString wanted = name.normalized(QString::NormalizationForm_KC);
    QVERIFY2(cover.contains(wanted), qPrintable(cover.left(400)));
    QVERIFY2(all.count(wanted) >= 2, qPrintable(all.left(2000)));
    QVERIFY(!all.contains(u"अ मत"_s)); // what the glyphs alone gave back
}

void TestCaseReport::tableOfContents()
{
    QList<AuditEntry> trail;
    const Case c = ReportFixture::longCase(12, &trail);
    const Rendered r = render(Database::Backend::SQLite, c, trail, TlpLevel::Amber, u"toc"_s);
    QVERIFY(r.pages >= 12);
    QString error;
    // With the layout kept, an entry is one line: the heading, then its page number.
    const QString contents = ReportFixture::pageLayoutTexts(r.path, 2, &error).value(1);
    QVERIFY2(contents.contains(u"Contents"_s), qPrintable(error));
    // Every entry names the page its heading is on.
    int checked = 0;
    for (const QString &heading : {u"Severity and CVSS"_s, u"Description"_s, u"Steps to reproduce"_s,
             u"Deadlines"_s, u"Audit summary"_s}) {
        const QRegularExpression entry(
            u"^\\s*"_s + QRegularExpression::escape(heading) + u"\\s+(\\d+)\\s*$"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(heading + u"\n"_s + contents));
        const int page = match.captured(1).toInt();
        QVERIFY2(page > 2 && page <= r.pages, qPrintable(heading));
        QVERIFY2(r.texts.at(page - 1).contains(heading),
            qPrintable(heading + u" on page "_s + QString::number(page)));
        ++checked;
    }
    QCOMPARE(checked, 5);
}

void TestCaseReport::evidence_data()
{
    QTest::addColumn<bool>("unlocked");
    QTest::newRow("unlocked: thumbnails") << true;
    QTest::newRow("locked: list only") << false;
}

// The evidence list with each file's SHA-256, and thumbnails of images when the store is
// unlocked; a file name that names a reporter without consent is redacted like the rest.
void TestCaseReport::evidence()
{
    QFETCH(bool, unlocked);
    QString error;
    const QString location = TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error);
    Database db;
    QVERIFY(db.open(location).ok());
    CaseStore store(db);
    const Case c = ReportFixture::sampleCase(false);
    const qint64 id = ReportFixture::store(store, c, ReportFixture::sampleTrail(c));
    QVERIFY(id > 0);
    EvidenceStore evidence(db, store.auditLog());
    QVERIFY(evidence.initialise(u"correct horse"_s, 1000).ok());
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(0x30, 0x80, 0xc0));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    const auto screenshot = evidence.addData(id, png, u"crash-screen.png"_s);
    const auto named = evidence.addData(id, "GET / HTTP/1.1\r\n\r\n", c.reporterName + u" request.txt"_s);
    QVERIFY(screenshot && named);
    if (!unlocked)
        evidence.lock();

    const auto data = CaseReportData::load(store, id, engine(), now(), evidence);
    QVERIFY(data);
    QCOMPARE(data->evidence.size(), 2);
    QCOMPARE(data->evidenceLocked, !unlocked);
    const auto report = CaseReport::render(*data, TlpLevel::Green, u"Mei Chen"_s);
    QVERIFY(report);
    const QString path = m_dir.filePath(unlocked ? u"evidence-unlocked.pdf"_s : u"evidence-locked.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(report->pdf);
    file.close();
    const QString all
        = ReportFixture::pageTexts(path, report->pageCount, &error).join(QString()).remove(u'\n');
    QVERIFY(all.contains(u"crash-screen.png"_s));
    QVERIFY(all.contains(screenshot->sha256));
    QVERIFY(all.contains(named->sha256));
    QVERIFY(!all.contains(c.reporterName, Qt::CaseInsensitive));
    QVERIFY(all.contains(u"[redacted] request.txt"_s));
    QCOMPARE(all.contains(u"evidence store was locked"_s), !unlocked);
    QCOMPARE(ReportFixture::imageCount(path), unlocked ? 1 : 0);
}

// The advisory data entered for the case: identifiers, products with their status and the
// remediation plan.
void TestCaseReport::advisorySections()
{
    QString error;
    Database db;
    QVERIFY(db.open(TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error)).ok());
    CaseStore store(db);
    const Case c = ReportFixture::sampleCase(false);
    const qint64 id = ReportFixture::store(store, c, ReportFixture::sampleTrail(c));
    AdvisoryData a;
    Vulnerability v;
    v.cve = u"CVE-2026-31337"_s;
    v.cwes = {122};
    v.products = {{u"GigaSpire u6"_s, u"23.1"_s, u"23.4.2"_s, ProductStatus::KnownAffected},
        {u"GigaSpire u6"_s, u"23.4.2"_s, QString(), ProductStatus::Fixed}};
    v.remediations
        = {{RemediationCategory::VendorFix, u"Update the gateway firmware."_s, u"23.4.2"_s, QString()}};
    a.vulnerabilities = {v};
    QVERIFY(AdvisoryStore(store).save(id, a, 0));
    const EvidenceStore evidence(db, store.auditLog());
    const auto data = CaseReportData::load(store, id, engine(), now(), evidence);
    QVERIFY(data);
    const auto report = CaseReport::render(*data, TlpLevel::Amber, u"Mei Chen"_s);
    QVERIFY(report);
    const QString path = m_dir.filePath(u"advisory.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(report->pdf);
    file.close();
    const QString all = ReportFixture::pageTexts(path, report->pageCount, &error).join(u' ').simplified();
    for (const QString &expected :
        {u"CVE-2026-31337"_s, u"Heap-based Buffer Overflow"_s, u"23.1 to before 23.4.2"_s,
            u"Known affected"_s, u"Fixed"_s, u"Update the gateway firmware."_s, u"Vendor fix"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected));
}

void TestCaseReport::goldenText()
{
    // The whole text of a fixed report, page by page. Regenerate after an intended change with
    // PSIRTDESK_UPDATE_GOLDEN=1 and review the diff.
    const Case c = ReportFixture::sampleCase(false);
    const Rendered r = render(
        Database::Backend::SQLite, c, ReportFixture::sampleTrail(c), TlpLevel::AmberStrict, u"golden"_s);
    QVERIFY(r.pages > 0);
    QString actual = r.texts.join(u"\f"_s);
    // The one line that depends on when the test runs.
    actual.replace(QRegularExpression(u"PSIRT Desk \\S+"_s), u"PSIRT Desk VERSION"_s);
    const QString goldenPath = QStringLiteral(PSIRTDESK_REPORT_TEST_DATA) + u"/case-report.txt"_s;
    if (qEnvironmentVariableIsSet("PSIRTDESK_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    QCOMPARE(actual, QString::fromUtf8(golden.readAll()));
}

void TestCaseReport::screenshot()
{
    const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PSIRTDESK_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    const Case c = ReportFixture::sampleCase(false);
    const Rendered r = render(
        Database::Backend::SQLite, c, ReportFixture::sampleTrail(c), TlpLevel::Amber, u"screenshot"_s);
    QVERIFY(r.pages >= 4);
    // The deadlines page: a table, the drawn timeline and the TLP marking.
    int page = 1;
    for (int i = 0; i < r.pages; ++i) {
        if (r.texts.at(i).contains(u"Deadlines\n"_s) && i > 1)
            page = i + 1;
    }
    QProcess p;
    p.start(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, u"80"_s, u"-singlefile"_s, u"-f"_s, QString::number(page), u"-l"_s,
            QString::number(page), r.path, dir + u"/report-page"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(dir + u"/report-page.png"_s));
}

QTEST_MAIN(TestCaseReport)
#include "tst_casereport.moc"
