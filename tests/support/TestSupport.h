#pragma once

#include <QString>

/// Helpers shared by the tests: isolation and hostile sample text.
namespace TestSupport {

/// QStandardPaths test mode and a fixed analyst name; call from initTestCase().
void isolate();

} // namespace TestSupport
