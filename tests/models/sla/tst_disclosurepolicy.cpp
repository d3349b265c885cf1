#include "TestSupport.h"
#include "sla/DisclosurePolicy.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(DisclosurePolicy)

class TestDisclosurePolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolate(); }
    void presetClocks_data();
    void presetClocks();
    void presetIdsAreStable();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRejectsBadInput_data();
    void jsonRejectsBadInput();
    void events();
};

void TestDisclosurePolicy::presetClocks_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("clock");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<QString>("earlierOf");
    QTest::addColumn<bool>("pauses");

    QTest::newRow("000 acknowledge") << "iso29147-5-15-90" << "acknowledge" << 5 << "business-days"
                                     << "received"
                                     << "acknowledged" << "" << false;
    QTest::newRow("000 assess") << "iso29147-5-15-90" << "assess" << 15 << "business-days" << "received"
                                << "assessed" << "" << true;
    QTest::newRow("000 disclose") << "iso29147-5-15-90" << "disclose" << 90 << "calendar-days" << "received"
                                  << "disclosed" << "resolved" << false;
    QTest::newRow("001 respond") << "psirt-7-90" << "respond" << 7 << "business-days" << "received"
                                 << "acknowledged" << "" << false;
    QTest::newRow("001 remediate") << "psirt-7-90" << "remediate" << 90 << "calendar-days" << "received"
                                   << "resolved" << "" << true;
}

void TestDisclosurePolicy::presetClocks()
{
    QFETCH(QString, policy);
    QFETCH(QString, clock);
    QFETCH(int, amount);
    QFETCH(QString, unit);
    QFETCH(QString, start);
    QFETCH(QString, stop);
    QFETCH(QString, earlierOf);
    QFETCH(bool, pauses);
    const auto p = DisclosurePolicy::preset(policy);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    const QList<ClockRule> clocks = p->clocks();
    const auto it
        = std::find_if(clocks.cbegin(), clocks.cend(), [&](const ClockRule &c) { return c.id == clock; });
    QVERIFY(it != clocks.cend());
    QCOMPARE(it->amount, amount);
    QCOMPARE(ClockRule::unitId(it->unit), unit);
    QCOMPARE(SlaEvents::id(it->start), start);
    QStringList stops;
    for (SlaEvent e : it->stopEvents)
        stops.append(SlaEvents::id(e));
    QCOMPARE(stops.join(u','), stop);
    QStringList earlier;
    for (SlaEvent e : it->earlierOf)
        earlier.append(SlaEvents::id(e));
    QCOMPARE(earlier.join(u','), earlierOf);
    QCOMPARE(it->pausesWhileWaitingOnReporter, pauses);
    QVERIFY(!it->displayName().isEmpty());
    QVERIFY(!it->displayDescription().isEmpty());
}

void TestDisclosurePolicy::presetIdsAreStable()
{
    const QList<DisclosurePolicy> presets = DisclosurePolicy::presets();
    QCOMPARE(presets.size(), 2);
    QCOMPARE(presets.at(0).id(), QStringLiteral("iso29147-5-15-90"));
    QCOMPARE(presets.at(1).id(), QStringLiteral("psirt-7-90"));
    QCOMPARE(presets.at(0).embargoClockId(), QStringLiteral("disclose"));
    QVERIFY(presets.at(1).embargoClockId().isEmpty()); // negotiated per case
    QCOMPARE(presets.at(1).notes().size(), 4);
    QVERIFY(DisclosurePolicy::preset(presets.at(1).name()).ok());
    QVERIFY(!DisclosurePolicy::preset(QStringLiteral("nope")).ok());
}

void TestDisclosurePolicy::jsonRoundTrip_data()
{
    QTest::addColumn<DisclosurePolicy>("policy");
    for (const DisclosurePolicy &p : DisclosurePolicy::presets())
        QTest::newRow(qPrintable(p.id())) << p;
    DisclosurePolicy custom;
    custom.setId(QStringLiteral("team-hours"));
    custom.setName(QStringLiteral("Ünïcode team policy ✓"));
    custom.addClock(ClockRule {QStringLiteral("triage"), QStringLiteral("Triage"), QString(), 48,
        ClockRule::Unit::Hours, SlaEvent::Acknowledged, {SlaEvent::Triaged, SlaEvent::Closed}, {}, true, 4});
    QTest::newRow("custom") << custom;
}

void TestDisclosurePolicy::jsonRoundTrip()
{
    QFETCH(DisclosurePolicy, policy);
    const QByteArray bytes = QJsonDocument(policy.toJson()).toJson();
    const auto back = DisclosurePolicy::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(*back, policy);
}

void TestDisclosurePolicy::jsonRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"clocks":[]})");
    QTest::newRow("newer format") << QByteArray(R"({"format":2,"id":"x"})");
    QTest::newRow("bad unit") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":1,"unit":"weeks","start":"received"}]})");
    QTest::newRow("bad start") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":1,"unit":"hours","start":"lunch"}]})");
    QTest::newRow("bad stop") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":1,"unit":"hours","start":"received","stop":["x"]}]})");
    QTest::newRow("negative amount") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":-1,"unit":"hours","start":"received"}]})");
    QTest::newRow("huge amount") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":99999,"unit":"hours","start":"received"}]})");
    QTest::newRow("duplicate clock") << QByteArray(
        R"({"id":"x","clocks":[{"id":"a","amount":1,"unit":"hours","start":"received"},)"
        R"({"id":"a","amount":1,"unit":"hours","start":"received"}]})");
    QTest::newRow("unknown embargo clock") << QByteArray(R"({"id":"x","clocks":[],"embargoClock":"z"})");
}

void TestDisclosurePolicy::jsonRejectsBadInput()
{
    QFETCH(QByteArray, json);
    const auto p = DisclosurePolicy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!p.ok());
    QVERIFY(!p.error().isEmpty());
}

void TestDisclosurePolicy::events()
{
    for (SlaEvent e : SlaEvents::all()) {
        SlaEvent back;
        QVERIFY(SlaEvents::fromId(SlaEvents::id(e), &back));
        QCOMPARE(back, e);
    }
    SlaEvent confirmed;
    QVERIFY(SlaEvents::fromId(QStringLiteral("confirmed"), &confirmed));
    QCOMPARE(confirmed, SlaEvent::Assessed);
}

QTEST_GUILESS_MAIN(TestDisclosurePolicy)
#include "tst_disclosurepolicy.moc"
