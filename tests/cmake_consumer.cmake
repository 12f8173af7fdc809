# install(EXPORT) + package config, proven by a consumer project built against
# the installed tree (tests/cmake_consumer).
set(_consumer_flags "")
if(SHORTCUT_SANITIZE)
  set(_consumer_flags "-fsanitize=${SHORTCUT_SANITIZE}")
endif()
add_test(NAME cmake_consumer
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cmake_consumer_test.sh ${PROJECT_BINARY_DIR}
                 ${PROJECT_SOURCE_DIR} ${CMAKE_CXX_COMPILER} "${_consumer_flags}" ${CMAKE_BUILD_TYPE})
set_tests_properties(cmake_consumer PROPERTIES LABELS "build" TIMEOUT 600 RUN_SERIAL TRUE)
