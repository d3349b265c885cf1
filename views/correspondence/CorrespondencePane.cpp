#include "CorrespondencePane.h"

#include "ReplyDialog.h"
#include "commands/CaseEditor.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondenceModel.h"
#include "correspondence/CorrespondenceStore.h"
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

CorrespondencePane::CorrespondencePane(CaseEditor &editor, CorrespondenceStore &store, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_store(store)
    , m_model(new CorrespondenceModel(m_store, this))
    , m_messages(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_headers(new QLabel(this))
    , m_showQuotes(new QToolButton(this))
    , m_body(new QPlainTextEdit(this))
    , m_reply(new QPushButton(tr("Reply…"), this))
{
    m_messages->setObjectName(QStringLiteral("correspondenceMessages"));
    m_messages->hide();
    m_table->setObjectName(QStringLiteral("correspondenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        CorrespondenceModel::SubjectColumn, QHeaderView::Stretch);
    m_headers->setObjectName(QStringLiteral("messageHeaders"));
    m_headers->setTextFormat(Qt::PlainText); // hostile header text is never markup
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setWordWrap(true);
    m_showQuotes->setObjectName(QStringLiteral("showQuotesButton"));
    m_showQuotes->setCheckable(true);
    m_showQuotes->setText(tr("Show Quoted Text"));
    m_showQuotes->setEnabled(false);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_reply->setEnabled(false);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headers, 1);
    headerRow->addWidget(m_showQuotes, 0, Qt::AlignTop);
    detailLayout->addLayout(headerRow);
    detailLayout->addWidget(m_body, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CorrespondencePane::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CorrespondencePane::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int, int last) { m_table->selectRow(last); });
    connect(m_showQuotes, &QToolButton::toggled, this, &CorrespondencePane::renderBody);
    connect(m_reply, &QPushButton::clicked, this, &CorrespondencePane::openReplyDialog);
}

CorrespondencePane::~CorrespondencePane() = default;

void CorrespondencePane::showCase(qint64 caseId)
{
    if (const QString error = m_model->setCase(caseId); !error.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, error);
    else
        m_messages->hide();
    m_reply->setEnabled(caseId > 0);
    if (m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1); // the newest message, as a mail reader does
}

void CorrespondencePane::showSelected()
{
    const CorrespondenceMessage *m = m_model->message(m_table->currentIndex().row());
    if (!m) {
        m_headers->clear();
        m_blocks.clear();
        m_showQuotes->setEnabled(false);
        m_body->clear();
        return;
    }
    const QDateTime when = m->date.isValid() ? m->date : m->recordedAt;
    QStringList lines {
        tr("From: %1").arg(TextSanitizer::singleLine(m->from)),
        tr("To: %1").arg(TextSanitizer::singleLine(m->to)),
        tr("Date: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat)),
        tr("Subject: %1").arg(TextSanitizer::singleLine(m->subject)),
        tr("%1; %2%3")
            .arg(MessageEncryptions::displayName(m->encryption), SignatureStates::displayName(m->signature),
                m->signer.isEmpty() ? QString()
                                    : QStringLiteral(" (%1)").arg(TextSanitizer::singleLine(m->signer))),
    };
    if (m->direction == MessageDirection::Outgoing && m->sentAt.isValid())
        lines.append(tr("Sent %1").arg(QLocale().toString(m->sentAt.toLocalTime(), QLocale::LongFormat)));
    if (m->bodyTruncated)
        lines.append(tr("The text was cut; the full message is kept with the case."));
    m_headers->setText(lines.join(u'\n'));
    m_blocks = QuoteFolding::split(TextSanitizer::multiLine(m->body));
    const bool hasQuotes = std::any_of(
        m_blocks.cbegin(), m_blocks.cend(), [](const QuoteFolding::Block &b) { return b.quoted; });
    m_showQuotes->setEnabled(hasQuotes);
    renderBody();
}

void CorrespondencePane::renderBody()
{
    m_body->setPlainText(QuoteFolding::render(m_blocks, m_showQuotes->isChecked()));
}

ReplyDialog *CorrespondencePane::openReplyDialog()
{
    if (m_model->caseId() <= 0)
        return nullptr;
    auto *dialog = new ReplyDialog(m_editor, m_store, m_model->caseId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDeadlineSource(m_tracker);
    dialog->open();
    return dialog;
}
