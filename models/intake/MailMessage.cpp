#include "MailMessage.h"

#include <array>

namespace {

struct StateInfo
{
    SignatureState state;
    const char *id;
    const char *name;
};

constexpr std::array kStates {
    StateInfo {SignatureState::NotSigned, "none", QT_TRANSLATE_NOOP("SignatureState", "not signed")},
    StateInfo {SignatureState::Valid, "valid", QT_TRANSLATE_NOOP("SignatureState", "signature valid")},
    StateInfo {SignatureState::UnknownKey, "unknown-key",
        QT_TRANSLATE_NOOP("SignatureState", "signed with an unknown key")},
    StateInfo {SignatureState::Bad, "bad", QT_TRANSLATE_NOOP("SignatureState", "BAD signature")},
    StateInfo {SignatureState::Error, "error", QT_TRANSLATE_NOOP("SignatureState", "signature not checked")},
};

} // namespace

namespace SignatureStates {

QString id(SignatureState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("none");
}

SignatureState fromId(const QString &id)
{
    for (const StateInfo &info : kStates) {
        if (id == QLatin1StringView(info.id))
            return info.state;
    }
    return SignatureState::NotSigned;
}

QString displayName(SignatureState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QCoreApplication::translate("SignatureState", info.name);
    }
    return {};
}

} // namespace SignatureStates

QString PgpOutcome::summary() const
{
    QStringList parts;
    if (encrypted) {
        parts.append(decrypted ? QCoreApplication::translate("PgpOutcome", "decrypted")
                               : QCoreApplication::translate("PgpOutcome", "encrypted, not decrypted"));
    }
    QString signatureText = SignatureStates::displayName(signature);
    if (!signer.isEmpty() && signature != SignatureState::NotSigned)
        signatureText += QStringLiteral(" (%1)").arg(signer);
    parts.append(signatureText);
    if (!detail.isEmpty())
        parts.append(detail);
    return parts.join(QStringLiteral("; "));
}
