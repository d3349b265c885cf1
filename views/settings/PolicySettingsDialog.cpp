#include "PolicySettingsDialog.h"

#include "core/Clock.h"
#include "sla/PolicyStore.h"
#include "sla/SlaEngine.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

PolicySettingsDialog::PolicySettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_policy(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_shutdowns(new QListWidget(this))
    , m_shutdownDate(new QDateEdit(this))
    , m_shutdownName(new QLineEdit(this))
    , m_preview(new QTreeWidget(this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("SLA Policy Settings"));
    setObjectName(QStringLiteral("policySettingsDialog"));
    m_message->setObjectName(QStringLiteral("messageBar"));

    // The stored documents, with the shipped presets a team has not stored (or edited) yet.
    PolicyStore store(m_db);
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

    m_policy->setObjectName(QStringLiteral("policyCombo"));
    for (const DisclosurePolicy &p : std::as_const(m_policies))
        m_policy->addItem(p.displayName(), p.id());
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(store.defaultPolicyId())));

    m_calendar->setObjectName(QStringLiteral("calendarCombo"));
    for (const BusinessCalendar &c : std::as_const(m_calendars))
        m_calendar->addItem(c.displayName(), c.id());
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(store.defaultCalendarId())));

    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        if (id.contains('/'))
            m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(store.timeZoneId())));

    auto *form = new QFormLayout;
    form->addRow(tr("Disclosure &policy:"), m_policy);
    form->addRow(tr("Business-day &calendar:"), m_calendar);
    form->addRow(tr("Team &time zone:"), m_zone);

    m_shutdowns->setObjectName(QStringLiteral("shutdownList"));
    m_shutdownDate->setObjectName(QStringLiteral("shutdownDate"));
    m_shutdownDate->setCalendarPopup(true);
    m_shutdownDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_shutdownDate->setDate(Clock::nowUtc().date());
    m_shutdownName->setObjectName(QStringLiteral("shutdownName"));
    m_shutdownName->setPlaceholderText(tr("Reason, e.g. company shutdown"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addShutdown"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeShutdown"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_shutdownDate);
    addRow->addWidget(m_shutdownName, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *shutdownBox = new QGroupBox(tr("Company shutdown days (count like holidays)"), this);
    auto *shutdownLayout = new QVBoxLayout(shutdownBox);
    shutdownLayout->addWidget(m_shutdowns);
    shutdownLayout->addLayout(addRow);

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
    layout->addLayout(form);
    layout->addWidget(shutdownBox);
    layout->addWidget(previewBox);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PolicySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicySettingsDialog::reject);
    connect(add, &QPushButton::clicked, this, &PolicySettingsDialog::addShutdownDay);
    connect(remove, &QPushButton::clicked, this, &PolicySettingsDialog::removeShutdownDay);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::updatePreview);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PolicySettingsDialog::updatePreview);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, [this] {
        showShutdownDays();
        updatePreview();
    });
    showShutdownDays();
    updatePreview();
}

DisclosurePolicy PolicySettingsDialog::currentPolicy() const
{
    return m_policies.value(m_policy->currentIndex(), DisclosurePolicy::iso29147());
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

void PolicySettingsDialog::showShutdownDays()
{
    m_shutdowns->clear();
    const BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    const QHash<QDate, QString> days = calendar->shutdownDays();
    QList<QDate> dates = days.keys();
    std::sort(dates.begin(), dates.end());
    for (const QDate &d : std::as_const(dates)) {
        auto *item
            = new QListWidgetItem(tr("%1  %2").arg(d.toString(Qt::ISODate), days.value(d)), m_shutdowns);
        item->setData(Qt::UserRole, d);
    }
}

void PolicySettingsDialog::addShutdownDay()
{
    BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    const QString name = m_shutdownName->text().trimmed();
    calendar->addShutdownDay(m_shutdownDate->date(), name.isEmpty() ? tr("Company shutdown") : name);
    showShutdownDays();
    updatePreview();
}

void PolicySettingsDialog::removeShutdownDay()
{
    BusinessCalendar *calendar = currentCalendar();
    const QListWidgetItem *item = m_shutdowns->currentItem();
    if (!calendar || !item)
        return;
    calendar->removeShutdownDay(item->data(Qt::UserRole).toDate());
    showShutdownDays();
    updatePreview();
}

void PolicySettingsDialog::updatePreview()
{
    m_preview->clear();
    const BusinessCalendar *calendar = currentCalendar();
    if (!calendar)
        return;
    const QTimeZone zone = currentZone();
    const DisclosurePolicy policy = currentPolicy();
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
    PolicyStore store(m_db);
    const BusinessCalendar *calendar = currentCalendar();
    Status s = store.seedPresets();
    if (s && calendar)
        s = store.saveCalendar(*calendar);
    if (s)
        s = store.setDefaultPolicyId(currentPolicy().id());
    if (s && calendar)
        s = store.setDefaultCalendarId(calendar->id());
    if (s)
        s = store.setTimeZoneId(m_zone->currentData().toString());
    if (!s) {
        m_message->showMessage(
            MessageBar::Kind::Error, tr("Cannot save the SLA settings: %1").arg(s.error()));
        return false;
    }
    Q_EMIT saved();
    return true;
}

void PolicySettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
