#pragma once

#include "openpgp/SignatureState.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

enum class MessageDirection { Incoming, Outgoing };

/// Whether a message travelled encrypted: for an incoming one, Undecryptable when the team
/// key could not open it; for an outgoing one, Encrypted to the reporter's key.
enum class MessageEncryption { None, Encrypted, Undecryptable };

namespace MessageDirections {
QString id(MessageDirection direction); // "in", "out"
MessageDirection fromId(const QString &id);
QString displayName(MessageDirection direction); // translated
} // namespace MessageDirections

namespace MessageEncryptions {
QString id(MessageEncryption encryption); // "none", "encrypted", "undecryptable"
MessageEncryption fromId(const QString &id);
QString displayName(MessageEncryption encryption); // translated
} // namespace MessageEncryptions

/// One message of a case's correspondence with the reporter, incoming or outgoing, as the
/// log keeps it: the headers that thread it, the plain-text body (bounded), the raw message
/// (bytes, or a reference to where they are kept), and what OpenPGP established.
struct CorrespondenceMessage
{
    qint64 id = 0;
    qint64 caseId = 0;
    MessageDirection direction = MessageDirection::Incoming;
    QDateTime date; // the Date header, UTC; invalid when the message had none
    QString from;
    QString to;
    QString subject;
    QByteArray messageId; // without angle brackets
    QByteArray inReplyTo; // without angle brackets
    QByteArrayList references; // without angle brackets, oldest first
    QString body; // plain text, never HTML
    bool bodyTruncated = false; // the body was longer than the store keeps
    QByteArray raw; // the message as received or written (empty when only referenced)
    QString rawReference; // where the raw message is kept instead (an evidence id, a path)
    QByteArray contentHash; // SHA-256 of the raw message, hex
    MessageEncryption encryption = MessageEncryption::None;
    SignatureState signature = SignatureState::NotSigned;
    QString signer; // fingerprint or user id of the signing key
    QString templateName; // the reply template an outgoing message was made from
    QDateTime sentAt; // outgoing: when it was handed over for sending; invalid: not yet
    QDateTime recordedAt; // set by the store
    QString recordedBy; // set by the store: the analyst

    /// A Message-ID as stored: trimmed, without angle brackets.
    static QByteArray normalizedMessageId(QByteArray id);
};
