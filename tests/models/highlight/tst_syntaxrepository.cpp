#include "TestSupport.h"
#include "highlight/SyntaxRepository.h"

#include <QPalette>
#include <QTest>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

// Records the format names a definition gives to the parts of a line.
class FormatRecorder final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit FormatRecorder(const KSyntaxHighlighting::Definition &definition)
    {
        setDefinition(definition);
        setTheme(SyntaxRepository::instance().defaultTheme());
    }
    KSyntaxHighlighting::State line(
        const QString &text, const KSyntaxHighlighting::State &state, QStringList *names)
    {
        m_names = names;
        m_names->clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && format.name() != QLatin1StringView("Normal Text"))
            m_names->append(format.name());
    }

private:
    QStringList *m_names = nullptr;
};

class TestSyntaxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }

    void definitionFor_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("expected");

        QTest::newRow("json by name")
            << QStringLiteral("config.json") << QByteArray("x") << QStringLiteral("JSON");
        QTest::newRow("c by name") << QStringLiteral("poc.c") << QByteArray() << QStringLiteral("C");
        QTest::newRow("python by name")
            << QStringLiteral("exploit.py") << QByteArray() << QStringLiteral("Python");
        QTest::newRow("shell shebang")
            << QStringLiteral("poc") << QByteArray("#!/bin/bash\necho") << QStringLiteral("Bash");
        QTest::newRow("python shebang")
            << QStringLiteral("poc") << QByteArray("#!/usr/bin/env python3\n") << QStringLiteral("Python");
        QTest::newRow("json content")
            << QStringLiteral("response.txt") << QByteArray("{\"a\": 1}") << QStringLiteral("JSON");
        QTest::newRow("xml content") << QStringLiteral("data") << QByteArray("<?xml version=\"1.0\"?>\n<a/>")
                                     << QStringLiteral("XML");
        QTest::newRow("c content") << QStringLiteral("poc.txt") << QByteArray("#include <stdio.h>\n")
                                   << QStringLiteral("C");
        QTest::newRow("iso log") << QStringLiteral("server.out") << QByteArray("2026-11-23T10:00:00Z error\n")
                                 << QStringLiteral("Log File (simplified)");
        QTest::newRow("http request")
            << QStringLiteral("request.txt")
            << QByteArray("POST /api/login HTTP/1.1\r\nHost: smx.example\r\n") << QStringLiteral("HTTP");
        QTest::newRow("http request, no name")
            << QString() << QByteArray("GET / HTTP/1.0\n") << QStringLiteral("HTTP");
        QTest::newRow("http response")
            << QStringLiteral("response")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
            << QStringLiteral("HTTP");
        QTest::newRow("http by extension")
            << QStringLiteral("poc.http") << QByteArray() << QStringLiteral("HTTP");
        QTest::newRow("not http") << QStringLiteral("notes")
                                  << QByteArray("GET the logs from HTTP/2 servers\n") << QString();
        QTest::newRow("unknown") << QStringLiteral("blob") << QByteArray("\x01\x02\x03") << QString();
        QTest::newRow("hostile name")
            << QStringLiteral("../../etc/passwd") << QByteArray("root:x:0:0") << QString();
    }

    void definitionFor()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QFETCH(QString, expected);
        const KSyntaxHighlighting::Definition d = SyntaxRepository::definitionFor(fileName, head);
        QCOMPARE(d.isValid(), !expected.isEmpty());
        if (d.isValid())
            QCOMPARE(d.name(), expected);
    }

    // PSIRT Desk's own HTTP definition (resources/syntax/http.xml): every part of a
    // request and response gets its own format, the body none of the header ones.
    void httpFormats_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected"); // one format name per line: the first non-normal one

        QTest::newRow("request") << QStringList {QStringLiteral("POST /login?next=%2F HTTP/1.1"),
            QStringLiteral("Host: smx.example"), QStringLiteral("Cookie: s=1"), QString(),
            QStringLiteral("user=admin&pw=x")}
                                 << QStringList {QStringLiteral("Method"), QStringLiteral("Header Name"),
                                        QStringLiteral("Header Name"), QString(), QStringLiteral("Body")};
        QTest::newRow("response then request")
            << QStringList {QStringLiteral("HTTP/1.1 403 Forbidden"), QStringLiteral("Server: nginx"),
                   QString(), QStringLiteral("denied"), QStringLiteral("GET /admin HTTP/1.1")}
            << QStringList {QStringLiteral("Version"), QStringLiteral("Header Name"), QString(),
                   QStringLiteral("Body"), QStringLiteral("Method")};
    }

    void httpFormats()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        const KSyntaxHighlighting::Definition http
            = SyntaxRepository::instance().definitionForName(QStringLiteral("HTTP"));
        QVERIFY(http.isValid());
        QCOMPARE(SyntaxRepository::instance().definitionForFileName(QStringLiteral("x.http")).name(),
            QStringLiteral("HTTP"));
        FormatRecorder recorder(http);
        KSyntaxHighlighting::State state;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringList formats;
            state = recorder.line(lines.at(i), state, &formats);
            const QString first = formats.isEmpty() ? QString() : formats.first();
            QCOMPARE(first, expected.at(i));
        }
        // The status line's code and the header's value get formats of their own.
        QStringList formats;
        const KSyntaxHighlighting::State afterStatus
            = recorder.line(QStringLiteral("HTTP/1.1 500 Internal Server Error"), {}, &formats);
        QVERIFY2(formats.contains(QStringLiteral("Status Error")), qPrintable(formats.join(u',')));
        recorder.line(QStringLiteral("X-Frame-Options: DENY"), afterStatus, &formats);
        QVERIFY2(formats.contains(QStringLiteral("Header Value")), qPrintable(formats.join(u',')));
    }

    void oneRepository() { QCOMPARE(&SyntaxRepository::instance(), &SyntaxRepository::instance()); }

    void themeFollowsPalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        const KSyntaxHighlighting::Theme l = SyntaxRepository::themeFor(light);
        const KSyntaxHighlighting::Theme d = SyntaxRepository::themeFor(dark);
        QVERIFY(l.isValid());
        QVERIFY(d.isValid());
        QVERIFY(QColor::fromRgba(l.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness()
            > QColor::fromRgba(d.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness());
    }
};

QTEST_GUILESS_MAIN(TestSyntaxRepository)
#include "tst_syntaxrepository.moc"
