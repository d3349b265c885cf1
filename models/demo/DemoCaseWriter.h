#pragma once

#include "DemoPlan.h"
#include "advisory/AdvisoryStore.h"
#include "correspondence/CorrespondenceStore.h"
#include "storage/AuditLog.h"
#include "storage/TrackingIdPattern.h"

#include <QList>
#include <QRandomGenerator>

#include <utility>

namespace Demo {

// Writes the texts and audit trail of one planned case.
class DemoCaseWriter final
{
public:
    DemoCaseWriter(
        const Tables &tables, const QList<Plan> &plans, const TrackingIdPattern &pattern, quint32 seed);
    /// The correspondence of the cases written so far; CorrespondenceStore::importMessages
    /// stores it (the audit trails already hold its entries).
    QList<CorrespondenceMessage> takeMail() { return std::exchange(m_mail, {}); }
    /// The advisory data of the cases written so far (their trails hold the audit entries).
    QList<AdvisoryStore::Imported> takeAdvisories() { return std::exchange(m_advisories, {}); }

    void write(int index, Case *c, QList<AuditEntry> *trail);

private:
    QString analyst(int i) const { return m_tables.analysts.at(i); }
    QString anyAnalyst() { return analyst(int(m_rng.bounded(int(m_tables.analysts.size())))); }

    void writeProduct(const Plan &p, Case *c);
    void writeReporter(const Plan &p, Case *c);
    void writeText(const Plan &p, Case *c);
    struct MailThread
    {
        qint64 caseId = 0;
        bool encrypted = false;
        int count = 0;
        QByteArray firstId;
    };
    QByteArray nextMessageId(MailThread &thread, const char *domain);
    void record(CorrespondenceMessage m, const QString &analyst, QList<AuditEntry> *trail);
    void incoming(MailThread &thread, const Case &c, qint64 sent, qint64 recorded, const QString &analyst,
        const QString &subject, const QString &body, QList<AuditEntry> *trail);
    void outgoing(MailThread &thread, const Case &c, const QString &templateId, qint64 at,
        const QString &analyst, QList<AuditEntry> *trail);
    void add(QList<AuditEntry> *trail, qint64 at, const QString &actor, const QString &field,
        const QString &oldValue, const QString &newValue);
    void writeHistory(const Plan &p, Case *c, QList<AuditEntry> *trail);
    void writeAdvisory(const Plan &p, const Case &c, const QString &analyst, QList<AuditEntry> *trail);
    const Tables &m_tables;
    const QList<Plan> &m_plans;
    const TrackingIdPattern &m_pattern;
    QRandomGenerator m_rng;
    QRandomGenerator m_mailRng; // its own stream: mail leaves the rest of the data as it was
    QList<CorrespondenceMessage> m_mail;
    QList<AdvisoryStore::Imported> m_advisories;
};

} // namespace Demo
