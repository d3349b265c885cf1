#include "TestSupport.h"
#include "export/DisclosureCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 14 section 1: the check before any export leaves the team names the field and what
// it found, lets a consented credit name through, and walks whole JSON documents.
class TestDisclosureCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean();
    void namesFieldAndWord();
    void everyVariant_data();
    void everyVariant();
    void severalFindings();
    void allowedCredit();
    void jsonFields();
    void jsonDocument();

private:
    static ReporterIdentity jonas() { return TestSupport::jonasQuellfeld(); }
};

void TestDisclosureCheck::clean()
{
    const QList<DisclosureCheck::Field> fields {{u"Public title"_s, u"Heap overflow in the web UI"_s},
        {u"Vulnerability 1 · description"_s, u"A long Host header overflows a buffer."_s}};
    const Status status = DisclosureCheck::check(fields, jonas());
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(DisclosureCheck::findings(fields, jonas()).isEmpty());
    // No identity: nothing to find.
    QVERIFY(DisclosureCheck::check({{u"Title"_s, u"Jonas"_s}}, ReporterIdentity()).ok());
}

void TestDisclosureCheck::namesFieldAndWord()
{
    const QList<DisclosureCheck::Field> fields {{u"Public title"_s, u"Heap overflow in the web UI"_s},
        {u"Vulnerability 1 · description"_s,
            u"A long Host header overflows a buffer; the service restarts. Thanks to QUELLFELD for the "
            u"detailed write-up and the proof of concept."_s}};
    const Status status = DisclosureCheck::check(fields, jonas());
    QVERIFY(!status.ok());
    QCOMPARE(status.error(),
        u"Vulnerability 1 · description contains the reporter's name (“QUELLFELD”); edit the text or "
        u"record the reporter's consent to be credited."_s);
    // Only the matched word is echoed, never the text around it.
    QVERIFY(!status.error().contains(u"write-up"_s));

    const QList<DisclosureCheck::Finding> f = DisclosureCheck::findings(fields, jonas());
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().field, u"Vulnerability 1 · description"_s);
    QCOMPARE(f.constFirst().found, u"QUELLFELD"_s);
    QCOMPARE(f.constFirst().what, u"the reporter's name"_s);
    QCOMPARE(fields.at(1).text.mid(f.constFirst().position, f.constFirst().length), u"QUELLFELD"_s);
}

void TestDisclosureCheck::everyVariant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("what");
    const QString name = u"the reporter's name"_s;
    const QString email = u"an e-mail address of the reporter"_s;
    QTest::newRow("title") << u"Heap overflow found by Jonas Quellfeld"_s << u"Jonas Quellfeld"_s << name;
    QTest::newRow("upper case") << u"QUELLFELD"_s << u"QUELLFELD"_s << name;
    QTest::newRow("line break") << u"Jonas\nQuellfeld"_s << u"Jonas Quellfeld"_s << name;
    QTest::newRow("hyphenated") << u"Quell-\nfeld"_s << u"Quell- feld"_s << name;
    QTest::newRow("signature") << u"Regards,\nJonas"_s << u"Jonas"_s << name;
    QTest::newRow("handle") << u"see jquellfeld's blog"_s << u"jquellfeld"_s << u"a handle of the reporter"_s;
    QTest::newRow("address") << u"jonas.quellfeld@example.org"_s << u"jonas.quellfeld@example.org"_s << email;
    QTest::newRow("second address") << u"or jq@quellfeld.example"_s << u"jq@quellfeld.example"_s << email;
    QTest::newRow("accents") << u"Jonás"_s << u"Jonás"_s << name;
    QTest::newRow("organisation") << u"Brightwater Research"_s << u"Brightwater Research"_s
                                  << u"the reporter's organisation"_s;
    QTest::newRow("invisible characters") << u"Jo\u200Bnas"_s << u"Jonas"_s << name;
}

void TestDisclosureCheck::everyVariant()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QString, what);
    const Status status = DisclosureCheck::check({{u"Summary"_s, text}}, jonas());
    QVERIFY(!status.ok());
    QCOMPARE(status.error(),
        u"Summary contains %1 (“%2”); edit the text or record the reporter's consent to be credited."_s.arg(
            what, found));
}

void TestDisclosureCheck::severalFindings()
{
    QList<DisclosureCheck::Field> fields;
    fields.append({u"Title"_s, u"Found by Jonas"_s});
    fields.append({u"Notes"_s, u"Jonas, jonas, JONAS and jquellfeld"_s});
    const Status status = DisclosureCheck::check(fields, jonas());
    QVERIFY(!status.ok());
    // Each field, kind and word once, in field order.
    QCOMPARE(status.error(),
        u"Title contains the reporter's name (“Jonas”); Notes contains the reporter's name (“Jonas”); "
        u"Notes contains a handle of the reporter (“jquellfeld”); edit the text or record the "
        u"reporter's consent to be credited."_s);
    QCOMPARE(DisclosureCheck::findings(fields, jonas()).size(), 4); // "jonas" in lower case is a word

    QList<DisclosureCheck::Field> many;
    for (int i = 0; i < 8; ++i)
        many.append({u"Note %1"_s.arg(i + 1), u"Jonas"_s});
    const Status capped = DisclosureCheck::check(many, jonas());
    QVERIFY(capped.error().contains(u"Note 5 contains"_s));
    QVERIFY(!capped.error().contains(u"Note 6 contains"_s));
    QVERIFY(capped.error().contains(u"3 more finding"_s));
}

void TestDisclosureCheck::allowedCredit()
{
    // The reporter consented to be credited as "Jonas Quellfeld": the credit passes, however
    // it is written, but their address and a bare handle do not.
    const QStringList allowed {u"Jonas Quellfeld"_s};
    QVERIFY(DisclosureCheck::check({{u"Acknowledgment"_s, u"We thank JONAS\nQuellfeld."_s}}, jonas(), allowed)
            .ok());
    QVERIFY(!DisclosureCheck::check(
        {{u"Acknowledgment"_s, u"We thank Jonas Quellfeld (jq@quellfeld.example)."_s}}, jonas(), allowed)
            .ok());
    QVERIFY(!DisclosureCheck::check({{u"Notes"_s, u"reported as jquellfeld"_s}}, jonas(), allowed).ok());
    // A handle as the credit name.
    ReporterIdentity who = jonas();
    who.aliases = {u"cr4ckj0"_s};
    QVERIFY(DisclosureCheck::check({{u"Credits"_s, u"cr4ckj0"_s}}, who, {u"cr4ckj0"_s}).ok());
    QVERIFY(
        !DisclosureCheck::check({{u"Credits"_s, u"cr4ckj0 (Jonas Quellfeld)"_s}}, who, {u"cr4ckj0"_s}).ok());
    // An allowed text only covers what lies fully inside it.
    QVERIFY(!DisclosureCheck::check({{u"Notes"_s, u"Jonas Quellfeld"_s}}, jonas(), {u"Jonas"_s}).ok());
}

void TestDisclosureCheck::jsonFields()
{
    const QByteArray json = R"({
        "document": {"title": "XSS found by Jonas Quellfeld", "tracking": {"version": "1", "revision": 2}},
        "vulnerabilities": [
            {"cve": "CVE-2026-0001", "notes": [{"text": "first"}, {"text": "second", "category": "details"}]},
            {"flag": true, "n": null}
        ]
    })";
    const QList<DisclosureCheck::Field> fields = DisclosureCheck::jsonFields(QJsonDocument::fromJson(json));
    QStringList names;
    for (const DisclosureCheck::Field &f : fields)
        names.append(f.name);
    QCOMPARE(names,
        QStringList({u"document/title"_s, u"document/tracking/version"_s, u"vulnerabilities[0]/cve"_s,
            u"vulnerabilities[0]/notes[0]/text"_s, u"vulnerabilities[0]/notes[1]/category"_s,
            u"vulnerabilities[0]/notes[1]/text"_s}));
    QCOMPARE(fields.constFirst().text, u"XSS found by Jonas Quellfeld"_s);

    const QList<DisclosureCheck::Field> array
        = DisclosureCheck::jsonFields(QJsonDocument(QJsonArray {u"a"_s, QJsonObject {{u"b"_s, u"c"_s}}}));
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).name, u"[0]"_s);
    QCOMPARE(array.at(1).name, u"[1]/b"_s);
    QVERIFY(DisclosureCheck::jsonFields(QJsonDocument()).isEmpty());
}

void TestDisclosureCheck::jsonDocument()
{
    // A whole CSAF-like document: the leak is named by its path.
    QJsonObject note {{u"category"_s, u"description"_s},
        {u"text"_s, u"Reported by Jonas\nQuellfeld (jonas.quellfeld@example.org)."_s}};
    QJsonObject vulnerability {{u"cve"_s, u"CVE-2026-0001"_s}, {u"notes"_s, QJsonArray {note}}};
    QJsonObject doc {{u"document"_s, QJsonObject {{u"title"_s, u"Heap overflow in the web UI"_s}}},
        {u"vulnerabilities"_s, QJsonArray {vulnerability}}};
    const Status status = DisclosureCheck::check(DisclosureCheck::jsonFields(QJsonDocument(doc)), jonas());
    QVERIFY(!status.ok());
    QCOMPARE(status.error(),
        u"vulnerabilities[0]/notes[0]/text contains the reporter's name (“Jonas Quellfeld”); "
        u"vulnerabilities[0]/notes[0]/text contains an e-mail address of the reporter "
        u"(“jonas.quellfeld@example.org”); edit the text or record the reporter's consent to be credited."_s);
}

QTEST_GUILESS_MAIN(TestDisclosureCheck)
#include "tst_disclosurecheck.moc"
