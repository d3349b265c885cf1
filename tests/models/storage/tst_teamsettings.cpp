#include "TestSupport.h"
#include "core/Product.h"
#include "correspondence/CorrespondenceSettings.h"
#include "correspondence/ReplyTemplates.h"
#include "sla/DisclosurePolicy.h"
#include "sla/PolicyStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/TeamSettings.h"
#include "storage/TrackingIdPattern.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using Key = TeamSettings::Key;

// The typed team settings: one declaration per key (name, kind, default), values cleaned
// and checked by kind, several stored all or none; the stores read what TeamSettings
// writes; and no other source touches the settings table. On SQLite and PostgreSQL.
class TestTeamSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString stored(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void everyKeyIsDeclaredOnceUnderItsOwnName()
    {
        QSet<QString> names;
        for (const Key key : TeamSettings::keys()) {
            const bool perItem = key == Key::ReplyTemplateSubject || key == Key::ReplyTemplateBody;
            names.insert(TeamSettings::storedName(key, perItem ? QStringLiteral("x") : QString()));
        }
        QCOMPARE(names.size(), TeamSettings::keys().size());
        QCOMPARE(TeamSettings::keys().size(), qsizetype(Key::ProductSupportMonths) + 1);
        // Defaults that other code also names must agree with it.
        QCOMPARE(TeamSettings::defaultValue(Key::SlaDefaultPolicy), DisclosurePolicy::iso29147Id());
        QCOMPARE(TeamSettings::defaultValue(Key::TrackingIdPattern), TrackingIdPattern::defaultPattern());
        QCOMPARE(
            TeamSettings::defaultValue(Key::ProductSupportMonths).toInt(), Product::defaultSupportMonths);
        // Names stay what databases in use already hold.
        QCOMPARE(TeamSettings::storedName(Key::CorrespondenceTeamName),
            QStringLiteral("correspondence_team_name"));
        QCOMPARE(TeamSettings::storedName(Key::ReplyTemplateBody, QStringLiteral("acknowledgement")),
            QStringLiteral("reply_template.acknowledgement.body"));
    }

    void valuesAreCleanedAndCheckedByKind_data() { TestSupport::addBackendRows(); }
    void valuesAreCleanedAndCheckedByKind()
    {
        QFETCH(Database::Backend, backend);
        auto db = TestSupport::openFresh(backend, m_dir);
        QVERIFY(db);
        TeamSettings settings(*db);

        // Nothing stored: the default, translated prose included.
        QVERIFY(!settings.isStored(Key::CorrespondenceTeamName));
        QCOMPARE(settings.value(Key::CorrespondenceTeamName), QStringLiteral("Product Security Team"));
        QCOMPARE(settings.value(Key::CorrespondenceTeamAddress), QString());
        QCOMPARE(settings.list(Key::IntakeSubjectPatterns), QStringList {QStringLiteral("PSIRT Case")});
        QCOMPARE(settings.number(Key::ProductSupportMonths), 12);

        // A number is digits only, within its bounds; a refused one changes nothing.
        QVERIFY(settings.set(Key::ProductSupportMonths, QStringLiteral(" 18 ")).ok());
        QCOMPARE(settings.value(Key::ProductSupportMonths), QStringLiteral("18"));
        for (const char *bad : {"-1", "1201", "twelve", "+3", "1.5", ""})
            QVERIFY2(!settings.set(Key::ProductSupportMonths, QString::fromLatin1(bad)).ok(), bad);
        QCOMPARE(settings.number(Key::ProductSupportMonths), 18);
        QVERIFY(settings.reset(Key::ProductSupportMonths).ok());

        // A line is trimmed; a line break (a second mail header) is refused and nothing changes.
        QVERIFY(settings.set(Key::CorrespondenceTeamName, QStringLiteral("  Calix PSIRT ")));
        QCOMPARE(stored(*db, QStringLiteral("correspondence_team_name")), QStringLiteral("Calix PSIRT"));
        const Status injected
            = settings.set(Key::CorrespondenceTeamName, QStringLiteral("PSIRT\r\nBcc: all@x"));
        QVERIFY(!injected);
        QVERIFY2(injected.error().contains(QStringLiteral("single line")), qPrintable(injected.error()));
        QCOMPARE(settings.value(Key::CorrespondenceTeamName), QStringLiteral("Calix PSIRT"));
        QVERIFY(!settings.set(Key::AdvisoryPublisherName, QString(201, u'x')));

        // A list drops blank entries; an empty list brings the default back.
        QVERIFY(settings.setList(
            Key::IntakeSubjectPatterns, {QStringLiteral("\n  Security Report \n\nVULN:\n")}));
        QCOMPARE(settings.list(Key::IntakeSubjectPatterns),
            (QStringList {QStringLiteral("Security Report"), QStringLiteral("VULN:")}));
        QVERIFY(settings.setList(Key::IntakeSubjectPatterns, {QStringLiteral("  \n")}));
        QCOMPARE(settings.list(Key::IntakeSubjectPatterns), QStringList {QStringLiteral("PSIRT Case")});

        // Text is kept exactly; a per-item key needs a plain item name.
        const QString body = QStringLiteral("  Dear {reporter_name},\n\n  thanks.\n");
        QVERIFY(settings.set(Key::ReplyTemplateBody, body, QStringLiteral("acknowledgement")));
        QCOMPARE(settings.value(Key::ReplyTemplateBody, QStringLiteral("acknowledgement")), body);
        QVERIFY(!settings.set(Key::ReplyTemplateBody, body, QStringLiteral("x' OR 1=1 --")));

        // Several at once: all or none.
        QVERIFY(!settings.set({{Key::CorrespondenceTeamAddress, QStringLiteral("psirt@calix.example")},
            {Key::CorrespondenceSigningKey, QStringLiteral("two\nlines")}}));
        QVERIFY(!settings.isStored(Key::CorrespondenceTeamAddress));

        // Reset: the default is in force again.
        QVERIFY(settings.reset(Key::CorrespondenceTeamName));
        QCOMPARE(settings.value(Key::CorrespondenceTeamName), QStringLiteral("Product Security Team"));
    }

    void storesReadWhatTheSettingsWrite_data() { TestSupport::addBackendRows(); }
    void storesReadWhatTheSettingsWrite()
    {
        QFETCH(Database::Backend, backend);
        QString location;
        auto db = TestSupport::openFresh(backend, m_dir, &location);
        QVERIFY(db);
        TeamSettings settings(*db);
        QVERIFY(settings.set(Key::SlaDefaultCalendar, QStringLiteral("DE")));
        QVERIFY(settings.set(Key::TrackingIdPattern, QStringLiteral("CX-{YY}-{NNN}")));
        QVERIFY(settings.set(
            Key::ReplyTemplateSubject, QStringLiteral("Got it: {title}"), QStringLiteral("acknowledgement")));

        // Another analyst's connection to the same database sees the same settings.
        Database other;
        QVERIFY(other.open(location));
        QCOMPARE(PolicyStore(other).defaultCalendarId(), QStringLiteral("DE"));
        QCOMPARE(PolicyStore(other).defaultPolicyId(), DisclosurePolicy::iso29147Id());
        QCOMPARE(CaseStore(other).trackingIdPattern(), QStringLiteral("CX-{YY}-{NNN}"));
        const auto acknowledgement = ReplyTemplates(other).get(QStringLiteral("acknowledgement"));
        QVERIFY(acknowledgement);
        QCOMPARE(acknowledgement->subject, QStringLiteral("Got it: {title}"));
        QVERIFY(!acknowledgement->body.isEmpty()); // the built-in body: nothing was stored

        // The correspondence group goes through the same checks.
        CorrespondenceSettings team = CorrespondenceSettings::load(TeamSettings(other));
        QCOMPARE(team.teamName, QStringLiteral("Product Security Team"));
        team.teamAddress = QStringLiteral("psirt@calix.example\nBcc: everyone@calix.example");
        TeamSettings otherSettings(other);
        QVERIFY(!team.save(otherSettings));
        QCOMPARE(settings.value(Key::CorrespondenceTeamAddress), QString());
    }

    void noOtherSourceTouchesTheSettingsTable()
    {
        const QRegularExpression statement(QStringLiteral("(from|into|update|delete\\s+from)\\s+settings\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // The migrations made the table and seeded the SLA defaults of schema version 2.
        QCOMPARE(TestSupport::sourcesMatching(QStringLiteral(PSIRTDESK_SOURCE_DIR), statement),
            (QStringList {QStringLiteral("models/storage/Migrations.cpp"),
                QStringLiteral("models/storage/TeamSettings.cpp")}));
    }
};

QTEST_GUILESS_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
