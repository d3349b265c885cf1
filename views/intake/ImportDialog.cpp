#include "ImportDialog.h"

#include "intake/ImportJob.h"
#include "intake/ImportResultModel.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Database::Location database, ImportOptions options, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_options(std::move(options))
    , m_model(new ImportResultModel(this))
    , m_message(new MessageBar(this))
    , m_paths(new QListWidget(this))
    , m_examine(new QPushButton(tr("&Examine"), this))
    , m_import(new QPushButton(tr("&Import Checked"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_title(new QLineEdit(this))
    , m_product(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_steps(new QPlainTextEdit(this))
    , m_attachments(new QLabel(this))
{
    setWindowTitle(tr("Import Mail"));
    setObjectName(QStringLiteral("importDialog"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->hide();
    m_paths->setObjectName(QStringLiteral("paths"));
    m_paths->setMaximumHeight(64);
    m_examine->setObjectName(QStringLiteral("examine"));
    m_import->setObjectName(QStringLiteral("importChecked"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_table->setObjectName(QStringLiteral("results"));
    m_title->setObjectName(QStringLiteral("title"));
    m_product->setObjectName(QStringLiteral("product"));
    m_version->setObjectName(QStringLiteral("version"));
    m_description->setObjectName(QStringLiteral("description"));
    m_steps->setObjectName(QStringLiteral("steps"));

    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add &Maildir…"), this);
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_examine);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportResultModel::PositionColumn, 240);
    m_table->setColumnWidth(ImportResultModel::FromColumn, 160);
    m_table->setColumnWidth(ImportResultModel::SubjectColumn, 210);
    m_table->setColumnWidth(ImportResultModel::OpenPgpColumn, 110);

    // Report text is hostile: plain-text widgets only, never rich text.
    for (QPlainTextEdit *edit : {m_description, m_steps}) {
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    auto *review = new QGroupBox(tr("Proposed report"), this);
    auto *form = new QFormLayout(review);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Product model:"), m_product);
    form->addRow(tr("Software &version:"), m_version);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Steps to reproduce:"), m_steps);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setTextFormat(Qt::PlainText);
    m_attachments->setWordWrap(true);
    form->addRow(tr("Attachments:"), m_attachments);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(review);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(pathRow);
    layout->addLayout(runRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(addFiles, &QPushButton::clicked, this, [this] { chooseFiles(false); });
    connect(addFolder, &QPushButton::clicked, this, [this] { chooseFiles(true); });
    connect(m_examine, &QPushButton::clicked, this, &ImportDialog::examine);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ImportDialog::showProposal);
    for (QLineEdit *line : {m_title, m_product, m_version})
        connect(line, &QLineEdit::textEdited, this, &ImportDialog::storeProposal);
    for (QPlainTextEdit *edit : {m_description, m_steps})
        connect(edit, &QPlainTextEdit::textChanged, this, &ImportDialog::storeProposal);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportDialog::updateButtons);
    resize(1100, 720);
    showProposal();
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_job)
        m_job->cancel();
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_paths->findItems(path, Qt::MatchExactly).isEmpty())
            m_paths->addItem(path);
    }
    updateButtons();
}

void ImportDialog::chooseFiles(bool folder)
{
    auto *chooser = new QFileDialog(this, folder ? tr("Add Maildir Folder") : tr("Add Mail Files"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    if (folder) {
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
    } else {
        chooser->setFileMode(QFileDialog::ExistingFiles);
        chooser->setNameFilters({tr("Mail (*.eml *.mbox *.mbx)"), tr("All files (*)")});
    }
    connect(chooser, &QFileDialog::filesSelected, this, &ImportDialog::addPaths);
    chooser->open();
}

void ImportDialog::examine()
{
    if (m_job || m_paths->count() == 0)
        return;
    QStringList paths;
    for (int i = 0; i < m_paths->count(); ++i)
        paths.append(m_paths->item(i)->text());
    m_model->clear();
    m_message->hide();
    startJob(new ImportJob(m_database, paths, m_options, ImportJob::Mode::Review, this));
}

void ImportDialog::importChecked()
{
    if (m_job)
        return;
    storeProposal();
    m_committing = m_model->rowsToCommit();
    if (m_committing.isEmpty())
        return;
    // A proposal the case store would refuse is pointed at before anything is written.
    for (int row : std::as_const(m_committing)) {
        const ImportOutcome &o = m_model->outcome(row);
        if (o.kind != ImportOutcome::Kind::NewReport)
            continue;
        if (const auto problems = o.proposal.validate(); !problems.isEmpty()) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_message->showMessage(
                MessageBar::Kind::Error, tr("%1: %2").arg(o.position, problems.constFirst().message));
            return;
        }
    }
    m_committed = 0;
    m_changedCases.clear();
    QList<ImportOutcome> outcomes;
    QList<qint64> duplicateOf;
    for (int row : std::as_const(m_committing)) {
        outcomes.append(m_model->outcome(row));
        duplicateOf.append(m_model->duplicateOf(row));
    }
    startJob(new ImportJob(m_database, outcomes, duplicateOf, m_options, this));
}

void ImportDialog::startJob(ImportJob *job)
{
    m_job = job;
    m_progress->setValue(0);
    connect(job, &ImportJob::progress, m_progress,
        [this](double fraction) { m_progress->setValue(int(fraction * 100)); });
    connect(job, &ImportJob::outcomesReady, this, [this, job](const QList<ImportOutcome> &outcomes) {
        if (job->mode() != ImportJob::Mode::Commit) {
            m_model->append(outcomes);
            return;
        }
        for (const ImportOutcome &o : outcomes) {
            if (m_committed < m_committing.size())
                m_model->setCommitted(m_committing.at(m_committed++), o);
            if (o.committed && o.kind == ImportOutcome::Kind::Correspondence && o.caseId > 0
                && !m_changedCases.contains(o.caseId))
                m_changedCases.append(o.caseId);
        }
    });
    connect(job, &ImportJob::failed, this,
        [this](const QString &error) { m_message->showMessage(MessageBar::Kind::Error, error); });
    connect(job, &ImportJob::ended, this,
        [this](BackgroundJob::State status) { jobFinished(status == BackgroundJob::State::Cancelled); });
    job->start();
    updateButtons();
}

void ImportDialog::jobFinished(bool cancelled)
{
    const bool wasCommit = m_job && m_job->mode() == ImportJob::Mode::Commit;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    using K = ImportOutcome::Kind;
    if (wasCommit) {
        m_message->showMessage(MessageBar::Kind::Positive,
            tr("Imported: %1 new reports, %2 messages attached to cases.")
                .arg(m_model->count(K::NewReport, true))
                .arg(m_model->count(K::Correspondence, true)));
        if (m_committed > 0)
            Q_EMIT imported(m_changedCases);
    } else if (m_message->isHidden() || m_message->kind() != MessageBar::Kind::Error) {
        const QString summary
            = tr("%1 messages: %2 new reports, %3 for existing cases, %4 already imported, %5 refused.")
                  .arg(m_model->rowCount())
                  .arg(m_model->count(K::NewReport, false))
                  .arg(m_model->count(K::Correspondence, false))
                  .arg(m_model->count(K::DuplicateMessage, false))
                  .arg(m_model->count(K::Refused, false));
        m_message->showMessage(cancelled ? MessageBar::Kind::Warning : MessageBar::Kind::Information,
            cancelled ? tr("Cancelled. %1").arg(summary) : summary);
    }
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    showProposal();
    updateButtons();
}

void ImportDialog::showProposal()
{
    const QModelIndex current = m_table->currentIndex();
    m_currentRow = current.isValid() ? current.row() : -1;
    const bool editable = m_currentRow >= 0
        && m_model->outcome(m_currentRow).kind == ImportOutcome::Kind::NewReport
        && !m_model->outcome(m_currentRow).committed && m_model->outcome(m_currentRow).mail;
    const NewReport report = m_currentRow >= 0 ? m_model->outcome(m_currentRow).proposal : NewReport();
    m_loadingProposal = true;
    m_title->setText(editable ? report.title : QString());
    m_product->setText(editable ? report.product : QString());
    m_version->setText(editable ? report.productVersion : QString());
    m_description->setPlainText(editable ? report.description : QString());
    m_steps->setPlainText(editable ? report.stepsToReproduce : QString());
    m_loadingProposal = false;
    QStringList files;
    if (editable) {
        for (const MailAttachment &a : m_model->outcome(m_currentRow).mail->attachments)
            files.append(QStringLiteral("%1 (%2)").arg(a.name, QLocale().formattedDataSize(a.data.size())));
    }
    // Names are display-only and sanitised (MailParser::displayFileName); never a path.
    m_attachments->setText(files.isEmpty() ? tr("none") : files.join(QStringLiteral(", ")));
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_title, m_product, m_version, m_description, m_steps})
        w->setEnabled(editable);
}

void ImportDialog::storeProposal()
{
    if (m_loadingProposal || m_currentRow < 0 || !m_title->isEnabled())
        return;
    // An error about the proposal is stale once the analyst corrects it.
    if (!m_message->isHidden() && m_message->kind() == MessageBar::Kind::Error)
        m_message->hide();
    NewReport report = m_model->outcome(m_currentRow).proposal;
    report.title = m_title->text();
    report.product = m_product->text();
    report.productVersion = m_version->text();
    report.description = m_description->toPlainText();
    report.stepsToReproduce = m_steps->toPlainText();
    m_model->setProposal(m_currentRow, report);
}

void ImportDialog::updateButtons()
{
    const bool running = m_job != nullptr;
    m_examine->setEnabled(!running && m_paths->count() > 0);
    m_cancel->setEnabled(running);
    m_import->setEnabled(!running && !m_model->rowsToCommit().isEmpty());
}
