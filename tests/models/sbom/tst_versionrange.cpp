#include "sbom/VersionOrder.h"
#include "sbom/VersionRange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using VersionOrder::Scheme;

Q_DECLARE_METATYPE(VersionOrder::Scheme)

/// Version orders per ecosystem (own chains plus the vers-spec comparison suites for Maven
/// and NuGet), vers parsing and containment (the vers-spec suites and the specification's
/// examples), OSV events, CVE 5 bounds, and hostile ranges.
class TestVersionRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
    void mavenSuite_data();
    void mavenSuite();
    void nugetSuite_data();
    void nugetSuite();
    void versSuite_data();
    void versSuite();
    void versExamples_data();
    void versExamples();
    void osvEvents_data();
    void osvEvents();
    void cveBounds_data();
    void cveBounds();
    void hostile_data();
    void hostile();
    void hostileOrders();
    void schemeNames();
};

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(PSIRTDESK_PURL_TEST_DATA) + u"/vers/" + name;
}

QJsonArray suite(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"tests").toArray();
}

QString constraintsText(const VersionRange &r)
{
    QStringList out;
    static const char *names[] = {"*", "=", "!=", "<", "<=", ">", ">="};
    for (const VersionRange::Constraint &c : r.constraints())
        out.append(QString::fromLatin1(names[int(c.comparator)]) + u' ' + c.version);
    return out.join(u", ");
}

} // namespace

void TestVersionRange::order_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QStringList>("ascending"); // each strictly before the next; "a == b" for equal spellings
    auto chain = [](const char *name, Scheme scheme, QStringList versions) {
        QTest::newRow(name) << scheme << versions;
    };
    chain("semver", Scheme::Semver,
        {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s, u"1.0.0-beta"_s, u"1.0.0-beta.2"_s,
            u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0 == 1.0.0+build.5"_s, u"1.0.1"_s, u"1.2.0"_s,
            u"1.10.0"_s, u"2.0.0"_s, u"10.0.0"_s, u"18446744073709551616.0.0"_s});
    chain("npm", Scheme::Npm,
        {u"0.0.1"_s, u"0.1.0"_s, u"1.2.3-rc.1"_s, u"1.2.3 == v1.2.3"_s, u"1.2.4-0"_s, u"1.2.4-beta"_s,
            u"1.2.4"_s, u"1.3.0"_s, u"2.0.0-0"_s, u"2.0.0"_s});
    chain("cargo", Scheme::Cargo,
        {u"0.1.0"_s, u"0.1.1"_s, u"0.2.0-alpha.0"_s, u"0.2.0-alpha.1"_s, u"0.2.0"_s, u"0.10.0"_s,
            u"1.0.0-rc1"_s, u"1.0.0 == 1.0.0+meta"_s, u"1.0.1"_s});
    chain("golang", Scheme::Golang,
        {u"v0.0.0-20191109021931-daa7c04131f5"_s, u"v0.1.0"_s, u"v0.9.9"_s, u"v1.0.0-rc.1"_s,
            u"v1.0.0 == 1.0.0"_s, u"v1.0.1"_s, u"v1.2.0"_s, u"v1.10.0"_s, u"v2.0.0+incompatible"_s});
    chain("pypi", Scheme::Pypi,
        {u"0!0.9"_s, u"1.0.dev0 == 1.0-dev"_s, u"1.0.dev1"_s, u"1.0a1.dev1"_s,
            u"1.0a1 == 1.0-ALPHA.1 == 1.0alpha1"_s, u"1.0a2"_s, u"1.0b1 == 1.0beta1"_s,
            u"1.0rc1 == 1.0c1 == 1.0pre1 == 1.0preview1"_s, u"1.0 == 1.0.0 == v1.0"_s, u"1.0+local.1"_s,
            u"1.0+local.2"_s, u"1.0+local.2.a"_s, u"1.0.post0.dev1"_s,
            u"1.0.post1 == 1.0-1 == 1.0.rev1 == 1.0r1"_s, u"1.0.1"_s, u"1.1.dev1"_s, u"1.1"_s, u"1!0.1"_s});
    chain("maven", Scheme::Maven,
        {u"1.0-alpha-1 == 1.0-a1 == 1.0-ALPHA-1"_s, u"1.0-alpha-2"_s, u"1.0-beta-1 == 1.0-b1"_s,
            u"1.0-milestone-1 == 1.0-m1"_s, u"1.0-rc1 == 1.0-cr1"_s, u"1.0-SNAPSHOT"_s,
            u"1 == 1.0 == 1.0.0 == 1-ga == 1.0-final == 1.0-release"_s, u"1.0-sp1"_s, u"1.0-xyz"_s,
            u"1.0-1"_s, u"1.0.1"_s, u"1.1"_s, u"2.0"_s, u"10.0"_s});
    chain("deb", Scheme::Deb,
        {u"0.9"_s, u"1.0~~"_s, u"1.0~~a"_s, u"1.0~rc1"_s, u"1.0 == 0:1.0 == 1.0-0"_s, u"1.0-1"_s,
            u"1.0-1ubuntu1"_s, u"1.0-2"_s, u"1.0a"_s, u"1.0+dfsg"_s, u"1.0.1"_s, u"1.10"_s, u"1:0.1"_s,
            u"2:0.0.1"_s});
    chain("rpm", Scheme::Rpm,
        {u"1.0~rc1"_s, u"1.0 == 0:1.0"_s, u"1.0^git1"_s, u"1.0.a"_s, u"1.0.1"_s, u"1.0.1-1"_s,
            u"1.0.1-2.el8"_s, u"1.0.1-10.el8"_s, u"1.2"_s, u"1.10"_s, u"1:0.1"_s});
    chain("nuget", Scheme::Nuget,
        {u"1.0.0-alpha"_s, u"1.0.0-Beta == 1.0.0-beta"_s, u"1.0.0-beta.2"_s, u"1.0.0-rc.1"_s,
            u"1.0 == 1.0.0 == 1.0.0.0 == 1.0.0+meta"_s, u"1.0.0.1"_s, u"1.0.1"_s, u"1.10.0"_s, u"2.0.0"_s});
    chain("gem", Scheme::Gem,
        {u"0.9"_s, u"1.0.0.a"_s, u"1.0.0.a1"_s, u"1.0.0.b"_s, u"1.0.0.pre == 1.0.pre.0"_s, u"1.0.0.rc1"_s,
            u"1.0 == 1.0.0 == 1"_s, u"1.0.1"_s, u"1.10"_s, u"2.0"_s});
    chain("generic", Scheme::Generic,
        {u"R24.1 == r24.1"_s, u"1.0"_s, u"1.02.1 == 1.2.1"_s, u"2.3 == 2..3"_s, u"2.3-rc1"_s, u"2.3-rc2"_s,
            u"2.3.1"_s, u"2.9"_s, u"2.10"_s, u"20260101120000"_s});
}

void TestVersionRange::order()
{
    QFETCH(Scheme, scheme);
    QFETCH(QStringList, ascending);
    QList<QStringList> groups;
    for (const QString &entry : ascending)
        groups.append(entry.split(u" == "_s));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        for (const QString &a : groups.at(i)) {
            for (const QString &same : groups.at(i))
                QVERIFY2(VersionOrder::compare(scheme, a, same) == 0, qPrintable(a + u" == "_s + same));
            for (qsizetype j = i + 1; j < groups.size(); ++j) {
                for (const QString &b : groups.at(j)) {
                    QVERIFY2(VersionOrder::compare(scheme, a, b) < 0, qPrintable(a + u" < "_s + b));
                    QVERIFY2(VersionOrder::compare(scheme, b, a) > 0, qPrintable(b + u" > "_s + a));
                }
            }
        }
    }
}

void TestVersionRange::mavenSuite_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("b");
    QFile file(dataFile(u"maven_version_cmp.txt"_s));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList parts = text.split(u' ');
        QCOMPARE(parts.size(), 3);
        QTest::addRow("line %d: %s", line, qPrintable(text)) << parts.at(0) << parts.at(1) << parts.at(2);
    }
}

void TestVersionRange::mavenSuite()
{
    QFETCH(QString, a);
    QFETCH(QString, relation);
    QFETCH(QString, b);
    const int c = VersionOrder::compare(Scheme::Maven, a, b);
    const int reverse = VersionOrder::compare(Scheme::Maven, b, a);
    if (relation == u"<") {
        QVERIFY(c < 0);
        QVERIFY(reverse > 0);
    } else if (relation == u"=") {
        QCOMPARE(c, 0);
        QCOMPARE(reverse, 0);
    } else {
        QVERIFY(c != 0);
    }
}

void TestVersionRange::nugetSuite_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // -1 a before b, 0 equal, 2 not equal
    const QJsonArray tests = suite(u"nuget_version_cmp_test.json"_s);
    QVERIFY(tests.size() > 20);
    for (qsizetype i = 0; i < tests.size(); ++i) {
        const QJsonObject t = tests.at(i).toObject();
        const QJsonArray v = t.value(u"input").toObject().value(u"versions").toArray();
        int order = 2;
        if (t.value(u"test_type").toString() == u"equality")
            order = t.value(u"expected_output").toBool() ? 0 : 2;
        else
            order = -1;
        // Comparison cases list the expected order (in the case spelling of the output).
        const QJsonArray expected = t.value(u"expected_output").toArray();
        const QString a = order == -1 ? expected.at(0).toString() : v.at(0).toString();
        const QString b = order == -1 ? expected.at(1).toString() : v.at(1).toString();
        QTest::addRow("#%lld %s %s", qlonglong(i), qPrintable(a), qPrintable(b)) << a << b << order;
    }
}

void TestVersionRange::nugetSuite()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const int c = VersionOrder::compare(Scheme::Nuget, a, b);
    if (order == 2)
        QVERIFY(c != 0);
    else if (order == 0)
        QCOMPARE(c, 0);
    else
        QVERIFY(c < 0 && VersionOrder::compare(Scheme::Nuget, b, a) > 0);
}

void TestVersionRange::versSuite_data()
{
    QTest::addColumn<QString>("testType");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<bool>("expectFailure");
    for (const QString &name : {u"vers_canonical_parse_test.json"_s, u"pypi_range_validate_test.json"_s,
             u"pypi_range_containment_test.json"_s, u"npm_range_containment_test.json"_s}) {
        const QJsonArray tests = suite(name);
        QVERIFY2(!tests.isEmpty(), qPrintable(name));
        for (qsizetype i = 0; i < tests.size(); ++i) {
            const QJsonObject t = tests.at(i).toObject();
            QTest::addRow(
                "%s #%lld %s", qPrintable(name), qlonglong(i), qPrintable(t.value(u"test_group").toString()))
                << t.value(u"test_type").toString() << t.value(u"input") << t.value(u"expected_output")
                << t.value(u"expected_failure").toBool();
        }
    }
}

void TestVersionRange::versSuite()
{
    QFETCH(QString, testType);
    QFETCH(QJsonValue, input);
    QFETCH(QJsonValue, expected);
    QFETCH(bool, expectFailure);
    const QString vers
        = testType == u"containment" ? input.toObject().value(u"vers").toString() : input.toString();
    // Cases of the older pypi suites that are not canonical by the specification's own
    // rules (unsorted constraints, two '>' bounds in a row, '=' followed by '<'); parse()
    // refuses non-canonical vers as "Normalized, canonical representation and validation"
    // demands, and does not normalise.
    static const QMap<QString, QString> notCanonical = {
        {u"pypi_range_validate_test.json #1 "_s, u"unsorted input, the case expects normalising"_s},
        {u"pypi_range_validate_test.json #2 "_s, u"'>' then '>=' bounds, and '=' followed by '<'"_s},
        {u"pypi_range_validate_test.json #3 "_s, u"duplicate version and '>' then '>=' bounds"_s},
        {u"pypi_range_validate_test.json #4 "_s, u"'>' then '>=' bounds, and '=' followed by '<'"_s},
        {u"pypi_range_validate_test.json #18 "_s, u"unsorted input, the case expects normalising"_s},
        {u"pypi_range_containment_test.json #4 "_s, u"unsorted input (\">=3.0.0|2.0.3\")"_s},
        {u"pypi_range_containment_test.json #7 "_s, u"unsorted input (\">=3.0.0|!=2.0.3\")"_s},
        {u"pypi_range_containment_test.json #9 "_s, u"unsorted input"_s},
    };
    const QString row = QString::fromUtf8(QTest::currentDataTag());
    for (auto it = notCanonical.cbegin(); it != notCanonical.cend(); ++it) {
        if (row.startsWith(it.key()))
            QEXPECT_FAIL("", qPrintable(u"Not canonical vers: "_s + it.value()), Abort);
    }
    const Result<VersionRange> r = VersionRange::parse(vers);
    if (expectFailure) {
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
        QVERIFY(!r.error().isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error()));
    if (testType == u"parse") {
        const QJsonObject want = expected.toObject();
        QCOMPARE(r->type(), want.value(u"scheme").toString());
        QStringList wanted;
        for (const QJsonValue &pair : want.value(u"version_constraints").toArray())
            wanted.append(pair.toArray().at(0).toString() + u' ' + pair.toArray().at(1).toString());
        QCOMPARE(constraintsText(*r), wanted.join(u", "));
    } else if (testType == u"validate") {
        QCOMPARE(r->toString(), expected.toString());
    } else {
        QCOMPARE(r->contains(input.toObject().value(u"version").toString()), expected.toBool());
    }
    QCOMPARE(VersionRange::parse(r->toString())->toString(), r->toString());
}

void TestVersionRange::versExamples_data()
{
    QTest::addColumn<QString>("vers");
    QTest::addColumn<QStringList>("inside");
    QTest::addColumn<QStringList>("outside");
    QTest::newRow("npm spec example")
        << u"vers:npm/1.2.3|>=2.0.0|<5.0.0"_s << QStringList {u"1.2.3"_s, u"2.0.0"_s, u"4.9.9"_s, u"v3.0.0"_s}
        << QStringList {u"1.2.4"_s, u"5.0.0"_s, u"2.0.0-rc.1"_s, u"1.0.0"_s};
    QTest::newRow("pypi enumerated") << u"vers:pypi/0.0.0|0.0.1|0.0.2|0.0.3|1.0|2.0pre1"_s
                                     << QStringList {u"0.0.1"_s, u"1.0.0"_s, u"2.0rc1"_s, u"2.0c1"_s}
                                     << QStringList {u"0.0.4"_s, u"2.0"_s, u"1.0.post1"_s};
    QTest::newRow("maven tomee")
        << u"vers:maven/>=1.0.0-beta1|<=1.7.5|>=7.0.0-M1|<=7.0.7|>=7.1.0|<=7.1.2|>=8.0.0-M1|<=8.0.1"_s
        << QStringList {u"1.0.0"_s, u"1.7.5"_s, u"7.0.0"_s, u"7.1.1"_s, u"8.0.0-M2"_s, u"8.0.1"_s}
        << QStringList {u"1.0.0-alpha1"_s, u"1.7.6"_s, u"7.0.8"_s, u"7.2"_s, u"8.0.2"_s};
    QTest::newRow("custom type orders generically")
        << u"vers:tomee/>=1.0.0-beta1|<=1.7.5"_s << QStringList {u"1.5"_s} << QStringList {u"1.8"_s};
    QTest::newRow("gem spec example")
        << u"vers:gem/>=2.2.0|!=2.2.1|<2.3.0"_s << QStringList {u"2.2.0"_s, u"2.2.2"_s, u"2.2.9.1"_s}
        << QStringList {u"2.2.1"_s, u"2.3.0"_s, u"2.2.0.rc1"_s, u"2.1"_s};
    QTest::newRow("deb all") << u"vers:deb/*"_s << QStringList {u"1:2.3-4"_s, u"0"_s} << QStringList {};
    QTest::newRow("deb tilde") << u"vers:deb/<1.0"_s << QStringList {u"1.0~rc1"_s, u"0.9-5"_s}
                               << QStringList {u"1.0"_s, u"1.0-1"_s, u"1:0.1"_s};
    QTest::newRow("rpm epoch") << u"vers:rpm/>=1:1.0|<1:2.0"_s << QStringList {u"1:1.5-3.el9"_s}
                               << QStringList {u"5.0"_s, u"2:0.1"_s};
    QTest::newRow("only exclusions") << u"vers:semver/!=1.0.0"_s << QStringList {u"1.0.1"_s}
                                     << QStringList {u"1.0.0"_s};
    QTest::newRow("encoded version") << u"vers:generic/%3E1%7C2"_s << QStringList {u">1|2"_s}
                                     << QStringList {u"1"_s};
    QTest::newRow("upper bound only")
        << u"vers:golang/<v1.4.2"_s << QStringList {u"v1.4.1"_s, u"v0.0.0-2019"_s}
        << QStringList {u"v1.4.2"_s};
}

void TestVersionRange::versExamples()
{
    QFETCH(QString, vers);
    QFETCH(QStringList, inside);
    QFETCH(QStringList, outside);
    const Result<VersionRange> r = VersionRange::parse(vers);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->toString(), vers);
    for (const QString &v : inside)
        QVERIFY2(r->contains(v), qPrintable(v));
    for (const QString &v : outside)
        QVERIFY2(!r->contains(v), qPrintable(v));
}

using Events = QList<std::pair<QString, QString>>;

void TestVersionRange::osvEvents_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<Events>("events");
    QTest::addColumn<QString>("vers");
    QTest::addColumn<QStringList>("inside");
    QTest::addColumn<QStringList>("outside");
    QTest::newRow("introduced 0, fixed")
        << Scheme::Npm << Events {{u"introduced"_s, u"0"_s}, {u"fixed"_s, u"1.3.0"_s}} << u"vers:npm/<1.3.0"_s
        << QStringList {u"0.0.1"_s, u"1.2.9"_s} << QStringList {u"1.3.0"_s, u"2.0.0"_s};
    QTest::newRow("two branches") << Scheme::Pypi
                                  << Events {{u"introduced"_s, u"1.0"_s}, {u"fixed"_s, u"1.4.2"_s},
                                         {u"introduced"_s, u"2.0"_s}, {u"fixed"_s, u"2.1.1"_s}}
                                  << u"vers:pypi/>=1.0|<1.4.2|>=2.0|<2.1.1"_s
                                  << QStringList {u"1.0"_s, u"1.4.1"_s, u"2.1.0"_s}
                                  << QStringList {u"0.9"_s, u"1.5"_s, u"2.1.1"_s};
    QTest::newRow("last_affected") << Scheme::Maven
                                   << Events {{u"introduced"_s, u"2.0-beta9"_s},
                                          {u"last_affected"_s, u"2.14.1"_s}}
                                   << u"vers:maven/>=2.0-beta9|<=2.14.1"_s
                                   << QStringList {u"2.14.1"_s, u"2.0"_s}
                                   << QStringList {u"2.15.0"_s, u"1.2.17"_s};
    QTest::newRow("open end") << Scheme::Deb << Events {{u"introduced"_s, u"1:2.0-1"_s}}
                              << u"vers:deb/>=1:2.0-1"_s << QStringList {u"1:3.0"_s}
                              << QStringList {u"2.0-1"_s};
    QTest::newRow("everything") << Scheme::Golang << Events {{u"introduced"_s, u"0"_s}} << u"vers:golang/*"_s
                                << QStringList {u"v0.0.1"_s} << QStringList {};
    QTest::newRow("limit") << Scheme::Semver
                           << Events {{u"introduced"_s, u"1.0.0"_s}, {u"limit"_s, u"2.0.0"_s}}
                           << u"vers:semver/>=1.0.0|<2.0.0"_s << QStringList {u"1.9.9"_s}
                           << QStringList {u"2.0.0"_s};
    QTest::newRow("unsorted and overlapping events are merged")
        << Scheme::Npm
        << Events {{u"introduced"_s, u"2.0.0"_s}, {u"fixed"_s, u"2.5.0"_s}, {u"introduced"_s, u"1.0.0"_s},
               {u"fixed"_s, u"2.1.0"_s}}
        << u"vers:npm/>=1.0.0|<2.5.0"_s << QStringList {u"2.2.0"_s} << QStringList {u"2.5.0"_s};
    QTest::newRow("single version") << Scheme::Npm
                                    << Events {{u"introduced"_s, u"1.0.0"_s},
                                           {u"last_affected"_s, u"1.0.0"_s}}
                                    << u"vers:npm/1.0.0"_s << QStringList {u"1.0.0"_s}
                                    << QStringList {u"1.0.1"_s};
    QTest::newRow("fixed before introduced is empty")
        << Scheme::Npm << Events {{u"introduced"_s, u"2.0.0"_s}, {u"fixed"_s, u"1.0.0"_s}} << u"vers:npm/"_s
        << QStringList {} << QStringList {u"1.5.0"_s, u"2.0.0"_s};
    QTest::newRow("unknown events skipped")
        << Scheme::Npm
        << Events {{u"bogus"_s, u"1.0.0"_s}, {u"introduced"_s, u"0"_s}, {u"fixed"_s, u""_s},
               {u"fixed"_s, u"3.0.0"_s}}
        << u"vers:npm/<3.0.0"_s << QStringList {u"2.0.0"_s} << QStringList {u"3.0.0"_s};
}

void TestVersionRange::osvEvents()
{
    QFETCH(Scheme, scheme);
    QFETCH(Events, events);
    QFETCH(QString, vers);
    QFETCH(QStringList, inside);
    QFETCH(QStringList, outside);
    const VersionRange r = VersionRange::fromOsvEvents(scheme, events);
    QCOMPARE(r.toString(), vers);
    QCOMPARE(r.scheme(), scheme);
    for (const QString &v : inside)
        QVERIFY2(r.contains(v), qPrintable(v));
    for (const QString &v : outside)
        QVERIFY2(!r.contains(v), qPrintable(v));
    if (!r.isEmpty()) {
        const Result<VersionRange> back = VersionRange::parse(vers);
        QVERIFY2(back.ok(), qPrintable(back.error())); // what we build is canonical
        QCOMPARE(*back, r);
    }
}

void TestVersionRange::cveBounds_data()
{
    QTest::addColumn<QString>("introduced");
    QTest::addColumn<QString>("lessThan");
    QTest::addColumn<QString>("lessThanOrEqual");
    QTest::addColumn<QString>("vers");
    QTest::newRow("version and lessThan")
        << u"23.1"_s << u"23.4.2"_s << QString() << u"vers:generic/>=23.1|<23.4.2"_s;
    QTest::newRow("0 and lessThan") << u"0"_s << u"2.0"_s << QString() << u"vers:generic/<2.0"_s;
    QTest::newRow("lessThanOrEqual") << u"1.0"_s << QString() << u"1.9"_s << u"vers:generic/>=1.0|<=1.9"_s;
    QTest::newRow("single version") << u"5.1"_s << QString() << QString() << u"vers:generic/5.1"_s;
    QTest::newRow("star: every later version") << u"3.0"_s << u"*"_s << QString() << u"vers:generic/>=3.0"_s;
    QTest::newRow("everything") << u"*"_s << u"*"_s << QString() << u"vers:generic/*"_s;
    QTest::newRow("inverted is empty") << u"3.0"_s << u"2.0"_s << QString() << u"vers:generic/"_s;
}

void TestVersionRange::cveBounds()
{
    QFETCH(QString, introduced);
    QFETCH(QString, lessThan);
    QFETCH(QString, lessThanOrEqual);
    QFETCH(QString, vers);
    const VersionRange r = VersionRange::fromBounds(Scheme::Generic, introduced, lessThan, lessThanOrEqual);
    QCOMPARE(r.toString(), vers);
    // The same answers as AffectedProduct::covers gives for the generic rule.
    if (vers == u"vers:generic/>=23.1|<23.4.2") {
        QVERIFY(r.contains(u"23.1"));
        QVERIFY(r.contains(u"23.4.1.9"));
        QVERIFY(!r.contains(u"23.4.2"));
        QVERIFY(!r.contains(u"23.0.9"));
    }
    QCOMPARE(VersionRange::exactly(Scheme::Pypi, u"1.0"_s).toString(), u"vers:pypi/1.0"_s);
    QVERIFY(VersionRange::exactly(Scheme::Pypi, u"1.0"_s).contains(u"1.0.0"));
    QCOMPARE(VersionRange::all(Scheme::Deb).toString(), u"vers:deb/*"_s);
}

void TestVersionRange::hostile_data()
{
    QTest::addColumn<QString>("vers");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << u"npm/>=1.0"_s;
    QTest::newRow("upper-case scheme") << u"VERS:npm/1.0"_s;
    QTest::newRow("upper-case type") << u"vers:NPM/1.0"_s;
    QTest::newRow("type with digit first") << u"vers:1npm/1.0"_s;
    QTest::newRow("no slash") << u"vers:npm"_s;
    QTest::newRow("no constraints") << u"vers:npm/"_s;
    QTest::newRow("empty comparator version") << u"vers:npm/>="_s;
    QTest::newRow("star with others") << u"vers:npm/*|1.0.0"_s;
    QTest::newRow("star as version") << u"vers:npm/>=*"_s;
    QTest::newRow("raw equals") << u"vers:npm/=1.0.0"_s;
    QTest::newRow("bad percent") << u"vers:npm/1.0%"_s;
    QTest::newRow("short percent") << u"vers:npm/1.0%4"_s;
    QTest::newRow("lower-case hex") << u"vers:npm/1.0%7c"_s;
    QTest::newRow("needless percent") << u"vers:npm/1.0%41"_s;
    QTest::newRow("tab") << u"vers:npm/1.0\t"_s;
    QTest::newRow("non-ascii") << u"vers:npm/1.0\u00e9"_s;
    QTest::newRow("duplicate") << u"vers:npm/1.0.0|1.0.0"_s;
    QTest::newRow("duplicate by order") << u"vers:pypi/>=1.0|<1.0.0"_s;
    QTest::newRow("two lower bounds") << u"vers:npm/>=1.0.0|>=2.0.0"_s;
    QTest::newRow("equal then less") << u"vers:npm/1.0.0|<2.0.0"_s;
    QTest::newRow("10000 characters") << u"vers:npm/"_s + QString(10000, u'1');
    QTest::newRow("20000 characters") << u"vers:npm/"_s + QString(u"1|"_s).repeated(10000) + u"1"_s;
}

void TestVersionRange::hostile()
{
    QFETCH(QString, vers);
    const Result<VersionRange> r = VersionRange::parse(vers);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
    QVERIFY(!r.error().isEmpty());
}

void TestVersionRange::hostileOrders()
{
    // 201 constraints are too many; 200 are fine.
    QStringList versions;
    for (int i = 0; i < 201; ++i)
        versions.append(QString::number(i));
    QVERIFY(!VersionRange::parse(QString(u"vers:generic/"_s + versions.join(u'|'))).ok());
    versions.removeLast();
    const Result<VersionRange> many = VersionRange::parse(QString(u"vers:generic/"_s + versions.join(u'|')));
    QVERIFY2(many.ok(), qPrintable(many.error()));
    QVERIFY(many->contains(u"199"));
    QVERIFY(!many->contains(u"200"));

    // Every order stays total and terminates on 10,000-character and odd versions.
    const QString longDigits(10000, u'9');
    const QString longDashes = QString(u"1-"_s).repeated(5000);
    const QStringList odd = {longDigits, longDashes, QString(10000, u'~'), QString(10000, u'.'), u""_s,
        u"-"_s, u"v"_s, u"1..2"_s, u"\u0663.\u0661"_s, u"+"_s, u"1.0-"_s, u"!"_s};
    for (Scheme s : {Scheme::Generic, Scheme::Semver, Scheme::Npm, Scheme::Pypi, Scheme::Maven, Scheme::Deb,
             Scheme::Rpm, Scheme::Golang, Scheme::Nuget, Scheme::Gem, Scheme::Cargo}) {
        for (const QString &a : odd) {
            QCOMPARE(VersionOrder::compare(s, a, a), 0);
            for (const QString &b : odd) {
                const int ab = VersionOrder::compare(s, a, b);
                const int ba = VersionOrder::compare(s, b, a);
                QVERIFY2((ab < 0) == (ba > 0) && (ab == 0) == (ba == 0),
                    qPrintable(QString::fromLatin1(VersionOrder::versName(s).toLatin1()) + u": "_s
                        + a.left(10) + u" vs "_s + b.left(10)));
            }
        }
    }
    QVERIFY(VersionOrder::compare(Scheme::Semver, QString(longDigits + u".0.0"_s), u"1.0.0") > 0);
    // OSV events beyond the bound are ignored, never crash.
    Events events;
    for (int i = 0; i < 10000; ++i)
        events.append({i % 2 ? u"fixed"_s : u"introduced"_s, QString::number(i)});
    const VersionRange r = VersionRange::fromOsvEvents(Scheme::Generic, events);
    QVERIFY(r.constraints().size() <= VersionRange::MaxConstraints);
    QVERIFY(VersionRange::parse(r.toString()).ok());
}

void TestVersionRange::schemeNames()
{
    QCOMPARE(VersionOrder::schemeForPurlType(u"npm"), Scheme::Npm);
    QCOMPARE(VersionOrder::schemeForPurlType(u"PyPI"), Scheme::Pypi);
    QCOMPARE(VersionOrder::schemeForPurlType(u"golang"), Scheme::Golang);
    QCOMPARE(VersionOrder::schemeForPurlType(u"cargo"), Scheme::Cargo);
    QCOMPARE(VersionOrder::schemeForPurlType(u"github"), Scheme::Generic);
    QCOMPARE(VersionOrder::schemeForVers(u"semver"), Scheme::Semver);
    QCOMPARE(VersionOrder::schemeForVers(u"deb"), Scheme::Deb);
    QCOMPARE(VersionOrder::schemeForVers(u"tomee"), Scheme::Generic);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"Debian:12"), Scheme::Deb);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"PyPI"), Scheme::Pypi);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"crates.io"), Scheme::Cargo);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"Go"), Scheme::Golang);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"RubyGems"), Scheme::Gem);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"NuGet"), Scheme::Nuget);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"Maven"), Scheme::Maven);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"Rocky Linux:9"), Scheme::Rpm);
    QCOMPARE(VersionOrder::schemeForOsvEcosystem(u"SomethingNew"), Scheme::Generic);
}

QTEST_GUILESS_MAIN(TestVersionRange)
#include "tst_versionrange.moc"
