#include "TestSupport.h"

#include "PgServer.h"
#include "core/Analyst.h"
#include "demo/DemoGenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace TestSupport {

void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    Analyst::setCurrent(QStringLiteral("tester"));
}

PgServer *postgres(QString *error)
{
    static std::unique_ptr<PgServer> server;
    static QString startError;
    if (!server && startError.isEmpty()) {
        auto s = std::make_unique<PgServer>();
        if (s->start())
            server = std::move(s);
        else
            startError = s->errorString();
    }
    if (!server && error)
        *error = startError;
    return server.get();
}

QString freshLocation(Database::Backend backend, const QTemporaryDir &dir, QString *error)
{
    if (backend == Database::Backend::SQLite)
        return dir.filePath(
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".psirtdesk"));
    PgServer *pg = postgres(error);
    if (!pg)
        return {};
    const QString url = pg->createDatabase();
    if (url.isEmpty() && error)
        *error = pg->errorString();
    return url;
}

std::unique_ptr<Database> openFresh(Database::Backend backend, const QTemporaryDir &dir, QString *location)
{
    QString error;
    const QString where = freshLocation(backend, dir, &error);
    if (where.isEmpty()) {
        qWarning("no database: %s", qPrintable(error));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (const Status s = db->open(where); !s) {
        qWarning("cannot open %s: %s", qPrintable(where), qPrintable(s.error()));
        return nullptr;
    }
    if (location)
        *location = where;
    return db;
}

QStringList sourcesMatching(const QString &sourceDir, const QRegularExpression &pattern)
{
    QStringList matching;
    for (const char *folder : {"models", "views", "app"}) {
        QDirIterator it(sourceDir + u'/' + QLatin1StringView(folder),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            if (pattern.match(QString::fromUtf8(file.readAll())).hasMatch())
                matching.append(QDir(sourceDir).relativeFilePath(file.fileName()));
        }
    }
    matching.sort();
    return matching;
}

void addBackendRows()
{
    QTest::addColumn<Database::Backend>("backend");
    QTest::newRow("sqlite") << Database::Backend::SQLite;
    QTest::newRow("postgresql") << Database::Backend::PostgreSQL;
}

NewReport minimalReport(const QString &title, const QString &product, const QString &version)
{
    NewReport r;
    r.title = title;
    r.product = product;
    r.productVersion = version;
    r.reporterEmail = QStringLiteral("r@example.org");
    r.description = QStringLiteral("details");
    return r;
}

QList<QPair<QString, QString>> hostileTexts()
{
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls.append(QChar(c));
    return {
        {QStringLiteral("sql"), QStringLiteral("Robert'); DROP TABLE cases;-- \" OR 1=1 /* */ %_\\")},
        {QStringLiteral("html"),
            QStringLiteral("<script>alert(1)</script><img src=http://evil/x.png>&amp;<b>b</b>")},
        {QStringLiteral("nul"),
            QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after") + QChar(u'\0')},
        {QStringLiteral("escape-char"),
            QStringLiteral("a") + QChar(char16_t(0xE000)) + QStringLiteral("0b") + QChar(char16_t(0xE000))},
        {QStringLiteral("noncharacters"),
            QStringLiteral("x") + QChar(char16_t(0xFFFF)) + QChar(char16_t(0xFFFE)) + u'y'},
        {QStringLiteral("controls"), controls + QStringLiteral("\x7f")},
        {QStringLiteral("rtl"),
            QStringLiteral(
                "abc \u202Efdp.exe\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627")},
        {QStringLiteral("emoji"),
            QStringLiteral("\U0001F525\U0001F4A5 \U0001F468\u200D\U0001F469\u200D\U0001F467 e\u0301")},
        {QStringLiteral("long"), QString(200000, u'x') + QStringLiteral("end")},
        {QStringLiteral("lone-surrogate-free-cjk"), QStringLiteral("漏洞报告 脆弱性 취약점")},
    };
}

ReporterIdentity jonasQuellfeld()
{
    ReporterIdentity who;
    who.name = QStringLiteral("Jonas Quellfeld");
    who.emails = {QStringLiteral("jonas.quellfeld@example.org")};
    who.organisation = QStringLiteral("Brightwater Research GmbH");
    return who;
}

Result<std::unique_ptr<Session>> demoSession(const QString &path, int cases, const QDateTime &now)
{
    {
        Database db;
        if (const Status s = db.open(path); !s)
            return Result<std::unique_ptr<Session>>::failure(s.error());
        DemoOptions options;
        options.cases = cases;
        options.seed = 7;
        options.now = now;
        if (const Status s = DemoGenerator::generate(db, options); !s)
            return Result<std::unique_ptr<Session>>::failure(s.error());
    }
    return Session::open(path);
}

} // namespace TestSupport
