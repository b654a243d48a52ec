# Runs lupdate over the sources into a copy of the Danish .ts file and fails when any message is
# left without a translation: a string added to the code must be translated in the same change.
#   cmake -DLUPDATE=... -DTS=... -DSOURCES=list-file -DWORK=dir -P check-translations.cmake
file(MAKE_DIRECTORY ${WORK})
set(copy ${WORK}/annalist_da.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none @${SOURCES} -ts ${copy}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} message(s) have no Danish translation (see 'grep -B3 unfinished ${copy}'); "
                      "run 'cmake --build build --target update_translations' and translate them in "
                      "resources/translations/annalist_da.ts.")
endif()
message(STATUS "Every message has a Danish translation.")
