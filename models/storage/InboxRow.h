#pragma once

#include "core/CaseStatus.h"

#include <QString>

/// The slice of a case the inbox shows: small, so that 100,000 of them load fast and fit in
/// memory. Text is as stored (already decoded); times are milliseconds since the epoch, UTC.
struct InboxRow
{
    qint64 id = 0;
    QString trackingId;
    qint64 receivedAtMs = 0;
    QString title;
    QString product;
    QString reporter;
    CaseStatus status = CaseStatus::New;
    double cvssScore = -1; // < 0: unscored
    QString severity;
    QString owner;
    qint64 updatedAtMs = 0;
    bool unread = true;
    qint64 embargoAtMs = 0; // a negotiated disclosure instant; 0 when the policy's applies
    QString embargoReason;
    QString slaPolicy; // empty: the database's default policy
    QString priority; // "" or P1 … P4
    qint64 exploitedAtMs = 0; // known to be actively exploited since; 0 when not known
    QString exploitedSource;

    bool exploited() const { return exploitedAtMs != 0; }
};
