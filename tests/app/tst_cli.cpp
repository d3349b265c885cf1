#include "TestSupport.h"
#include "core/Clock.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

// psirtdesk-cli as scripts use it: the built executable, run with QProcess.
class TestCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_demo; // a demo database shared by the read-only tests
    static constexpr int kDemoCases = 300;

    static Run cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(PSIRTDESK_CLI), arguments);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("psirtdesk-cli did not finish: ") + p.errorString();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QStringList lines(const QString &out)
    {
        QStringList l = out.split(u'\n');
        if (!l.isEmpty() && l.constLast().isEmpty())
            l.removeLast();
        return l;
    }

    QJsonArray listJson(const QStringList &extra)
    {
        const Run r = cli(QStringList {QStringLiteral("list"), QStringLiteral("--database"), m_demo,
                              QStringLiteral("--format"), QStringLiteral("json")}
            + extra);
        if (r.exitCode != 0) {
            qWarning("list failed: %s", qPrintable(r.err));
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", qPrintable(error.errorString()));
        return doc.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(PSIRTDESK_CLI)), PSIRTDESK_CLI);
        m_demo = m_dir.filePath(QStringLiteral("demo.psirtdesk"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(kDemoCases),
            QStringLiteral("--out"), m_demo, QStringLiteral("--seed"), QStringLiteral("4"),
            QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(m_demo).isFile());
        // Nothing half-written or left over beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("demo.psirtdesk")});
    }

    void helpAndUsage()
    {
        for (const QString &command :
            {QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("show")}) {
            const Run r = cli({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("psirtdesk-cli ") + command), qPrintable(r.out));
            QVERIFY(r.out.contains(QStringLiteral("--")));
        }
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--help-all")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run unknownOption = cli({QStringLiteral("list"), QStringLiteral("--bogus")});
        QCOMPARE(unknownOption.exitCode, 2);
        QVERIFY(!unknownOption.err.isEmpty());
    }

    void demoIsReproducible()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.psirtdesk"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QString::number(kDemoCases),
            QStringLiteral("--out"), again, QStringLiteral("--seed"), QStringLiteral("4"),
            QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z")});
        QCOMPARE(r.exitCode, 0);
        const Run a = cli({QStringLiteral("list"), QStringLiteral("--database"), m_demo});
        const Run b = cli({QStringLiteral("list"), QStringLiteral("--database"), again});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.out, a.out);
        QFile::remove(again);
    }

    void demoRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.psirtdesk"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const QStringList args {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("20"),
            QStringLiteral("--out"), path};
        const Run refused = cli(args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QCOMPARE(QFileInfo(path).size(), 7);
        const Run forced = cli(args + QStringList {QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(lines(listed.out).size(), 21);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QFile::remove(path);
    }

    void demoFailureLeavesNothing()
    {
        // A folder that does not exist: the run fails before anything can be written.
        const QString path = m_dir.filePath(QStringLiteral("missing/x.psirtdesk"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
            QStringLiteral("--out"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    }

    void demoUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = m_dir.filePath(QStringLiteral("never.psirtdesk"));
        QTest::newRow("no-cases") << QStringList {QStringLiteral("--out"), out};
        QTest::newRow("no-out") << QStringList {QStringLiteral("--cases"), QStringLiteral("5")};
        QTest::newRow("bad-cases") << QStringList {
            QStringLiteral("--cases"), QStringLiteral("many"), QStringLiteral("--out"), out};
        QTest::newRow("zero-cases") << QStringList {
            QStringLiteral("--cases"), QStringLiteral("0"), QStringLiteral("--out"), out};
        QTest::newRow("bad-seed") << QStringList {QStringLiteral("--cases"), QStringLiteral("5"),
            QStringLiteral("--out"), out, QStringLiteral("--seed"), QStringLiteral("-3")};
        QTest::newRow("bad-now") << QStringList {QStringLiteral("--cases"), QStringLiteral("5"),
            QStringLiteral("--out"), out, QStringLiteral("--now"), QStringLiteral("yesterday")};
        // Issue 13, defect 6: a "now" whose history would start before 1970 failed half-way.
        QTest::newRow("now-1970") << QStringList {QStringLiteral("--cases"), QStringLiteral("50"),
            QStringLiteral("--out"), out, QStringLiteral("--now"), QStringLiteral("1970-01-01T00:00:00Z")};
        QTest::newRow("now-1971") << QStringList {QStringLiteral("--cases"), QStringLiteral("2000"),
            QStringLiteral("--out"), out, QStringLiteral("--now"), QStringLiteral("1971-06-01T00:00:00Z")};
    }
    void demoUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = cli(QStringList {QStringLiteral("demo")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.psirtdesk"))));
    }

    void listTsv()
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--database"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList l = lines(r.out);
        QCOMPARE(l.size(), kDemoCases + 1);
        QCOMPARE(l.constFirst(),
            QStringLiteral("tracking_id\treceived\tstatus\tseverity\tcvss_score\towner\tproduct\ttitle"));
        for (const QString &line : l) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 8);
            if (line == l.constFirst())
                continue;
            QVERIFY(QDateTime::fromString(fields.at(1), Qt::ISODate).isValid());
            QVERIFY(fields.at(1).endsWith(u'Z'));
            QVERIFY(!fields.at(2).isEmpty());
        }
    }

    void listJsonMatchesTsv()
    {
        const QJsonArray all = listJson({});
        QCOMPARE(all.size(), kDemoCases);
        const QJsonObject first = all.first().toObject();
        for (const char *key : {"id", "tracking_id", "received", "status", "severity", "cvss_score", "owner",
                 "product", "title"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), qint64(1));
    }

    void listStatusFilter_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id") << QStringLiteral("closed") << QStringList {QStringLiteral("closed")};
        QTest::newRow("display-name")
            << QStringLiteral("Needs More Info") << QStringList {QStringLiteral("needs-more-info")};
        QTest::newRow("list") << QStringLiteral("triage,remediation")
                              << QStringList {QStringLiteral("triage"), QStringLiteral("remediation")};
        QTest::newRow("group") << QStringLiteral("closed,duplicate,spam")
                               << QStringList {QStringLiteral("closed"), QStringLiteral("duplicate"),
                                      QStringLiteral("spam")};
    }
    void listStatusFilter()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, expected);
        const QJsonArray all = listJson({});
        int want = 0;
        for (const QJsonValue &v : all)
            want += expected.contains(v.toObject().value(QStringLiteral("status")).toString()) ? 1 : 0;
        QVERIFY(want > 0);
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--database"), m_demo,
            QStringLiteral("--status"), status});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList l = lines(r.out).mid(1);
        QCOMPARE(l.size(), want);
        for (const QString &line : l)
            QVERIFY(expected.contains(line.section(u'\t', 2, 2)));
    }

    void listOpenAndClosedGroups()
    {
        const int open = int(listJson({QStringLiteral("--status"), QStringLiteral("open")}).size());
        const int closed = int(listJson({QStringLiteral("--status"), QStringLiteral("closed")}).size());
        const int outcomes
            = int(listJson({QStringLiteral("--status"),
                               QStringLiteral("duplicate,out-of-scope,not-reproducible,informative,spam")})
                    .size());
        QVERIFY(open > 0 && closed > 0);
        // "closed" as a group would include the outcomes; as a status it is just Closed.
        QCOMPARE(open + closed + outcomes, kDemoCases);
    }

    void listSearch()
    {
        const QJsonArray hits = listJson({QStringLiteral("--search"), QStringLiteral("overflow")});
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() < kDemoCases);
        for (const QJsonValue &v : hits) {
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            const Run shown = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--database"),
                m_demo, QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject c = QJsonDocument::fromJson(shown.out.toUtf8()).object();
            const QString text = c.value(QStringLiteral("title")).toString()
                + c.value(QStringLiteral("description")).toString()
                + c.value(QStringLiteral("steps")).toString();
            QVERIFY(text.contains(QStringLiteral("overflow"), Qt::CaseInsensitive));
            break; // one round trip is enough; the store's search has its own tests
        }
        QVERIFY(listJson({QStringLiteral("--search"), QStringLiteral("zzqqxxnotaword")}).isEmpty());
    }

    void listOwnerAndProduct()
    {
        const QJsonArray gigaspire = listJson({QStringLiteral("--product"), QStringLiteral("gigaspire")});
        QVERIFY(!gigaspire.isEmpty());
        for (const QJsonValue &v : gigaspire)
            QVERIFY(v.toObject()
                    .value(QStringLiteral("product"))
                    .toString()
                    .contains(QStringLiteral("GigaSpire")));
        const QJsonArray mei = listJson({QStringLiteral("--owner"), QStringLiteral("Mei Chen")});
        QVERIFY(!mei.isEmpty());
        for (const QJsonValue &v : mei)
            QCOMPARE(v.toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("Mei Chen"));
        const QJsonArray unassigned = listJson({QStringLiteral("--unassigned")});
        QVERIFY(!unassigned.isEmpty());
        for (const QJsonValue &v : unassigned)
            QVERIFY(v.toObject().value(QStringLiteral("owner")).toString().isEmpty());
    }

    void hostileTextStaysOnOneLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile.psirtdesk"));
        QStringList titles;
        {
            Database db;
            QVERIFY(db.open(path));
            CaseStore store(db);
            for (const auto &[name, text] : TestSupport::hostileTexts()) {
                NewReport r;
                r.title = QStringLiteral("x") + text.left(400) + QStringLiteral("\t\n\\n end");
                r.product = QStringLiteral("p\tq\nr") + text.left(100);
                r.productVersion = QStringLiteral("1");
                r.reporterEmail = QStringLiteral("a@example.org");
                r.description = text;
                r.owner = QStringLiteral("o\r\n") + text.left(50);
                const auto id = store.createCase(r);
                QVERIFY2(id, qPrintable(id.error()));
                titles.append(store.caseById(*id)->title);
            }
        }
        const Run tsv = cli({QStringLiteral("list"), QStringLiteral("--database"), path});
        QVERIFY2(tsv.exitCode == 0, qPrintable(tsv.err));
        const QStringList l = lines(tsv.out);
        QCOMPARE(l.size(), titles.size() + 1);
        for (const QString &line : l) {
            QCOMPARE(int(line.count(u'\t')), 7);
            for (const QChar c : line) {
                const char16_t u = c.unicode();
                QVERIFY2(u == u'\t'
                        || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f)
                            && !(u >= 0x202a && u <= 0x202e) && u != 0x2028 && u != 0x2029),
                    qPrintable(QString::number(u, 16)));
            }
        }
        QVERIFY(l.at(1).section(u'\t', 7).contains(QStringLiteral("\\t\\n\\\\n end")));
        // JSON carries the exact text.
        const Run json = cli({QStringLiteral("list"), QStringLiteral("--database"), path,
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), titles.size());
        for (qsizetype i = 0; i < titles.size(); ++i)
            QCOMPARE(array.at(i).toObject().value(QStringLiteral("title")).toString(), titles.at(i));
        // The text view of one case keeps its lines but shows the controls.
        const Run shown
            = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--database"), path});
        QCOMPARE(shown.exitCode, 0);
        for (const QChar c : shown.out)
            QVERIFY(c.unicode() == u'\n' || c.unicode() == u'\t' || c.unicode() >= 0x20);
    }

    void showByTrackingIdAndNumber()
    {
        const QJsonArray all = listJson({QStringLiteral("--status"), QStringLiteral("closed")});
        QVERIFY(!all.isEmpty());
        const QJsonObject row = all.first().toObject();
        const QString tracking = row.value(QStringLiteral("tracking_id")).toString();
        const qint64 id = row.value(QStringLiteral("id")).toInteger();
        QVERIFY(tracking.startsWith(QStringLiteral("PSIRT-")));

        const Run text = cli({QStringLiteral("show"), tracking, QStringLiteral("--database"), m_demo});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(tracking));
        QVERIFY(text.out.contains(row.value(QStringLiteral("title")).toString()));
        QVERIFY(text.out.contains(QStringLiteral("Audit trail")));
        QVERIFY(text.out.contains(QStringLiteral("closed")));

        const Run json = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--database"),
            m_demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject c = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(c.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(c.value(QStringLiteral("tracking_id")).toString(), tracking);
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QVERIFY(!c.value(QStringLiteral("description")).toString().isEmpty());
        const QJsonArray audit = c.value(QStringLiteral("audit")).toArray();
        QVERIFY(audit.size() >= 5);
        QCOMPARE(
            audit.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("created"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QDir::tempPath() + QStringLiteral("/no-such-dir-psirtdesk/none.psirtdesk");
        QTest::newRow("list-missing-database")
            << QStringList {QStringLiteral("list"), QStringLiteral("--database"), missing} << 1
            << QStringLiteral("none.psirtdesk");
        QTest::newRow("list-no-database")
            << QStringList {QStringLiteral("list")} << 2 << QStringLiteral("--database");
        QTest::newRow("show-missing-database") << QStringList {QStringLiteral("show"), QStringLiteral("1"),
            QStringLiteral("--database"), missing}
                                               << 1 << QStringLiteral("none.psirtdesk");
        QTest::newRow("bad-status") << QStringList {QStringLiteral("list"), QStringLiteral("--database"),
            m_demo, QStringLiteral("--status"), QStringLiteral("fixed")}
                                    << 2 << QStringLiteral("needs-more-info");
        QTest::newRow("bad-format") << QStringList {QStringLiteral("list"), QStringLiteral("--database"),
            m_demo, QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << QStringLiteral("xml");
        QTest::newRow("unknown-tracking-id") << QStringList {QStringLiteral("show"),
            QStringLiteral("PSIRT-1999-9999"), QStringLiteral("--database"), m_demo}
                                             << 1 << QStringLiteral("PSIRT-1999-9999");
        QTest::newRow("unknown-number") << QStringList {QStringLiteral("show"), QStringLiteral("999999"),
            QStringLiteral("--database"), m_demo}
                                        << 1 << QStringLiteral("999999");
        QTest::newRow("show-no-id") << QStringList {QStringLiteral("show"), QStringLiteral("--database"),
            m_demo} << 2 << QStringLiteral("id");
        QTest::newRow("bad-url") << QStringList {QStringLiteral("list"), QStringLiteral("--database"),
            QStringLiteral("postgresql://")}
                                 << 1 << QStringLiteral("postgresql://");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/no-such-dir-psirtdesk")));
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.psirtdesk"));
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path));
    }

    // A database someone may read but not change (a colleague's share, a read-only mount):
    // the reading commands work on it read-only and leave no journal behind; the writing
    // ones say what is wrong instead of SQLite's "attempt to write a readonly database".
    void readOnlyFolder()
    {
        // Root may write anywhere, so the commands run as nobody when the test is root.
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv, so no user for whom a folder is read-only");
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        const QString folder = outer.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/demo.psirtdesk");
        QVERIFY(QFile::copy(m_demo, path));
        const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(outer.path(), readable | enterable | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(path, readable));
        QVERIFY(QFile::setPermissions(folder, readable | enterable));
        const auto digest = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        };
        const QByteArray before = digest();

        const auto run = [&](const QStringList &arguments) {
            if (!root)
                return cli(arguments);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), folder);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("setpriv"),
                QStringList {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                    QStringLiteral("--clear-groups"), QStringLiteral("--"), QStringLiteral(PSIRTDESK_CLI)}
                    + arguments);
            Run r;
            if (!p.waitForFinished(120000)) {
                p.kill();
                p.waitForFinished();
                return r;
            }
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.out = QString::fromUtf8(p.readAllStandardOutput());
            r.err = QString::fromUtf8(p.readAllStandardError());
            return r;
        };

        const Run listed = run({QStringLiteral("list"), QStringLiteral("--database"), path});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(lines(listed.out).size(), kDemoCases + 1);
        const Run shown
            = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--database"), path});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const Run exported = run({QStringLiteral("export"), QStringLiteral("csv"),
            QStringLiteral("--database"), path, QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // The same document as from the writable original.
        QCOMPARE(exported.out,
            cli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--database"), m_demo,
                    QStringLiteral("--out"), QStringLiteral("-")})
                .out);

        // A change is refused up front, naming the folder, with nothing written.
        const Run replied = run({QStringLiteral("reply"), QStringLiteral("1"), QStringLiteral("--template"),
            QStringLiteral("acknowledgement"), QStringLiteral("--database"), path, QStringLiteral("--out"),
            QStringLiteral("-")});
        QCOMPARE(replied.exitCode, 1);
        QVERIFY2(replied.err.contains(QStringLiteral("read-only")), qPrintable(replied.err));
        QVERIFY2(replied.err.contains(folder), qPrintable(replied.err));
        QVERIFY2(!replied.err.contains(QStringLiteral("attempt to write")), qPrintable(replied.err));

        QCOMPARE(digest(), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("demo.psirtdesk")});
        QVERIFY(QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner));
    }

    void postgresqlUrl()
    {
        QString error;
        const QString url = TestSupport::freshLocation(Database::Backend::PostgreSQL, m_dir, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("40"),
            QStringLiteral("--out"), url, QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run listed = cli({QStringLiteral("list"), QStringLiteral("--database"), url});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(lines(listed.out).size(), 41);
        const Run shown
            = cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--database"), url});
        QCOMPARE(shown.exitCode, 0);
        // Refused a second time: demo data goes into an empty database only.
        const Run again = cli({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"),
            QStringLiteral("--out"), url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
