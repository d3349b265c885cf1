#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// An inline notification bar (in the spirit of KMessageWidget): information, warnings and
/// errors shown in place, dismissable, never a modal box. Text is always plain text.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};
