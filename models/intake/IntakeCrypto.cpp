#include "IntakeCrypto.h"

namespace IntakeCrypto {

MailCrypto forGnupgHome(const QString &gnupgHome)
{
    MailCrypto crypto;
    if (gnupgHome.isEmpty())
        return crypto;
    return crypto;
}

} // namespace IntakeCrypto
