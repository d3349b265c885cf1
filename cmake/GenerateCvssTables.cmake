# Generates C++ headers from the standards' reference tables at configure time, so the
# scoring code reads constexpr arrays and the build needs nothing but CMake.
#
#   psirtdesk_generate_cvss4_tables(<json dir> <output header>)
#       FIRST's CVSS v4.0 calculator data (FIRSTdotorg/cvss-v4-calculator, BSD-2-Clause,
#       converted to JSON in resources/data/cvss4): MacroVector scores, highest-severity
#       metric combinations per EQ level, maximal severity distances.
#   psirtdesk_embed_text(<input file> <output header> <C++ identifier>)
#       A text file as a constexpr std::string_view (used for the CERT/CC SSVC CSV tables).

# jsoncpp prints numbers with 17 significant digits ("9.8000000000000007"); every score in
# the data has one decimal, so the first two decimals recover it exactly.
function(_psirtdesk_json_tenths text out)
    if(NOT text MATCHES "^([0-9]+)(\\.([0-9]*))?$")
        message(FATAL_ERROR "CVSS 4.0 data: not a score: ${text}")
    endif()
    set(whole ${CMAKE_MATCH_1})
    set(frac "${CMAKE_MATCH_3}00")
    string(SUBSTRING "${frac}" 0 1 d1)
    string(SUBSTRING "${frac}" 1 1 d2)
    math(EXPR tenths "${whole} * 10 + ${d1}")
    if(d2 GREATER_EQUAL 5)
        math(EXPR tenths "${tenths} + 1")
    endif()
    set(${out} ${tenths} PARENT_SCOPE)
endfunction()

function(psirtdesk_generate_cvss4_tables dir header)
    set(scores_file "${dir}/macrovector_scores.json")
    set(composed_file "${dir}/max_composed.json")
    set(severity_file "${dir}/max_severity.json")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        ${scores_file} ${composed_file} ${severity_file})
    file(READ ${scores_file} scores)
    file(READ ${composed_file} composed)
    file(READ ${severity_file} severity)

    # 3*2*3*3*3*2 slots, eq1 most significant; -1 marks the MacroVectors that cannot occur.
    set(slots "")
    foreach(i RANGE 323)
        list(APPEND slots -1)
    endforeach()
    string(JSON count LENGTH "${scores}")
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON key MEMBER "${scores}" ${i})
        string(JSON value GET "${scores}" "${key}")
        if(NOT key MATCHES "^([0-2])([0-1])([0-2])([0-2])([0-2])([0-1])$")
            message(FATAL_ERROR "CVSS 4.0 data: bad MacroVector ${key}")
        endif()
        math(EXPR index "((((${CMAKE_MATCH_1} * 2 + ${CMAKE_MATCH_2}) * 3 + ${CMAKE_MATCH_3}) * 3 \
+ ${CMAKE_MATCH_4}) * 3 + ${CMAKE_MATCH_5}) * 2 + ${CMAKE_MATCH_6}")
        _psirtdesk_json_tenths("${value}" tenths)
        list(REMOVE_AT slots ${index})
        list(INSERT slots ${index} ${tenths})
    endforeach()
    list(JOIN slots ", " slots_text)

    # Highest-severity combinations: one row of up to five strings per EQ level.
    set(composed_text "")
    foreach(eq eq1 eq2 eq4 eq5)
        string(JSON nlevels LENGTH "${composed}" ${eq})
        math(EXPR lastlevel "${nlevels} - 1")
        string(APPEND composed_text "inline constexpr std::string_view kCvss4MaxComposed_${eq}[3][5] = {\n")
        foreach(level RANGE ${lastlevel})
            string(JSON n LENGTH "${composed}" ${eq} ${level})
            math(EXPR lastn "${n} - 1")
            set(row "")
            foreach(k RANGE ${lastn})
                string(JSON s GET "${composed}" ${eq} ${level} ${k})
                list(APPEND row "\"${s}\"")
            endforeach()
            list(JOIN row ", " row_text)
            string(APPEND composed_text "    {${row_text}},\n")
        endforeach()
        string(APPEND composed_text "};\n")
    endforeach()
    # eq3 is keyed by eq3 level, then eq6 level.
    string(APPEND composed_text "inline constexpr std::string_view kCvss4MaxComposed_eq3eq6[3][2][5] = {\n")
    foreach(l3 0 1 2)
        string(APPEND composed_text "    {\n")
        foreach(l6 0 1)
            set(row "")
            string(JSON type ERROR_VARIABLE missing TYPE "${composed}" eq3 ${l3} ${l6})
            if(NOT missing)
                string(JSON n LENGTH "${composed}" eq3 ${l3} ${l6})
                math(EXPR lastn "${n} - 1")
                foreach(k RANGE ${lastn})
                    string(JSON s GET "${composed}" eq3 ${l3} ${l6} ${k})
                    list(APPEND row "\"${s}\"")
                endforeach()
            endif()
            list(JOIN row ", " row_text)
            string(APPEND composed_text "        {${row_text}},\n")
        endforeach()
        string(APPEND composed_text "    },\n")
    endforeach()
    string(APPEND composed_text "};\n")

    # Maximal severity distances (in steps of 0.1); 0 where a level does not exist.
    set(severity_text "")
    foreach(eq eq1 eq2 eq4 eq5)
        set(row "")
        foreach(level 0 1 2)
            string(JSON v ERROR_VARIABLE missing GET "${severity}" ${eq} ${level})
            if(missing)
                set(v 0)
            endif()
            list(APPEND row ${v})
        endforeach()
        list(JOIN row ", " row_text)
        string(APPEND severity_text "inline constexpr int kCvss4MaxSeverity_${eq}[3] = {${row_text}};\n")
    endforeach()
    set(rows "")
    foreach(l3 0 1 2)
        set(row "")
        foreach(l6 0 1)
            string(JSON v ERROR_VARIABLE missing GET "${severity}" eq3eq6 ${l3} ${l6})
            if(missing)
                set(v 0)
            endif()
            list(APPEND row ${v})
        endforeach()
        list(JOIN row ", " row_text)
        list(APPEND rows "{${row_text}}")
    endforeach()
    list(JOIN rows ", " rows_text)
    string(APPEND severity_text "inline constexpr int kCvss4MaxSeverity_eq3eq6[3][2] = {${rows_text}};\n")

    set(content "// Generated by cmake/GenerateCvssTables.cmake from ${dir}. Do not edit.
// Source: FIRST's CVSS v4.0 reference calculator data (FIRSTdotorg/cvss-v4-calculator:
// cvss_lookup.js, max_composed.js, max_severity.js; Copyright FIRST, Red Hat and
// contributors; BSD-2-Clause).
#pragma once

#include <string_view>

namespace Cvss4Data {

// Score of each MacroVector in tenths, index ((((eq1*2+eq2)*3+eq3)*3+eq4)*3+eq5)*2+eq6.
inline constexpr short kMacroVectorScore[324] = {${slots_text}};

${composed_text}
${severity_text}
} // namespace Cvss4Data
")
    file(CONFIGURE OUTPUT "${header}" CONTENT "${content}" @ONLY)
endfunction()

function(psirtdesk_embed_text input header identifier)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
    file(READ ${input} text)
    get_filename_component(name ${input} NAME)
    set(content "// Generated by cmake/GenerateCvssTables.cmake from ${name}. Do not edit.
#pragma once

#include <string_view>

inline constexpr std::string_view ${identifier} = R\"psirtdesk(${text})psirtdesk\";
")
    file(CONFIGURE OUTPUT "${header}" CONTENT "${content}" @ONLY)
endfunction()
