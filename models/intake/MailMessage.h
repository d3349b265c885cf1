#pragma once

#include "openpgp/SignatureState.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The OpenPGP outcome of one message, stored with it and shown to the analyst.
struct PgpOutcome
{
    bool encrypted = false;
    bool decrypted = false;
    SignatureState signature = SignatureState::NotSigned;
    QString signer; // key fingerprint or user id of a verified signature
    QString detail; // why decryption or verification failed, translated

    /// One line for the results table: "decrypted, signature valid (…)".
    QString summary() const;
};

/// A file attached to a message. The name is for display only: sanitised, never a path.
struct MailAttachment
{
    QString name;
    QString mimeType;
    QByteArray data;
    QByteArray sha256; // hex
};

/// A parsed message: decoded headers, the plain-text body and the attachments.
struct MailMessage
{
    QByteArray messageId; // without angle brackets
    QByteArray raw; // the message as received
    QByteArray contentHash; // SHA-256 of the raw bytes, hex
    QString subject;
    QString fromName;
    QString fromAddress;
    QDateTime date; // UTC; invalid when the message has none
    QByteArrayList references; // In-Reply-To and References, oldest first
    QString body; // plain text, never HTML
    QList<MailAttachment> attachments;
    PgpOutcome pgp;
    QStringList notes; // translated: what was odd but not fatal (unknown charset, …)
};
