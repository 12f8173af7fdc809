# CLI tests of route build / route / verify route (tests/cli/route_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case build route verify broken)
    add_test(NAME route_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/route_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(route_cli.${case} PROPERTIES LABELS "routing;cli" TIMEOUT 300)
  endforeach()
endif()
