#include "TestSupport.h"
#include "core/Case.h"
#include "core/ReporterIdentity.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Issue 14 section 1: the reporter's identity is found however the text writes it (case,
// accents, line breaks, hyphenation, signatures, handles, addresses), and nothing else is.
class TestReporterIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ofCase();
    void isEmpty();
    void find_data();
    void find();
    void positionsInOriginal();
    void kinds();
    void redact_data();
    void redact();
    void organisation_data();
    void organisation();
    void roleMailbox();
    void allowedCreditName();
    void largeText();
    void hostileText_data();
    void hostileText();

private:
    static ReporterIdentity jonas() { return TestSupport::jonasQuellfeld(); }
    static QStringList found(const QString &text, const ReporterIdentity &who)
    {
        QStringList out;
        for (const IdentityScan::Match &m : IdentityScan::find(text, who))
            out.append(text.mid(m.position, m.length));
        return out;
    }
};

void TestReporterIdentity::ofCase()
{
    Case c;
    c.reporterName = u"  Jonas Quellfeld "_s;
    c.reporterEmail = u"Jonas Quellfeld <jonas.quellfeld@example.org>, jq@quellfeld.example"_s;
    c.reporterOrganisation = u"Brightwater Research GmbH"_s;
    const ReporterIdentity who = ReporterIdentity::of(c, {u"jq"_s, u" "_s});
    QCOMPARE(who.name, u"Jonas Quellfeld"_s);
    QCOMPARE(who.emails, QStringList({u"jonas.quellfeld@example.org"_s, u"jq@quellfeld.example"_s}));
    QCOMPARE(who.organisation, u"Brightwater Research GmbH"_s);
    QCOMPARE(who.aliases, QStringList {u"jq"_s});
    QVERIFY(!who.isEmpty());
}

void TestReporterIdentity::isEmpty()
{
    QVERIFY(ReporterIdentity().isEmpty());
    ReporterIdentity blank;
    blank.name = u"  \n"_s;
    blank.aliases = {u"--"_s};
    QVERIFY(blank.isEmpty());
    QVERIFY(IdentityScan::find(u"anything at all"_s, blank).isEmpty());
    QCOMPARE(IdentityScan::redact(u"Jonas"_s, blank, u"[x]"_s), u"Jonas"_s);
}

void TestReporterIdentity::find_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the matched original text, in order

    const QString jonas = u"Jonas Quellfeld"_s;
    const QStringList none;
    QTest::newRow("title") << jonas << none << u"Heap overflow in the web UI found by Jonas Quellfeld"_s
                           << QStringList {u"Jonas Quellfeld"_s};
    QTest::newRow("upper case") << jonas << none << u"credit: QUELLFELD"_s << QStringList {u"QUELLFELD"_s};
    QTest::newRow("line break") << jonas << none << u"Best,\nJonas\nQuellfeld\n"_s
                                << QStringList {u"Jonas\nQuellfeld"_s};
    QTest::newRow("crlf and tabs") << jonas << none << u"Jonas \t\r\n  Quellfeld"_s
                                   << QStringList {u"Jonas \t\r\n  Quellfeld"_s};
    QTest::newRow("hyphenated at line break")
        << jonas << none << u"reported by Quell-\nfeld."_s << QStringList {u"Quell-\nfeld"_s};
    QTest::newRow("hyphenated with spaces")
        << jonas << none << u"reported by Quell- \r\n  feld."_s << QStringList {u"Quell- \r\n  feld"_s};
    QTest::newRow("soft hyphen") << jonas << none << u"Quell\u00ADfeld"_s
                                 << QStringList {u"Quell\u00ADfeld"_s};
    QTest::newRow("zero-width space") << jonas << none << u"Jo\u200Bnas"_s << QStringList {u"Jo\u200Bnas"_s};
    QTest::newRow("signature") << jonas << none << u"Thanks for looking into it.\n\nJonas"_s
                               << QStringList {u"Jonas"_s};
    QTest::newRow("handle") << jonas << none << u"ping jquellfeld on IRC"_s << QStringList {u"jquellfeld"_s};
    QTest::newRow("handle with digits")
        << jonas << none << u"twitter: @JQuellfeld42."_s << QStringList {u"JQuellfeld42"_s};
    QTest::newRow("derived handles") << jonas << none
                                     << u"jonasquellfeld, jonas_quellfeld, quellfeldj and Jonas.Quellfeld"_s
                                     << QStringList {u"jonasquellfeld"_s, u"jonas_quellfeld"_s,
                                            u"quellfeldj"_s, u"Jonas.Quellfeld"_s};
    QTest::newRow("both addresses") << jonas << none
                                    << u"write to jonas.quellfeld@example.org or <jq@quellfeld.example>."_s
                                    << QStringList {
                                           u"jonas.quellfeld@example.org"_s, u"jq@quellfeld.example"_s};
    QTest::newRow("address with the name in it")
        << jonas << none << u"cc jonasq@mailbox.example, J.Quellfeld+bugs@uni.example"_s
        << QStringList {u"jonasq@mailbox.example"_s, u"J.Quellfeld+bugs@uni.example"_s};
    QTest::newRow("other addresses stay")
        << jonas << none << u"security@vendor.example and mei.chen@vendor.example"_s << QStringList {};
    QTest::newRow("local part alone")
        << jonas << none << u"keybase: jonas.quellfeld"_s << QStringList {u"jonas.quellfeld"_s};
    QTest::newRow("accents in text") << jonas << none << u"Jonás QUËLLFELD"_s
                                     << QStringList {u"Jonás QUËLLFELD"_s};
    QTest::newRow("decomposed accents")
        << jonas << none << u"Jona\u0301s"_s << QStringList {u"Jona\u0301s"_s};
    QTest::newRow("accents in name") << u"Jonás Quellfeld"_s << none << u"Jonas wrote"_s
                                     << QStringList {u"Jonas"_s};
    // A lone part of the name counts written as a name, not as a common lower-case word.
    QTest::newRow("lone part in lower case")
        << u"Jonas Quellfeld"_s << none << u"quellfeld is a word; Quellfeld said"_s
        << QStringList {u"Quellfeld"_s};
    // A team's generic words alone identify nobody; the whole name does.
    QTest::newRow("team name") << u"Network Operations"_s << none
                               << u"Network access. Network Operations wrote"_s
                               << QStringList {u"Network Operations"_s};
    QTest::newRow("umlaut written out") << u"Jana Müller"_s << none << u"Mueller, MÜLLER, Muller"_s
                                        << QStringList {u"Mueller"_s, u"MÜLLER"_s, u"Muller"_s};
    QTest::newRow("umlaut in text") << u"Jana Mueller"_s << none << u"MÜLLER wrote"_s
                                    << QStringList {u"MÜLLER"_s};
    QTest::newRow("sharp s") << u"Jens Großmann"_s << none << u"GROSSMANN and Grossmann and Großmann"_s
                             << QStringList {u"GROSSMANN"_s, u"Grossmann"_s, u"Großmann"_s};
    QTest::newRow("Li is not list") << u"Li Wei"_s << none << u"the list of findings, Li wrote to Weiss"_s
                                    << QStringList {u"Li"_s};
    QTest::newRow("whole words only")
        << jonas << none << u"Jonasson and Quellfeldt are other people"_s << QStringList {};
    QTest::newRow("double name") << u"Ada Quinton-Researcher"_s << none
                                 << u"Ada Quinton-Researcher; Quinton; Quinton-\nResearcher"_s
                                 << QStringList {
                                        u"Ada Quinton-Researcher"_s, u"Quinton"_s, u"Quinton-\nResearcher"_s};
    QTest::newRow("particles alone stay")
        << u"Ludwig van Beethoven"_s << none << u"van der Waals, Beethoven"_s << QStringList {u"Beethoven"_s};
    QTest::newRow("alias") << jonas << QStringList {u"@cr4ckj0"_s, u"The Quiet Fox"_s}
                           << u"by cr4ckj0 (aka the quiet\nfox)"_s
                           << QStringList {u"cr4ckj0"_s, u"the quiet\nfox"_s};
    QTest::newRow("cyrillic") << u"Иван Петров"_s << none << u"спасибо, ПЕТРОВ"_s
                              << QStringList {u"ПЕТРОВ"_s};
    QTest::newRow("han without spaces")
        << u"王小明"_s << none << u"报告人王小明发现"_s << QStringList {u"王小明"_s};
}

void TestReporterIdentity::find()
{
    QFETCH(QString, name);
    QFETCH(QStringList, aliases);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ReporterIdentity who = jonas();
    who.name = name;
    who.aliases = aliases;
    QCOMPARE(found(text, who), expected);
}

void TestReporterIdentity::positionsInOriginal()
{
    const QString text = u"😀 Jonás\n\nQuell-\nfeld wrote"_s;
    const QList<IdentityScan::Match> matches = IdentityScan::find(text, jonas());
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.constFirst().position, 3); // the emoji is two code units, then a space
    QCOMPARE(
        text.mid(matches.constFirst().position, matches.constFirst().length), u"Jonás\n\nQuell-\nfeld"_s);
    // Sorted and not overlapping.
    const QString many = u"Quellfeld, Jonas (jonas.quellfeld@example.org) jquellfeld Jonas"_s;
    const QList<IdentityScan::Match> all = IdentityScan::find(many, jonas());
    QCOMPARE(all.size(), 5);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i).position >= all.at(i - 1).position + all.at(i - 1).length);
}

void TestReporterIdentity::kinds()
{
    ReporterIdentity who = jonas();
    who.aliases = {u"cr4ckj0"_s};
    const QString text
        = u"Jonas Quellfeld, jonas.quellfeld@example.org, Brightwater Research, cr4ckj0, jquellfeld"_s;
    const QList<IdentityScan::Match> m = IdentityScan::find(text, who);
    QCOMPARE(m.size(), 5);
    QCOMPARE(m.at(0).what, u"the reporter's name"_s);
    QCOMPARE(m.at(1).what, u"an e-mail address of the reporter"_s);
    QCOMPARE(m.at(2).what, u"the reporter's organisation"_s);
    QCOMPARE(m.at(3).what, u"a handle of the reporter"_s);
    QCOMPARE(m.at(4).what, u"a handle of the reporter"_s);
}

void TestReporterIdentity::redact_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << u"XSS found by Jonas Quellfeld"_s << u"XSS found by [x]"_s;
    QTest::newRow("signature") << u"Regards,\nJonas\nQuellfeld (jonas.quellfeld@example.org)"_s
                               << u"Regards,\n[x] ([x])"_s;
    QTest::newRow("hyphenated") << u"by Quell-\nfeld."_s << u"by [x]."_s;
    QTest::newRow("combining mark goes along") << u"Jona\u0301s!"_s << u"[x]!"_s;
    QTest::newRow("nothing") << u"A heap overflow."_s << u"A heap overflow."_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestReporterIdentity::redact()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(IdentityScan::redact(text, jonas(), u"[x]"_s), expected);
}

void TestReporterIdentity::organisation_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("phrase") << u"Brightwater Research GmbH"_s << u"at BRIGHTWATER\nRESEARCH GMBH."_s
                            << QStringList {u"BRIGHTWATER\nRESEARCH GMBH"_s};
    QTest::newRow("without legal form") << u"Brightwater Research GmbH"_s << u"at Brightwater Research."_s
                                        << QStringList {u"Brightwater Research"_s};
    QTest::newRow("distinctive word")
        << u"Brightwater Research GmbH"_s << u"the Brightwater team"_s << QStringList {u"Brightwater"_s};
    QTest::newRow("generic word stays")
        << u"Brightwater Research GmbH"_s << u"more research is needed"_s << QStringList {};
    QTest::newRow("short first word stays")
        << u"Blue Water Security"_s << u"blue water pipes"_s << QStringList {};
    QTest::newRow("generic first word stays")
        << u"University of Oldenburg"_s << u"a university"_s << QStringList {};
    QTest::newRow("domain") << u"Brightwater Research GmbH"_s << u"mail bob@brightwater.example"_s
                            << QStringList {u"bob@brightwater.example"_s};
}

void TestReporterIdentity::organisation()
{
    QFETCH(QString, organisation);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ReporterIdentity who;
    who.organisation = organisation;
    QCOMPARE(found(text, who), expected);
}

void TestReporterIdentity::roleMailbox()
{
    // A shared mailbox's local part names a function: "security" must stay in every text.
    ReporterIdentity who;
    who.emails = {u"security@quellfeld.example"_s};
    QCOMPARE(found(u"a security issue; security@quellfeld.example"_s, who),
        QStringList {u"security@quellfeld.example"_s});
}

void TestReporterIdentity::allowedCreditName()
{
    // The consented credit name is found as a phrase, the same way, so a check can allow it.
    const QString text = u"Credit: JONAS\nQuellfeld. Jonas Quellfeldt is someone else."_s;
    const QList<IdentityScan::Match> allowed = IdentityScan::findPhrase(text, u"Jonas Quellfeld"_s);
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(text.mid(allowed.constFirst().position, allowed.constFirst().length), u"JONAS\nQuellfeld"_s);
    QVERIFY(allowed.constFirst().what.isEmpty());
    const QList<IdentityScan::Match> found = IdentityScan::find(text, jonas());
    QCOMPARE(found.size(), 2); // the credit, and "Jonas" of the other person's name
    QCOMPARE(found.constFirst().position, allowed.constFirst().position);
    QCOMPARE(found.constFirst().length, allowed.constFirst().length);
}

void TestReporterIdentity::largeText()
{
    // Two megabytes of report text with the name at the end: the scan completes and finds
    // it (how long it takes is for the benchmarks, not for this test).
    QString text;
    const QString paragraph
        = u"The update service accepts a signed manifest but checks the signature over the "
          u"header only; mail admin@vendor.example, see https://a.example/x-y-z.\n"_s;
    while (text.size() < 2 * 1024 * 1024)
        text += paragraph;
    text += u"Jonas\nQuell-\nfeld"_s;
    const QList<IdentityScan::Match> matches = IdentityScan::find(text, jonas());
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.constFirst().position + matches.constFirst().length, text.size());
}

void TestReporterIdentity::hostileText_data()
{
    QTest::addColumn<QString>("text");
    const qsizetype size = 2 * 1024 * 1024;
    QTest::newRow("at signs") << QString(size, u'@');
    QTest::newRow("local parts") << QString(u"a."_s.repeated(size / 2) + u'@');
    QTest::newRow("addresses") << u"a@b."_s.repeated(size / 4);
    QTest::newRow("hyphens") << u"a-\n"_s.repeated(size / 3);
    QTest::newRow("near misses") << u"jonas.quellfel"_s.repeated(size / 14);
    QTest::newRow("white space") << QString(QString(size, u'\n') + u"Jonas"_s);
    QTest::newRow("marks") << QString(u"J"_s + QString(size, QChar(0x0301)));
}

void TestReporterIdentity::hostileText()
{
    QFETCH(QString, text);
    const QList<IdentityScan::Match> matches = IdentityScan::find(text, jonas());
    for (const IdentityScan::Match &m : matches)
        QVERIFY(m.position >= 0 && m.length > 0 && m.position + m.length <= text.size());
}

QTEST_GUILESS_MAIN(TestReporterIdentity)
#include "tst_reporteridentity.moc"
