#pragma once

#include <QString>

/// What an OpenPGP signature on a message established. Stored with each message of a case's
/// correspondence (by id) and shown to the analyst.
enum class SignatureState { NotSigned, Valid, UnknownKey, Bad, Error };

namespace SignatureStates {
QString id(SignatureState state); // stored in the database
SignatureState fromId(const QString &id);
QString displayName(SignatureState state); // translated
} // namespace SignatureStates
