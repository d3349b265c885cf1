#include "EvidenceCompareView.h"

#include "core/TextSanitizer.h"
#include "viewers/LineDiff.h"
#include "viewers/SharedDevice.h"
#include "viewers/TextEncoding.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace {

struct Loaded
{
    QStringList lines;
    bool cut = false;
};

Loaded load(const SharedDevice &device)
{
    Loaded result;
    const QByteArray bytes = device.read(0, EvidenceCompareView::kMaxBytes);
    result.cut = device.size() > bytes.size();
    LineDecoder decoder(TextEncoding::detect(bytes.left(64 * 1024)).name);
    const QList<QByteArray> raw = bytes.split('\n');
    const qsizetype count = raw.size() - (bytes.endsWith('\n') || bytes.isEmpty() ? 1 : 0);
    for (qsizetype i = 0; i < count && i < EvidenceCompareView::kMaxLines; ++i)
        result.lines.append(decoder.decode(QByteArrayView(raw.at(i))));
    if (count > EvidenceCompareView::kMaxLines)
        result.cut = true;
    return result;
}

QColor tint(const QColor &base, const QColor &towards)
{
    return QColor::fromRgbF(float(base.redF() * 0.75 + towards.redF() * 0.25),
        float(base.greenF() * 0.75 + towards.greenF() * 0.25),
        float(base.blueF() * 0.75 + towards.blueF() * 0.25));
}

} // namespace

EvidenceCompareView::EvidenceCompareView(QWidget *parent)
    : QWidget(parent)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceCompareView"));
    m_leftTitle->setTextFormat(Qt::PlainText);
    m_rightTitle->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_left->setObjectName(QStringLiteral("compareLeft"));
    m_right->setObjectName(QStringLiteral("compareRight"));
    for (QPlainTextEdit *edit : {m_left, m_right}) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setUndoRedoEnabled(false);
    }
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->addWidget(m_summary, 2, 0, 1, 2);
    // Synchronised scrolling: rows are aligned, so equal scroll values show the same rows.
    const auto sync = [](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [to](int value) {
            if (to->value() != value)
                to->setValue(value);
        });
    };
    sync(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    sync(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    sync(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    sync(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
}

void EvidenceCompareView::compare(const SharedDevice &left, const EvidenceInfo &leftInfo,
    const SharedDevice &right, const EvidenceInfo &rightInfo)
{
    m_leftTitle->setText(TextSanitizer::singleLine(leftInfo.fileName).left(200));
    m_rightTitle->setText(TextSanitizer::singleLine(rightInfo.fileName).left(200));
    const Loaded a = load(left);
    const Loaded b = load(right);
    const LineDiff diff = LineDiff::compare(a.lines, b.lines);

    QStringList leftRows;
    QStringList rightRows;
    for (const LineDiff::Row &row : diff.rows()) {
        leftRows << (row.left >= 0 ? a.lines.at(row.left) : QString());
        rightRows << (row.right >= 0 ? b.lines.at(row.right) : QString());
    }
    m_left->setPlainText(leftRows.join(u'\n'));
    m_right->setPlainText(rightRows.join(u'\n'));

    const QColor base = palette().color(QPalette::Base);
    const QColor changed = tint(base, QColor(0xe0, 0xb0, 0x00));
    const QColor removed = tint(base, QColor(0xd0, 0x30, 0x30));
    const QColor added = tint(base, QColor(0x30, 0xa0, 0x40));
    const QColor filler = tint(base, palette().color(QPalette::Mid));
    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    const auto mark
        = [](QPlainTextEdit *edit, int row, const QColor &color, QList<QTextEdit::ExtraSelection> *marks) {
              QTextEdit::ExtraSelection s;
              s.cursor = QTextCursor(edit->document()->findBlockByNumber(row));
              s.format.setBackground(color);
              s.format.setProperty(QTextFormat::FullWidthSelection, true);
              marks->append(s);
          };
    for (qsizetype i = 0; i < diff.rows().size(); ++i) {
        const LineDiff::Row &row = diff.rows().at(i);
        const int r = int(i);
        switch (row.kind) {
        case LineDiff::Kind::Same:
            break;
        case LineDiff::Kind::Changed:
            mark(m_left, r, changed, &leftMarks);
            mark(m_right, r, changed, &rightMarks);
            break;
        case LineDiff::Kind::Removed:
            mark(m_left, r, removed, &leftMarks);
            mark(m_right, r, filler, &rightMarks);
            break;
        case LineDiff::Kind::Added:
            mark(m_left, r, filler, &leftMarks);
            mark(m_right, r, added, &rightMarks);
            break;
        }
    }
    m_left->setExtraSelections(leftMarks);
    m_right->setExtraSelections(rightMarks);

    QString text = tr("%n differing row(s)", nullptr, int(diff.changedRows()));
    if (diff.approximate())
        text += u' '
            + tr("(too many differences for a line-by-line alignment; the middle is shown as one block)");
    if (a.cut || b.cut)
        text += u' '
            + tr("(only the first %1 MiB or %2 lines of each are compared)")
                  .arg(kMaxBytes / (1024 * 1024))
                  .arg(kMaxLines);
    m_summary->setText(text);
}

QString EvidenceCompareView::summary() const
{
    return m_summary->text();
}
