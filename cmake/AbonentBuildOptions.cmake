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
