#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

/// What a first start shows instead of an empty window: create a case database, open one,
/// connect to a team server, or try the demo database.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Shows progress while the demo database is being made.
    void setDemoProgress(int percent);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void connectRequested();
    void demoRequested();

private:
    QPushButton *m_demo;
    QProgressBar *m_progress;
};
