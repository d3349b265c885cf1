// Over 600 lines: the three tabs edit one DisclosurePolicy and BusinessCalendar set that
// the what-if preview reads as a whole, and nothing is written until OK; pages split into
// classes would have to share that unsaved state back and forth. Split it when a page gains
// a life of its own (a calendar editor used elsewhere, say).
#include "PolicySettingsDialog.h"

#include "core/Clock.h"
#include "sla/CalendarDaysModel.h"
#include "sla/ClockRulesModel.h"
#include "sla/PolicyStore.h"
#include "sla/SlaEngine.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kPoliciesTab = 1;

// Replaces the items of a combo of policies, keeping the selection where it can.
void fillPolicyCombo(QComboBox *combo, const QList<DisclosurePolicy> &policies)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const DisclosurePolicy &p : policies)
        combo->addItem(p.displayName(), p.id());
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

PolicySettingsDialog::PolicySettingsDialog(PolicyStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_policy(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_editPolicy(new QComboBox(this))
    , m_policyName(new QLineEdit(this))
    , m_clocks(new ClockRulesModel(this))
    , m_clockTable(new QTableView(this))
    , m_clockBox(new QGroupBox(this))
    , m_clockName(new QLineEdit(this))
    , m_clockAmount(new QSpinBox(this))
    , m_clockUnit(new QComboBox(this))
    , m_clockStart(new QComboBox(this))
    , m_clockPauses(new QCheckBox(tr("&Pauses while the case waits on the reporter (Needs More Info)"), this))
    , m_clockDueSoon(new QSpinBox(this))
    , m_embargoClock(new QComboBox(this))
    , m_calendarBox(new QGroupBox(this))
    , m_year(new QSpinBox(this))
    , m_days(new CalendarDaysModel(this))
    , m_dayTable(new QTableView(this))
    , m_dayDate(new QDateEdit(this))
    , m_dayKind(new QComboBox(this))
    , m_dayName(new QLineEdit(this))
    , m_preview(new QTreeWidget(this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("SLA Policy Settings"));
    setObjectName(QStringLiteral("policySettingsDialog"));
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // The stored documents, with the shipped presets a team has not stored (or edited) yet.
    m_policies = DisclosurePolicy::presets();
    m_calendars = BusinessCalendar::presets();
    const auto storedPolicies = store.policies();
    const auto storedCalendars = store.calendars();
    if (storedPolicies) {
        for (const DisclosurePolicy &p : *storedPolicies) {
            m_policies.removeIf([&](const DisclosurePolicy &q) { return q.id() == p.id(); });
            m_policies.append(p);
        }
    }
    if (storedCalendars) {
        for (const BusinessCalendar &c : *storedCalendars) {
            m_calendars.removeIf([&](const BusinessCalendar &q) { return q.id() == c.id(); });
            m_calendars.append(c);
        }
    }
    if (!storedPolicies || !storedCalendars)
        m_message->showMessage(MessageBar::Kind::Error,
            tr("Cannot read the stored policies: %1")
                .arg(storedPolicies ? storedCalendars.error() : storedPolicies.error()));

    m_tabs->addTab(createDefaultsPage(), tr("&Defaults"));
    m_tabs->addTab(createPoliciesPage(), tr("&Policies"));
    m_tabs->addTab(createCalendarPage(), tr("&Calendar"));

    m_policy->setCurrentIndex(std::max(0, m_policy->findData(store.defaultPolicyId())));
    m_editPolicy->setCurrentIndex(m_policy->currentIndex());
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(store.defaultCalendarId())));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(store.timeZoneId())));

    m_preview->setObjectName(QStringLiteral("previewTree"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Clock"), tr("Deadline (local)"), tr("Deadline (UTC)")});
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *previewBox = new QGroupBox(tr("What if a report arrived now?"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(previewBox, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PolicySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicySettingsDialog::reject);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::updatePreview);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::updatePreview);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        loadCalendar();
        updatePreview();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &PolicySettingsDialog::updatePreview);

    loadEditedPolicy();
    loadCalendar();
    updatePreview();
}

PolicySettingsDialog::~PolicySettingsDialog()
{
    // QDialog's destructor hides the window, and the name field's focus-out would edit a
    // clock of a dialog that is half gone.
    disconnect(m_clockName, nullptr, this, nullptr);
}

QWidget *PolicySettingsDialog::createDefaultsPage()
{
    auto *page = new QWidget(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    fillPolicyCombo(m_policy, m_policies);

    m_calendar->setObjectName(QStringLiteral("calendarCombo"));
    for (const BusinessCalendar &c : std::as_const(m_calendars))
        m_calendar->addItem(c.displayName(), c.id());

    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        if (id.contains('/'))
            m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }

    auto *form = new QFormLayout(page);
    form->addRow(tr("Disclosure &policy for new cases:"), m_policy);
    form->addRow(tr("Business-day &calendar:"), m_calendar);
    form->addRow(tr("Team &time zone:"), m_zone);
    auto *note
        = new QLabel(tr("A case can follow another policy than the default: choose it in the case's "
                        "Report tab. Deadlines are counted in the team's time zone and stored in UTC."),
            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *PolicySettingsDialog::createPoliciesPage()
{
    auto *page = new QWidget(this);
    m_editPolicy->setObjectName(QStringLiteral("editPolicyCombo"));
    fillPolicyCombo(m_editPolicy, m_policies);
    auto *create = new QPushButton(tr("&New Copy"), page);
    create->setObjectName(QStringLiteral("newPolicy"));
    create->setToolTip(tr("Starts a new policy from a copy of this one"));
    auto *remove = new QPushButton(tr("De&lete"), page);
    remove->setObjectName(QStringLiteral("deletePolicy"));
    auto *reset = new QPushButton(tr("&Reset to Preset"), page);
    reset->setObjectName(QStringLiteral("resetPolicy"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_editPolicy, 1);
    top->addWidget(create);
    top->addWidget(remove);
    top->addWidget(reset);

    m_policyName->setObjectName(QStringLiteral("policyNameEdit"));
    m_policyName->setMaxLength(120);

    m_clockTable->setObjectName(QStringLiteral("clocksTable"));
    m_clockTable->setModel(m_clocks);
    m_clockTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clockTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clockTable->setEditTriggers(QAbstractItemView::NoEditTriggers); // the form below edits
    m_clockTable->verticalHeader()->hide();
    m_clockTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clockTable->horizontalHeader()->setStretchLastSection(true);

    auto *addClockButton = new QPushButton(tr("&Add Clock"), page);
    addClockButton->setObjectName(QStringLiteral("addClock"));
    auto *removeClockButton = new QPushButton(tr("Remove Cloc&k"), page);
    removeClockButton->setObjectName(QStringLiteral("removeClock"));

    // The selected clock's rule.
    m_clockBox->setTitle(tr("Selected clock"));
    m_clockName->setObjectName(QStringLiteral("clockName"));
    m_clockName->setMaxLength(100);
    m_clockAmount->setObjectName(QStringLiteral("clockAmount"));
    m_clockAmount->setRange(1, ClockRulesModel::maxHours);
    m_clockUnit->setObjectName(QStringLiteral("clockUnit"));
    for (ClockRule::Unit u :
        {ClockRule::Unit::BusinessDays, ClockRule::Unit::CalendarDays, ClockRule::Unit::Hours})
        m_clockUnit->addItem(ClockRule::unitDisplayName(u), ClockRule::unitId(u));
    m_clockStart->setObjectName(QStringLiteral("clockStart"));
    const QList<SlaEvent> events = SlaEvents::all();
    for (SlaEvent e : events)
        m_clockStart->addItem(SlaEvents::displayName(e), SlaEvents::id(e));
    m_clockPauses->setObjectName(QStringLiteral("clockPauses"));
    m_clockDueSoon->setObjectName(QStringLiteral("clockDueSoon"));
    m_clockDueSoon->setRange(0, ClockRulesModel::maxHours);
    m_clockDueSoon->setSuffix(tr(" h before"));

    auto *stops = new QGridLayout;
    auto *earlier = new QGridLayout;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const SlaEvent e = events.at(i);
        auto *stop = new QCheckBox(SlaEvents::displayName(e), m_clockBox);
        stop->setObjectName(QStringLiteral("clockStop_") + SlaEvents::id(e));
        stops->addWidget(stop, int(i / 4), int(i % 4));
        m_clockStops.insert(e, stop);
        auto *early = new QCheckBox(SlaEvents::displayName(e), m_clockBox);
        early->setObjectName(QStringLiteral("clockEarlier_") + SlaEvents::id(e));
        earlier->addWidget(early, int(i / 4), int(i % 4));
        m_clockEarlier.insert(e, early);
        connect(stop, &QCheckBox::toggled, this, &PolicySettingsDialog::editClock);
        connect(early, &QCheckBox::toggled, this, &PolicySettingsDialog::editClock);
    }
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_clockAmount);
    duration->addWidget(m_clockUnit, 1);
    auto *clockForm = new QFormLayout(m_clockBox);
    clockForm->addRow(tr("&Name:"), m_clockName);
    clockForm->addRow(tr("Duration:"), duration);
    clockForm->addRow(tr("&Starts when the case is:"), m_clockStart);
    clockForm->addRow(tr("Stops at the first of:"), stops);
    clockForm->addRow(tr("Deadline moves earlier to:"), earlier);
    clockForm->addRow(QString(), m_clockPauses);
    clockForm->addRow(tr("&Due soon from:"), m_clockDueSoon);

    m_embargoClock->setObjectName(QStringLiteral("embargoClockCombo"));

    auto *clockButtons = new QHBoxLayout;
    clockButtons->addWidget(addClockButton);
    clockButtons->addWidget(removeClockButton);
    clockButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Policy &name:"), m_policyName);
    form->addRow(tr("&Embargo ends with:"), m_embargoClock);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_clockTable, 1);
    layout->addLayout(clockButtons);
    layout->addWidget(m_clockBox);

    connect(m_editPolicy, &QComboBox::currentIndexChanged, this, [this] {
        loadEditedPolicy();
        updatePreview();
    });
    connect(create, &QPushButton::clicked, this, &PolicySettingsDialog::newPolicy);
    connect(remove, &QPushButton::clicked, this, &PolicySettingsDialog::deletePolicy);
    connect(reset, &QPushButton::clicked, this, &PolicySettingsDialog::resetPolicy);
    connect(addClockButton, &QPushButton::clicked, this, &PolicySettingsDialog::addClock);
    connect(removeClockButton, &QPushButton::clicked, this, &PolicySettingsDialog::removeClock);
    connect(m_clockTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PolicySettingsDialog::showClock);
    connect(m_policyName, &QLineEdit::textEdited, this, [this] {
        storeEditedPolicy();
        refreshPolicyCombos();
    });
    connect(m_embargoClock, &QComboBox::currentIndexChanged, this, [this] {
        storeEditedPolicy();
        updatePreview();
    });
    connect(m_clockName, &QLineEdit::editingFinished, this, &PolicySettingsDialog::editClock);
    connect(m_clockAmount, &QSpinBox::valueChanged, this, &PolicySettingsDialog::editClock);
    connect(m_clockUnit, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::editClock);
    connect(m_clockStart, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::editClock);
    connect(m_clockPauses, &QCheckBox::toggled, this, &PolicySettingsDialog::editClock);
    connect(m_clockDueSoon, &QSpinBox::valueChanged, this, &PolicySettingsDialog::editClock);
    return page;
}

QWidget *PolicySettingsDialog::createCalendarPage()
{
    auto *page = new QWidget(this);
    m_calendarBox->setObjectName(QStringLiteral("calendarBox"));
    auto *weekend = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), page);
        box->setObjectName(QStringLiteral("weekend_%1").arg(day));
        weekend->addWidget(box);
        m_weekend.append(box);
        connect(box, &QCheckBox::toggled, this, &PolicySettingsDialog::setWeekend);
    }
    weekend->addStretch(1);

    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(Clock::nowUtc().date().year());
    m_days->setYear(m_year->value());

    m_dayTable->setObjectName(QStringLiteral("calendarDays"));
    m_dayTable->setModel(m_days);
    m_dayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayTable->verticalHeader()->hide();
    m_dayTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dayTable->horizontalHeader()->setStretchLastSection(true);

    m_dayDate->setObjectName(QStringLiteral("shutdownDate"));
    m_dayDate->setCalendarPopup(true);
    m_dayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayDate->setDate(Clock::nowUtc().date());
    m_dayKind->setObjectName(QStringLiteral("dayKind"));
    for (auto kind : {CalendarDaysModel::Kind::Shutdown, CalendarDaysModel::Kind::Holiday,
             CalendarDaysModel::Kind::ExtraWorkingDay})
        m_dayKind->addItem(CalendarDaysModel::kindName(kind), int(kind));
    m_dayName->setObjectName(QStringLiteral("shutdownName"));
    m_dayName->setPlaceholderText(tr("Name, e.g. company shutdown"));
    m_dayName->setMaxLength(200);
    auto *add = new QPushButton(tr("&Add Day"), page);
    add->setObjectName(QStringLiteral("addShutdown"));
    auto *remove = new QPushButton(tr("Re&move Day"), page);
    remove->setObjectName(QStringLiteral("removeShutdown"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_dayDate);
    addRow->addWidget(m_dayKind);
    addRow->addWidget(m_dayName, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);

    auto *form = new QFormLayout;
    form->addRow(tr("Weekend days:"), weekend);
    form->addRow(tr("Show &year:"), m_year);
    auto *boxLayout = new QVBoxLayout(m_calendarBox);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_dayTable, 1);
    boxLayout->addLayout(addRow);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_calendarBox);

    connect(m_year, &QSpinBox::valueChanged, m_days, &CalendarDaysModel::setYear);
    connect(add, &QPushButton::clicked, this, &PolicySettingsDialog::addDay);
    connect(remove, &QPushButton::clicked, this, &PolicySettingsDialog::removeDay);
    return page;
}

void PolicySettingsDialog::refreshPolicyCombos()
{
    fillPolicyCombo(m_policy, m_policies);
    const bool was = m_loading;
    m_loading = true; // the edited policy stays the same one
    fillPolicyCombo(m_editPolicy, m_policies);
    m_loading = was;
}

int PolicySettingsDialog::editedIndex() const
{
    const QString id = m_editPolicy->currentData().toString();
    for (qsizetype i = 0; i < m_policies.size(); ++i) {
        if (m_policies.at(i).id() == id)
            return int(i);
    }
    return -1;
}

void PolicySettingsDialog::loadEditedPolicy()
{
    if (m_loading)
        return;
    const int i = editedIndex();
    if (i < 0)
        return;
    m_loading = true;
    const DisclosurePolicy &p = m_policies.at(i);
    m_policyName->setText(p.displayName());
    m_clocks->setClocks(p.clocks());
    refreshEmbargoCombo();
    m_embargoClock->setCurrentIndex(std::max(0, m_embargoClock->findData(p.embargoClockId())));
    m_loading = false;
    m_clockTable->setCurrentIndex(m_clocks->index(0, 0));
    showClock();
}

void PolicySettingsDialog::refreshEmbargoCombo()
{
    const QString current = m_embargoClock->currentData().toString();
    const QSignalBlocker block(m_embargoClock);
    m_embargoClock->clear();
    m_embargoClock->addItem(tr("No embargo from this policy"), QString());
    const QList<ClockRule> clocks = m_clocks->clocks();
    for (const ClockRule &c : clocks)
        m_embargoClock->addItem(c.displayName(), c.id);
    m_embargoClock->setCurrentIndex(std::max(0, m_embargoClock->findData(current)));
}

void PolicySettingsDialog::storeEditedPolicy()
{
    if (m_loading)
        return;
    const int i = editedIndex();
    if (i < 0)
        return;
    DisclosurePolicy p = m_policies.at(i);
    const QString name = m_policyName->text().trimmed();
    // A preset's name stays its English source (translated on display) unless renamed.
    if (!name.isEmpty() && name != p.displayName())
        p.setName(name);
    p.setClocks(m_clocks->clocks());
    p.setEmbargoClockId(m_embargoClock->currentData().toString());
    if (p == m_policies.at(i))
        return;
    m_policies[i] = p;
    m_changedPolicies.insert(p.id());
}

void PolicySettingsDialog::showClock()
{
    const int row = m_clockTable->currentIndex().row();
    const QList<ClockRule> clocks = m_clocks->clocks();
    m_clockBox->setEnabled(row >= 0 && row < clocks.size());
    if (row < 0 || row >= clocks.size())
        return;
    const ClockRule &c = clocks.at(row);
    const bool was = m_loading;
    m_loading = true;
    m_clockName->setText(c.displayName());
    m_clockAmount->setMaximum(
        c.unit == ClockRule::Unit::Hours ? ClockRulesModel::maxHours : ClockRulesModel::maxDays);
    m_clockAmount->setValue(c.amount);
    m_clockUnit->setCurrentIndex(m_clockUnit->findData(ClockRule::unitId(c.unit)));
    m_clockStart->setCurrentIndex(m_clockStart->findData(SlaEvents::id(c.start)));
    for (auto it = m_clockStops.cbegin(); it != m_clockStops.cend(); ++it)
        it.value()->setChecked(c.stopEvents.contains(it.key()));
    for (auto it = m_clockEarlier.cbegin(); it != m_clockEarlier.cend(); ++it)
        it.value()->setChecked(c.earlierOf.contains(it.key()));
    m_clockPauses->setChecked(c.pausesWhileWaitingOnReporter);
    m_clockDueSoon->setValue(c.dueSoonHours);
    m_loading = was;
}

void PolicySettingsDialog::editClock()
{
    if (m_loading)
        return;
    const int row = m_clockTable->currentIndex().row();
    if (row < 0 || row >= m_clocks->rowCount())
        return;
    auto at = [&](int column) { return m_clocks->index(row, column); };
    const ClockRule before = m_clocks->clocks().at(row);
    QStringList stops;
    QStringList earlier;
    const QList<SlaEvent> events = SlaEvents::all();
    for (SlaEvent e : events) {
        if (m_clockStops.value(e)->isChecked())
            stops.append(SlaEvents::id(e));
        if (m_clockEarlier.value(e)->isChecked())
            earlier.append(SlaEvents::id(e));
    }
    if (m_clockName->text().trimmed() != before.displayName())
        m_clocks->setData(at(ClockRulesModel::NameColumn), m_clockName->text());
    m_clocks->setData(at(ClockRulesModel::UnitColumn), m_clockUnit->currentData());
    m_clocks->setData(at(ClockRulesModel::AmountColumn), m_clockAmount->value());
    bool ok = m_clocks->setData(at(ClockRulesModel::StartColumn), m_clockStart->currentData());
    ok = m_clocks->setData(at(ClockRulesModel::StopColumn), stops) && ok;
    m_clocks->setData(at(ClockRulesModel::EarlierOfColumn), earlier);
    m_clocks->setData(at(ClockRulesModel::PausesColumn),
        m_clockPauses->isChecked() ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    m_clocks->setData(at(ClockRulesModel::DueSoonColumn), m_clockDueSoon->value());
    if (!ok)
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("A clock needs at least one event that stops it, and not the one that starts it."));
    else
        m_message->hide();
    showClock(); // what the model accepted
    refreshEmbargoCombo();
    storeEditedPolicy();
    updatePreview();
}

void PolicySettingsDialog::newPolicy()
{
    storeEditedPolicy();
    const int i = editedIndex();
    DisclosurePolicy copy = i >= 0 ? m_policies.at(i) : DisclosurePolicy::iso29147();
    QString id;
    for (int n = 1; id.isEmpty()
        || std::any_of(
            m_policies.cbegin(), m_policies.cend(), [&](const DisclosurePolicy &p) { return p.id() == id; });
        ++n)
        id = QStringLiteral("custom-%1").arg(n);
    copy.setId(id);
    copy.setName(tr("Copy of %1").arg(copy.displayName()));
    m_policies.append(copy);
    m_changedPolicies.insert(id);
    m_removedPolicies.remove(id);
    refreshPolicyCombos();
    m_editPolicy->setCurrentIndex(m_editPolicy->findData(id));
    m_policyName->setFocus();
    m_policyName->selectAll();
}

void PolicySettingsDialog::deletePolicy()
{
    const int i = editedIndex();
    if (i < 0)
        return;
    const QString id = m_policies.at(i).id();
    if (DisclosurePolicy::preset(id)) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("The shipped presets cannot be deleted; reset them instead."));
        return;
    }
    if (id == m_policy->currentData().toString()) {
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("This policy is the default for new cases; choose another default first."));
        return;
    }
    m_policies.removeAt(i);
    m_changedPolicies.remove(id);
    m_removedPolicies.insert(id);
    refreshPolicyCombos();
    m_editPolicy->setCurrentIndex(0);
    loadEditedPolicy();
    updatePreview();
}

void PolicySettingsDialog::resetPolicy()
{
    const int i = editedIndex();
    if (i < 0)
        return;
    const auto preset = DisclosurePolicy::preset(m_policies.at(i).id());
    if (!preset) {
        m_message->showMessage(MessageBar::Kind::Warning, tr("Only the shipped presets can be reset."));
        return;
    }
    m_policies[i] = *preset;
    m_changedPolicies.insert(preset->id());
    refreshPolicyCombos();
    loadEditedPolicy();
    updatePreview();
}

void PolicySettingsDialog::addClock()
{
    const int row = m_clocks->addClock(tr("New clock"));
    m_clockTable->setCurrentIndex(m_clocks->index(row, 0));
    refreshEmbargoCombo();
    storeEditedPolicy();
    updatePreview();
    m_clockName->setFocus();
    m_clockName->selectAll();
}

void PolicySettingsDialog::removeClock()
{
    const int row = m_clockTable->currentIndex().row();
    if (row < 0)
        return;
    m_clocks->removeClock(row);
    refreshEmbargoCombo();
    storeEditedPolicy();
    showClock();
    updatePreview();
}

BusinessCalendar *PolicySettingsDialog::currentCalendar()
{
    const int i = m_calendar->currentIndex();
    return i >= 0 && i < m_calendars.size() ? &m_calendars[i] : nullptr;
}

const BusinessCalendar *PolicySettingsDialog::currentCalendar() const
{
    const int i = m_calendar->currentIndex();
    return i >= 0 && i < m_calendars.size() ? &m_calendars.at(i) : nullptr;
}

QTimeZone PolicySettingsDialog::currentZone() const
{
    const QByteArray id = m_zone->currentData().toString().toUtf8();
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    return id == "UTC" ? QTimeZone(QTimeZone::UTC) : QTimeZone(id);
}

void PolicySettingsDialog::loadCalendar()
{
    const BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    m_calendarBox->setTitle(tr("Calendar “%1”").arg(calendar->displayName()));
    m_days->setCalendar(*calendar);
    const QList<int> weekend = calendar->weekendDays();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const QSignalBlocker block(m_weekend.at(day - 1));
        m_weekend.at(day - 1)->setChecked(weekend.contains(day));
    }
}

void PolicySettingsDialog::setWeekend()
{
    BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    QList<int> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_weekend.at(day - 1)->isChecked())
            days.append(day);
    }
    if (days.size() == 7) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("At least one day of the week must be a working day."));
        loadCalendar();
        return;
    }
    calendar->setWeekendDays(days);
    m_days->setCalendar(*calendar);
    updatePreview();
}

void PolicySettingsDialog::addDay()
{
    BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    const auto kind = CalendarDaysModel::Kind(m_dayKind->currentData().toInt());
    const QString name = m_dayName->text().trimmed();
    const int row
        = m_days->setDay(m_dayDate->date(), kind, name.isEmpty() ? CalendarDaysModel::kindName(kind) : name);
    *calendar = m_days->calendar();
    if (row >= 0)
        m_dayTable->setCurrentIndex(m_days->index(row, 0));
    updatePreview();
}

void PolicySettingsDialog::removeDay()
{
    BusinessCalendar *calendar = currentCalendar();
    const QModelIndex current = m_dayTable->currentIndex();
    if (!calendar || !current.isValid())
        return;
    m_days->removeDay(current.row());
    *calendar = m_days->calendar();
    updatePreview();
}

DisclosurePolicy PolicySettingsDialog::previewPolicy() const
{
    // The policy being edited on the Policies tab, else the default for new cases.
    const QString id
        = (m_tabs->currentIndex() == kPoliciesTab ? m_editPolicy : m_policy)->currentData().toString();
    for (const DisclosurePolicy &p : m_policies) {
        if (p.id() == id)
            return p;
    }
    return DisclosurePolicy::iso29147();
}

void PolicySettingsDialog::updatePreview()
{
    m_preview->clear();
    const BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    const QTimeZone zone = currentZone();
    const DisclosurePolicy policy = previewPolicy();
    const SlaEngine engine(policy, *calendar, zone);
    const QDateTime now = Clock::nowUtc();
    CaseEvents events;
    events.received = now;
    const QList<ClockStatus> clocks = engine.evaluate(events, now);
    const QList<ClockRule> rules = policy.clocks();
    auto addRow = [&](const QString &name, const QDateTime &deadline) {
        const QDateTime local = deadline.toTimeZone(zone);
        new QTreeWidgetItem(m_preview,
            {name,
                tr("%1 %2").arg(
                    local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone.abbreviation(deadline)),
                tr("%1 UTC").arg(deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    };
    for (qsizetype i = 0; i < clocks.size() && i < rules.size(); ++i) {
        if (clocks.at(i).deadline.isValid())
            addRow(rules.at(i).displayName(), clocks.at(i).deadline);
    }
    const Embargo embargo = engine.embargo(events, now);
    if (embargo.isSet())
        addRow(tr("Embargo ends"), embargo.at);
}

bool PolicySettingsDialog::save()
{
    storeEditedPolicy();
    PolicyStore &store = m_store;
    for (const DisclosurePolicy &p : std::as_const(m_policies)) {
        if (!m_changedPolicies.contains(p.id()))
            continue;
        const QString problem = ClockRulesModel::validate(p.clocks());
        if (!problem.isEmpty()) {
            m_tabs->setCurrentIndex(kPoliciesTab);
            m_editPolicy->setCurrentIndex(m_editPolicy->findData(p.id()));
            m_message->showMessage(
                MessageBar::Kind::Error, tr("Policy “%1”: %2").arg(p.displayName(), problem));
            return false;
        }
    }
    const BusinessCalendar *calendar = currentCalendar();
    Status s = store.seedPresets();
    for (const DisclosurePolicy &p : std::as_const(m_policies)) {
        if (s && m_changedPolicies.contains(p.id()))
            s = store.savePolicy(p);
    }
    for (const QString &id : std::as_const(m_removedPolicies)) {
        if (s)
            s = store.removePolicy(id);
    }
    if (s && calendar)
        s = store.saveCalendar(*calendar);
    if (s)
        s = store.setDefaultPolicyId(m_policy->currentData().toString());
    if (s && calendar)
        s = store.setDefaultCalendarId(calendar->id());
    if (s)
        s = store.setTimeZoneId(m_zone->currentData().toString());
    if (!s) {
        m_message->showMessage(
            MessageBar::Kind::Error, tr("Cannot save the SLA settings: %1").arg(s.error()));
        return false;
    }
    m_changedPolicies.clear();
    m_removedPolicies.clear();
    Q_EMIT saved();
    return true;
}

void PolicySettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
