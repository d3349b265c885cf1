#pragma once

#include "MailCrypto.h"

#include <QString>

/// The MailCrypto of a GnuPG home (the team key), through the OpenPgp wrapper
/// (models/openpgp). An empty home gives empty functions: encrypted mail stays unread and
/// signatures unchecked, which each imported message then says.
namespace IntakeCrypto {
MailCrypto forGnupgHome(const QString &gnupgHome);
} // namespace IntakeCrypto
