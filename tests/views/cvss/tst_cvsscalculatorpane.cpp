#include "TestSupport.h"
#include "cvss/CvssCalculatorPane.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

// Drives the calculator as a user would: clicks metric buttons found by object name, types
// and pastes vectors, and checks score, severity band, vector and the inline error.
class TestCvssCalculatorPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestSupport::isolate();
    }
    void init();
    void cleanup();
    void clickMetrics();
    void typeVector();
    void pasteVector();
    void invalidVectorShowsWhere();
    void applyEmitsVector();
    void resetRestoresDefaults();
    void v4Explanation();
    void ssvcSupplier();
    void ssvcDeployer();
    void screenshots();

private:
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_pane->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void click(const char *name)
    {
        QAbstractButton *button = find<QAbstractButton>(name);
        QVERIFY(button);
        QVERIFY2(button->isVisible(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void chooseVersion(CvssVersion version)
    {
        auto *combo = find<QComboBox>("versionCombo");
        combo->setCurrentIndex(combo->findData(int(version)));
    }
    // Layouts update on posted events; a screenshot taken before them shows stale geometry.
    void settle()
    {
        QCoreApplication::sendPostedEvents();
        m_pane->layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    QString score() const { return find<QLabel>("scoreLabel")->text(); }
    QString severity() const { return find<QLabel>("severityLabel")->text(); }
    QString vectorText() const { return find<QLineEdit>("vectorEdit")->text(); }

    CvssCalculatorPane *m_pane = nullptr;
};

void TestCvssCalculatorPane::init()
{
    m_pane = new CvssCalculatorPane;
    m_pane->resize(1100, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestCvssCalculatorPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

void TestCvssCalculatorPane::clickMetrics()
{
    chooseVersion(CvssVersion::V3_1);
    QCOMPARE(vectorText(), QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    QCOMPARE(score(), QStringLiteral("9.8"));
    click("metric_AV_L");
    click("metric_UI_R");
    QCOMPARE(vectorText(), QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H"));
    QCOMPARE(score(), QStringLiteral("7.8"));
    QCOMPARE(severity(), QStringLiteral("High"));
    click("metric_S_C");
    QCOMPARE(score(), QStringLiteral("8.6"));
    // Temporal metrics sit in a collapsed group; open it first.
    QVERIFY(!find<QAbstractButton>("metric_E_U")->isVisible());
    click("groupToggle_1");
    click("metric_E_U");
    // Roundup(8.6 × 0.91 = 7.826) = 7.9
    QCOMPARE(score(), QStringLiteral("7.9"));
    QCOMPARE(vectorText(), QStringLiteral("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/E:U"));
    click("metric_C_N");
    click("metric_I_N");
    click("metric_A_N");
    QCOMPARE(score(), QStringLiteral("0.0"));
    QCOMPARE(severity(), QStringLiteral("None"));
}

void TestCvssCalculatorPane::typeVector()
{
    auto *edit = find<QLineEdit>("vectorEdit");
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
    QCOMPARE(m_pane->version(), CvssVersion::V4_0);
    QCOMPARE(score(), QStringLiteral("8.5"));
    QVERIFY(!find<QLabel>("vectorMessage")->isVisible());
    QVERIFY(find<QAbstractButton>("metric_AV_L")->isChecked());
    QVERIFY(find<QAbstractButton>("metric_SC_N")->isChecked());
    QCOMPARE(find<QLabel>("nomenclatureLabel")->text(), QStringLiteral("CVSS-B"));
}

void TestCvssCalculatorPane::pasteVector()
{
    auto *edit = find<QLineEdit>("vectorEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C)"));
    if (QGuiApplication::clipboard()->text().isEmpty())
        QSKIP("no clipboard on this platform");
    edit->selectAll();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(m_pane->version(), CvssVersion::V2_0);
    QCOMPARE(score(), QStringLiteral("6.4"));
    QCOMPARE(severity(), QStringLiteral("Medium"));
    QVERIFY(find<QAbstractButton>("metric_RL_OF")->isChecked());
    QCOMPARE(m_pane->vector(), QStringLiteral("AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C"));
}

void TestCvssCalculatorPane::invalidVectorShowsWhere()
{
    QVERIFY(!m_pane->setVector(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:Q/A:H")));
    auto *message = find<QLabel>("vectorMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"metric I"), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"position 40"));
    QVERIFY(message->text().contains(u"▶Q◀"));
    QCOMPARE(score(), QStringLiteral("–")); // an invalid vector never yields a score
    QCOMPARE(severity(), QStringLiteral("Invalid"));
    // Fixing it hides the message.
    QVERIFY(m_pane->setVector(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
    QVERIFY(!message->isVisible());
    QCOMPARE(score(), QStringLiteral("9.8"));
}

void TestCvssCalculatorPane::applyEmitsVector()
{
    QSignalSpy spy(m_pane, &CvssCalculatorPane::applyRequested);
    QVERIFY(m_pane->setVector(
        QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X")));
    click("applyButton");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(),
        QStringLiteral("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
    click("copyButton");
    if (!QGuiApplication::clipboard()->text().isEmpty())
        QCOMPARE(QGuiApplication::clipboard()->text(), spy.at(0).at(0).toString());
}

void TestCvssCalculatorPane::resetRestoresDefaults()
{
    QVERIFY(m_pane->setVector(
        QStringLiteral("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U")));
    QCOMPARE(score(), QStringLiteral("0.1"));
    click("resetButton");
    QCOMPARE(score(), QStringLiteral("10.0"));
    QCOMPARE(severity(), QStringLiteral("Critical"));
}

void TestCvssCalculatorPane::v4Explanation()
{
    QVERIFY(
        m_pane->setVector(QStringLiteral("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")));
    auto *text = find<QWidget>("explanationText");
    QVERIFY(!text->isVisible());
    click("explainButton");
    QVERIFY(text->isVisible());
    const QString explanation = find<QPlainTextEdit>("explanationText")->toPlainText();
    QVERIFY2(explanation.contains(u"MacroVector 100200"), qPrintable(explanation));
    QVERIFY(explanation.contains(u"8.5"));
}

void TestCvssCalculatorPane::ssvcSupplier()
{
    find<QComboBox>("ssvcTreeCombo")->setCurrentIndex(0);
    QCOMPARE(find<QLabel>("ssvcDecision")->text(), QStringLiteral("Defer"));
    find<QComboBox>("ssvc_E")->setCurrentIndex(2);
    find<QComboBox>("ssvc_U")->setCurrentIndex(2);
    QCOMPARE(find<QLabel>("ssvcDecision")->text(), QStringLiteral("Immediate"));
    find<QComboBox>("ssvc_E")->setCurrentIndex(0);
    // Utility from Automatable + Value Density: yes + diffuse = efficient.
    // A check box reacts to clicks on its box and label, not on the empty space beside them.
    auto *derive = find<QAbstractButton>("ssvcDeriveUtility");
    QTest::mouseClick(derive, Qt::LeftButton, {}, QPoint(8, derive->height() / 2));
    QVERIFY(derive->isChecked());
    find<QComboBox>("ssvcAutomatable")->setCurrentIndex(1);
    QCOMPARE(find<QComboBox>("ssvc_U")->currentIndex(), 1);
    QCOMPARE(find<QLabel>("ssvcDecision")->text(), QStringLiteral("Scheduled"));
    QSignalSpy spy(m_pane, &CvssCalculatorPane::ssvcApplyRequested);
    click("ssvcApplyButton");
    QCOMPARE(spy.count(), 1);
    QVERIFY2(spy.at(0).at(0).toString().startsWith(u"SSVCv2/E:N/U:E/T:P/P:M/D:S/"),
        qPrintable(spy.at(0).at(0).toString()));
}

void TestCvssCalculatorPane::ssvcDeployer()
{
    find<QComboBox>("ssvcTreeCombo")->setCurrentIndex(1);
    find<QComboBox>("ssvc_E")->setCurrentIndex(2);
    find<QComboBox>("ssvc_X")->setCurrentIndex(2);
    find<QComboBox>("ssvc_A")->setCurrentIndex(1);
    find<QComboBox>("ssvc_H")->setCurrentIndex(3);
    QCOMPARE(find<QLabel>("ssvcDecision")->text(), QStringLiteral("Immediate"));
    QVERIFY(find<QLineEdit>("ssvcVectorEdit")->text().startsWith(u"SSVCv2/E:A/X:O/A:Y/H:V/D:I/"));
}

void TestCvssCalculatorPane::screenshots()
{
    const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PSIRTDESK_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_pane->resize(1180, 1300);
    QVERIFY(m_pane->setVector(QStringLiteral(
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:L/SC:L/SI:N/SA:N/E:P/CR:H/MSI:S/AU:Y/U:Amber")));
    click("groupToggle_1");
    click("groupToggle_2");
    click("explainButton");
    settle();
    QVERIFY(m_pane->grab().save(dir + QStringLiteral("/cvss-v4.png")));
    m_pane->resize(1180, 1000);
    QVERIFY(m_pane->setVector(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:L/A:N/E:F/RL:O/RC:C")));
    click("groupToggle_1");
    settle();
    QVERIFY(m_pane->grab().save(dir + QStringLiteral("/cvss-v31.png")));
    QVERIFY(!m_pane->setVector(QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:L/A:Z")));
    settle();
    QVERIFY(m_pane->grab().save(dir + QStringLiteral("/cvss-invalid.png")));
}

QTEST_MAIN(TestCvssCalculatorPane)
#include "tst_cvsscalculatorpane.moc"
