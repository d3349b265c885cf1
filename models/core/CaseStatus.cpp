#include "CaseStatus.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace {

struct StatusInfo
{
    CaseStatus status;
    const char *id;
    const char *name;
};

// QT_TRANSLATE_NOOP marks the names for lupdate; displayName() translates them.
constexpr std::array kStatuses {
    StatusInfo {CaseStatus::New, "new", QT_TRANSLATE_NOOP("CaseStatus", "New")},
    StatusInfo {CaseStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("CaseStatus", "Acknowledged")},
    StatusInfo {CaseStatus::Triage, "triage", QT_TRANSLATE_NOOP("CaseStatus", "Triage")},
    StatusInfo {CaseStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("CaseStatus", "Confirmed")},
    StatusInfo {CaseStatus::Remediation, "remediation", QT_TRANSLATE_NOOP("CaseStatus", "Remediation")},
    StatusInfo {CaseStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("CaseStatus", "Resolved")},
    StatusInfo {CaseStatus::Disclosed, "disclosed", QT_TRANSLATE_NOOP("CaseStatus", "Disclosed")},
    StatusInfo {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed")},
    StatusInfo {
        CaseStatus::NeedsMoreInfo, "needs-more-info", QT_TRANSLATE_NOOP("CaseStatus", "Needs More Info")},
    StatusInfo {CaseStatus::Duplicate, "duplicate", QT_TRANSLATE_NOOP("CaseStatus", "Duplicate")},
    StatusInfo {CaseStatus::OutOfScope, "out-of-scope", QT_TRANSLATE_NOOP("CaseStatus", "Out of Scope")},
    StatusInfo {
        CaseStatus::NotReproducible, "not-reproducible", QT_TRANSLATE_NOOP("CaseStatus", "Not Reproducible")},
    StatusInfo {CaseStatus::Informative, "informative", QT_TRANSLATE_NOOP("CaseStatus", "Informative")},
    StatusInfo {CaseStatus::Spam, "spam", QT_TRANSLATE_NOOP("CaseStatus", "Spam")},
};

const StatusInfo &info(CaseStatus status)
{
    return kStatuses[static_cast<size_t>(status)];
}

} // namespace

namespace CaseStatuses {

QList<CaseStatus> all()
{
    QList<CaseStatus> list;
    for (const auto &s : kStatuses)
        list.append(s.status);
    return list;
}

QString id(CaseStatus status)
{
    return QString::fromLatin1(info(status).id);
}

bool fromId(const QString &text, CaseStatus *status)
{
    const QString t = text.trimmed();
    for (const auto &s : kStatuses) {
        if (t.compare(QLatin1StringView(s.id), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1StringView(s.name), Qt::CaseInsensitive) == 0) {
            *status = s.status;
            return true;
        }
    }
    return false;
}

CaseStatus fromStoredId(const QString &id)
{
    static const QHash<QString, CaseStatus> byId = [] {
        QHash<QString, CaseStatus> h;
        for (const auto &s : kStatuses)
            h.insert(QString::fromLatin1(s.id), s.status);
        return h;
    }();
    return byId.value(id, CaseStatus::New);
}

QString displayName(CaseStatus status)
{
    return QCoreApplication::translate("CaseStatus", info(status).name);
}

bool isClosingOutcome(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Duplicate:
    case CaseStatus::OutOfScope:
    case CaseStatus::NotReproducible:
    case CaseStatus::Informative:
    case CaseStatus::Spam:
        return true;
    default:
        return false;
    }
}

bool isOpen(CaseStatus status)
{
    return status != CaseStatus::Closed && !isClosingOutcome(status);
}

} // namespace CaseStatuses
