#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// A case milestone that starts or stops a clock. Stable ids ("received", "acknowledged",
/// …) are used in JSON and on the command line.
enum class SlaEvent {
    Received,
    Acknowledged,
    Triaged,
    Assessed, // an initial assessment is done: confirmed, or closed as not a vulnerability
    Resolved,
    Disclosed,
    Closed,
    // Known to be actively exploited (Case::exploitedAt: an analyst's mark or the KEV catalog).
    Exploited,
};

namespace SlaEvents {
QList<SlaEvent> all();
QString id(SlaEvent event);
bool fromId(const QString &text, SlaEvent *event);
/// Translated, for settings and tooltips ("Acknowledged").
QString displayName(SlaEvent event);
} // namespace SlaEvents

/// One clock of a disclosure policy: how long the team has between two case events.
struct ClockRule
{
    enum class Unit { BusinessDays, CalendarDays, Hours };

    QString id; // stable, untranslated ("acknowledge")
    QString name; // English source text; displayName() translates it
    QString description; // English source text, the policy sentence the clock enforces
    int amount = 0;
    Unit unit = Unit::BusinessDays;
    SlaEvent start = SlaEvent::Received;
    QList<SlaEvent> stopEvents; // the first of these to happen stops the clock
    // "…or at resolution, whichever is earlier": the deadline moves to the first of these
    // events if it happens before the computed deadline.
    QList<SlaEvent> earlierOf;
    bool pausesWhileWaitingOnReporter = false;
    int dueSoonHours = 24; // "due soon" this long before the deadline

    QString displayName() const;
    QString displayDescription() const;
    static QString unitId(Unit unit);
    /// Translated ("business days").
    static QString unitDisplayName(Unit unit);
    static bool unitFromId(const QString &text, Unit *unit);

    bool operator==(const ClockRule &other) const = default;
};

/// A documented rule of a policy that is not a clock, such as when an advisory is issued.
struct PolicyNote
{
    QString id;
    QString text; // English source text

    QString displayText() const;
    bool operator==(const PolicyNote &other) const = default;
};

/// A coordinated-disclosure policy as data: named clocks plus the embargo rule, JSON
/// (de)serialisable so a team can keep its own in the case database and edit it. The two
/// shipped presets mirror the policies in the product brief; their ids never change.
class DisclosurePolicy final
{
public:
    /// Published policies have three to five clocks; 32 keeps evaluating every case cheap.
    static constexpr qsizetype maxClocks = 32;
    /// Notes document the policy for the analyst; 100 is far beyond any published one.
    static constexpr qsizetype maxNotes = 100;

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString displayName() const;

    QList<ClockRule> clocks() const { return m_clocks; }
    void setClocks(const QList<ClockRule> &clocks) { m_clocks = clocks; }
    void addClock(const ClockRule &clock) { m_clocks.append(clock); }
    /// The clock whose deadline is the planned disclosure (the embargo end), if any.
    QString embargoClockId() const { return m_embargoClockId; }
    void setEmbargoClockId(const QString &id) { m_embargoClockId = id; }
    QList<PolicyNote> notes() const { return m_notes; }
    void setNotes(const QList<PolicyNote> &notes) { m_notes = notes; }

    QJsonObject toJson() const;
    static Result<DisclosurePolicy> fromJson(const QJsonObject &json);

    static QString iso29147Id() { return QStringLiteral("iso29147-5-15-90"); }
    static QString psirt790Id() { return QStringLiteral("psirt-7-90"); }
    /// Policy A of the brief (ISO/IEC 29147 based): acknowledge 5, assess 15 business days,
    /// disclose 90 calendar days after the report or at resolution, whichever is earlier.
    static DisclosurePolicy iso29147();
    /// Policy B: respond within 7 working days, remediation target 90 days.
    static DisclosurePolicy psirt790();
    static QList<DisclosurePolicy> presets();
    /// A preset by id or English name (case-insensitive).
    static Result<DisclosurePolicy> preset(const QString &idOrName);

    bool operator==(const DisclosurePolicy &other) const = default;

private:
    QString m_id;
    QString m_name;
    QList<ClockRule> m_clocks;
    QString m_embargoClockId;
    QList<PolicyNote> m_notes;
};
