#include "StartPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Try the &Demo Database"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("Welcome to PSIRT Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("Cases live in a case database: a file on this computer for one analyst, "
                               "or a PostgreSQL server shared by the team."),
        this);
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("&Create a Case Database…"), this);
    auto *open = new QPushButton(tr("&Open a Case Database…"), this);
    auto *connectButton = new QPushButton(tr("Connect to a &Team Server…"), this);
    create->setObjectName(QStringLiteral("startCreate"));
    open->setObjectName(QStringLiteral("startOpen"));
    connectButton->setObjectName(QStringLiteral("startConnect"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setToolTip(tr("Opens a database of 500 invented cases to explore; it is made once and kept."));
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->hide();

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    for (QPushButton *b : {create, open, connectButton, m_demo}) {
        b->setMinimumHeight(b->sizeHint().height() + 8);
        column->addWidget(b);
    }
    column->addWidget(m_progress);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addLayout(column);
    middle->addStretch(2);
    outer->addLayout(middle, 2);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(connectButton, &QPushButton::clicked, this, &StartPage::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
}

void StartPage::setDemoProgress(int percent)
{
    m_progress->setVisible(percent >= 0 && percent < 100);
    m_progress->setValue(percent);
    m_demo->setEnabled(percent < 0 || percent >= 100);
}
