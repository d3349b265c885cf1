#pragma once

#include <array>
#include <cstdint>

// Qt hides CvssInt128 in strict ISO mode (-std=c++20 without GNU extensions); the compiler's
// own type is still there, and __extension__ keeps -Wpedantic quiet about it.
#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 CvssInt128;
__extension__ typedef unsigned __int128 CvssUInt128;
#else
#error "The CVSS engine needs a 128-bit integer type (GCC or Clang)."
#endif

/// A decimal number held exactly as value / 10^scale in 128 bits. The CVSS v2.0 and v3.x
/// equations only multiply and add constants with two or three decimals, so their results
/// are exact decimals of at most ~30 digits; computing them this way makes every rounding
/// step decide ties the way the specifications' arithmetic does, which binary floating
/// point cannot promise.
struct ExactDecimal
{
    // 10^0 .. 10^38; a table, because the scoring code asks for powers chosen at run time.
    static constexpr auto kPowers = [] {
        std::array<CvssInt128, 39> p {};
        p[0] = 1;
        for (std::size_t i = 1; i < p.size(); ++i)
            p[i] = p[i - 1] * 10;
        return p;
    }();

    CvssInt128 value = 0;
    int scale = 0;

    static constexpr CvssInt128 pow10(int n) { return kPowers[n]; }

    constexpr ExactDecimal rescaled(int newScale) const
    {
        return newScale >= scale ? ExactDecimal {value * pow10(newScale - scale), newScale}
                                 : ExactDecimal {value / pow10(scale - newScale), newScale};
    }

    friend constexpr ExactDecimal operator*(ExactDecimal a, ExactDecimal b)
    {
        return {a.value * b.value, a.scale + b.scale};
    }
    friend constexpr ExactDecimal operator+(ExactDecimal a, ExactDecimal b)
    {
        const int s = a.scale > b.scale ? a.scale : b.scale;
        return {a.rescaled(s).value + b.rescaled(s).value, s};
    }
    friend constexpr ExactDecimal operator-(ExactDecimal a, ExactDecimal b)
    {
        const int s = a.scale > b.scale ? a.scale : b.scale;
        return {a.rescaled(s).value - b.rescaled(s).value, s};
    }
    friend constexpr bool operator<(ExactDecimal a, ExactDecimal b)
    {
        const int s = a.scale > b.scale ? a.scale : b.scale;
        return a.rescaled(s).value < b.rescaled(s).value;
    }

    /// Tenths, rounded half away from zero (CVSS v2.0 "round_to_1_decimal").
    constexpr int roundedTenths() const
    {
        if (scale <= 1)
            return int(value * pow10(1 - scale));
        const CvssInt128 unit = pow10(scale - 1);
        const CvssInt128 magnitude = value < 0 ? -value : value;
        CvssInt128 q = magnitude / unit;
        if ((magnitude % unit) * 2 >= unit)
            ++q;
        return int(value < 0 ? -q : q);
    }
};
