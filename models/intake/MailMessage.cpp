#include "MailMessage.h"

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
