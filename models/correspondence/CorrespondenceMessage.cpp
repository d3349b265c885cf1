#include "CorrespondenceMessage.h"

#include <QCoreApplication>

QString MessageDirections::id(MessageDirection direction)
{
    return direction == MessageDirection::Outgoing ? QStringLiteral("out") : QStringLiteral("in");
}

MessageDirection MessageDirections::fromId(const QString &id)
{
    return id == u"out" ? MessageDirection::Outgoing : MessageDirection::Incoming;
}

QString MessageDirections::displayName(MessageDirection direction)
{
    return direction == MessageDirection::Outgoing
        ? QCoreApplication::translate("MessageDirection", "Sent")
        : QCoreApplication::translate("MessageDirection", "Received");
}

QString MessageEncryptions::id(MessageEncryption encryption)
{
    switch (encryption) {
    case MessageEncryption::Encrypted:
        return QStringLiteral("encrypted");
    case MessageEncryption::Undecryptable:
        return QStringLiteral("undecryptable");
    case MessageEncryption::None:
        break;
    }
    return QStringLiteral("none");
}

MessageEncryption MessageEncryptions::fromId(const QString &id)
{
    if (id == u"encrypted")
        return MessageEncryption::Encrypted;
    if (id == u"undecryptable")
        return MessageEncryption::Undecryptable;
    return MessageEncryption::None;
}

QString MessageEncryptions::displayName(MessageEncryption encryption)
{
    switch (encryption) {
    case MessageEncryption::Encrypted:
        return QCoreApplication::translate("MessageEncryption", "encrypted");
    case MessageEncryption::Undecryptable:
        return QCoreApplication::translate("MessageEncryption", "encrypted, cannot be decrypted");
    case MessageEncryption::None:
        break;
    }
    return QCoreApplication::translate("MessageEncryption", "not encrypted");
}

QByteArray CorrespondenceMessage::normalizedMessageId(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<'))
        id.remove(0, 1);
    if (id.endsWith('>'))
        id.chop(1);
    return id.trimmed();
}
