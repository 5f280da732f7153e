# Checks the desktop integration files and builds the .deb, then looks inside
# it and starts the packaged program from an unpacked copy.
# Run by CTest as: cmake -DSOURCE_DIR=… -DBINARY_DIR=… -DAPP_ID=… -P CheckPackaging.cmake

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Failed (${result}): ${ARGN}\n${out}\n${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${DESKTOP_FILE_VALIDATE} ${SOURCE_DIR}/packaging/${APP_ID}.desktop)
run(${APPSTREAMCLI} validate --no-net ${SOURCE_DIR}/packaging/${APP_ID}.metainfo.xml)

set(work ${BINARY_DIR}/packaging-test)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
run(${CMAKE_CPACK_COMMAND} -G DEB -B ${work} --config ${BINARY_DIR}/CPackConfig.cmake)
file(GLOB debs ${work}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "Expected one .deb in ${work}, found: ${debs}")
endif()

run(${DPKG_DEB} --contents ${debs})
foreach(expected
        ./usr/bin/abonent
        ./usr/share/applications/${APP_ID}.desktop
        ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    string(FIND "${last_output}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${expected} is missing from the package:\n${last_output}")
    endif()
endforeach()

run(${DPKG_DEB} --field ${debs} Depends)
foreach(dependency libqt6sql6-sqlite libqt6widgets6 libphonenumber8)
    string(FIND "${last_output}" "${dependency}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The package does not depend on ${dependency}: ${last_output}")
    endif()
endforeach()

# The packaged binary starts and does real work: write and check a small database.
run(${DPKG_DEB} --extract ${debs} ${work}/root)
run(${work}/root/usr/bin/abonent --version)
run(${work}/root/usr/bin/abonent demo --db ${work}/packaged.sqlite --customers 10)
run(${work}/root/usr/bin/abonent check --db ${work}/packaged.sqlite)
string(FIND "${last_output}" "integrity	ok" at)
if(at EQUAL -1)
    message(FATAL_ERROR "The packaged abonent could not check its own database:\n${last_output}")
endif()
message(STATUS "Package ${debs} is complete and starts.")
