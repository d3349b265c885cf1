#include "ReportFixture.h"
#include "TestSupport.h"
#include "dashboard/DashboardData.h"
#include "demo/DemoGenerator.h"
#include "inbox/InboxModel.h"
#include "queue/QueueModel.h"
#include "report/QueueReport.h"
#include "session/Session.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

// The management report of a demo database with the dashboard on its default period (the
// last 12 months), read back with poppler: every figure says which period it counts, the
// queue and the dashboard count the same open cases, the charts are drawn as vectors, header
// words are whole and no row of the queue is split between pages.
class TestQueueReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void periodOnEveryHeading();
    void openCountsAgree();
    void chartsAreVectors();
    void headerWordsWhole();
    void rowsOnOnePage();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::UTC); }
    /// The last page (0-based) whose text contains needle, white space aside, or -1: the
    /// last, as the table of contents repeats the headings before them.
    int pageWith(const QString &needle) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<InboxModel> m_inbox;
    std::unique_ptr<QueueModel> m_queue;
    DashboardFigures m_figures;
    QList<DashboardCase> m_cases;
    QString m_path;
    int m_pages = 0;
    QStringList m_texts; // raw, per page
    QStringList m_layout; // with the layout, per page
};

void TestQueueReport::initTestCase()
{
    TestSupport::isolate();
    QVERIFY(m_dir.isValid());
    auto opened = TestSupport::demoSession(m_dir.filePath(u"demo.sqlite"_s), 400, now());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_session = std::move(opened.value());

    m_inbox = std::make_unique<InboxModel>(m_session->cases());
    QVERIFY(m_inbox->reload());
    m_inbox->setDeadlineSource(&m_session->tracker());
    m_queue = std::make_unique<QueueModel>();
    m_queue->setNow(now());
    m_queue->setInboxModel(m_inbox.get());
    const auto cases = DashboardFigures::load(m_session->cases(), m_session->products());
    QVERIFY(cases.ok());
    m_cases = *cases;
    DashboardFilter lastYear; // the dashboard's default: the last 12 months
    lastYear.from = now().date().addDays(-364);
    m_figures = DashboardFigures::compute(m_cases, m_session->tracker().model()->engine(), lastYear, now());

    const auto report = QueueReport::render(*m_queue, m_figures, TlpLevel::Amber, u"Tester"_s, now());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    m_path = m_dir.filePath(u"management.pdf"_s);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(report->pdf);
    file.close();
    if (const QString look = qEnvironmentVariable("PSIRTDESK_REPORT_LOOK_DIR"); !look.isEmpty())
        QFile::copy(m_path, look + u"/management.pdf"_s);
    m_pages = report->pageCount;
    QString error;
    m_texts = ReportFixture::pageTexts(m_path, m_pages, &error);
    QVERIFY2(!m_texts.isEmpty(), qPrintable(error));
    m_layout = ReportFixture::pageLayoutTexts(m_path, m_pages, &error);
    QVERIFY2(!m_layout.isEmpty(), qPrintable(error));
}

int TestQueueReport::pageWith(const QString &needle) const
{
    // Without white space and hyphens: a cell's text wraps wherever the layout puts its line
    // breaks, and pdftotext joins a word broken after a hyphen ("Hard-" "coded").
    static const QRegularExpression breaks(u"[\\s-]"_s);
    QString wanted = needle;
    wanted.remove(breaks);
    for (qsizetype p = m_texts.size() - 1; p >= 0; --p) {
        QString text = m_texts.at(p);
        if (text.remove(breaks).contains(wanted))
            return int(p);
    }
    return -1;
}

// Issue #14: "the same PDF prints two different numbers with no period stated".
void TestQueueReport::periodOnEveryHeading()
{
    const QString all = m_texts.join(u' ').simplified();
    const QString open = u"open on 2026-11-23 12:00 UTC"_s;
    QVERIFY2(all.contains(u"Severity queue — "_s + open), qPrintable(all.left(3000)));
    QVERIFY(all.contains(u"Cases in the queue — "_s + open));
    const QString received = u"reports received 2025-11-24 to 2026-11-23"_s;
    QVERIFY(all.contains(u"Reports in the dashboard — "_s + received));
    for (const DashboardFigures::Table &table : m_figures.tables()) {
        QVERIFY(!table.period.isEmpty());
        QVERIFY2(all.contains(table.title + u" — "_s + table.period), qPrintable(table.title));
    }
    QCOMPARE(m_figures.tables().constFirst().period, open);
    // Every band of the queue is headed with the instant too.
    for (int b = 0; b < m_queue->rowCount(); ++b)
        QVERIFY(all.contains(m_queue->index(b, 0).data().toString() + u" — "_s + open));
}

void TestQueueReport::openCountsAgree()
{
    // The demo must have open cases reported before the period, or this checks nothing.
    const QDateTime from(m_figures.filter.from, QTime(0, 0), QTimeZone::UTC);
    int openBefore = 0;
    for (const DashboardCase &c : std::as_const(m_cases))
        openBefore += CaseStatuses::isOpen(c.status) && c.events.received < from;
    QVERIFY(openBefore > 0);

    // In the models: the dashboard's open cases are the queue's.
    QMap<int, int> queued;
    for (int b = 0; b < m_queue->rowCount(); ++b) {
        const QModelIndex band = m_queue->index(b, 0);
        queued.insert(band.data(QueueModel::BandRole).toInt(), band.data(QueueModel::CountRole).toInt());
    }
    for (int b = 0; b < QueueModel::bandCount; ++b)
        QCOMPARE(m_figures.openBySeverity.value(b), queued.value(b));

    // In the PDF: the rows of "Open cases by severity" (chart labels and table rows print
    // "<band> <n>" alike) and the queue's band headings "<band> (<n>) — open on …".
    const QString layout = m_layout.join(u'\n');
    const qsizetype figure = layout.lastIndexOf(u"Open cases by severity — "_s); // not the contents
    QVERIFY(figure >= 0);
    const QString section = layout.mid(figure, layout.indexOf(u"Open cases by status — "_s, figure) - figure);
    const QString all = m_texts.join(u' ').simplified();
    int total = 0;
    for (int b = 0; b < QueueModel::bandCount; ++b) {
        const QString name = QueueModel::bandName(QueueModel::Band(b));
        const QRegularExpression row(
            u"^\\s*"_s + name + u"\\s+(\\d+)\\s*$"_s, QRegularExpression::MultilineOption);
        auto match = row.globalMatch(section);
        int rows = 0;
        while (match.hasNext()) {
            QCOMPARE(match.next().captured(1).toInt(), queued.value(b));
            ++rows;
        }
        QVERIFY2(rows >= 1, qPrintable(name));
        if (queued.value(b) > 0)
            QVERIFY2(all.contains(u"%1 (%2) — open on"_s.arg(name).arg(queued.value(b))), qPrintable(name));
        total += queued.value(b);
    }
    QCOMPARE(total, m_queue->caseCount());
    QVERIFY(all.contains(u"Cases in the queue — open on 2026-11-23 12:00 UTC %1"_s.arg(total)));
}

// The charts are drawn with QPainter into the PDF: as SVG (pdftocairo), the severity chart's
// page holds filled paths in the bands' colours and no image.
void TestQueueReport::chartsAreVectors()
{
    const int page = pageWith(u"Open cases by severity — "_s);
    QVERIFY(page >= 0);
    QString error;
    const QString svg = ReportFixture::pageSvg(m_path, page + 1, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QVERIFY(!svg.contains(u"<image"_s));
    QCOMPARE(ReportFixture::imageCount(m_path), 0);
    // Filled paths' colours, as cairo writes them: fill="rgb(90.979004%, 65.881348%, 22.744751%)".
    QList<QList<double>> fills;
    static const QRegularExpression fill(u"fill=\"rgb\\(([0-9.]+)%,\\s*([0-9.]+)%,\\s*([0-9.]+)%\\)\""_s);
    for (auto match = fill.globalMatch(svg); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        fills.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()});
    }
    int bands = 0;
    for (int b = 0; b < QueueModel::bandCount; ++b) {
        if (m_figures.openBySeverity.value(b) == 0)
            continue;
        const QColor color = QueueReport::bandColor(b);
        const QList<double> wanted {color.redF() * 100, color.greenF() * 100, color.blueF() * 100};
        const bool drawn = std::any_of(fills.cbegin(), fills.cend(), [&](const QList<double> &rgb) {
            for (int i = 0; i < 3; ++i) {
                if (std::abs(rgb.at(i) - wanted.at(i)) > 0.2) // the PDF keeps 16 bits a channel
                    return false;
            }
            return true;
        });
        QVERIFY2(drawn, qPrintable(QueueModel::bandName(QueueModel::Band(b))));
        ++bands;
    }
    QVERIFY(bands >= 2);
}

// "Priority" in an 8% column used to come out as "Priori" / "ty".
void TestQueueReport::headerWordsWhole()
{
    const int page = pageWith(u"Severity queue — "_s);
    QVERIFY(page >= 0);
    const QStringList tokens = m_texts.at(page).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    const QStringList headers {u"SLA state"_s,
        m_queue->headerData(QueueModel::CaseColumn, Qt::Horizontal).toString(),
        m_queue->headerData(QueueModel::Priority, Qt::Horizontal).toString(),
        m_queue->headerData(QueueModel::Owner, Qt::Horizontal).toString(),
        m_queue->headerData(QueueModel::Product, Qt::Horizontal).toString(),
        m_queue->headerData(QueueModel::Age, Qt::Horizontal).toString(),
        m_queue->headerData(QueueModel::NextDeadline, Qt::Horizontal).toString()};
    for (const QString &header : headers) {
        for (const QString &word : header.split(u' '))
            QVERIFY2(tokens.contains(word), qPrintable(word));
    }
}

// Every case of the queue: its case cell (tracking id and title, however many lines) and its
// product are on one page.
void TestQueueReport::rowsOnOnePage()
{
    int rows = 0;
    for (int b = 0; b < m_queue->rowCount(); ++b) {
        const QModelIndex band = m_queue->index(b, 0);
        for (int s = 0; s < m_queue->rowCount(band); ++s) {
            const QModelIndex state = m_queue->index(s, 0, band);
            for (int c = 0; c < m_queue->rowCount(state); ++c) {
                const QString caseCell = m_queue->index(c, QueueModel::CaseColumn, state).data().toString();
                const int page = pageWith(caseCell.simplified());
                QVERIFY2(page >= 0, qPrintable(caseCell));
                QString product = m_queue->index(c, QueueModel::Product, state).data().toString();
                QString text = m_texts.at(page);
                static const QRegularExpression space(u"[\\s-]"_s);
                QVERIFY2(text.remove(space).contains(product.remove(space)), qPrintable(caseCell));
                ++rows;
            }
        }
    }
    QCOMPARE(rows, m_queue->caseCount());
    QVERIFY(rows > 40); // several pages of queue
}

QTEST_MAIN(TestQueueReport)
#include "tst_queuereport.moc"
