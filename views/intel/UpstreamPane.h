#pragma once

#include "core/Result.h"
#include "intel/IntelStore.h"

#include <QWidget>

class MessageBar;
class QCheckBox;
class QLabel;
class QTableView;
class Session;
class UpstreamAlertModel;

/// The Upstream page: published vulnerabilities (imported OSV and CVE records) that hit a
/// component of the team's releases, KEV first, then by EPSS. Each alert becomes a
/// prefilled case in one step or is dismissed with a VEX justification; feeds are imported
/// here from files (in the background: an EPSS day is 300,000 rows) and their as-of dates
/// shown.
class UpstreamPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPane)

public:
    explicit UpstreamPane(Session &session, QWidget *parent = nullptr);
    ~UpstreamPane() override;

    bool reload();
    QString errorString() const { return m_error; }
    UpstreamAlertModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Opens a case from the selected alert; returns its id, 0 when refused.
    qint64 openCase();
    void dismiss();
    /// Imports a feed file in the background: KEV JSON, EPSS CSV(.gz), or OSV/CVE records.
    void importFeed(const QString &path);
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void failed(const QString &message);
    void caseOpened(qint64 id);
    void importFinished();

private:
    void finishImport(const Result<FeedImport> &result);

    Session &m_session;
    UpstreamAlertModel *m_model;
    QTableView *m_table;
    QCheckBox *m_openOnly;
    QLabel *m_feeds;
    MessageBar *m_message;
    QString m_error;
    bool m_importing = false;
};
