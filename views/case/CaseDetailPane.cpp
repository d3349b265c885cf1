#include "CaseDetailPane.h"

#include "TransitionDialog.h"
#include "advisory/AdvisoryStore.h"
#include "advisory/AdvisoryTab.h"
#include "commands/CaseEditor.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "correspondence/CorrespondencePane.h"
#include "cvss/CvssCalculatorPane.h"
#include "evidence/EvidenceTab.h"
#include "inbox/AuditLogModel.h"
#include "intel/IntelStore.h"
#include "session/Session.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/ProductCatalogue.h"
#include "storage/TeamSettings.h"
#include "widgets/FlowLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

CaseDetailPane::CaseDetailPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_editor(session.editor())
    , m_heading(new QLabel(this))
    , m_trackingId(new QLabel(this))
    , m_status(new QLabel(this))
    , m_received(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_intel(new QLabel(this))
    , m_session(session)
    , m_transitions(new FlowLayout)
    , m_tabs(new QTabWidget(this))
    , m_consentCredit(new QCheckBox(tr("Reporter consents to be credited"), this))
    , m_consentShare(new QCheckBox(tr("Reporter consents to their identity being shared"), this))
    , m_channel(new QComboBox(this))
    , m_receivedEdit(new QDateTimeEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_steps(new QPlainTextEdit(this))
    , m_auditView(new QTableView(this))
    , m_audit(new AuditLogModel(session.cases(), this))
    , m_form(new QWidget(this))
    , m_empty(new QLabel(tr("Select a case in the inbox."), this))
{
    setObjectName(QStringLiteral("caseDetailPane"));
    for (QLabel *label : {m_heading, m_trackingId, m_status, m_received, m_deadline, m_intel})
        label->setTextFormat(Qt::PlainText);
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setWordWrap(true);
    m_deadline->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_trackingId->setObjectName(QStringLiteral("caseTrackingId"));
    m_trackingId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_received->setObjectName(QStringLiteral("caseReceived"));
    m_deadline->setObjectName(QStringLiteral("caseNextDeadline"));
    m_intel->setObjectName(QStringLiteral("caseIntel"));
    m_exploitation = new QLabel(this);
    m_exploitation->setObjectName(QStringLiteral("caseExploitation"));
    m_exploitation->setTextFormat(Qt::PlainText);
    m_exploitation->setWordWrap(true);
    m_exploitation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exploitation->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_intel->setWordWrap(true);
    m_intel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_received->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(
        CaseFieldInfo::displayName(CaseField::Title), addLine(CaseField::Title, QStringLiteral("titleEdit")));
    form->addRow(CaseFieldInfo::displayName(CaseField::Product),
        addLine(CaseField::Product, QStringLiteral("productEdit")));
    form->addRow(CaseFieldInfo::displayName(CaseField::ProductVersion),
        addLine(CaseField::ProductVersion, QStringLiteral("versionEdit")));
    form->addRow(
        CaseFieldInfo::displayName(CaseField::Owner), addLine(CaseField::Owner, QStringLiteral("ownerEdit")));
    form->addRow(CaseFieldInfo::displayName(CaseField::ReporterName),
        addLine(CaseField::ReporterName, QStringLiteral("reporterNameEdit")));
    form->addRow(CaseFieldInfo::displayName(CaseField::ReporterEmail),
        addLine(CaseField::ReporterEmail, QStringLiteral("reporterEmailEdit")));
    form->addRow(CaseFieldInfo::displayName(CaseField::ReporterOrganisation),
        addLine(CaseField::ReporterOrganisation, QStringLiteral("reporterOrgEdit")));
    form->addRow(QString(), m_consentCredit);
    form->addRow(QString(), m_consentShare);
    for (IntakeChannel c : IntakeChannels::all())
        m_channel->addItem(IntakeChannels::displayName(c), IntakeChannels::id(c));
    m_channel->setObjectName(QStringLiteral("channelEdit"));
    form->addRow(CaseFieldInfo::displayName(CaseField::Channel), m_channel);
    m_receivedEdit->setObjectName(QStringLiteral("receivedEdit"));
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setTimeZone(QTimeZone::UTC);
    m_receivedEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    form->addRow(tr("Received (UTC)"), m_receivedEdit);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("casePolicyCombo"));
    m_policy->setToolTip(tr("The disclosure policy whose clocks this case follows"));
    form->addRow(tr("Disclosure policy"), m_policy);
    form->addRow(tr("Disclosure date"), createEmbargoRow());
    form->addRow(tr("Exploitation"), createExploitedRow());

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_steps->setObjectName(QStringLiteral("stepsEdit"));
    m_steps->setFont(mono);
    for (QPlainTextEdit *edit : {m_description, m_steps}) {
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        edit->setMinimumHeight(90);
    }
    form->addRow(CaseFieldInfo::displayName(CaseField::Description), m_description);
    form->addRow(CaseFieldInfo::displayName(CaseField::StepsToReproduce), m_steps);

    auto *reportPage = new QWidget;
    reportPage->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(reportPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(scroll, tr("Report"));

    m_tabs->addTab(createScoringPage(), tr("Scoring"));

    m_auditView->setObjectName(QStringLiteral("auditView"));
    m_auditView->setModel(m_audit);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setWordWrap(false);
    m_tabs->addTab(m_auditView, tr("History"));
    // After Report and Scoring: evidence is what an analyst reproduces from next.
    m_evidence = new EvidenceTab(session.evidence(), this);
    // Each page scrolls rather than set the width of the window: with six pages in German at
    // 1366 pixels the widest page otherwise pushed the case off the screen.
    const auto scrolled = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->insertTab(2, scrolled(m_evidence), tr("Evidence"));
    m_correspondence = new CorrespondencePane(m_editor, session.correspondence(), this);
    m_correspondence->setObjectName(QStringLiteral("correspondencePane"));
    m_tabs->addTab(scrolled(m_correspondence), tr("Correspondence"));
    m_advisory = new AdvisoryTab(m_editor, session.advisories(), &session.products(), this);
    m_advisory->setObjectName(QStringLiteral("advisoryTab"));
    m_tabs->addTab(scrolled(m_advisory), tr("Advisory"));

    auto *header = new QVBoxLayout;
    header->addWidget(m_heading);
    auto *meta = new QHBoxLayout;
    meta->addWidget(m_trackingId);
    meta->addWidget(m_status);
    meta->addWidget(m_received, 1);
    header->addLayout(meta);
    header->addWidget(m_deadline);
    header->addWidget(m_exploitation);
    header->addWidget(m_intel);
    // The moves wrap onto a second line rather than widen the window (German, 1366 pixels).
    m_transitions->setContentsMargins(0, 0, 0, 0);
    header->addLayout(m_transitions);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(header);
    formLayout->addWidget(m_tabs, 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_form);

    connect(m_consentCredit, &QCheckBox::clicked, this,
        [this](bool on) { commit(CaseField::ConsentCredit, on); });
    connect(m_consentShare, &QCheckBox::clicked, this,
        [this](bool on) { commit(CaseField::ConsentShareIdentity, on); });
    connect(m_channel, &QComboBox::activated, this,
        [this] { commit(CaseField::Channel, m_channel->currentData().toString()); });
    connect(m_policy, &QComboBox::activated, this,
        [this] { commit(CaseField::SlaPolicy, m_policy->currentData().toString()); });
    connect(m_receivedEdit, &QDateTimeEdit::editingFinished, this,
        [this] { commit(CaseField::ReceivedAt, m_receivedEdit->dateTime().toUTC()); });
    connect(&m_editor.store(), &CaseStore::caseChanged, this, [this](qint64 id) {
        if (id == m_case.id)
            reloadCase();
    });
    showCase(0);
}

QWidget *CaseDetailPane::createScoringPage()
{
    auto *page = new QWidget;
    m_scores = new QTreeWidget(page);
    m_scores->setObjectName(QStringLiteral("scoresView"));
    m_scores->setRootIsDecorated(false);
    m_scores->setHeaderLabels({tr("Version"), tr("Score"), tr("Severity"), tr("Vector"), tr("Scored")});
    m_scores->setMaximumHeight(110);
    m_scores->header()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 4})
        m_scores->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_scores->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_scores->setSelectionMode(QAbstractItemView::SingleSelection);
    m_makePrimary = new QPushButton(tr("Make &Primary"), page);
    m_makePrimary->setObjectName(QStringLiteral("makePrimaryButton"));
    m_makePrimary->setToolTip(tr("The primary vector sets the case's severity everywhere."));
    m_ssvc = new QLabel(page);
    m_ssvc->setObjectName(QStringLiteral("caseSsvc"));
    m_ssvc->setTextFormat(Qt::PlainText);
    m_ssvc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_calculator = new CvssCalculatorPane(page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_ssvc, 1);
    row->addWidget(m_makePrimary);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_scores);
    layout->addLayout(row);
    layout->addWidget(m_calculator, 1);
    connect(m_calculator, &CvssCalculatorPane::applyRequested, this, [this](const QString &vector) {
        if (m_case.id > 0)
            m_editor.applyVector(m_case.id, vector);
    });
    connect(m_calculator, &CvssCalculatorPane::ssvcApplyRequested, this, [this](const QString &ssvc) {
        if (m_case.id > 0)
            m_editor.setField(m_case.id, CaseField::SsvcVector, ssvc);
    });
    connect(m_makePrimary, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_scores->currentItem();
        if (m_case.id > 0 && item)
            m_editor.applyVector(m_case.id, item->text(3), true);
    });
    connect(m_scores, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_makePrimary->setEnabled(item && !item->data(0, Qt::UserRole).toBool());
        if (item)
            m_calculator->setVector(item->text(3));
    });
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void CaseDetailPane::setDeadlineSource(const SlaTracker *tracker)
{
    m_deadlines = tracker;
    m_correspondence->setDeadlineSource(tracker);
    if (tracker) {
        connect(tracker, &SlaTracker::deadlinesChanged, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_case.id))
                fillDeadline();
        });
        connect(tracker, &SlaTracker::allDeadlinesChanged, this, [this] {
            fillPolicies();
            fillDeadline();
        });
    }
    fillPolicies();
    fillDeadline();
}

namespace {

// A dated fact an analyst sets with a reason: "negotiated disclosure on … because …",
// "actively exploited since … reported by …". Checkbox, instant (UTC), Apply, and the
// required text on the line below; the text and the instant are editable only when checked.
struct DatedMarkRow
{
    QWidget *row;
    QCheckBox *set;
    QDateTimeEdit *at;
    QLineEdit *text;
    QPushButton *apply;
    QGridLayout *layout;
};

DatedMarkRow datedMarkRow(QWidget *parent, const QString &objectPrefix, const QString &check,
    const QString &toolTip, const QString &textObjectName, const QString &placeholder, CaseField textField)
{
    DatedMarkRow r {};
    r.row = new QWidget(parent);
    r.set = new QCheckBox(check, r.row);
    r.set->setObjectName(objectPrefix + u"Set");
    r.set->setToolTip(toolTip);
    r.at = new QDateTimeEdit(r.row);
    r.at->setObjectName(objectPrefix + u"Edit");
    r.at->setTimeZone(QTimeZone::UTC);
    r.at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    r.at->setCalendarPopup(true);
    r.text = new QLineEdit(r.row);
    r.text->setObjectName(textObjectName);
    r.text->setPlaceholderText(placeholder);
    r.text->setMaxLength(int(CaseFieldInfo::maxLength(textField)));
    r.apply = new QPushButton(QCoreApplication::translate("CaseDetailPane", "Apply"), r.row);
    r.apply->setObjectName(objectPrefix + u"Apply");
    r.apply->setAutoDefault(false);
    r.layout = new QGridLayout(r.row);
    r.layout->setContentsMargins(0, 0, 0, 0);
    r.layout->addWidget(r.set, 0, 0);
    r.layout->addWidget(r.at, 0, 1);
    r.layout->addWidget(r.apply, 0, 2);
    r.layout->addWidget(r.text, 1, 0, 1, 3);
    r.layout->setColumnStretch(1, 1);
    const auto enable = [at = r.at, text = r.text](bool on) {
        at->setEnabled(on);
        text->setEnabled(on);
    };
    QObject::connect(r.set, &QCheckBox::toggled, r.row, enable);
    enable(false);
    return r;
}

} // namespace

QWidget *CaseDetailPane::createEmbargoRow()
{
    const DatedMarkRow r = datedMarkRow(this, QStringLiteral("embargo"), tr("Negotiated:"),
        tr("A disclosure date agreed with the reporter replaces the policy's embargo."),
        QStringLiteral("embargoReasonEdit"), tr("Why (required)"), CaseField::EmbargoReason);
    m_embargoSet = r.set;
    m_embargoEdit = r.at;
    m_embargoReason = r.text;
    m_embargoLocal = new QLabel(r.row);
    m_embargoLocal->setObjectName(QStringLiteral("embargoLocal"));
    m_embargoLocal->setTextFormat(Qt::PlainText);
    r.layout->addWidget(m_embargoLocal, 2, 0, 1, 3);
    connect(r.apply, &QPushButton::clicked, this, &CaseDetailPane::applyEmbargo);
    connect(m_embargoEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) {
        m_embargoLocal->setText(
            tr("= %1 local time").arg(QLocale().toString(t.toLocalTime(), QLocale::LongFormat)));
    });
    return r.row;
}

QWidget *CaseDetailPane::createExploitedRow()
{
    const DatedMarkRow r = datedMarkRow(this, QStringLiteral("exploited"), tr("Since:"),
        tr("Known to be exploited in the wild: the case leads the queue, and a policy with an "
           "expedited-bulletin clock starts it at this instant. Importing the CISA KEV catalog "
           "marks cases whose CVEs it lists by itself."),
        QStringLiteral("exploitedSourceEdit"),
        tr("Where was it reported? (required: a URL, a customer report, the KEV catalog)"),
        CaseField::ExploitedSource);
    m_exploitedSet = r.set;
    m_exploitedEdit = r.at;
    m_exploitedSource = r.text;
    connect(r.apply, &QPushButton::clicked, this, &CaseDetailPane::applyExploited);
    return r.row;
}

void CaseDetailPane::fillExploited()
{
    const bool set = m_case.exploitedAt.isValid();
    m_exploitedSet->setChecked(set);
    m_exploitedEdit->setDateTime(set ? m_case.exploitedAt.toUTC() : Clock::nowUtc());
    m_exploitedSource->setText(m_case.exploitedSource);
    m_exploitedSource->setCursorPosition(0);
}

void CaseDetailPane::applyExploited()
{
    if (m_case.id <= 0)
        return;
    if (!m_exploitedSet->isChecked()) {
        m_editor.setFields(
            m_case.id, {{CaseField::ExploitedAt, QDateTime()}, {CaseField::ExploitedSource, QString()}});
        return;
    }
    if (m_exploitedSource->text().trimmed().isEmpty()) {
        Q_EMIT failed(tr("Say where the exploitation was reported."));
        m_exploitedSource->setFocus();
        return;
    }
    m_editor.setFields(m_case.id,
        {{CaseField::ExploitedAt, m_exploitedEdit->dateTime().toUTC()},
            {CaseField::ExploitedSource, m_exploitedSource->text().trimmed()}});
}

void CaseDetailPane::fillPolicies()
{
    const QSignalBlocker block(m_policy);
    m_policy->clear();
    if (m_deadlines) {
        const TimelineModel *timeline = m_deadlines->model();
        m_policy->addItem(tr("Team default (%1)").arg(timeline->engine().policy().displayName()), QString());
        const QList<DisclosurePolicy> policies = timeline->policies();
        for (const DisclosurePolicy &p : policies)
            m_policy->addItem(p.displayName(), p.id());
    } else {
        m_policy->addItem(tr("Team default"), QString());
    }
    int at = m_policy->findData(m_case.slaPolicy);
    if (at < 0) {
        // A policy deleted since: say so, the tracker falls back to the default.
        m_policy->addItem(
            tr("Unknown policy “%1” (the default applies)").arg(m_case.slaPolicy.left(60)), m_case.slaPolicy);
        at = m_policy->count() - 1;
    }
    m_policy->setCurrentIndex(at);
}

void CaseDetailPane::fillEmbargo()
{
    const bool set = m_case.embargoAt.isValid();
    m_embargoSet->setChecked(set);
    m_embargoEdit->setDateTime(set ? m_case.embargoAt.toUTC() : Clock::nowUtc().addDays(90));
    m_embargoReason->setText(m_case.embargoReason);
    if (!set)
        m_embargoLocal->setText(tr("The policy's embargo applies."));
}

void CaseDetailPane::applyEmbargo()
{
    if (m_case.id <= 0)
        return;
    if (m_embargoSet->isChecked()) {
        if (m_embargoReason->text().trimmed().isEmpty()) {
            Q_EMIT failed(tr("A negotiated disclosure date needs a reason."));
            m_embargoReason->setFocus();
            return;
        }
        m_editor.setFields(m_case.id,
            {{CaseField::EmbargoAt, m_embargoEdit->dateTime().toUTC()},
                {CaseField::EmbargoReason, m_embargoReason->text().trimmed()}});
    } else {
        m_editor.setFields(
            m_case.id, {{CaseField::EmbargoAt, QDateTime()}, {CaseField::EmbargoReason, QString()}});
    }
}

void CaseDetailPane::fillDeadline()
{
    const auto next = m_deadlines && m_case.id > 0 ? m_deadlines->nextDeadline(m_case.id) : std::nullopt;
    if (!next) {
        m_deadline->setText(CaseStatuses::isOpen(m_case.status) ? tr("No running deadline.") : QString());
        m_deadline->setStyleSheet(QString());
        return;
    }
    // Deadlines are instants: local time and UTC side by side.
    m_deadline->setText(tr("Next deadline: %1 due %2 (%3 UTC) — %4")
            .arg(next->clockName, QLocale().toString(next->deadlineUtc.toLocalTime(), QLocale::ShortFormat),
                next->deadlineUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                ClockStates::displayName(next->state)));
    m_deadline->setStyleSheet(next->state == ClockState::Breached
            ? QStringLiteral("color: #c62828; font-weight: bold;")
            : next->state == ClockState::DueSoon ? QStringLiteral("color: #b25e00; font-weight: bold;")
                                                 : QString());
}

void CaseDetailPane::fillIntel()
{
    QStringList lines;
    // Known exploitation on a line of its own, in red; the rest of the intel in plain text.
    QStringList exploitation;
    if (m_case.exploitedAt.isValid())
        exploitation << tr("⚠ Actively exploited since %1 (%2 UTC) — %3")
                            .arg(QLocale().toString(m_case.exploitedAt.toLocalTime(), QLocale::ShortFormat),
                                m_case.exploitedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                TextSanitizer::singleLine(m_case.exploitedSource));
    // The catalogue's word on the reported product and version (policy 001's support period).
    if (const auto products = m_session.products().all()) {
        const ScopeAssessment scope = assessScope(*products, m_case.product, Clock::nowUtc().date(),
            m_case.productVersion, m_session.settings().number(TeamSettings::Key::ProductSupportMonths));
        if (!scope.product.isEmpty())
            lines << (scope.message.isEmpty() ? scope.product + u": " + scope.support.text() : scope.message);
    }
    // EPSS and KEV of every CVE the case's advisory names.
    if (const auto advisory = m_session.advisories().load(m_case.id)) {
        QStringList cves;
        for (const Vulnerability &v : advisory->data.vulnerabilities) {
            if (!v.cve.isEmpty())
                cves << v.cve;
        }
        if (const auto intel = m_session.intel().intel(cves)) {
            for (const QString &cve : std::as_const(cves)) {
                const CveIntel i = intel->value(cve.toUpper());
                if (i.text().isEmpty())
                    continue;
                (i.onKev ? exploitation : lines) << cve + u": " + i.text();
            }
        }
    }
    m_exploitation->setText(exploitation.join(u'\n'));
    m_exploitation->setVisible(!exploitation.isEmpty());
    m_intel->setText(lines.join(u'\n'));
    m_intel->setVisible(!lines.isEmpty());
}

void CaseDetailPane::fillScores()
{
    const auto scores = m_editor.store().scores(m_case.id);
    QSignalBlocker block(m_scores);
    m_scores->clear();
    if (scores) {
        for (const CaseScore &s : *scores) {
            auto *item = new QTreeWidgetItem(m_scores);
            item->setText(0, s.primary ? tr("%1 (primary)").arg(s.version) : s.version);
            item->setText(1, QString::number(s.score, 'f', 1));
            item->setText(2, s.severity);
            item->setText(3, TextSanitizer::singleLine(s.vector));
            item->setText(
                4, QLocale().toString(s.scoredAt.toLocalTime(), QLocale::ShortFormat) + u' ' + s.scoredBy);
            item->setData(0, Qt::UserRole, s.primary);
            if (s.primary) {
                QFont f = item->font(0);
                f.setBold(true);
                for (int c = 0; c < 5; ++c)
                    item->setFont(c, f);
            }
        }
    }
    m_makePrimary->setEnabled(false);
    m_ssvc->setText(m_case.ssvcVector.isEmpty()
            ? tr("No SSVC decision yet.")
            : tr("SSVC: %1").arg(TextSanitizer::singleLine(m_case.ssvcVector)));
    // The primary assessment, or a vector imported without one, fills the calculator.
    const QString shown = scores && !scores->isEmpty() ? scores->constFirst().vector : m_case.cvssVector;
    if (!shown.isEmpty() && shown != m_calculator->vector())
        m_calculator->setVector(shown);
}

QLineEdit *CaseDetailPane::addLine(CaseField field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(int(CaseFieldInfo::maxLength(field)));
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
        if (edit->isModified()) {
            edit->setModified(false);
            commit(field, edit->text());
        }
    });
    return edit;
}

bool CaseDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_description && m_description->document()->isModified()) {
            m_description->document()->setModified(false);
            commit(CaseField::Description, m_description->toPlainText());
        } else if (watched == m_steps && m_steps->document()->isModified()) {
            m_steps->document()->setModified(false);
            commit(CaseField::StepsToReproduce, m_steps->toPlainText());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseDetailPane::showCase(qint64 id)
{
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (id <= 0) {
        m_case = Case();
        m_audit->setCase(0);
        m_correspondence->showCase(0);
        m_advisory->showCase(0);
        if (m_evidence)
            m_evidence->setCaseId(0);
        stack->setCurrentWidget(m_empty);
        return;
    }
    m_case.id = id;
    reloadCase();
    m_audit->setCase(id);
    m_correspondence->showCase(id);
    m_advisory->showCase(id);
    if (m_evidence)
        m_evidence->setCaseId(id);
    stack->setCurrentWidget(m_form);
}

void CaseDetailPane::reloadCase()
{
    const auto c = m_editor.store().caseById(m_case.id);
    if (!c) {
        Q_EMIT failed(c.error());
        return;
    }
    m_case = *c;
    fillFields();
    rebuildTransitions();
    fillScores();
    fillDeadline();
    fillIntel();
    fillEmbargo();
    fillExploited();
    fillPolicies();
}

void CaseDetailPane::fillFields()
{
    const Case &c = m_case;
    m_heading->setText(TextSanitizer::singleLine(c.title));
    m_trackingId->setText(c.trackingId.isEmpty() ? tr("No tracking id yet") : c.trackingId);
    QString status = CaseStatuses::displayName(c.status);
    if (c.status == CaseStatus::NeedsMoreInfo && c.pausedFrom)
        status = tr("%1 (paused from %2)").arg(status, CaseStatuses::displayName(*c.pausedFrom));
    if (c.status == CaseStatus::Duplicate && c.duplicateOf)
        status = tr("%1 of case %2").arg(status).arg(c.duplicateOf);
    m_status->setText(status);
    // Instants are stored in UTC; the analyst reads local time and UTC side by side.
    m_received->setText(tr("Received %1 (%2 UTC)")
            .arg(QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat),
                c.receivedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const auto setLine = [this](CaseField f, const QString &text) {
        QLineEdit *edit = m_lines.value(f);
        if (!edit->hasFocus() || !edit->isModified()) {
            edit->setText(text);
            edit->setCursorPosition(0); // show the start of long values
            edit->setModified(false);
        }
    };
    setLine(CaseField::Title, c.title);
    setLine(CaseField::Product, c.product);
    setLine(CaseField::ProductVersion, c.productVersion);
    setLine(CaseField::Owner, c.owner);
    setLine(CaseField::ReporterName, c.reporterName);
    setLine(CaseField::ReporterEmail, c.reporterEmail);
    setLine(CaseField::ReporterOrganisation, c.reporterOrganisation);
    m_consentCredit->setChecked(c.consentCredit);
    m_consentShare->setChecked(c.consentShareIdentity);
    m_channel->setCurrentIndex(m_channel->findData(IntakeChannels::id(c.channel)));
    m_receivedEdit->setDateTime(c.receivedAt.toUTC());
    const auto setText = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->hasFocus() && edit->document()->isModified())
            return;
        if (edit->toPlainText() != text)
            edit->setPlainText(text); // plain text: markup in reports is never interpreted
        edit->document()->setModified(false);
    };
    setText(m_description, c.description);
    setText(m_steps, c.stepsToReproduce);
}

void CaseDetailPane::rebuildTransitions()
{
    while (QLayoutItem *item = m_transitions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (CaseStatus to : Workflow::nextStatuses(m_case)) {
        QString label;
        if (to == CaseStatus::Acknowledged)
            label = tr("Acknowledge");
        else if (m_case.status == CaseStatus::NeedsMoreInfo && m_case.pausedFrom == to)
            label = tr("Resume (%1)").arg(CaseStatuses::displayName(to));
        else if (!CaseStatuses::isOpen(m_case.status))
            label = tr("Reopen");
        else
            label = CaseStatuses::displayName(to);
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("transition_") + CaseStatuses::id(to));
        button->setToolTip(tr("Move the case to %1").arg(CaseStatuses::displayName(to)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, to] { requestTransition(to); });
        m_transitions->addWidget(button);
    }
}

void CaseDetailPane::commit(CaseField field, const QVariant &value)
{
    if (m_case.id <= 0 || m_case.value(field) == value)
        return;
    if (!m_editor.setField(m_case.id, field, value))
        reloadCase(); // show what is stored, not the refused text
}

void CaseDetailPane::requestTransition(CaseStatus to)
{
    const bool needsTarget = to == CaseStatus::Duplicate;
    const bool needsReason = !CaseStatuses::isOpen(m_case.status);
    if (!needsTarget && !needsReason) {
        m_editor.transition(m_case.id, {to, 0, {}});
        return;
    }
    auto *dialog = new TransitionDialog(m_editor.store(), m_case, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransitionDialog::requestReady, this,
        [this](const Workflow::TransitionRequest &request) { m_editor.transition(m_case.id, request); });
    dialog->open();
}
