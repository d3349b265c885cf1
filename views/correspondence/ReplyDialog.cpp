#include "ReplyDialog.h"

#include "commands/CaseEditor.h"
#include "core/AtomicFile.h"
#include "correspondence/CorrespondenceStore.h"
#include "correspondence/ReplySender.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveFileDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

ReplySender makeSender(CaseEditor &editor, CorrespondenceStore &log, const OpenPgp &pgp,
    const CorrespondenceSettings &settings, const SlaTracker *tracker)
{
    ReplySender sender(editor.store(), log, &pgp, settings.composerOptions());
    if (tracker) {
        sender.setTimeZone(tracker->model()->engine().timeZone());
        sender.setDeadlines([tracker](qint64 id) { return ReplyTemplates::deadlines(*tracker, id); });
    }
    return sender;
}

} // namespace

ReplyDialog::ReplyDialog(CaseEditor &editor, CorrespondenceStore &log, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_log(log)
    , m_caseId(caseId)
    , m_settings(log.settings())
    , m_pgp(m_settings.gnupgHome)
    , m_template(new QComboBox(this))
    , m_to(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_security(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_messages(new MessageBar(this))
    , m_save(new QPushButton(tr("Save as .eml…"), this))
    , m_copy(new QPushButton(tr("Copy to Clipboard"), this))
{
    setWindowTitle(tr("Reply to the Reporter"));
    m_template->setObjectName(QStringLiteral("replyTemplate"));
    for (const QString &id : ReplyTemplates::ids())
        m_template->addItem(ReplyTemplates::displayName(id), id);
    for (QLabel *label : {m_to, m_subject, m_security}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_to->setObjectName(QStringLiteral("replyTo"));
    m_subject->setObjectName(QStringLiteral("replySubject"));
    m_security->setObjectName(QStringLiteral("replySecurity"));
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMinimumSize(520, 300);
    m_messages->setObjectName(QStringLiteral("replyMessages"));
    m_messages->hide();
    m_save->setObjectName(QStringLiteral("replySave"));
    m_copy->setObjectName(QStringLiteral("replyCopy"));

    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Sending:"), m_security);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    // The buttons do their own work; the box must not close the dialog before it is done.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReplyDialog::chooseFile);
    connect(m_copy, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReplyDialog::refreshPreview);
    refreshPreview();
}

void ReplyDialog::setDeadlineSource(const SlaTracker *tracker)
{
    m_tracker = tracker;
    refreshPreview();
}

void ReplyDialog::setTemplate(const QString &id)
{
    const int index = m_template->findData(id);
    if (index >= 0)
        m_template->setCurrentIndex(index);
}

void ReplyDialog::refreshPreview()
{
    const ReplySender sender = makeSender(m_editor, m_log, m_pgp, m_settings, m_tracker);
    const auto draft = sender.prepare(m_caseId, m_template->currentData().toString());
    if (!draft) {
        m_preview->clear();
        m_messages->showMessage(MessageBar::Kind::Error, draft.error());
        return;
    }
    m_to->setText(draft->to);
    m_subject->setText(draft->subject);
    QStringList security;
    security.append(tr("signed with the team key"));
    security.append(draft->willEncrypt ? tr("encrypted to the reporter's key")
                                       : tr("not encrypted: the reporter's key is not in the keyring"));
    if (draft->statusAfterSending)
        security.append(
            tr("moves the case to “%1”").arg(CaseStatuses::displayName(*draft->statusAfterSending)));
    m_security->setText(security.join(QStringLiteral("; ")));
    m_preview->setPlainText(draft->body);
    if (m_settings.teamAddress.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("Set the team's e-mail address and GnuPG home in Settings → Correspondence before sending."));
}

void ReplyDialog::chooseFile()
{
    if (m_fileNameProvider) {
        const QString path = m_fileNameProvider();
        if (!path.isEmpty())
            send(false, path);
        return;
    }
    SaveFileDialog::ask(this, tr("Save Reply"), tr("E-mail messages (*.eml)"), QStringLiteral("eml"),
        [this](const QString &path) { send(false, path); });
}

void ReplyDialog::send(bool toClipboard, const QString &path)
{
    ReplySender sender = makeSender(m_editor, m_log, m_pgp, m_settings, m_tracker);
    const auto deliver = [toClipboard, &path](const QByteArray &eml) -> Status {
        if (toClipboard) {
            QGuiApplication::clipboard()->setText(QString::fromUtf8(eml));
            return {};
        }
        return AtomicFile::write(path, eml);
    };
    // Not an undoable edit: the move belongs to the reply, which cannot be unsent (ReplySender).
    const auto transition = [this](qint64 id, const Workflow::TransitionRequest &request) {
        return m_editor.store().transition(id, request);
    };
    const auto result = sender.send(m_caseId, m_template->currentData().toString(), deliver, transition);
    if (!result) {
        m_messages->showMessage(MessageBar::Kind::Error, result.error());
        return;
    }
    Q_EMIT sent(result->messageId);
    accept();
}
