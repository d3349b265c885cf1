#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"

#include <QDialog>
#include <QList>

class Database;
class MessageBar;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QTreeWidget;

/// Edits the team's SLA defaults in the case database: the disclosure policy, the
/// business-day calendar, the time zone, and the calendar's company shutdown days, with a
/// what-if preview of each clock's deadline for a report received now (Clock::nowUtc()).
/// Nothing is written until OK; failures show in an inline message bar and keep the dialog
/// open. Open it with open(); saved() tells the SLA tracker to reload.
class PolicySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicySettingsDialog)

public:
    explicit PolicySettingsDialog(Database &db, QWidget *parent = nullptr);

    /// Writes the settings (seeding the shipped presets first, so they can be chosen);
    /// false, with the reason in the message bar, on failure.
    bool save();

    void accept() override;

Q_SIGNALS:
    void saved();

private:
    DisclosurePolicy currentPolicy() const;
    BusinessCalendar *currentCalendar();
    const BusinessCalendar *currentCalendar() const;
    QTimeZone currentZone() const;
    void showShutdownDays();
    void addShutdownDay();
    void removeShutdownDay();
    void updatePreview();

    Database &m_db;
    QList<DisclosurePolicy> m_policies;
    QList<BusinessCalendar> m_calendars; // edited copies
    QComboBox *m_policy;
    QComboBox *m_calendar;
    QComboBox *m_zone;
    QListWidget *m_shutdowns;
    QDateEdit *m_shutdownDate;
    QLineEdit *m_shutdownName;
    QTreeWidget *m_preview;
    MessageBar *m_message;
};
