#include <QFile>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>

// The German translation is complete, and both executables switch language with the locale.
class TestI18n final : public QObject
{
    Q_OBJECT

private:
    static QString run(const QString &program, const QStringList &args, const QString &locale)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void germanIsComplete()
    {
        QFile ts(QStringLiteral(PSIRTDESK_TS_DE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++messages;
            } else if (xml.name() == u"translation") {
                const bool open = xml.attributes().value(u"type") == u"unfinished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (open || text.isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(),
            qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
    }

    void cliFollowsTheLocale()
    {
        const QString english
            = run(QStringLiteral(PSIRTDESK_CLI), {QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QVERIFY2(english.contains(QStringLiteral("Commands:")), qPrintable(english));
        const QString german
            = run(QStringLiteral(PSIRTDESK_CLI), {QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(german.contains(QStringLiteral("Befehle:")), qPrintable(german));
    }

    void guiFollowsTheLocale()
    {
        const QString german
            = run(QStringLiteral(PSIRTDESK_GUI), {QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(german.contains(QStringLiteral("Arbeitsplatz für PSIRT-Analysten.")), qPrintable(german));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
