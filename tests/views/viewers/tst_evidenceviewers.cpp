#include "EvidenceCorpus.h"
#include "TestSupport.h"
#include "viewers/EvidenceCompareView.h"
#include "viewers/EvidenceViewerPane.h"
#include "viewers/HexView.h"
#include "viewers/HexViewer.h"
#include "viewers/ImageCanvas.h"
#include "viewers/ImageViewer.h"
#include "viewers/LargeTextView.h"
#include "viewers/PdfViewer.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextViewer.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

Q_DECLARE_METATYPE(ViewerKind)

namespace {

const QString kHttp = QStringLiteral("POST /cgi-bin/luci/admin/diag?ping=127.0.0.1%3Bid HTTP/1.1\r\n"
                                     "Host: 192.0.2.10\r\n"
                                     "User-Agent: poc/1.0\r\n"
                                     "Cookie: sysauth=4b1d2c9e0f\r\n"
                                     "Content-Type: application/x-www-form-urlencoded\r\n"
                                     "\r\n"
                                     "token=a8c1&cmd=ping&target=127.0.0.1;id\r\n"
                                     "HTTP/1.1 200 OK\r\n"
                                     "Server: uhttpd\r\n"
                                     "Content-Type: text/plain\r\n"
                                     "\r\n"
                                     "PING 127.0.0.1 (127.0.0.1): 56 data bytes\r\n"
                                     "uid=0(root) gid=0(root)\r\n");

} // namespace

class TestEvidenceViewers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_pane = new EvidenceViewerPane;
        m_pane->resize(1000, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    }

    void cleanup()
    {
        delete m_pane;
        m_pane = nullptr;
    }

    void selectsViewerByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<ViewerKind>("expected");
        QTest::addColumn<QString>("widget");

        QTest::newRow("http") << kHttp.toUtf8() << QStringLiteral("request.txt") << ViewerKind::Text
                              << QStringLiteral("textViewer");
        QTest::newRow("log") << QByteArray("2026-11-23 10:00:01 sshd[1]: Failed password\n")
                             << QStringLiteral("auth") << ViewerKind::Text << QStringLiteral("textViewer");
        QTest::newRow("png named .txt") << EvidenceCorpus::image("PNG") << QStringLiteral("notes.txt")
                                        << ViewerKind::Image << QStringLiteral("imageViewer");
        QTest::newRow("jpeg") << EvidenceCorpus::image("JPEG") << QStringLiteral("shot.jpg")
                              << ViewerKind::Image << QStringLiteral("imageViewer");
        QTest::newRow("pdf") << EvidenceCorpus::pdf(QStringLiteral("Advisory")) << QStringLiteral("a.pdf")
                             << ViewerKind::Pdf << QStringLiteral("pdfViewer");
        QTest::newRow("pcap") << EvidenceCorpus::pcap(false) << QStringLiteral("trace.pcap")
                              << ViewerKind::Hex << QStringLiteral("hexViewer");
        QTest::newRow("pcapng") << EvidenceCorpus::pcapng(true) << QStringLiteral("trace") << ViewerKind::Hex
                                << QStringLiteral("hexViewer");
        QTest::newRow("firmware") << QByteArray("\x7f"
                                                "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
            16) << QStringLiteral("fw.bin")
                                  << ViewerKind::Hex << QStringLiteral("hexViewer");
    }

    void selectsViewerByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(ViewerKind, expected);
        QFETCH(QString, widget);
        openBytes(bytes, name, QString());
        QCOMPARE(m_pane->currentKind(), expected);
        QCOMPARE(stack()->currentWidget()->objectName(), widget);
        QCOMPARE(find<QComboBox>("viewerCombo")->currentText(), ViewerSelector::name(expected));
        QCOMPARE(find<QLabel>("evidenceTitle")->text(), name);
    }

    void manualOverride()
    {
        openBytes(EvidenceCorpus::image("PNG"), QStringLiteral("shot.png"), QStringLiteral("image/png"));
        QCOMPARE(m_pane->currentKind(), ViewerKind::Image);
        QComboBox *combo = find<QComboBox>("viewerCombo");
        combo->setCurrentIndex(combo->findData(int(ViewerKind::Hex)));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(m_pane->currentKind(), ViewerKind::Hex);
        QCOMPARE(stack()->currentWidget()->objectName(), QStringLiteral("hexViewer"));
        QVERIFY(m_pane->hexViewer()->view()->rowText(0).startsWith(QStringLiteral("00000000  89 50 4e 47")));
    }

    void textFindAndGoToLine()
    {
        QByteArray log;
        for (int i = 1; i <= 20000; ++i)
            log += "2026-11-23T10:00:00Z worker " + QByteArray::number(i)
                + (i % 5000 == 0 ? QByteArray(" ERROR code=E") + QByteArray::number(i) : QByteArray(" ok"))
                + '\n';
        openBytes(log, QStringLiteral("server.log"), QStringLiteral("text/plain"));
        LargeTextView *view = m_pane->textViewer()->view();
        QTRY_VERIFY(view->index().complete());
        QCOMPARE(view->lineCount(), 20000);
        QTRY_VERIFY(!find<QLabel>("indexStatus")->text().isEmpty());

        // Incremental find: typing searches; Next and Previous walk the matches, wrapping.
        QLineEdit *findEdit = find<QLineEdit>("findEdit");
        QTest::keyClicks(findEdit, QStringLiteral("error"));
        QTRY_COMPARE(view->match().line, 4999);
        QCOMPARE(view->match().column, qsizetype(33));
        QTest::mouseClick(find<QToolButton>("findNext"), Qt::LeftButton);
        QTRY_COMPARE(view->match().line, 9999);
        QTest::mouseClick(find<QToolButton>("findPrevious"), Qt::LeftButton);
        QTRY_COMPARE(view->match().line, 4999);
        QTest::mouseClick(find<QToolButton>("findPrevious"), Qt::LeftButton);
        QTRY_COMPARE(view->match().line, 19999); // wrapped
        QTRY_COMPARE(find<QLabel>("findStatus")->text(), QStringLiteral("Line 20,000"));

        // Regular expressions, and a clear word for a broken one.
        find<QCheckBox>("regexCheck")->setChecked(true);
        findEdit->clear();
        QTest::keyClicks(findEdit, QStringLiteral("code=E1[05]000"));
        QTRY_COMPARE(view->match().line, 9999);
        findEdit->setText(QStringLiteral("(unclosed"));
        Q_EMIT findEdit->returnPressed();
        QTRY_VERIFY(
            find<QLabel>("findStatus")->text().startsWith(QStringLiteral("Invalid regular expression")));

        // Go to line, 1-based, and the view scrolls there.
        QLineEdit *line = find<QLineEdit>("goToLineEdit");
        line->setText(QStringLiteral("12345"));
        Q_EMIT line->returnPressed();
        QCOMPARE(view->currentLine(), 12344);
        QVERIFY(view->firstVisibleLine() <= 12344);
        QVERIFY(view->firstVisibleLine() + 60 > 12344);
        QCOMPARE(view->displayedLine(12344), QStringLiteral("2026-11-23T10:00:00Z worker 12345 ok"));

        // Word wrap toggles; no horizontal scrolling while wrapping.
        find<QCheckBox>("wordWrapCheck")->setChecked(true);
        QVERIFY(view->wordWrap());
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }

    void textEncodingAndHostileBytes()
    {
        openBytes(QByteArray("caf\xe9 cr\xe8me br\xfbl\xe9"
                             "e, na\xefve fa\xe7"
                             "ade\n"),
            QStringLiteral("menu.txt"), QStringLiteral("text/plain"));
        QCOMPARE(m_pane->currentKind(), ViewerKind::Text);
        QComboBox *encoding = find<QComboBox>("encodingCombo");
        QVERIFY(encoding->currentText().compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) != 0);
        LargeTextView *view = m_pane->textViewer()->view();
        QTRY_COMPARE(view->lineCount(), 1);
        QVERIFY(view->displayedLine(0).startsWith(QStringLiteral("caf\u00e9 cr\u00e8me")));
        QVERIFY(m_pane->messageBar()->isVisible());
        // A manual choice re-decodes the text.
        encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-8"), Qt::MatchFixedString));
        QVERIFY(view->displayedLine(0).startsWith(QStringLiteral("caf\uFFFD")));

        // NUL bytes and escape sequences forced into the text viewer are shown as symbols.
        openBytes(QByteArray("a\0b \x1b[2J\n", 8), QStringLiteral("nul"), QString());
        QCOMPARE(m_pane->currentKind(), ViewerKind::Hex);
        m_pane->showAs(ViewerKind::Text);
        QTRY_COMPARE(view->lineCount(), 1);
        QCOMPARE(view->displayedLine(0), QStringLiteral("a\u2400b \u241B[2J"));
        QVERIFY(m_pane->messageBar()->text().contains(QStringLiteral("NUL")));
    }

    void textThemeFollowsPaletteAndCopies()
    {
        openBytes(QByteArray("{\"cve\": \"CVE-2026-0001\"}\nsecond\n"), QStringLiteral("a.json"), QString());
        LargeTextView *view = m_pane->textViewer()->view();
        QTRY_COMPARE(view->lineCount(), 2);
        QCOMPARE(find<QLabel>("syntaxLabel")->text(), QStringLiteral("JSON"));
        const auto background = [view] {
            return view->viewport()->grab().toImage().pixelColor(view->viewport()->width() - 5, 5);
        };
        QVERIFY(background().lightness() > 128);
        QPalette dark = view->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, Qt::white);
        view->setPalette(dark);
        QVERIFY(background().lightness() < 128);

        view->goToLine(1);
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("second"));
    }

    void imageZoom()
    {
        openBytes(
            EvidenceCorpus::image("PNG", 400, 300), QStringLiteral("shot.png"), QStringLiteral("image/png"));
        ImageCanvas *canvas = m_pane->imageViewer()->canvas();
        QCOMPARE(canvas->image().size(), QSize(400, 300));
        QVERIFY(canvas->fitting());
        QTest::mouseClick(find<QToolButton>("zoomActual"), Qt::LeftButton);
        QCOMPARE(canvas->zoom(), 1.0);
        QTest::mouseClick(find<QToolButton>("zoomIn"), Qt::LeftButton);
        QCOMPARE(canvas->zoom(), 1.25);
        QCOMPARE(find<QLabel>("zoomLabel")->text(), QStringLiteral("125%"));
        QVERIFY(canvas->horizontalScrollBar()->maximum() > 0 || canvas->width() > 500);
        QTest::mouseClick(find<QToolButton>("zoomOut"), Qt::LeftButton);
        QCOMPARE(canvas->zoom(), 1.0);
        QTest::mouseClick(find<QToolButton>("zoomFit"), Qt::LeftButton);
        QVERIFY(canvas->fitting());
        const QString metadata = find<QLabel>("imageMetadata")->text();
        QVERIFY2(metadata.contains(QStringLiteral("PNG, 400 × 300 pixels")), qPrintable(metadata));
        // The text chunk's bidi override is made visible; the label never interprets markup.
        QVERIFY(!metadata.contains(QChar(0x202E)));
        QVERIFY(metadata.contains(QStringLiteral("<b>not bold</b>")));
        QCOMPARE(find<QLabel>("imageMetadata")->textFormat(), Qt::PlainText);
    }

    void pdfNavigateSearchAndNoLinks()
    {
        openBytes(EvidenceCorpus::pdf(QStringLiteral("Proof of concept")), QStringLiteral("report.pdf"),
            QStringLiteral("application/pdf"));
        PdfViewer *pdf = m_pane->pdfViewer();
        QTRY_COMPARE(pdf->document()->pageCount(), 2);
        QCOMPARE(find<QLabel>("pageCountLabel")->text(), QStringLiteral("of 2"));
        QTest::mouseClick(find<QToolButton>("pdfNextPage"), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 1);
        QCOMPARE(find<QSpinBox>("pageSpin")->value(), 2);
        QTest::mouseClick(find<QToolButton>("pdfPreviousPage"), Qt::LeftButton);
        QCOMPARE(pdf->currentPage(), 0);
        const qreal zoom = pdf->view()->zoomFactor();
        QTest::mouseClick(find<QToolButton>("pdfZoomIn"), Qt::LeftButton);
        QVERIFY(pdf->view()->zoomFactor() > zoom);
        QTest::mouseClick(find<QToolButton>("pdfFitWidth"), Qt::LeftButton);
        QCOMPARE(pdf->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        QTest::keyClicks(find<QLineEdit>("pdfSearchEdit"), QStringLiteral("concept"));
        QTRY_COMPARE(pdf->searchResultCount(), 2);
        QTRY_COMPARE(find<QLabel>("pdfSearchStatus")->text(), QStringLiteral("1 of 2"));
        QTest::mouseClick(find<QToolButton>("pdfSearchNext"), Qt::LeftButton);
        QCOMPARE(find<QLabel>("pdfSearchStatus")->text(), QStringLiteral("2 of 2"));
        QCOMPARE(pdf->currentPage(), 1);

        // Clicks on the page change nothing (QPdfView would jump to a link's target).
        QWidget *viewport = pdf->view()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(viewport->width() / 2, 40));
        QCOMPARE(pdf->currentPage(), 1);
    }

    void hexWithCaptureHeader()
    {
        openBytes(EvidenceCorpus::pcapng(false), QStringLiteral("capture.pcapng"), QString());
        QCOMPARE(m_pane->currentKind(), ViewerKind::Hex);
        QLabel *header = find<QLabel>("captureHeader");
        QVERIFY(header->isVisible());
        QVERIFY2(header->text().contains(QStringLiteral("pcapng")), qPrintable(header->text()));
        QVERIFY(header->text().contains(QStringLiteral("Link type: 113 (Linux cooked (SLL))")));
        QVERIFY(header->text().contains(QStringLiteral("Snapshot length: 262144 bytes")));
        QLineEdit *offset = find<QLineEdit>("offsetEdit");
        offset->setText(QStringLiteral("0x10"));
        Q_EMIT offset->returnPressed();
        QCOMPARE(m_pane->hexViewer()->view()->selectedOffset(), 16);
        offset->setText(QStringLiteral("999999"));
        Q_EMIT offset->returnPressed();
        QVERIFY(m_pane->messageBar()->text().contains(QStringLiteral("No such offset")));
        QCOMPARE(HexViewer::parseOffset(QStringLiteral("1000h")), 4096);
        QCOMPARE(HexViewer::parseOffset(QStringLiteral("-5")), -1);
        QCOMPARE(HexViewer::parseOffset(QStringLiteral("zz")), -1);
    }

    void compare()
    {
        EvidenceCompareView view;
        view.resize(1000, 500);
        view.show();
        const QByteArray before = kHttp.toUtf8();
        QByteArray after = before;
        after.replace("ping=127.0.0.1%3Bid", "ping=127.0.0.1");
        after.replace("uid=0(root) gid=0(root)\r\n", "");
        after.replace("Cookie: sysauth=4b1d2c9e0f\r\n", "");
        const auto a = shared(before);
        const auto b = shared(after);
        view.compare(*a, {QStringLiteral("before.http"), before.size(), {}, {}}, *b,
            {QStringLiteral("after.http"), after.size(), {}, {}});
        QVERIFY2(view.summary().startsWith(QStringLiteral("3 differing row")), qPrintable(view.summary()));
        QCOMPARE(view.left()->document()->blockCount(), view.right()->document()->blockCount());
        QCOMPARE(view.left()->extraSelections().size(), 3);
        QVERIFY(view.right()->document()->findBlockByNumber(3).text().isEmpty()); // filler for the cookie
        view.left()->verticalScrollBar()->setValue(4);
        QCOMPARE(view.right()->verticalScrollBar()->value(), view.left()->verticalScrollBar()->value());
    }

    // Every hostile file: nothing crashes or hangs, each says what is going on.
    void hostileCorpus_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<ViewerKind>("kind");
        QTest::addColumn<QString>("message"); // a substring of the message bar; empty: no message

        m_corpus = EvidenceCorpus::hostile(m_dir, true);
        const QHash<QString, QPair<ViewerKind, QString>> expected {
            {QStringLiteral("empty"), {ViewerKind::Text, QStringLiteral("empty")}},
            {QStringLiteral("huge sparse"), {ViewerKind::Hex, QStringLiteral("Binary content")}},
            {QStringLiteral("truncated png"), {ViewerKind::Image, QStringLiteral("truncated")}},
            {QStringLiteral("truncated jpeg"), {ViewerKind::Image, QStringLiteral("truncated")}},
            {QStringLiteral("png bomb"), {ViewerKind::Image, QStringLiteral("decompression bomb")}},
            {QStringLiteral("invalid utf-8"), {ViewerKind::Text, QStringLiteral("Not valid UTF-8")}},
            {QStringLiteral("nul bytes"), {ViewerKind::Hex, QStringLiteral("Binary content")}},
            {QStringLiteral("10 MB line"), {ViewerKind::Text, QStringLiteral("shown cut")}},
            {QStringLiteral("path as name"), {ViewerKind::Text, QString()}},
            {QStringLiteral("truncated pdf"), {ViewerKind::Pdf, QStringLiteral("PDF cannot be shown")}},
            {QStringLiteral("pdf header only"), {ViewerKind::Pdf, QStringLiteral("PDF cannot be shown")}},
        };
        for (qsizetype i = 0; i < m_corpus.size(); ++i) {
            const auto e = expected.value(m_corpus.at(i).name);
            QTest::newRow(qPrintable(m_corpus.at(i).name)) << int(i) << e.first << e.second;
        }
    }

    void hostileCorpus()
    {
        QFETCH(int, sample);
        QFETCH(ViewerKind, kind);
        QFETCH(QString, message);
        const EvidenceCorpus::Sample &s = m_corpus.at(sample);
        m_pane->open(std::make_unique<QFile>(s.path), s.info);
        QCOMPARE(m_pane->currentKind(), kind);
        QCOMPARE(find<QLabel>("evidenceTitle")->text(), s.info.fileName);
        if (message.isEmpty()) {
            QTest::qWait(50);
            QVERIFY2(!m_pane->messageBar()->isVisible(), qPrintable(m_pane->messageBar()->text()));
        } else {
            QTRY_VERIFY2(m_pane->messageBar()->isVisible() && m_pane->messageBar()->text().contains(message),
                qPrintable(m_pane->messageBar()->text()));
        }
        // Every viewer copes with every file.
        for (const ViewerKind other :
            {ViewerKind::Text, ViewerKind::Hex, ViewerKind::Image, ViewerKind::Pdf}) {
            m_pane->showAs(other);
            QVERIFY(!m_pane->grab().isNull());
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), m_corpus.size());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PSIRTDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PSIRTDESK_SCREENSHOT_DIR to save screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_pane->resize(1100, 640);
        openBytes(kHttp.toUtf8(), QStringLiteral("poc-request.txt"), QStringLiteral("text/plain"));
        QTRY_VERIFY(m_pane->textViewer()->view()->index().complete());
        QTest::keyClicks(find<QLineEdit>("findEdit"), QStringLiteral("uid="));
        QTRY_COMPARE(m_pane->textViewer()->view()->match().line, 12);
        QVERIFY(settled()->grab().save(dir + QStringLiteral("/evidence-text.png")));

        openBytes(EvidenceCorpus::image("PNG", 640, 400), QStringLiteral("screenshot.png"),
            QStringLiteral("image/png"));
        QVERIFY(settled()->grab().save(dir + QStringLiteral("/evidence-image.png")));

        openBytes(EvidenceCorpus::pdf(QStringLiteral("Advisory PSIRT-2026-0042: proof of concept")),
            QStringLiteral("advisory-draft.pdf"), QStringLiteral("application/pdf"));
        QTRY_COMPARE(m_pane->pdfViewer()->document()->pageCount(), 2);
        QTest::keyClicks(find<QLineEdit>("pdfSearchEdit"), QStringLiteral("concept"));
        QTRY_COMPARE(m_pane->pdfViewer()->searchResultCount(), 2);
        QTest::qWait(200); // pages render in the background
        QVERIFY(settled()->grab().save(dir + QStringLiteral("/evidence-pdf.png")));

        openBytes(EvidenceCorpus::pcapng(false) + EvidenceCorpus::pcap(false).mid(24).repeated(20),
            QStringLiteral("capture.pcapng"), QStringLiteral("application/x-pcapng"));
        QVERIFY(settled()->grab().save(dir + QStringLiteral("/evidence-hex.png")));

        EvidenceCompareView compare;
        compare.resize(1100, 420);
        compare.show();
        const QByteArray before = kHttp.toUtf8();
        QByteArray after = before;
        after.replace("ping=127.0.0.1%3Bid", "ping=127.0.0.1");
        after.replace("uid=0(root) gid=0(root)\r\n", "400 Bad Request: invalid target\r\n");
        after.replace("Cookie: sysauth=4b1d2c9e0f\r\n", "");
        compare.compare(*shared(before), {QStringLiteral("request-25.1.txt"), before.size(), {}, {}},
            *shared(after), {QStringLiteral("request-25.2-fixed.txt"), after.size(), {}, {}});
        QVERIFY(compare.grab().save(dir + QStringLiteral("/evidence-compare.png")));
    }

private:
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_pane->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    // Layouts and scroll bars update on posted events; a grab before them shows stale geometry.
    EvidenceViewerPane *settled() const
    {
        QCoreApplication::sendPostedEvents();
        m_pane->layout()->activate();
        QCoreApplication::sendPostedEvents();
        return m_pane;
    }
    QStackedWidget *stack() const { return find<QStackedWidget>("viewerStack"); }
    static std::shared_ptr<SharedDevice> shared(const QByteArray &bytes)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        return std::make_shared<SharedDevice>(std::move(buffer));
    }
    void openBytes(const QByteArray &bytes, const QString &name, const QString &mimeType)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        m_pane->open(std::move(buffer), EvidenceInfo {name, bytes.size(), mimeType, QStringLiteral("00ff")});
    }

    QTemporaryDir m_dir;
    EvidenceViewerPane *m_pane = nullptr;
    QList<EvidenceCorpus::Sample> m_corpus;
};

QTEST_MAIN(TestEvidenceViewers)
#include "tst_evidenceviewers.moc"
