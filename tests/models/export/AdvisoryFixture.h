#pragma once

#include "advisory/AdvisoryStore.h"
#include "export/AdvisoryCase.h"

/// A disclosed case with everything an advisory carries, for the export tests.
namespace AdvisoryFixture {
AdvisoryCase sampleCase();
/// A second, smaller case (one CVE, no advisory products: the case's own product counts).
AdvisoryCase secondCase();
AdvisoryPublisher publisher();
} // namespace AdvisoryFixture
