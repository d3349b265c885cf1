#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class Database;
class SlaTracker;

/// A reply the policies promise the reporter, as subject and body with {placeholders}.
struct ReplyTemplate
{
    QString id; // "acknowledgement", "request-info", … (stable, stored)
    QString subject;
    QString body;

    bool operator==(const ReplyTemplate &other) const = default;
};

/// A deadline a reply tells the reporter about.
struct ReplyDeadline
{
    QString id; // the policy's clock id, or "embargo"
    QString name; // translated clock name
    QDateTime at; // UTC
};

/// What a template is filled from.
struct ReplyContext
{
    Case c;
    QList<ReplyDeadline> deadlines; // the case's running deadlines, earliest first
    QString teamName;
    QTimeZone zone = QTimeZone::UTC; // deadlines are shown in this zone and in UTC
};

/// The reply templates: translated defaults for each message policy 000 promises
/// (acknowledgement with tracking id and deadlines, request for more information, initial
/// assessment, status update, fix released, advisory published), which a team may edit;
/// edited texts live in the database's settings table, so every analyst sends the same.
///
/// Filling is one pass over the template: text that comes from the case (hostile, it is the
/// reporter's) is inserted as it is, and a "{tracking_id}" inside it is not expanded again.
class ReplyTemplates final
{
public:
    explicit ReplyTemplates(Database &db);

    static QStringList ids();
    static QString displayName(const QString &id); // translated
    static ReplyTemplate defaultTemplate(const QString &id); // translated
    /// Every placeholder with a translated description, for the editor.
    static QList<QPair<QString, QString>> placeholders();

    /// The team's template (edited or default); fails for an unknown id.
    Result<ReplyTemplate> get(const QString &id) const;
    Status save(const ReplyTemplate &t);
    /// Back to the default text.
    Status reset(const QString &id);
    bool isEdited(const QString &id) const;

    /// A made-up case (with deadlines) to preview templates with.
    static ReplyContext sampleContext(const QString &teamName);

    static QString fill(const QString &text, const ReplyContext &context);
    /// The subject filled, always carrying "PSIRT Case <tracking id>" so the reporter's
    /// mail and the team's intake keep the thread.
    static QString fillSubject(const QString &subject, const ReplyContext &context);

    /// The workflow move that sending this reply stands for, if the case can make it now:
    /// the acknowledgement acknowledges a new case (that issues the tracking id and stops
    /// the acknowledgement clock); a request for more information puts the case in Needs
    /// More Info, which pauses the clocks that wait on the reporter.
    static std::optional<CaseStatus> statusAfterSending(const QString &id, const Case &c);

    /// The case's running deadlines from the SLA tracker (its own policy, the team's
    /// calendar), embargo included.
    static QList<ReplyDeadline> deadlines(const SlaTracker &tracker, qint64 caseId);

private:
    Database &m_db;
};
