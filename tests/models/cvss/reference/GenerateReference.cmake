# Regenerates tests/models/cvss/data/ae-*.txt: installs the npm package ae-cvss-calculator
# into a temporary folder and runs generate-reference.js with node.
#   cmake -DOUTPUT_DIR=<dir> [-DWORK_DIR=<tmp>] [-DPACKAGE=ae-cvss-calculator@1.0.13] -P GenerateReference.cmake
# The generated files are committed, so the tests run without network access.
if(NOT OUTPUT_DIR)
    set(OUTPUT_DIR "${CMAKE_CURRENT_LIST_DIR}/../data")
endif()
if(NOT WORK_DIR)
    string(RANDOM LENGTH 8 suffix)
    set(WORK_DIR "/tmp/psirtdesk-cvss-reference-${suffix}")
endif()
if(NOT PACKAGE)
    set(PACKAGE "ae-cvss-calculator@1.0.13")
endif()
# The build environment passes only PSIRTDESK_* variables; a proxy CA for the registry can
# come in that way.
if(DEFINED ENV{PSIRTDESK_NODE_EXTRA_CA_CERTS})
    set(ENV{NODE_EXTRA_CA_CERTS} "$ENV{PSIRTDESK_NODE_EXTRA_CA_CERTS}")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
file(WRITE "${WORK_DIR}/package.json" "{\"name\": \"psirtdesk-cvss-reference\", \"private\": true}\n")
execute_process(COMMAND npm install --no-audit --no-fund --silent ${PACKAGE}
    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE npm_result)
if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "npm install ${PACKAGE} failed (${npm_result}); is the npm registry reachable?")
endif()
execute_process(COMMAND node "${CMAKE_CURRENT_LIST_DIR}/generate-reference.js" "${WORK_DIR}" "${OUTPUT_DIR}"
    RESULT_VARIABLE node_result)
file(REMOVE_RECURSE "${WORK_DIR}")
if(NOT node_result EQUAL 0)
    message(FATAL_ERROR "generate-reference.js failed (${node_result})")
endif()
