#include "TestSupport.h"
#include "highlight/SyntaxRepository.h"

#include <QPalette>
#include <QTest>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

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
#include "TestSyntaxRepository.moc"
