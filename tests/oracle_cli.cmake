# CLI tests of oracle build / oracle query / verify oracle / treecover
# (tests/cli/oracle_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case build query verify reject treecover)
    add_test(NAME oracle_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/oracle_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(oracle_cli.${case} PROPERTIES LABELS "oracle;cli" TIMEOUT 300)
  endforeach()
endif()
