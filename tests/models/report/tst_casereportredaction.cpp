#include "ReportFixture.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "evidence/EvidenceStore.h"
#include "report/CaseReport.h"
#include "sla/SlaEngine.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Issue 14 section 1: the PDF case report for product teams, read back with pdftotext. A
// reporter who did not consent to sharing their identity leaves no trace in it, however the
// report text writes their name (upper case, broken across a line, hyphenated at a line
// break, a bare signature, a handle, a second address, accents); with consent, all stays.
class TestCaseReportRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void variants_data();
    void variants();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 6, 20), QTime(12, 0), QTimeZone::UTC); }
    static Case jonasCase(bool consent);
    static QList<AuditEntry> trail(const Case &c);
    /// The report's text (all pages) and document properties, or an empty text.
    QString render(const Case &c, const QString &name, QString *properties);

    QTemporaryDir m_dir;
};

void TestCaseReportRedaction::initTestCase()
{
    TestSupport::isolate();
    Clock::setFixed(now());
    QVERIFY(m_dir.isValid());
}

Case TestCaseReportRedaction::jonasCase(bool consent)
{
    Case c = ReportFixture::sampleCase(consent);
    c.title = u"Heap overflow in the web UI found by Jonas Quellfeld"_s;
    c.reporterName = u"Jonas Quellfeld"_s;
    c.reporterEmail = u"jonas.quellfeld@example.org"_s;
    c.reporterOrganisation = u"Brightwater Research GmbH"_s;
    c.description = u"A long Host header overflows a heap buffer in the management API. QUELLFELD found it "
                    u"while fuzzing for Brightwater Research; his colleague Jonas\nQuellfeld confirmed it "
                    u"and wrote the proof of concept, which Quell-\nfeld will present. Contact "
                    u"jq@quellfeld.example or jonas.quellfeld@example.org; handle jquellfeld.\n"
                    u"Saludos, Jonás\n\nRegards,\nJonas"_s;
    c.stepsToReproduce = u"#!/bin/sh\n# PoC by jquellfeld (jq@quellfeld.example)\n# author: Jonas\n"
                         u"# Quellfeld\necho Quell-\nfeld\ncurl -k -H \"Host: $(printf 'A%.0s' $(seq 1 "
                         u"70000))\" https://192.0.2.1/api/v1/status\n"_s;
    return c;
}

QList<AuditEntry> TestCaseReportRedaction::trail(const Case &c)
{
    QList<AuditEntry> entries = ReportFixture::sampleTrail(c);
    const auto entry = [](int day, const QString &field, const QString &from, const QString &to) {
        AuditEntry e;
        e.at = QDateTime(QDate(2026, 6, day), QTime(11, 0), QTimeZone::UTC);
        e.actor = u"Mei Chen"_s;
        e.field = field;
        e.oldValue = from;
        e.newValue = to;
        return e;
    };
    entries.append(entry(4, u"title"_s, u"XSS by QUELLFELD (jquellfeld)"_s, c.title));
    entries.append(
        entry(5, u"description"_s, u"Found by Jonas\nQuellfeld, see Quell-\nfeld"_s, c.description));
    entries.append(entry(6, u"reporter_email"_s, u"jq@quellfeld.example"_s, c.reporterEmail));
    return entries;
}

QString TestCaseReportRedaction::render(const Case &c, const QString &name, QString *properties)
{
    QString error;
    const QString location = TestSupport::freshLocation(Database::Backend::SQLite, m_dir, &error);
    if (location.isEmpty()) {
        qWarning() << error;
        return {};
    }
    Database db;
    if (!db.open(location))
        return {};
    CaseStore store(db);
    const qint64 id = ReportFixture::store(store, c, trail(c));
    if (id == 0)
        return {};
    const EvidenceStore evidence(db, store.auditLog());
    const SlaEngine engine(
        DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone(QTimeZone::UTC));
    const Result<CaseReportData> data = CaseReportData::load(store, id, engine, now(), evidence);
    if (!data) {
        qWarning() << data.error();
        return {};
    }
    const Result<CaseReport::Output> report = CaseReport::render(*data, TlpLevel::Amber, u"Mei Chen"_s);
    if (!report) {
        qWarning() << report.error();
        return {};
    }
    const QString path = m_dir.filePath(name + u".pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report->pdf) != report->pdf.size())
        return {};
    file.close();
    *properties = ReportFixture::pdfInfo(path).values().join(u'\n');
    const QStringList pages = ReportFixture::pageTexts(path, report->pageCount, &error);
    if (pages.isEmpty())
        qWarning() << error;
    return pages.join(u'\n');
}

namespace {

/// Lower case without white space and hyphens: what a reader or a search engine joins up.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-' && c != QChar(0x00ad))
            out.append(c.toLower());
    }
    return out;
}

} // namespace

void TestCaseReportRedaction::variants_data()
{
    QTest::addColumn<bool>("consent");
    QTest::newRow("consent withheld") << false;
    QTest::newRow("consent given") << true;
}

void TestCaseReportRedaction::variants()
{
    QFETCH(bool, consent);
    QString properties;
    const QString text = render(jonasCase(consent), consent ? u"consent"_s : u"withheld"_s, &properties);
    QVERIFY(!text.isEmpty());
    const QString all = squeezed(text);
    // The report itself is there either way.
    QVERIFY(all.contains(u"alonghostheaderoverflowsaheapbuffer"_s));
    QVERIFY(all.contains(u"curlk"_s));
    // Every way the report text wrote the reporter's identity.
    const QStringList identity {u"quellfeld"_s, u"jonas"_s, u"jonás"_s, u"jquellfeld"_s,
        u"jq@quellfeld.example"_s, u"jonas.quellfeld@example.org"_s, u"brightwater"_s};
    for (const QString &word : identity)
        QVERIFY2(all.contains(word) == consent, qPrintable(word));
    QCOMPARE(all.contains(u"[redacted]"_s), !consent);
    if (!consent) {
        QVERIFY(!squeezed(properties).contains(u"quellfeld"_s));
        QVERIFY(!squeezed(properties).contains(u"jonas"_s));
        // The sentences around the identity stay readable.
        QVERIFY(all.contains(u"[redacted]foundit"_s));
        QVERIFY(all.contains(u"regards,[redacted]"_s));
        return;
    }
    // With consent every variant is there as written.
    const QString simplified = text.simplified();
    for (const QString &written : {u"QUELLFELD found it"_s, u"Jonás"_s, u"handle jquellfeld"_s,
             u"jq@quellfeld.example"_s, u"Brightwater Research GmbH"_s})
        QVERIFY2(simplified.contains(written), qPrintable(written));
    QVERIFY(properties.contains(u"Jonas Quellfeld"_s));
}

QTEST_MAIN(TestCaseReportRedaction)
#include "tst_casereportredaction.moc"
