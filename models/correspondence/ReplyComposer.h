#pragma once

#include "CorrespondenceMessage.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class OpenPgp;

/// Builds a reply to the reporter as a ready-to-send RFC 5322 message with GMime 3: proper
/// headers (From, To, Date, a new Message-ID in the team's domain, In-Reply-To and
/// References from the last incoming message), the text as UTF-8 quoted-printable, signed
/// with the team key as PGP/MIME (RFC 3156, multipart/signed) and, when the reporter's key
/// is in the keyring, signed and then encrypted (multipart/encrypted). Lines end in CRLF.
class ReplyComposer final
{
public:
    struct Options
    {
        QString teamAddress; // "psirt@example.com"
        QString teamName; // display name in From
        QString signingKey; // fingerprint; empty: the team address's key
        bool sign = true;
        bool encryptWhenKeyKnown = true;
    };

    struct Reply
    {
        QByteArray eml;
        bool isSigned = false;
        bool isEncrypted = false;
        QString encryptionKey; // the reporter's key the reply was encrypted to
        /// The message as the log records it (not yet sent: sentAt unset).
        CorrespondenceMessage message;
    };

    /// pgp may be null when sign is off and nothing is to be encrypted.
    ReplyComposer(Options options, const OpenPgp *pgp);

    /// log: the case's correspondence, for threading. date: the Date header (UTC).
    Result<Reply> compose(qint64 caseId, const QString &to, const QString &toName, const QString &subject,
        const QString &body, const QList<CorrespondenceMessage> &log, const QDateTime &date,
        const QString &templateName = {}) const;

private:
    Options m_options;
    const OpenPgp *m_pgp;
};
