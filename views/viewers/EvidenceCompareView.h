#pragma once

#include "viewers/EvidenceInfo.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class SharedDevice;

/// Two text attachments side by side (say, a request before and after a fix), aligned by a
/// line diff (LineDiff): changed lines tinted on both sides, removed and added lines against
/// an empty filler row on the other side; both sides scroll together. Bounded: at most
/// kMaxBytes of each attachment and kMaxLines lines are compared, as plain text.
class EvidenceCompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCompareView)

public:
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxLines = 100000;

    explicit EvidenceCompareView(QWidget *parent = nullptr);

    void compare(const SharedDevice &left, const EvidenceInfo &leftInfo, const SharedDevice &right,
        const EvidenceInfo &rightInfo);
    QPlainTextEdit *left() const { return m_left; }
    QPlainTextEdit *right() const { return m_right; }
    QString summary() const;

private:
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
};
