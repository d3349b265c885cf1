#include "TextViewer.h"

#include "highlight/SyntaxRepository.h"
#include "viewers/EvidenceInfo.h"
#include "viewers/LargeTextView.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextEncoding.h"
#include "viewers/TextSearchJob.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>

TextViewer::TextViewer(QWidget *parent)
    : QWidget(parent)
    , m_view(new LargeTextView(this))
    , m_findEdit(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_findStatus(new QLabel(this))
    , m_lineEdit(new QLineEdit(this))
    , m_wrap(new QCheckBox(tr("Wrap lines"), this))
    , m_encoding(new QComboBox(this))
    , m_syntax(new QLabel(this))
    , m_indexStatus(new QLabel(this))
    , m_findTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("textViewer"));
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_matchCase->setObjectName(QStringLiteral("matchCaseCheck"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setText(tr("Previous"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Find previous (Shift+F3)"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setText(tr("Next"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Find next (F3)"));
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_findStatus->setTextFormat(Qt::PlainText);
    m_lineEdit->setObjectName(QStringLiteral("goToLineEdit"));
    m_lineEdit->setPlaceholderText(tr("Go to line"));
    m_lineEdit->setMaximumWidth(120);
    m_wrap->setObjectName(QStringLiteral("wordWrapCheck"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setToolTip(tr("Text encoding"));
    m_encoding->addItems(TextEncoding::available());
    m_syntax->setObjectName(QStringLiteral("syntaxLabel"));
    m_syntax->setTextFormat(Qt::PlainText);
    m_indexStatus->setObjectName(QStringLiteral("indexStatus"));
    m_indexStatus->setTextFormat(Qt::PlainText);
    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(250);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_findStatus, 1);
    findRow->addWidget(m_lineEdit);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_indexStatus, 1);
    statusRow->addWidget(m_syntax);
    statusRow->addWidget(m_wrap);
    statusRow->addWidget(m_encoding);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(findRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);

    auto *findNextAction = new QAction(this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findNextAction);
    auto *findPreviousAction = new QAction(this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findPreviousAction);
    connect(findNextAction, &QAction::triggered, this, &TextViewer::findNext);
    connect(findPreviousAction, &QAction::triggered, this, &TextViewer::findPrevious);

    // Incremental: each edit searches again from where the current match starts.
    connect(m_findEdit, &QLineEdit::textEdited, m_findTimer, qOverload<>(&QTimer::start));
    connect(m_findTimer, &QTimer::timeout, this, [this] {
        const LargeTextView::Match m = m_view->match();
        startSearch(false, m.line >= 0 ? m.line : m_view->currentLine(), m.line >= 0 ? m.column : 0);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, &TextViewer::findNext);
    connect(m_regex, &QCheckBox::toggled, m_findTimer, qOverload<>(&QTimer::start));
    connect(m_matchCase, &QCheckBox::toggled, m_findTimer, qOverload<>(&QTimer::start));
    connect(m_next, &QToolButton::clicked, this, &TextViewer::findNext);
    connect(m_previous, &QToolButton::clicked, this, &TextViewer::findPrevious);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const qint64 line = m_lineEdit->text().trimmed().toLongLong(&ok);
        if (ok && line > 0)
            goToLine(line);
        else
            m_findStatus->setText(tr("Type a line number."));
    });
    connect(m_wrap, &QCheckBox::toggled, m_view, &LargeTextView::setWordWrap);
    connect(m_encoding, &QComboBox::currentTextChanged, m_view, &LargeTextView::setEncoding);
    connect(m_view, &LargeTextView::lineCountChanged, this, &TextViewer::updateIndexStatus);
    connect(m_view, &LargeTextView::truncatedLineShown, this, [this] {
        Q_EMIT message(MessageBar::Kind::Information,
            tr("Some lines are longer than %1 KiB; they are shown cut, with a marker.")
                .arg(LineIndex::kMaxLineBytes / 1024));
    });
}

TextViewer::~TextViewer() = default;

void TextViewer::open(std::shared_ptr<SharedDevice> device, const EvidenceInfo &info, const QByteArray &head)
{
    delete m_search;
    m_search = nullptr;
    m_findStatus->clear();
    const TextEncoding::Detection encoding = TextEncoding::detect(head);
    const QSignalBlocker blocker(m_encoding);
    int index = m_encoding->findText(encoding.name, Qt::MatchFixedString);
    if (index < 0) {
        m_encoding->addItem(encoding.name);
        index = m_encoding->count() - 1;
    }
    m_encoding->setCurrentIndex(index);
    m_encoding->setToolTip(tr("Text encoding: %1").arg(encoding.reason));
    m_view->setEncoding(m_encoding->currentText());
    const KSyntaxHighlighting::Definition definition = SyntaxRepository::definitionFor(info.fileName, head);
    m_view->setDefinition(definition);
    m_syntax->setText(definition.isValid() ? definition.translatedName() : tr("Plain text"));
    m_view->setDevice(std::move(device));
    updateIndexStatus(0, false);
    if (head.contains('\0'))
        Q_EMIT message(
            MessageBar::Kind::Warning, tr("The text contains NUL bytes; they are shown as \u2400."));
    else if (encoding.name.compare(QLatin1StringView("UTF-8"), Qt::CaseInsensitive) != 0)
        Q_EMIT message(MessageBar::Kind::Information,
            tr("Not valid UTF-8; shown as %1. Choose another encoding below if the text looks wrong.")
                .arg(encoding.name));
}

void TextViewer::updateIndexStatus(qint64 lines, bool complete)
{
    const QLocale locale;
    m_indexStatus->setText(complete
            ? tr("%n line(s)", nullptr, int(qMin<qint64>(lines, std::numeric_limits<int>::max())))
            : tr("Indexing… %1 lines so far").arg(locale.toString(lines)));
}

void TextViewer::findNext()
{
    const LargeTextView::Match m = m_view->match();
    if (m.line >= 0)
        startSearch(false, m.line, m.column + qMax<qsizetype>(1, m.length));
    else
        startSearch(false, m_view->currentLine(), 0);
}

void TextViewer::findPrevious()
{
    const LargeTextView::Match m = m_view->match();
    if (m.line >= 0)
        startSearch(true, m.line, m.column);
    else
        startSearch(true, m_view->currentLine(), 0);
}

void TextViewer::goToLine(qint64 line)
{
    if (m_view->lineCount() == 0)
        return;
    if (line > m_view->lineCount())
        m_findStatus->setText(m_view->index().complete()
                ? tr("The text has %1 lines.").arg(QLocale().toString(m_view->lineCount()))
                : tr("Line %1 is not indexed yet.").arg(QLocale().toString(line)));
    m_view->goToLine(line - 1);
    m_view->setFocus();
}

void TextViewer::startSearch(bool backward, qint64 fromLine, qsizetype fromColumn)
{
    delete m_search;
    m_search = nullptr;
    m_findTimer->stop();
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        m_view->setMatch({});
        return;
    }
    QRegularExpression pattern(m_regex->isChecked() ? text : QRegularExpression::escape(text),
        m_matchCase->isChecked() ? QRegularExpression::NoPatternOption
                                 : QRegularExpression::CaseInsensitiveOption);
    if (!pattern.isValid()) {
        m_findStatus->setText(tr("Invalid regular expression: %1").arg(pattern.errorString()));
        return;
    }
    TextSearchJob::Params params;
    params.pattern = pattern;
    params.encoding = m_view->encoding();
    params.fromLine = fromLine;
    params.fromColumn = fromColumn;
    params.backward = backward;
    m_search = new TextSearchJob(m_view->device(), m_view->index(), params, this);
    TextSearchJob *job = m_search;
    m_findStatus->setText(tr("Searching…"));
    connect(job, &TextSearchJob::progress, this,
        [this](double fraction) { m_findStatus->setText(tr("Searching… %1%").arg(int(fraction * 100))); });
    connect(job, &TextSearchJob::found, this, [this, job](qint64 line, qsizetype column, qsizetype length) {
        m_view->setMatch({line, column, length});
        m_findStatus->setText(tr("Line %1").arg(QLocale().toString(line + 1)));
        job->deleteLater();
        m_search = nullptr;
    });
    connect(job, &TextSearchJob::notFound, this, [this, job] {
        m_findStatus->setText(
            m_view->index().complete() ? tr("Not found") : tr("Not found in the lines indexed so far"));
        job->deleteLater();
        m_search = nullptr;
    });
    job->start();
}
