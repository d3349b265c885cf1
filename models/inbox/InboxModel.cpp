#include "InboxModel.h"

#include "core/TextSanitizer.h"
#include "cvss/CvssSeverity.h"
#include "inbox/InboxFilter.h"
#include "jobs/Job.h"
#include "sla/SlaTracker.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>

namespace {
QString severityName(const QString &english)
{
    static const std::array severities {CvssSeverity::None, CvssSeverity::Low, CvssSeverity::Medium,
        CvssSeverity::High, CvssSeverity::Critical};
    for (CvssSeverity s : severities) {
        const std::string_view name = CvssRating::englishName(s);
        if (english == QLatin1StringView(name.data(), qsizetype(name.size())))
            return CvssRating::displayName(s);
    }
    return TextSanitizer::singleLine(english);
}
} // namespace

struct InboxModel::Contents
{
    QList<InboxRow> rows;
    QHash<qint64, int> rowOfId;
    QList<QString> folded;
    int unread = 0;
};

InboxModel::InboxModel(CaseStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &CaseStore::caseCreated, this, &InboxModel::onCaseCreated);
    connect(&m_store, &CaseStore::caseChanged, this, &InboxModel::onCaseChanged);
    // A bulk import is one reset, not thousands of single-row inserts; a large inbox reads
    // it in the background like at start.
    connect(&m_store, &CaseStore::casesImported, this, [this] {
        if (m_rows.size() >= backgroundLoadRows)
            reloadInBackground();
        else
            reload();
    });
}

InboxModel::~InboxModel() = default;

bool InboxModel::reload()
{
    auto rows = m_store.inboxRows();
    if (!rows) {
        m_error = rows.error();
        return false;
    }
    delete std::exchange(m_load, nullptr); // a background read still running is out of date now
    m_changedWhileLoading.clear();
    apply(indexRows(std::move(rows.value())));
    m_error.clear();
    return true;
}

void InboxModel::reloadInBackground()
{
    delete std::exchange(m_load, nullptr);
    m_changedWhileLoading.clear();
    const Database::Location location = m_store.database().location();
    auto *job = new Job<Contents>(
        [location](JobControl &) -> Result<Contents> {
            Database db;
            if (const ::Status s = db.openExisting(location); !s)
                return Result<Contents>::failure(s.error());
            auto rows = CaseStore(db).inboxRows();
            if (!rows)
                return Result<Contents>::failure(rows.error());
            return indexRows(std::move(rows.value()));
        },
        this);
    m_load = job;
    connect(job, &BackgroundJob::succeeded, this, [this, job] {
        // No longer loading: the changes below are applied now, not queued again.
        m_load = nullptr;
        m_error.clear();
        apply(job->takeResult());
        // What changed while the worker read may be missing from its snapshot.
        for (const qint64 id : std::exchange(m_changedWhileLoading, {}))
            refreshRow(id);
        Q_EMIT loaded();
    });
    connect(job, &BackgroundJob::failed, this, [this](const QString &message) {
        m_error = message;
        Q_EMIT loadFailed(message);
    });
    connect(job, &BackgroundJob::ended, this, [this, job] {
        if (m_load == job)
            m_load = nullptr;
        job->deleteLater();
    });
    job->start();
}

InboxModel::Contents InboxModel::indexRows(QList<InboxRow> rows)
{
    Contents c;
    c.rows = std::move(rows);
    c.rowOfId.reserve(c.rows.size());
    c.folded.reserve(c.rows.size());
    for (int i = 0; i < c.rows.size(); ++i) {
        const InboxRow &r = c.rows.at(i);
        c.rowOfId.insert(r.id, i);
        c.folded.append(InboxFilter::foldedText(r));
        c.unread += r.unread ? 1 : 0;
    }
    return c;
}

void InboxModel::apply(Contents contents)
{
    beginResetModel();
    m_rows = std::move(contents.rows);
    m_rowOfId = std::move(contents.rowOfId);
    m_folded = std::move(contents.folded);
    m_unread = contents.unread;
    m_deadlineKeys.clear();
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TrackingId:
            return r.trackingId.isEmpty() ? tr("(new)") : TextSanitizer::singleLine(r.trackingId);
        case Received:
            // Compact, unambiguous and the same in every language; local time.
            return QDateTime::fromMSecsSinceEpoch(r.receivedAtMs, QTimeZone::UTC)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Title:
            return TextSanitizer::singleLine(r.title);
        case Product:
            return TextSanitizer::singleLine(r.product);
        case Reporter:
            return TextSanitizer::singleLine(r.reporter);
        case Status:
            return CaseStatuses::displayName(r.status);
        case Severity: {
            // Stored in English (stable for exports and scripts), shown translated.
            const QString word = severityName(r.severity);
            QString text = r.cvssScore < 0
                ? word
                : QStringLiteral("%1 %2").arg(QLocale().toString(r.cvssScore, 'f', 1), word);
            // Exploitation outranks any score: the flag leads the column analysts scan.
            // The column is narrow: the sign leads, the tooltip says it in words.
            if (r.exploited())
                text = tr("⚠ %1").arg(text);
            if (role == Qt::ToolTipRole && r.exploited())
                text += u'\n'
                    + tr("Actively exploited since %1 — %2")
                          .arg(QDateTime::fromMSecsSinceEpoch(r.exploitedAtMs, QTimeZone::UTC)
                                   .toLocalTime()
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              TextSanitizer::singleLine(r.exploitedSource));
            return text;
        }
        case Owner:
            return r.owner.isEmpty() && role == Qt::DisplayRole ? QString()
                                                                : TextSanitizer::singleLine(r.owner);
        case NextDeadline: {
            const auto next = m_deadlines ? m_deadlines->nextDeadline(r.id) : std::nullopt;
            if (!next)
                return {};
            const QDateTime local = next->deadlineUtc.toLocalTime();
            if (role == Qt::DisplayRole)
                return tr("%1 %2").arg(next->clockName, local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            // The tooltip gives the instant in local time and UTC side by side.
            return tr("%1 due %2 (%3 UTC) — %4")
                .arg(next->clockName, QLocale().toString(local, QLocale::ShortFormat),
                    next->deadlineUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    ClockStates::displayName(next->state));
        }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Severity && r.exploited())
            return QColor(0xc6, 0x28, 0x28);
        if (index.column() == NextDeadline && m_deadlines) {
            const auto next = m_deadlines->nextDeadline(r.id);
            if (next && next->state == ClockState::Breached)
                return QColor(0xc6, 0x28, 0x28);
            if (next && next->state == ClockState::DueSoon)
                return QColor(0xb2, 0x5e, 0x00);
        }
        break;
    case DeadlineStateRole: {
        const auto next = m_deadlines ? m_deadlines->nextDeadline(r.id) : std::nullopt;
        return next ? int(next->state) : -1;
    }
    case SortRole:
        switch (index.column()) {
        case TrackingId:
            return r.trackingId;
        case Received:
            return r.receivedAtMs;
        case Title:
            return r.title;
        case Product:
            return r.product;
        case Reporter:
            return r.reporter;
        case Status:
            return int(r.status);
        case Severity:
            // Exploited cases sort above every score (scores are at most 10).
            return r.exploited() ? 100.0 + std::max(r.cvssScore, 0.0) : r.cvssScore;
        case Owner:
            return r.owner;
        case NextDeadline:
            return nextDeadlineMs(index.row());
        }
        break;
    case Qt::FontRole:
        if (r.unread
            || (index.column() == NextDeadline
                && data(index, DeadlineStateRole).toInt() == int(ClockState::Breached))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case CaseIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case UnreadRole:
        return r.unread;
    case ScoreRole:
        return r.cvssScore;
    case SeverityRole:
        return r.severity;
    case ExploitedRole:
        return r.exploited();
    default:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingId:
        return tr("Tracking ID");
    case Received:
        return tr("Received");
    case Title:
        return tr("Title");
    case Product:
        return tr("Product");
    case Reporter:
        return tr("Reporter");
    case Status:
        return tr("Status");
    case Severity:
        return tr("Severity");
    case Owner:
        return tr("Owner");
    case NextDeadline:
        return tr("Next deadline");
    }
    return {};
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(CaseIdRole, "caseId");
    names.insert(StatusRole, "status");
    names.insert(UnreadRole, "unread");
    names.insert(ScoreRole, "score");
    names.insert(SeverityRole, "severity");
    names.insert(DeadlineStateRole, "deadlineState");
    names.insert(ExploitedRole, "exploited");
    return names;
}

int InboxModel::unreadCount() const
{
    return m_unread;
}

void InboxModel::setDeadlineSource(const SlaTracker *tracker)
{
    if (m_deadlines)
        disconnect(m_deadlines, nullptr, this, nullptr);
    m_deadlines = tracker;
    m_deadlineKeys.clear();
    if (tracker) {
        connect(tracker, &SlaTracker::deadlinesChanged, this, &InboxModel::deadlinesChanged);
        connect(tracker, &SlaTracker::allDeadlinesChanged, this, [this] {
            m_deadlineKeys.clear();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, NextDeadline), index(int(m_rows.size()) - 1, NextDeadline));
        });
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextDeadline), index(int(m_rows.size()) - 1, NextDeadline));
}

qint64 InboxModel::nextDeadlineMs(int row) const
{
    const auto next = m_deadlines ? m_deadlines->nextDeadline(m_rows.at(row).id) : std::nullopt;
    return next ? next->deadlineUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

const QList<qint64> &InboxModel::nextDeadlineKeys() const
{
    if (m_deadlineKeys.size() != m_rows.size()) {
        m_deadlineKeys.resize(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_deadlineKeys[row] = nextDeadlineMs(row);
    }
    return m_deadlineKeys;
}

void InboxModel::deadlinesChanged(const QList<qint64> &ids)
{
    // A tick moves a handful of cases among 100,000: announce their rows in contiguous
    // ranges, so sorted and grouped views above re-place a few rows, not every row.
    QList<int> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        if (const int row = m_rowOfId.value(id, -1); row >= 0) {
            rows.append(row);
            if (!m_deadlineKeys.isEmpty())
                m_deadlineKeys[row] = nextDeadlineMs(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    const QList<int> roles
        = {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole, SortRole, DeadlineStateRole};
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), NextDeadline), index(rows.at(j), NextDeadline), roles);
        i = j + 1;
    }
}

void InboxModel::onCaseCreated(qint64 id)
{
    if (m_load) {
        m_changedWhileLoading.append(id);
        return;
    }
    if (m_rowOfId.contains(id))
        return refreshRow(id);
    auto rows = m_store.inboxRows({id});
    if (!rows || rows->isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(rows->constFirst());
    m_rowOfId.insert(id, at);
    m_unread += m_rows.constLast().unread ? 1 : 0;
    m_folded.append(InboxFilter::foldedText(m_rows.constLast()));
    if (!m_deadlineKeys.isEmpty())
        m_deadlineKeys.append(nextDeadlineMs(at));
    endInsertRows();
}

void InboxModel::onCaseChanged(qint64 id, CaseFields fields)
{
    Q_UNUSED(fields)
    refreshRow(id);
}

void InboxModel::refreshRow(qint64 id)
{
    if (m_load) {
        m_changedWhileLoading.append(id);
        return;
    }
    const int row = m_rowOfId.value(id, -1);
    if (row < 0)
        return onCaseCreated(id);
    auto rows = m_store.inboxRows({id});
    if (!rows || rows->isEmpty())
        return;
    m_unread += (rows->constFirst().unread ? 1 : 0) - (m_rows.at(row).unread ? 1 : 0);
    m_rows[row] = rows->constFirst();
    m_folded[row] = InboxFilter::foldedText(m_rows.at(row));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
        {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, SortRole, StatusRole, UnreadRole, ScoreRole,
            SeverityRole});
}
