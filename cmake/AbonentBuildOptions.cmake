# One interface target carries the language level, the warnings and the strict
# Qt defines; every Abonent target links it so they all build the same way.
add_library(abonent_build_options INTERFACE)
target_compile_features(abonent_build_options INTERFACE cxx_std_20)
target_compile_definitions(abonent_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ABONENT_VERSION="${PROJECT_VERSION}"
    ABONENT_APP_ID="${ABONENT_APP_ID}")
if(MSVC)
    target_compile_options(abonent_build_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(abonent_build_options INTERFACE -Wall -Wextra -Wpedantic)
endif()

# Debug information compressed (objects and executables): every test links the
# whole core, and uncompressed the build took 4 GB, enough to fill a small CI disk.
# gdb and addr2line read compressed sections as they are.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
if(NOT MSVC)
    check_cxx_compiler_flag(-gz ABONENT_COMPILER_HAS_GZ)
    check_linker_flag(CXX -gz ABONENT_LINKER_HAS_GZ)
    if(ABONENT_COMPILER_HAS_GZ AND ABONENT_LINKER_HAS_GZ)
        target_compile_options(abonent_build_options INTERFACE -gz)
        target_link_options(abonent_build_options INTERFACE -gz)
    endif()
endif()

# Sanitizer builds (tools/sanitize): ABONENT_SANITIZE=address,undefined
# instruments every Abonent target. A finding stops the program, so a test
# cannot pass over one.
set(ABONENT_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (gcc or clang)")
# Fuzz builds (tools/fuzz, clang only): the code under test carries
# libFuzzer's coverage hooks; tests/fuzz links the targets with its main.
option(ABONENT_FUZZ "Build the libFuzzer targets of tests/fuzz, instrumented with ASan and UBSan (clang)" OFF)
if(ABONENT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ABONENT_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT ABONENT_SANITIZE)
        set(ABONENT_SANITIZE "address,undefined")
    endif()
    target_compile_options(abonent_build_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(ABONENT_SANITIZE)
    target_compile_options(abonent_build_options INTERFACE
        -fsanitize=${ABONENT_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(abonent_build_options INTERFACE -fsanitize=${ABONENT_SANITIZE})
endif()
