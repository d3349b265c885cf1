# Compiler settings shared by every target of the project.

add_library(psirtdesk_compile_options INTERFACE)
target_compile_options(psirtdesk_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wformat=2>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)
if(PSIRTDESK_WARNINGS_AS_ERRORS)
    target_compile_options(psirtdesk_compile_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror> $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()
if(PSIRTDESK_SANITIZE)
    # Every error stops the program (a test that trips one fails), with a frame pointer for
    # readable stacks.
    target_compile_options(psirtdesk_compile_options INTERFACE
        -fsanitize=${PSIRTDESK_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(psirtdesk_compile_options INTERFACE -fsanitize=${PSIRTDESK_SANITIZE})
endif()
if(PSIRTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PSIRTDESK_FUZZ needs Clang (libFuzzer); use the fuzz preset")
    endif()
    if(PSIRTDESK_SANITIZE)
        message(FATAL_ERROR "PSIRTDESK_FUZZ brings its own sanitizers; leave PSIRTDESK_SANITIZE empty")
    endif()
    # Coverage instrumentation for libFuzzer in every target; only the fuzz targets link the
    # libFuzzer runtime (psirtdesk_add_fuzzer), other programs link just the sanitizers.
    target_compile_options(psirtdesk_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(psirtdesk_compile_options INTERFACE -fsanitize=address,undefined)
endif()
# Strings from the outside world are never silently taken as Latin-1 or ASCII.
target_compile_definitions(psirtdesk_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# psirtdesk_add_test(NAME SOURCES... [LIBRARIES...] [LABELS...] [GUI])
# A QtTest executable linked against the libraries (never the application), run by ctest.
# GUI tests run on the offscreen platform.
function(psirtdesk_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE psirtdesk_compile_options psirtdesk_testsupport
        Qt6::Test ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()

target_compile_definitions(psirtdesk_compile_options INTERFACE
    PSIRTDESK_VERSION="${PROJECT_VERSION}")
