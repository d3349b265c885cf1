#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class CalendarDaysModel;
class ClockRulesModel;
class PolicyStore;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

/// Edits the team's SLA set-up in the case database, in three tabs: the defaults (policy,
/// business-day calendar, time zone), the policies themselves (their clocks: duration and
/// unit, the events that start and stop them, pausing while the reporter is asked for more
/// information, the due-soon threshold, and which clock sets the embargo), and the calendar
/// (weekend days, public holidays, make-up working days, company shutdown days). A what-if
/// preview shows each clock's deadline for a report received now (Clock::nowUtc()) under
/// the policy on screen.
///
/// Nothing is written until OK; an invalid policy or a failure shows in the inline message
/// bar and keeps the dialog open. Open it with open(); saved() tells the SLA tracker to
/// reload.
class PolicySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicySettingsDialog)

public:
    /// store is the session's (Session::policies()).
    explicit PolicySettingsDialog(PolicyStore &store, QWidget *parent = nullptr);
    ~PolicySettingsDialog() override;

    /// Writes the settings (seeding the shipped presets first, so they can be chosen);
    /// false, with the reason in the message bar, on failure.
    bool save();

    void accept() override;

Q_SIGNALS:
    void saved();

private:
    QWidget *createDefaultsPage();
    QWidget *createPoliciesPage();
    QWidget *createCalendarPage();

    DisclosurePolicy previewPolicy() const;
    BusinessCalendar *currentCalendar();
    const BusinessCalendar *currentCalendar() const;
    QTimeZone currentZone() const;
    void refreshPolicyCombos();

    // Policies tab
    int editedIndex() const;
    void loadEditedPolicy();
    void storeEditedPolicy();
    void showClock();
    void editClock();
    void newPolicy();
    void deletePolicy();
    void resetPolicy();
    void addClock();
    void removeClock();
    void refreshEmbargoCombo();

    // Calendar tab
    void loadCalendar();
    void addDay();
    void removeDay();
    void setWeekend();

    void updatePreview();

    PolicyStore &m_store;
    QList<DisclosurePolicy> m_policies; // edited copies: stored ones and the presets
    QSet<QString> m_changedPolicies;
    QSet<QString> m_removedPolicies;
    QList<BusinessCalendar> m_calendars; // edited copies
    bool m_loading = false;

    QTabWidget *m_tabs;
    QComboBox *m_policy;
    QComboBox *m_calendar;
    QComboBox *m_zone;

    QComboBox *m_editPolicy;
    QLineEdit *m_policyName;
    ClockRulesModel *m_clocks;
    QTableView *m_clockTable;
    QGroupBox *m_clockBox;
    QLineEdit *m_clockName;
    QSpinBox *m_clockAmount;
    QComboBox *m_clockUnit;
    QComboBox *m_clockStart;
    QHash<SlaEvent, QCheckBox *> m_clockStops;
    QHash<SlaEvent, QCheckBox *> m_clockEarlier;
    QCheckBox *m_clockPauses;
    QSpinBox *m_clockDueSoon;
    QComboBox *m_embargoClock;

    QGroupBox *m_calendarBox;
    QList<QCheckBox *> m_weekend; // Monday … Sunday
    QSpinBox *m_year;
    CalendarDaysModel *m_days;
    QTableView *m_dayTable;
    QDateEdit *m_dayDate;
    QComboBox *m_dayKind;
    QLineEdit *m_dayName;

    QTreeWidget *m_preview;
    MessageBar *m_message;
};
