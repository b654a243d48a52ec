# One interface target carries the warnings and Qt defines; every target links it.
add_library(annalist_settings INTERFACE)
target_compile_options(annalist_settings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
  $<$<CXX_COMPILER_ID:MSVC>:/W4>)
if(ANNALIST_WERROR)
  target_compile_options(annalist_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()
target_compile_definitions(annalist_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(ANNALIST_SANITIZE)
  target_compile_options(annalist_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(annalist_settings INTERFACE -fsanitize=address,undefined)
endif()
